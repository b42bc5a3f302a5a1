import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures.js';

const foreign = join(import.meta.dirname, '../../schemas/test/fixtures/foreign');
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

test('a ToC-Maker chart opens like a Changemap plan, with what the import did listed', async ({ editor }) => {
  await editor.open();
  await editor.openFile('tocmaker-food.json', readFileSync(join(foreign, 'tocmaker-food.json')));
  await expect(editor.notice).toContainText('Opened “Community food programme” from “tocmaker-food.json”: 15 boxes and 16 links.');
  await expect(editor.notice).toContainText('Read “tocmaker-food.json” as a ToC-Maker chart (detected from its content).');
  await expect(editor.notice).toContainText("The chart's 5 sections became the plan's levels, in order: Inputs → Activities → Outputs → Outcomes → Impact.");
  await expect(editor.planTitle).toHaveText('Community food programme');
  await expect(editor.node('healthy-weight')).toHaveCount(1);
  await editor.settled();
  await editor.screenshot('import-tocmaker');
  const saved = JSON.parse(await editor.saveFile()) as { nodes: { id: string; kind: string }[]; edges: { id: string; confidence?: number }[] };
  expect(saved.nodes).toHaveLength(15);
  expect(saved.edges.find((e) => e.id === 'contributesTo:families-attend:skills')?.confidence).toBe(70);
  expect(saved.nodes.filter((n) => n.kind === 'evidence')).toHaveLength(3);
});

test('a workbook and a pair of CSV files open as plans', async ({ editor, page }) => {
  await editor.open();
  await editor.openFile('changemap-template.xlsx', readFileSync(join(import.meta.dirname, '../../../docs/templates/changemap-template.xlsx')), XLSX);
  await expect(editor.notice).toContainText('Opened “Changemap template” from “changemap-template.xlsx”: 10 boxes and 9 links.');
  await expect(editor.notice).toContainText('as an Excel workbook of elements and connections');
  await expect(editor.node('healthy-weight')).toHaveCount(1);
  await page.locator('[data-testid="open-file-input"]').setInputFiles([
    { name: 'kumu-connections-semicolon.csv', mimeType: 'text/csv', buffer: readFileSync(join(foreign, 'kumu-connections-semicolon.csv')) },
    { name: 'kumu-elements-semicolon.csv', mimeType: 'text/csv', buffer: readFileSync(join(foreign, 'kumu-elements-semicolon.csv')) },
  ]);
  await expect(editor.notice).toContainText('Opened “Kumu elements semicolon” from “kumu-elements-semicolon.csv” and “kumu-connections-semicolon.csv”');
  await expect(editor.notice).toContainText(
    '“kumu-connections-semicolon.csv” line 2, column “Confidence”: the confidence “seventy” is not a number from 0 to 100',
  );
  await editor.screenshot('import-csv-pair');
});

test('a file that cannot be imported leaves the open plan as it was', async ({ editor }) => {
  await editor.open();
  /** What the plan says (its boxes and links), leaving aside where the layout has put them. */
  const meaning = (text: string) => {
    const { nodes, edges, title } = JSON.parse(text) as { nodes: unknown[]; edges: unknown[]; title: string };
    return { nodes, edges, title };
  };
  const before = meaning(await editor.saveFile());
  await editor.openFile('chart.json', '{ "sections": [ { "title": "Inputs", ');
  await expect(editor.notice).toContainText('“chart.json” could not be opened. Your open plan has not changed.');
  await expect(editor.notice).toContainText('not valid JSON');
  await editor.openFile('notes.csv', 'just,some,values\n1,2,3\n', 'text/csv');
  await expect(editor.notice).toContainText('has no heading row Changemap reads');
  expect(meaning(await editor.saveFile())).toEqual(before);
  await expect(editor.planTitle).toHaveText(/^A Tower Hamlets for All/);
});

test('the spreadsheet template downloads from the toolbar and opens back', async ({ editor, page }) => {
  await editor.open();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Spreadsheet template' }).click()]);
  expect(download.suggestedFilename()).toBe('changemap-template.xlsx');
  const bytes = readFileSync((await download.path())!);
  await editor.openFile('my-plan.xlsx', bytes, XLSX);
  await expect(editor.notice).toContainText('Opened “My plan” from “my-plan.xlsx”: 10 boxes and 9 links.');
});
