import { generateSyntheticPlan, validate } from '@changemap/core';
import { exportJson } from '@changemap/schemas';
import { readInput } from '../src/import/read-input.js';
import { checkSchema } from '../src/import/schema-check.js';
import { restorePlan } from '../src/import/restore.js';
const text = exportJson(generateSyntheticPlan(10_000));
const t: Record<string, number[]> = {};
const rec = (k: string, f: () => unknown) => { const s = performance.now(); const r = f(); (t[k] ??= []).push(performance.now() - s); return r; };
for (let i = 0; i < 21; i++) {
  rec('read', () => readInput(text, 50e6));
  const data = rec('parse', () => JSON.parse(text)) as never;
  rec('schema', () => checkSchema(data));
  const { plan } = rec('restore', () => restorePlan(data)) as { plan: never };
  rec('validate', () => validate(plan));
}
for (const [k, v] of Object.entries(t)) { v.sort((a, b) => a - b); console.log(k.padEnd(10), v[10]!.toFixed(2)); }
