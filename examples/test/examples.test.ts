import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportJson, importModel } from '@changemap/schemas';
import { EXAMPLES, examplePath } from '../lib/examples.js';
import { knownWarnings } from '../lib/known-warnings.js';

const readme = readFileSync(resolve(import.meta.dirname, '../README.md'), 'utf8');

describe.each(EXAMPLES)('$folder', (example) => {
  const text = readFileSync(examplePath(example), 'utf8');
  const result = importModel(text);
  if (!result.ok) throw new Error(`does not import: ${JSON.stringify(result.errors)}`);
  const plan = result.model;

  it('is up to date with its build.ts (run `pnpm --filter @changemap/examples build`)', () => {
    expect(text === exportJson(example.build())).toBe(true);
  });

  it('passes the import pipeline with no errors and no repairs', () => {
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(result.issues.filter((i) => ['duplicate-id', 'dangling-edge', 'unknown-position', 'migrated'].includes(i.code))).toEqual([]);
  });

  it('has only the warnings the source causes, each listed with its reason in examples/README.md', () => {
    const warnings = result.issues.filter((i) => i.severity === 'warning').map((i) => `${i.code} ${i.nodeIds[0]}`);
    const known = knownWarnings(example);
    expect(warnings.sort()).toEqual(known.map((k) => `${k.code} ${k.nodeId}`).sort());
    for (const k of known) {
      expect(k.reason.length).toBeGreaterThan(20);
      expect(readme).toContain(`\`${k.nodeId}\``);
    }
  });

  it('traces every node to its document and section; derived nodes say why', () => {
    for (const node of plan.nodes.toArray()) {
      expect(node.provenance?.document, node.id).toBeTruthy();
      expect(node.provenance?.section, node.id).toBeTruthy();
      if (node.provenance?.derived) expect(node.provenance.note?.length, node.id).toBeGreaterThan(20);
    }
  });
});
