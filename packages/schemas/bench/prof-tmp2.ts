import { generateSyntheticPlan } from '@changemap/core';
import { exportJson, importModel } from '@changemap/schemas';
const text = exportJson(generateSyntheticPlan(10_000));
const t: number[] = [];
for (let i = 0; i < 40; i++) { const s = performance.now(); importModel(text); t.push(performance.now() - s); }
t.sort((a, b) => a - b); console.log('import', t[20]);
