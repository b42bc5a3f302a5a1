import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validate } from '@changemap/core';
import { exportJson } from '../src/export/json.js';
import { importModel } from '../src/import/import-model.js';
import { checkerSettingsArb, validPlanArb } from './arbitraries.js';

const validText = readFileSync(resolve(import.meta.dirname, 'fixtures/valid.changemap.json'), 'utf8');

describe('checker settings in the file', () => {
  it('any settings round-trip through export and import, and the imported plan is checked by them', () => {
    fc.assert(
      fc.property(validPlanArb, checkerSettingsArb, (generated, checker) => {
        const plan = { ...generated, checker };
        const result = importModel(exportJson(plan));
        if (!result.ok) throw new Error(JSON.stringify(result.errors));
        expect(result.model.checker).toEqual(checker);
        expect(validate(result.model)).toEqual(validate(plan));
      }),
      { numRuns: 150 },
    );
  });

  it('drops settings for rules this checker does not have, says so, and keeps the rest', () => {
    const data = JSON.parse(validText);
    data.checker = { profile: 'programme', rules: { 'orphan-node': 'off', 'rule-from-the-future': 'error' }, lowConfidenceThreshold: 55 };
    const result = importModel(data);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.model.checker).toEqual({ profile: 'programme', rules: { 'orphan-node': 'off' }, lowConfidenceThreshold: 55 });
    expect(result.issues).toContainEqual(expect.objectContaining({ code: 'unknown-rule', message: expect.stringContaining('“rule-from-the-future”') }));
  });

  it('refuses a threshold outside 0–100 and a severity that is not one, by field', () => {
    const data = JSON.parse(validText);
    data.checker = { lowConfidenceThreshold: 140, rules: { 'orphan-node': 'loud' } };
    const result = importModel(data);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((error) => error.path)).toEqual(expect.arrayContaining(['/checker/lowConfidenceThreshold', '/checker/rules/orphan-node']));
  });
});
