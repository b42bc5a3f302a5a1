/**
 * Import benchmark: the full pipeline (size, parse, format, version, schema, restore, checker) on
 * the generated 10,000-node plan, as a ratio to JSON.parse of the same text, measured in this run
 * (the two alternate run by run; the ratio is the median of the pairs).
 * Writes bench/results/schemas.json.
 */
import { applyCommand, commands, createPlan, generateSyntheticPlan } from '@changemap/core';
import { FINGERTIPS_EXPORT_HEADERS, exportJson, importForeign, importIndicatorData, importModel } from '@changemap/schemas';
import { medianMs, medianRatio, reportGoal, writeResults } from '../../../bench/measure.js';

const text = exportJson(generateSyntheticPlan(10_000));
const check = importModel(text);
if (!check.ok) throw new Error(`The generated plan did not import: ${JSON.stringify(check.errors.slice(0, 3))}`);
const nodes = check.model.nodes.size;

// Import and JSON.parse alternate run by run, so the ratio compares like with like on a busy machine.
const {
  ms: importMs,
  baselineMs: jsonParseMs,
  ratio: importToParseRatio,
} = medianRatio(
  () => importModel(text),
  () => JSON.parse(text),
  { runs: 31 },
);
const schemaOnlyMs = medianMs(() => importModel(text, { skipValidation: true }), { runs: 21 });

console.log(
  `${nodes} nodes, ${text.length} bytes: JSON.parse ${jsonParseMs} ms, import ${importMs} ms (${importToParseRatio}× parse; ${schemaOnlyMs} ms without the checker)`,
);
reportGoal('full import vs JSON.parse', importToParseRatio, 3);

// Imports from other tools. importForeign does all its work for JSON and CSV before its first
// await, so timing the call times the import (the promise only hands the result over).
const chart = tocMakerChart(2_000);
const {
  ms: tocMakerMs,
  baselineMs: chartParseMs,
  ratio: tocMakerToParseRatio,
} = medianRatio(
  () => importForeign(chart, { fileName: 'chart.json' }),
  () => JSON.parse(chart),
  { runs: 15 },
);
console.log(`ToC-Maker chart of 2,000 boxes, ${chart.length} bytes: JSON.parse ${chartParseMs} ms, import ${tocMakerMs} ms (${tocMakerToParseRatio}× parse)`);
const csv = spreadsheet(2_000);
const {
  ms: csvMs,
  baselineMs: csvSplitMs,
  ratio: csvToSplitRatio,
} = medianRatio(
  () => importForeign(csv, { fileName: 'plan.csv' }),
  () => csv.split('\n').map((line) => line.split(',')),
  { runs: 15 },
);
console.log(`CSV of 2,000 elements and 2,000 connections, ${csv.length} bytes: naive split ${csvSplitMs} ms, import ${csvMs} ms (${csvToSplitRatio}× split)`);

// Indicator data: a national Fingertips export of 100,000 rows (every area, sex and period) into one indicator.
const dataRows = 100_000;
const dataCsv = fingertipsExport(dataRows);
const dataPlan = applyCommand(
  createPlan({ id: 'bench', title: 'Bench' }),
  commands.addNode({
    id: 'hle',
    kind: 'indicator',
    title: 'Healthy life expectancy',
    direction: 'increase',
    externalIds: [{ scheme: 'Fingertips', id: '90362' }],
  }),
);
const dataBytes = new TextEncoder().encode(dataCsv);
const dataOptions = { indicator: 'hle', area: 'E09000030', compare: ['E12000007', 'E92000001'], sex: 'female' };
const dataCheck = importIndicatorData(dataPlan, dataBytes, dataOptions);
if (!dataCheck.ok || dataCheck.refused.length > 0)
  throw new Error(`The generated data did not import cleanly: ${JSON.stringify(dataCheck.ok ? dataCheck.refused.slice(0, 3) : dataCheck.errors)}`);
const dataImportMs = medianMs(() => importIndicatorData(dataPlan, dataBytes, dataOptions), { runs: 7, warmup: 2 });
console.log(`Fingertips export of ${dataRows} rows, ${dataBytes.byteLength} bytes: data import ${dataImportMs} ms`);
reportGoal('importing 100,000 rows of indicator data', dataImportMs, 2_000, ' ms');

const file = writeResults('schemas.json', {
  nodes,
  bytes: text.length,
  jsonParseMs,
  importMs,
  importToParseRatio,
  importWithoutCheckerMs: schemaOnlyMs,
  tocMaker: { boxes: 2_000, bytes: chart.length, jsonParseMs: chartParseMs, importMs: tocMakerMs, importToParseRatio: tocMakerToParseRatio },
  csv: { elements: 2_000, connections: 2_000, bytes: csv.length, naiveSplitMs: csvSplitMs, importMs: csvMs, importToSplitRatio: csvToSplitRatio },
  indicatorData: { rows: dataRows, bytes: dataBytes.byteLength, importMs: dataImportMs, goalMs: 2_000 },
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

/** A Fingertips data export (27 columns) of `rows` rows: areas × male/female/persons × periods, values made up. */
function fingertipsExport(rows: number): string {
  const periods = Array.from({ length: 20 }, (_, i) => `${2001 + i} - ${String(2003 + i).slice(2)}`);
  const sexes = ['Male', 'Female', 'Persons'];
  const perArea = periods.length * sexes.length;
  const areaCount = Math.ceil(rows / perArea);
  const areas = ['E09000030', 'E12000007', 'E92000001', ...Array.from({ length: areaCount - 3 }, (_, i) => `E0${String(6000001 + i).padStart(7, '0')}`)];
  const lines = [FINGERTIPS_EXPORT_HEADERS.map((h) => (h.includes('<parent>') ? 'Compared to Region value or percentiles' : h)).join(',')];
  for (let n = 0; n < rows; n++) {
    const area = areas[Math.floor(n / perArea)]!;
    const sex = sexes[Math.floor(n / periods.length) % sexes.length]!;
    const period = periods[n % periods.length]!;
    const value = 55 + ((n * 7) % 100) / 10;
    lines.push(
      `90362,Healthy life expectancy at birth,E12000007,London region,${area},"Area ${area}, borough",Counties & UAs,${sex},All ages,,,${period},${value.toFixed(1)},${(value - 2.1).toFixed(1)},${(value + 2.1).toFixed(1)},${(value - 3.2).toFixed(1)},${(value + 3.2).toFixed(1)},,,,,Similar,Similar,${period.slice(0, 4)}0000,,,3y`,
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
