/**
 * Import benchmark: the full pipeline (size, parse, format, version, schema, restore, checker) on
 * the generated 10,000-node plan, as a ratio to JSON.parse of the same text, measured in this run
 * (the two alternate run by run; the ratio is the median of the pairs).
 * Writes bench/results/schemas.json.
 */
import { generateSyntheticPlan } from '@changemap/core';
import { exportJson, importModel } from '@changemap/schemas';
import { medianMs, medianRatio, reportGoal, writeResults } from '../../../bench/measure.js';

const text = exportJson(generateSyntheticPlan(10_000));
const check = importModel(text);
if (!check.ok) throw new Error(`The generated plan did not import: ${JSON.stringify(check.errors.slice(0, 3))}`);
const nodes = check.model.nodes.size;

// Import and JSON.parse alternate run by run, so the ratio compares like with like on a busy machine.
const { ms: importMs, baselineMs: jsonParseMs, ratio: importToParseRatio } = medianRatio(() => importModel(text), () => JSON.parse(text), { runs: 31 });
const schemaOnlyMs = medianMs(() => importModel(text, { skipValidation: true }), { runs: 21 });

console.log(`${nodes} nodes, ${text.length} bytes: JSON.parse ${jsonParseMs} ms, import ${importMs} ms (${importToParseRatio}× parse; ${schemaOnlyMs} ms without the checker)`);
reportGoal('full import vs JSON.parse', importToParseRatio, 3);
const file = writeResults('schemas.json', { nodes, bytes: text.length, jsonParseMs, importMs, importToParseRatio, importWithoutCheckerMs: schemaOnlyMs });
console.log(`Wrote ${file}`);
