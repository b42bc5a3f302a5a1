/**
 * Import benchmark: the full pipeline (size, parse, format, version, schema, restore, checker) on
 * the generated 10,000-node plan, as a ratio to JSON.parse of the same text, measured in this run
 * (the two alternate run by run; the ratio is the median of the pairs).
 * Writes bench/results/schemas.json.
 */
import { generateSyntheticPlan } from '@changemap/core';
import { exportJson, importForeign, importModel } from '@changemap/schemas';
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

// Imports from other tools. importForeign does all its work for JSON and CSV before its first
// await, so timing the call times the import (the promise only hands the result over).
const chart = tocMakerChart(2_000);
const { ms: tocMakerMs, baselineMs: chartParseMs, ratio: tocMakerToParseRatio } = medianRatio(() => importForeign(chart, { fileName: 'chart.json' }), () => JSON.parse(chart), { runs: 15 });
console.log(`ToC-Maker chart of 2,000 boxes, ${chart.length} bytes: JSON.parse ${chartParseMs} ms, import ${tocMakerMs} ms (${tocMakerToParseRatio}× parse)`);
const csv = spreadsheet(2_000);
const { ms: csvMs, baselineMs: csvSplitMs, ratio: csvToSplitRatio } = medianRatio(
  () => importForeign(csv, { fileName: 'plan.csv' }),
  () => csv.split('\n').map((line) => line.split(',')),
  { runs: 15 },
);
console.log(`CSV of 2,000 elements and 2,000 connections, ${csv.length} bytes: naive split ${csvSplitMs} ms, import ${csvMs} ms (${csvToSplitRatio}× split)`);

const file = writeResults('schemas.json', {
  nodes,
  bytes: text.length,
  jsonParseMs,
  importMs,
  importToParseRatio,
  importWithoutCheckerMs: schemaOnlyMs,
  tocMaker: { boxes: 2_000, bytes: chart.length, jsonParseMs: chartParseMs, importMs: tocMakerMs, importToParseRatio: tocMakerToParseRatio },
  csv: { elements: 2_000, connections: 2_000, bytes: csv.length, naiveSplitMs: csvSplitMs, importMs: csvMs, importToSplitRatio: csvToSplitRatio },
});
console.log(`Wrote ${file}`);

/** A ToC-Maker chart of about `boxes` boxes in five sections, each linked on to the next, with evidence and assumptions. */
function tocMakerChart(boxes: number): string {
  const titles = ['Inputs', 'Activities', 'Outputs', 'Outcomes', 'Impact'];
  const per = Math.ceil(boxes / titles.length);
  const sections = titles.map((title, s) => ({
    title,
    columns: [
      {
        nodes: Array.from({ length: s === titles.length - 1 ? 1 : per }, (_, i) => ({
          id: `${s}-${i}`,
          title: `${title} box ${i}`,
          text: i % 3 === 0 ? 'See https://example.org/report for the background.' : '',
          connectionIds: [],
          // Two links on to the next section; one to the single impact box.
          connections: (s === titles.length - 1 ? [] : s === titles.length - 2 ? [0] : [0, 1]).map((k) => ({
            targetId: `${s + 1}-${s === titles.length - 2 ? 0 : (i + k) % per}`,
            confidence: 60,
            evidence: i % 2 ? `Survey ${i}` : '',
            assumptions: i % 5 ? '' : `Assumption ${i}`,
          })),
          color: '#ffffff',
        })),
      },
    ],
  }));
  return JSON.stringify({ title: 'Benchmark chart', sections });
}

/** One CSV with `rows` elements (a chain of activities, outputs and outcomes) and as many connections. */
function spreadsheet(rows: number): string {
  const types = ['Activity', 'Output', 'Outcome'];
  const elements = Array.from({ length: rows }, (_, i) => `Element ${i},${types[i % 3]},Description of element ${i},tag-${i % 7}|shared`);
  const connections = Array.from({ length: rows }, (_, i) => `Element ${i},Element ${(i + 1) % rows},,${i % 100}`);
  return ['Label,Type,Description,Tags', ...elements, '', 'From,To,Label,Confidence', ...connections].join('\n');
}
