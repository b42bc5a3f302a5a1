import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { RESULTS_COLUMNS, addDeliveryUpdate, applyCommand, commands, type ActionNode, type Plan } from '@changemap/core';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { importIndicatorData } from '../src/data/import-data.js';
import { exportBoardReportDocx } from '../src/export/report-docx.js';
import { exportResultsCsv } from '../src/export/results-csv.js';
import { dataPlan } from './data-plan.js';

const dir = resolve(import.meta.dirname, 'fixtures/data');

/** The data plan with a call to action, a priority, the outcome measured, data imported and a delivery update. */
function reportPlan(): Plan {
  let plan = dataPlan();
  const apply = (command: Parameters<typeof applyCommand>[1]) => (plan = applyCommand(plan, command));
  apply(commands.addNode({ id: 'cta', kind: 'callToAction', title: 'A healthier borough', number: 1 }));
  apply(commands.addNode({ id: 'p1', kind: 'priority', title: 'Healthy lives', number: '1.1' }));
  apply(commands.connect({ id: 'c1', kind: 'contributesTo', source: 'p1', target: 'cta' }));
  apply(commands.connect({ id: 'c2', kind: 'contributesTo', source: 'o1', target: 'p1' }));
  apply(commands.connect({ id: 'c3', kind: 'contributesTo', source: 'a1', target: 'o1' }));
  apply(commands.connect({ id: 'm1', kind: 'measures', source: 'hle', target: 'o1' }));
  apply(commands.updateNode('a1', { actor: 'Schools', title: 'Free school meals for every primary pupil, "universal" & =free' }));
  apply(
    addDeliveryUpdate(plan.nodes.get('a1') as ActionNode, {
      date: '2024-09-01',
      status: 'inProgress',
      note: 'Rolled out in 60 of 68 schools',
      by: 'Education board',
    }),
  );
  const imported = importIndicatorData(plan, new Uint8Array(readFileSync(resolve(dir, 'fingertips-export-hle.csv'))), {
    indicator: 'hle',
    area: 'E09000030',
    compare: ['E12000007', 'E92000001'],
    sex: 'female',
  });
  if (!imported.ok) throw new Error(imported.errors.join());
  return imported.plan;
}

describe('results-csv', () => {
  it('has one row per indicator with its place in the plan, latest reading, trend, status and comparisons', () => {
    const csv = exportResultsCsv(reportPlan());
    const parsed = Papa.parse<Record<string, string>>(csv.trim(), { header: true });
    expect(parsed.meta.fields).toEqual([...RESULTS_COLUMNS]);
    expect(parsed.data).toHaveLength(3);
    expect(parsed.data[0]).toMatchObject({
      'Call to action': '1. A healthier borough',
      Priority: '1.1. Healthy lives',
      Outcome: 'Residents live longer in good health',
      Indicator: 'Healthy life expectancy at birth, women',
      Baseline: '58',
      'Baseline period': '2018 - 20',
      Target: '62',
      'Target date': '2028',
      'Latest value': '60.5',
      'Latest period': '2019 - 21',
      Trend: 'No significant change',
      Status: 'On track',
      'Compared with': 'London region: Similar; England: Similar',
    });
    expect(parsed.data[1]).toMatchObject({ Indicator: 'Year 6 overweight', Status: 'No data', Trend: 'Not enough data', 'Latest value': '' });
  });

  it('starts with a byte-order mark for Excel when asked', () => {
    expect(exportResultsCsv(reportPlan(), { bom: true }).charCodeAt(0)).toBe(0xfeff);
  });
});

/** The text of each paragraph of word/document.xml, read back from the .docx (a zip). */
function documentText(docx: Uint8Array): { xml: string; paragraphs: string[] } {
  const files = unzipSync(docx);
  const xml = strFromU8(files['word/document.xml']!);
  const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map((t) =>
        t[1]!
          .replace(/&amp;/g, '&')
          .replace(/&quot;/g, '"')
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>'),
      )
      .join(''),
  );
  return { xml, paragraphs: paragraphs.filter((p) => p !== '') };
}

describe('report-docx', () => {
  it('is a Word document with the title, period, narrative, indicator table and delivery status', async () => {
    const docx = await exportBoardReportDocx(reportPlan(), { asAt: '2024-10-01' });
    expect(strFromU8(docx.slice(0, 2))).toBe('PK');
    const { paragraphs, xml } = documentText(docx);
    expect(paragraphs[0]).toBe('Data test plan');
    expect(paragraphs[1]).toBe('Progress report · 2023-2028 · as at 2024-10-01');
    expect(paragraphs).toContain('3 indicators: on track 1, no data 2.');
    expect(paragraphs).toContain('1. A healthier borough');
    // The call to action's story, told from the plan's boxes.
    expect(paragraphs.some((p) => /^If .*free school meals.*residents live longer in good health/i.test(p))).toBe(true);
    // The indicator table: header, then the indicator's row with latest value, period and status.
    const header = ['Indicator', 'Latest value', 'Period', 'Target', 'Status', 'Trend', 'Compared with'];
    const at = paragraphs.indexOf('Indicator');
    expect(paragraphs.slice(at, at + 7)).toEqual(header);
    expect(paragraphs.slice(at + 7, at + 14)).toEqual([
      'Healthy life expectancy at birth, women',
      '60.5 years (57.8 to 63.2)',
      '2019 - 21',
      '62 by 2028',
      'On track',
      'No significant change',
      'London region: Similar; England: Similar',
    ]);
    // Delivery: the action, who, its status and the latest update; text with quotes and & survives as text.
    const action = paragraphs.indexOf('Free school meals for every primary pupil, "universal" & =free');
    expect(paragraphs.slice(action, action + 4)).toEqual([
      'Free school meals for every primary pupil, "universal" & =free',
      'Schools',
      'In progress',
      '2024-09-01: Rolled out in 60 of 68 schools (Education board)',
    ]);
    expect(xml).toContain('w:tblHeader');
  });

  it('puts indicators in no call to action under their own heading', async () => {
    const { paragraphs } = documentText(await exportBoardReportDocx(reportPlan(), { asAt: '2024-10-01' }));
    const loose = paragraphs.indexOf('Not yet linked to a call to action');
    expect(loose).toBeGreaterThan(0);
    expect(paragraphs.slice(loose)).toEqual(expect.arrayContaining(['Year 6 overweight', 'Children in poverty']));
  });
});
