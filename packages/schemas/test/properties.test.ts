import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportJson } from '../src/export/json.js';
import { importModel } from '../src/import/import-model.js';
import { tricky, validPlanArb } from './arbitraries.js';

const validText = readFileSync(resolve(import.meta.dirname, 'fixtures/valid.changemap.json'), 'utf8');

describe('round trips', () => {
  it('every plan the core can build exports, imports and exports again byte for byte', () => {
    fc.assert(
      fc.property(validPlanArb, (plan) => {
        const text = exportJson(plan);
        const result = importModel(text);
        if (!result.ok) throw new Error(JSON.stringify(result.errors));
        expect(result.issues.filter((i) => ['duplicate-id', 'dangling-edge', 'unknown-position'].includes(i.code))).toEqual([]);
        expect(result.model).toEqual(plan);
        expect(exportJson(result.model)).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it('Unicode (emoji, right-to-left, combining marks) survives exactly', () => {
    fc.assert(
      fc.property(
        tricky.filter((t) => t.length <= 1000),
        (title) => {
          const data = JSON.parse(validText);
          data.nodes[0].title = title;
          const result = importModel(new TextEncoder().encode(JSON.stringify(data)));
          if (!result.ok) throw new Error(JSON.stringify(result.errors));
          expect(result.model.nodes.get('vision')?.title).toBe(title);
          const again = importModel(exportJson(result.model));
          expect(again.ok && again.model.nodes.get('vision')?.title).toBe(title);
        },
      ),
      { numRuns: 300 },
    );
  });
});

/** A random change somewhere in a JSON value: replace, delete or add, at any depth. */
function mutate(value: unknown, choices: number[], replacement: unknown): unknown {
  const choice = choices[0] ?? 0;
  if (Array.isArray(value)) {
    if (value.length === 0 || choices.length <= 1) return choice % 2 === 0 ? [...value, replacement] : replacement;
    const i = choice % value.length;
    const copy = [...value];
    if (choice % 5 === 0) copy.splice(i, 1);
    else copy[i] = mutate(value[i], choices.slice(1), replacement);
    return copy;
  }
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value);
    // The new key must not come from String(replacement): junk like {"toString": ""} cannot be converted.
    if (keys.length === 0 || choices.length <= 1)
      return { ...value, [typeof replacement === 'string' ? replacement.slice(0, 10) : `extra${choice}`]: replacement };
    const key = keys[choice % keys.length]!;
    const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
    if (choice % 5 === 0) delete copy[key];
    else copy[key] = mutate(copy[key], choices.slice(1), replacement);
    return copy;
  }
  return replacement;
}

const junk = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(
    '__proto__',
    'constructor',
    { __proto__: { polluted: 1 } },
    JSON.parse('{"__proto__":{"polluted":1}}'),
    'javascript:alert(1)',
    -0,
    1e308,
    '',
    'x'.repeat(3000),
  ),
);

describe('robustness', () => {
  it('random mutations of a valid file never throw and never pollute Object.prototype', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(1000), { minLength: 1, maxLength: 6 }), junk, fc.boolean(), (choices, replacement, asText) => {
        const mutated = mutate(JSON.parse(validText), choices, replacement);
        const result = importModel(asText ? JSON.stringify(mutated) : mutated);
        expect(typeof result.ok).toBe('boolean');
        if (!result.ok) for (const error of result.errors) expect(error.message.length).toBeGreaterThan(10);
        expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
        expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  it('random text never throws', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.uint8Array({ maxLength: 50 })), (input) => {
        const result = importModel(input);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });
});
