import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plan } from '@changemap/core';
import { describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { importForeign } from '../src/import/foreign/import-foreign.js';
import { declaredUnpackedSize } from '../src/import/foreign/spreadsheet/xlsx.js';
import type { ForeignImportOptions, ForeignImportResult } from '../src/import/foreign/types.js';
import { CONNECTION_HEADER, CONNECTION_ROWS, ELEMENT_HEADER, ELEMENT_ROWS, toCsv } from '../scripts/template-data.js';

const root = resolve(import.meta.dirname, '../../..');
const fixture = (name: string) => readFileSync(resolve(import.meta.dirname, 'fixtures/foreign', name));

async function imported(input: unknown, options: ForeignImportOptions): Promise<Extract<ForeignImportResult, { ok: true }>> {
  const result = await importForeign(input, options);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result;
}

const byTitle = (plan: Plan, title: string) => plan.nodes.toArray().find((n) => n.title === title)!;
const linkBetween = (plan: Plan, from: string, to: string) =>
  plan.edges.toArray().find((e) => e.source === byTitle(plan, from).id && e.target === byTitle(plan, to).id);
const messages = (result: { notes: { code: string; message: string }[] }, code: string) => result.notes.filter((n) => n.code === code).map((n) => n.message);

/** An XLSX workbook made in memory, as Excel would save one (text cells, numbers, booleans). */
async function workbook(sheets: { sheet: string; rows: (string | number | boolean | null)[][] }[]): Promise<Uint8Array> {
  const buffer = await writeXlsxFile(sheets.map(({ sheet, rows }) => ({ sheet, data: rows }))).toBuffer();
  return new Uint8Array(buffer);
}

describe('one CSV file with the elements table and, below it, the connections table', () => {
  it('makes a box per element of the kind its Type names, on the levels the Level column names, in causal order', async () => {
    const result = await imported(fixture('kumu-one-file.csv'), { fileName: 'kumu-one-file.csv' });
    const { model } = result;
    expect(result.format).toBe('csv');
    const kinds = [
      'Weekly cooking classes',
      'Families complete the course',
      'Parents cook from scratch',
      'Children grow up a healthy weight',
      'Share of children eating five a day',
      'Families can afford the ingredients',
      'Pilot survey 2023',
      'Fast food outlets near schools',
    ].map((title) => byTitle(model, title).kind);
    expect(kinds).toEqual(['action', 'output', 'outcome', 'aim', 'indicator', 'assumption', 'evidence', 'outcome']);
    expect(model.levels?.map((l) => l.title)).toEqual(['Activities', 'Outputs', 'Outcomes', 'Impact']);
    expect(byTitle(model, 'Weekly cooking classes')).toMatchObject({
      tags: ['food', 'families'],
      actor: 'Public health team',
      level: 'activities',
      description: "Two-hour sessions in children's centres",
    });
    expect(byTitle(model, 'Parents cook from scratch')).toMatchObject({ horizon: 'short' });
    expect(byTitle(model, 'Weekly cooking classes').provenance).toEqual({ document: 'kumu-one-file.csv', section: '“kumu-one-file.csv” line 2' });
  });

  it('chooses each link kind from the two boxes, and keeps confidence and a negative sign on causal links', async () => {
    const { model } = await imported(fixture('kumu-one-file.csv'), { fileName: 'kumu-one-file.csv' });
    expect(linkBetween(model, 'Weekly cooking classes', 'Families complete the course')).toMatchObject({ kind: 'contributesTo', confidence: 80 });
    expect(linkBetween(model, 'Share of children eating five a day', 'Children eat more fruit and vegetables')?.kind).toBe('measures');
    expect(linkBetween(model, 'Families can afford the ingredients', 'Parents cook from scratch')?.kind).toBe('underlies');
    expect(linkBetween(model, 'Pilot survey 2023', 'Parents cook from scratch')).toMatchObject({ kind: 'supports', strength: 'strong' });
    expect(linkBetween(model, 'Fast food outlets near schools', 'Children eat more fruit and vegetables')).toMatchObject({
      kind: 'contributesTo',
      sign: 'negative',
      description: 'Strength: Strong Negative',
    });
  });

  it('reports bad rows by file, line and column, makes boxes for labels only connections name, and drops computed columns', async () => {
    const result = await imported(fixture('kumu-one-file.csv'), { fileName: 'kumu-one-file.csv' });
    expect(messages(result, 'bad-row')).toEqual(['“kumu-one-file.csv” line 25, column “From”: it is empty, so the connection was skipped.']);
    expect(messages(result, 'new-element')).toEqual([
      '“kumu-one-file.csv” line 24: no element is labelled “Nowhere box”, so a box was made for it (an outcome), as Kumu does.',
    ]);
    expect(messages(result, 'dropped-value')).toEqual([
      'Not kept: the column “Degree” of the boxes. It says how a map is drawn or what was measured on it, not what the plan says.',
    ]);
    expect(messages(result, 'kept-column')[0]).toContain('The column “Strength” has no field of its own');
  });
});

describe('two CSV files, separated by semicolons, with a byte-order mark', () => {
  const open = () =>
    imported(fixture('kumu-elements-semicolon.csv'), {
      fileName: 'kumu-elements-semicolon.csv',
      connections: fixture('kumu-connections-semicolon.csv'),
      connectionsFileName: 'kumu-connections-semicolon.csv',
    });

  it('reads both files, finding elements by Id or label', async () => {
    const result = await open();
    const { model } = result;
    expect(messages(result, 'delimiter')).toEqual([
      '“kumu-elements-semicolon.csv” has its columns separated by semicolons; it was read that way.',
      '“kumu-connections-semicolon.csv” has its columns separated by semicolons; it was read that way.',
    ]);
    expect(model.nodes.get('buddy')).toMatchObject({
      title: 'Buddy scheme',
      description: 'Pairs new arrivals; meets weekly',
      tags: ['newcomers', 'mentoring'],
    });
    expect(model.edges.get('contributesTo:buddy:belong')?.kind).toBe('contributesTo');
    expect(model.edges.toArray().find((e) => e.kind === 'deliveredBy')).toMatchObject({ source: 'buddy', target: 'okologisk-cafe' });
    expect(model.edges.get('measures:survey:belong')?.kind).toBe('measures');
  });

  it('keeps a formula as the text it is, never running it', async () => {
    const { model } = await open();
    expect(model.nodes.get('belong')?.description).toBe('=HYPERLINK("https://evil.example/x";"click")');
  });

  it('re-keys a duplicate label and sends connections naming it to the first', async () => {
    const result = await open();
    expect(result.model.nodes.get('new-arrivals-feel-they-belong')?.description).toBe('A second box with the same label');
    expect(messages(result, 'duplicate-label')[0]).toContain('connections naming the label go to the first');
    expect(result.model.edges.toArray().filter((e) => e.target === 'new-arrivals-feel-they-belong')).toEqual([]);
  });

  it('draws a mutual connection both ways, and reports unknown types, directions and confidences by row and column', async () => {
    const result = await open();
    expect(result.model.edges.get('contributesTo:belong:well-being')).toMatchObject({ sign: 'positive', confidence: 50 });
    expect(result.model.edges.get('contributesTo:well-being:belong')).toMatchObject({ sign: 'positive', confidence: 50 });
    expect(messages(result, 'bad-row')).toEqual([
      '“kumu-elements-semicolon.csv” line 7, column “Label”: the label is empty, so the row was skipped.',
      '“kumu-connections-semicolon.csv” line 2, column “Confidence”: the confidence “seventy” is not a number from 0 to 100, so it was left out.',
      '“kumu-connections-semicolon.csv” line 6: the direction “sideways” is not directed, undirected or mutual, so the connection was read as directed.',
    ]);
    expect(messages(result, 'unknown-type')).toEqual(['Changemap does not know what 1 element of the type “Mood” is, so it was made an outcome.']);
  });
});

describe('encodings and odd input', () => {
  it('reads a CSV saved by Excel in Windows-1252 and says so', async () => {
    const bytes = Buffer.from('Label,Type\nCaf\xe9 for parents,Activity\nParents meet, Outcome\n', 'latin1');
    const result = await imported(bytes, { fileName: 'plan.csv' });
    expect(result.model.nodes.toArray().map((n) => n.title)).toEqual(['Café for parents', 'Parents meet']);
    expect(messages(result, 'encoding')[0]).toContain('read as Windows-1252');
  });

  it('refuses what it cannot read, saying why, and imports nothing', async () => {
    const xls = await importForeign(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]), { fileName: 'old.xls' });
    expect(!xls.ok && xls.errors[0]!.message).toContain('Excel 97–2003 workbook (.xls)');
    const noHeader = await importForeign('just,some,values\n1,2,3\n', { fileName: 'x.csv' });
    expect(!noHeader.ok && noHeader.errors[0]!.message).toContain('has no heading row Changemap reads');
    const brokenZip = await importForeign(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), { fileName: 'x.xlsx' });
    expect(!brokenZip.ok && brokenZip.errors[0]!.message).toContain('This workbook could not be read');
    const askedWrong = await importForeign('Label\nA\n', { fileName: 'x.csv', from: 'xlsx' });
    expect(!askedWrong.ok && askedWrong.errors[0]!.message).toBe(
      '“x.csv” was to be read as an Excel workbook of elements and connections, but it is text, not an Excel workbook.',
    );
  });

  it('refuses a workbook whose parts claim to unpack to more than a plan could need', () => {
    // A zip directory of one entry declaring 3 GB, then the end-of-directory record.
    const entry = new Uint8Array(46 + 1);
    const view = new DataView(entry.buffer);
    view.setUint32(0, 0x02014b50, true);
    view.setUint32(24, 3_000_000_000, true);
    view.setUint16(28, 1, true);
    const end = new Uint8Array(22);
    const endView = new DataView(end.buffer);
    endView.setUint32(0, 0x06054b50, true);
    endView.setUint16(10, 1, true);
    endView.setUint32(16, 0, true);
    const zip = new Uint8Array([...entry, ...end]);
    expect(declaredUnpackedSize(zip)).toBe(3_000_000_000);
    expect(declaredUnpackedSize(new Uint8Array(10))).toBeUndefined();
  });
});

describe('XLSX workbooks', () => {
  it('reads the Elements and Connections sheets, with numbers, booleans and extra columns', async () => {
    const bytes = await workbook([
      { sheet: 'Read me', rows: [['Fill in the two other sheets.']] },
      {
        sheet: 'Elements',
        rows: [
          ['Label', 'Type', 'Critical', 'Budget (£k)', 'Color'],
          ['Train 200 staff', 'Activity', null, 40, '#ff0000'],
          ['Staff spot risk early', 'Outcome', null, null, null],
          ['Managers back the training', 'Assumption', true, null, null],
        ],
      },
      {
        sheet: 'Connections',
        rows: [
          ['From', 'To', 'Confidence'],
          ['Train 200 staff', 'Staff spot risk early', 65],
          ['Managers back the training', 'Staff spot risk early', null],
        ],
      },
    ]);
    const result = await imported(bytes, { fileName: 'safeguarding.xlsx' });
    const { model } = result;
    expect(result.format).toBe('xlsx');
    expect(model.title).toBe('Safeguarding');
    expect(byTitle(model, 'Train 200 staff')).toMatchObject({ kind: 'action', description: 'Budget (£k): 40' });
    expect(byTitle(model, 'Managers back the training')).toMatchObject({ kind: 'assumption', critical: true });
    expect(linkBetween(model, 'Train 200 staff', 'Staff spot risk early')).toMatchObject({ kind: 'contributesTo', confidence: 65 });
    expect(linkBetween(model, 'Managers back the training', 'Staff spot risk early')?.kind).toBe('underlies');
    expect(messages(result, 'skipped-sheet')[0]).toContain('The sheet “Read me” was not read');
    expect(messages(result, 'dropped-value')).toEqual([
      'Not kept: the column “Color” of the boxes. It says how a map is drawn or what was measured on it, not what the plan says.',
    ]);
    expect(result.notes.filter((n) => n.code === 'bad-row')).toEqual([]);
  });

  it('keeps a sign on a link that is not causal: negative evidence challenges, a risk’s sign is in the link’s words as the note says', async () => {
    const bytes = await workbook([
      {
        sheet: 'Elements',
        rows: [
          ['Label', 'Type'],
          ['Home visits', 'Activity'],
          ['Fewer cold homes', 'Outcome'],
          ['Landlords refuse access', 'Risk'],
          ['2019 pilot found no change', 'Evidence'],
        ],
      },
      {
        sheet: 'Connections',
        rows: [
          ['From', 'To', 'Label'],
          ['Home visits', 'Fewer cold homes', null],
          ['Landlords refuse access', 'Fewer cold homes', '-'],
          ['2019 pilot found no change', 'Fewer cold homes', '-'],
        ],
      },
    ]);
    const result = await imported(bytes, { fileName: 'warm.xlsx' });
    const risk = linkBetween(result.model, 'Landlords refuse access', 'Fewer cold homes');
    expect(risk?.kind).toBe('underlies');
    expect(risk?.description).toMatch(/^Sign: negative/);
    expect(messages(result, 'link-kind').some((m) => m.includes('negative sign') && m.includes('in its description'))).toBe(true);
    expect(linkBetween(result.model, '2019 pilot found no change', 'Fewer cold homes')).toMatchObject({ kind: 'supports', stance: 'challenges' });
  });

  it('puts a box with no Level on the level most boxes of its kind are on, when the plan names its own levels, and says so', async () => {
    const bytes = await workbook([
      {
        sheet: 'Elements',
        rows: [
          ['Label', 'Type', 'Level'],
          ['Drop-in sessions', 'Activity', 'What we do'],
          ['Young people attend', 'Output', 'Who we reach'],
          ['Young people feel less isolated', 'Outcome', null],
          ['Young people stay housed', 'Outcome', 'What changes'],
          ['Fewer families in temporary homes', 'Outcome', 'What changes'],
          ['No young person homeless', 'Impact', 'Our vision'],
        ],
      },
      {
        sheet: 'Connections',
        rows: [
          ['From', 'To'],
          ['Drop-in sessions', 'Young people attend'],
          ['Young people attend', 'Young people feel less isolated'],
          ['Young people feel less isolated', 'Young people stay housed'],
          ['Young people stay housed', 'No young person homeless'],
        ],
      },
    ]);
    const result = await imported(bytes, { fileName: 'roots.xlsx' });
    const level = (title: string) => result.model.levels?.find((l) => l.id === byTitle(result.model, title).level)?.title;
    expect(level('Young people feel less isolated')).toBe('What changes');
    expect(messages(result, 'levels').some((m) => m.startsWith('“Young people feel less isolated” has no Level; it was put on “What changes”'))).toBe(true);
  });

  it('finds the tables by their headings when the sheets have other names, and reports bad rows by sheet, row and column', async () => {
    const bytes = await workbook([
      {
        sheet: 'Boxes',
        rows: [
          ['Label', 'Type'],
          ['Run clinics', 'Activity'],
          [null, 'Outcome'],
          ['Fewer missed appointments', 'Result'],
        ],
      },
      {
        sheet: 'Arrows',
        rows: [
          ['From', 'To', 'Confidence'],
          ['Run clinics', 'Fewer missed appointments', 250],
        ],
      },
    ]);
    const result = await imported(bytes, { fileName: 'clinics.xlsx' });
    expect(messages(result, 'bad-row')).toEqual([
      'Sheet “Boxes”, row 3, column “Label”: the label is empty, so the row was skipped.',
      'Sheet “Arrows”, row 2, column “Confidence”: the confidence 250 is above 100, so it was kept as 100.',
    ]);
    expect(linkBetween(result.model, 'Run clinics', 'Fewer missed appointments')?.confidence).toBe(100);
  });
});

describe('the template', () => {
  it('imports with nothing repaired and every row kept, from the workbook and from the CSV pair', async () => {
    const xlsx = await imported(readFileSync(resolve(root, 'docs/templates/changemap-template.xlsx')), { fileName: 'changemap-template.xlsx' });
    const csv = await imported(readFileSync(resolve(root, 'docs/templates/changemap-elements.csv')), {
      fileName: 'changemap-elements.csv',
      connections: readFileSync(resolve(root, 'docs/templates/changemap-connections.csv')),
    });
    for (const result of [xlsx, csv]) {
      expect(result.notes.filter((n) => n.severity === 'warning')).toEqual([]);
      expect(result.model.nodes.size).toBe(ELEMENT_ROWS.length);
      expect(result.model.edges.size).toBe(CONNECTION_ROWS.length);
      expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
      expect(result.model.nodes.get('healthy-weight')?.kind).toBe('vision');
    }
    expect(csv.model.title).toBe('Changemap');
  });

  it('is what the template script writes (CSV pair)', () => {
    expect(readFileSync(resolve(root, 'docs/templates/changemap-elements.csv'), 'utf8')).toBe(toCsv([ELEMENT_HEADER, ...ELEMENT_ROWS]));
    expect(readFileSync(resolve(root, 'docs/templates/changemap-connections.csv'), 'utf8')).toBe(toCsv([CONNECTION_HEADER, ...CONNECTION_ROWS]));
  });
});
