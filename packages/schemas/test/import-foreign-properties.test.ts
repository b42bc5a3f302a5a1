import { isValidId, validate, type Plan } from '@changemap/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { importForeign } from '../src/import/foreign/import-foreign.js';
import { parseCsv, type Delimiter } from '../src/import/foreign/spreadsheet/csv.js';
import { normalise } from '../src/import/foreign/kind-words.js';
import { LIMITS } from '../src/import/foreign/text.js';
import type { ForeignImportResult } from '../src/import/foreign/types.js';
import { tricky } from './arbitraries.js';

/** Cells that break importers: huge, formulas, separators, quotes, line breaks, byte-order marks, Unicode. */
const hostileText = fc.oneof(
  { weight: 4, arbitrary: tricky },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '=1+1',
      '=HYPERLINK("javascript:alert(1)","x")',
      "+cmd|' /C calc'!A0",
      '@SUM(A1)',
      '-',
      '+',
      'Strong Negative',
      '"',
      '""',
      'a;b',
      'a,b',
      'a\tb',
      '\r\n',
      '\ufeffLabel',
      '__proto__',
      'constructor',
      'prototype',
      'toString',
      '',
    ),
  },
  { weight: 1, arbitrary: fc.nat(40_000).map((n) => 'x'.repeat(n)) },
);

/** What must hold of every plan an importer returns: whole, with valid unique ids, no dangling link, within the format's limits. */
function expectWholePlan(result: ForeignImportResult): asserts result is Extract<ForeignImportResult, { ok: true }> {
  if (!result.ok) {
    for (const error of result.errors) expect(error.message.length).toBeGreaterThan(10);
    return;
  }
  const plan: Plan = result.model;
  const ids = new Set<string>();
  for (const item of [...plan.nodes.toArray(), ...plan.edges.toArray()]) {
    expect(isValidId(item.id), item.id).toBe(true);
    expect(ids.has(item.id)).toBe(false);
    ids.add(item.id);
  }
  for (const node of plan.nodes.toArray()) {
    expect(node.title.length).toBeLessThanOrEqual(LIMITS.title);
    expect((node.description ?? '').length).toBeLessThanOrEqual(LIMITS.longText);
    expect((node.tags ?? []).length).toBeLessThanOrEqual(LIMITS.tags);
  }
  for (const edge of plan.edges.toArray()) {
    expect(plan.nodes.has(edge.source)).toBe(true);
    expect(plan.nodes.has(edge.target) || plan.edges.get(edge.target)?.kind === 'contributesTo').toBe(true);
    if (edge.confidence !== undefined) expect(edge.confidence >= 0 && edge.confidence <= 100).toBe(true);
  }
  const findings = validate(plan).map((f) => f.code);
  expect(findings).not.toContain('dangling-edge');
  expect(findings).not.toContain('duplicate-id');
  for (const note of result.notes) expect(note.message.length).toBeGreaterThan(10);
  expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
}

// ToC-Maker charts built from pools, so that ids collide, connections dangle and sections vary.
const idPool = fc.constantFrom('a', 'b', 'c', 'd', 'prototype', 'constructor', '__proto__', 'has space', '', 'ünï', '1', 'x'.repeat(200));
const sectionTitle = fc.oneof(
  fc.constantFrom('Inputs', 'Activities', 'Outputs', 'Outcomes', 'Outcomes Layer 2', 'Short-term outcomes', 'Goal', 'End Goal', 'Impact', 'Mission', 'Vision'),
  tricky,
);
const connection = fc.record(
  {
    targetId: idPool,
    confidence: fc.oneof(fc.integer({ min: -50, max: 150 }), fc.double(), fc.string(), fc.constant(null)),
    evidence: hostileText,
    assumptions: hostileText,
  },
  { requiredKeys: ['targetId'] },
);
const box = fc.record(
  {
    id: idPool,
    title: hostileText,
    text: hostileText,
    connectionIds: fc.array(idPool, { maxLength: 3 }),
    connections: fc.array(connection, { maxLength: 3 }),
    color: fc.constant('#abcdef'),
    yPosition: fc.integer(),
  },
  { requiredKeys: ['id', 'title', 'text', 'connectionIds'] },
);
const chart = fc.record(
  {
    title: tricky,
    color: fc.constant('#fff'),
    sections: fc.array(
      fc.record({ title: sectionTitle, columns: fc.array(fc.record({ nodes: fc.array(box, { maxLength: 4 }) }), { minLength: 1, maxLength: 2 }) }),
      { maxLength: 5 },
    ),
  },
  { requiredKeys: ['sections'] },
);

describe('importForeign never throws', () => {
  it('on random JSON, as text or as data', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 4 }), fc.boolean(), async (value, asText) => {
        expectWholePlan(await importForeign(asText ? JSON.stringify(value) : value, { fileName: 'random.json' }));
      }),
      { numRuns: 200 },
    );
  });

  it('on random bytes and random text, whatever it is told the file is', async () => {
    const from = fc.constantFrom(undefined, 'tocmaker', 'kumu', 'csv', 'xlsx', 'changemap') as fc.Arbitrary<
      undefined | 'tocmaker' | 'kumu' | 'csv' | 'xlsx' | 'changemap'
    >;
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.uint8Array({ maxLength: 300 }), fc.string({ maxLength: 300 }), hostileText), from, async (input, source) => {
        expectWholePlan(await importForeign(input, { fileName: 'random.bin', ...(source && { from: source }) }));
      }),
      { numRuns: 300 },
    );
  });

  it('on hostile ToC-Maker charts, keeping every box, every resolvable connection and every evidence text', async () => {
    await fc.assert(
      fc.asyncProperty(chart, async (data) => {
        const result = await importForeign(JSON.stringify(data), { fileName: 'chart.json' });
        expect(result.ok).toBe(true);
        expectWholePlan(result);
        if (!result.ok) return;
        const boxes = data.sections.flatMap((s) => s.columns.flatMap((c) => c.nodes));
        const chartNodes = result.model.nodes.toArray().filter((n) => !n.provenance?.section?.startsWith('The connection'));
        expect(chartNodes).toHaveLength(boxes.length);
        // The tool's rule: connections when present, else connectionIds; the first box with an id takes its links.
        const firstWith = new Map<string, number>();
        boxes.forEach((b, i) => !firstWith.has(b.id) && firstWith.set(b.id, i));
        const pairs = new Set<string>();
        const evidence = new Set<string>();
        boxes.forEach((b, i) => {
          const targets = b.connections ? b.connections.map((c) => c.targetId) : b.connectionIds;
          for (const target of targets) if (firstWith.has(target)) pairs.add(`${i}>${firstWith.get(target)}`);
          for (const c of b.connections ?? [])
            if (firstWith.has(c.targetId) && (c.evidence ?? '').trim() !== '' && (c.evidence ?? '').length < LIMITS.longText) evidence.add(c.evidence!);
        });
        // Each pair is a link between two boxes of the chart, or a note saying why no kind of link could join them.
        const chartIds = new Set(chartNodes.map((n) => n.id));
        const links = result.model.edges.toArray().filter((e) => chartIds.has(e.source) && chartIds.has(e.target));
        expect(links.length + result.notes.filter((n) => n.code === 'dropped-link').length).toBe(pairs.size);
        // Evidence is a box on its link, words in the description of a link that is not causal, or quoted in the note of a dropped link.
        const kept = [
          ...result.model.nodes
            .toArray()
            .filter((n) => n.kind === 'evidence')
            .map((n) => n.description ?? n.title),
          ...result.model.edges.toArray().map((e) => e.description ?? ''),
          ...result.notes.filter((n) => n.code === 'dropped-link').map((n) => n.message),
        ];
        for (const text of evidence) expect(kept.some((words) => words.includes(text.slice(0, 100)))).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});

const delimiter = fc.constantFrom<Delimiter>(',', ';', '\t');
const rowsArb = fc.array(fc.array(hostileText, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 8 });

/** CSV as a spreadsheet writes it: quotes around cells holding the separator, a quote or a line break. */
function writeCsv(rows: string[][], d: Delimiter, lineEnd: string): string {
  const cell = (value: string) => (value.includes(d) || /["\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  // A row of one empty cell is written "" (as spreadsheets do), so that it is not an empty line.
  return rows.map((row) => (row.length === 1 && row[0] === '' ? '""' : row.map(cell).join(d))).join(lineEnd);
}

describe('CSV', () => {
  it('parses back exactly what a spreadsheet wrote, with any separator and line ending', () => {
    fc.assert(
      fc.property(rowsArb, delimiter, fc.constantFrom('\n', '\r\n', '\r'), (rows, d, lineEnd) => {
        const parsed = parseCsv(writeCsv(rows, d, lineEnd), d);
        expect(parsed.unterminatedQuoteLine).toBeUndefined();
        expect(parsed.rows.map((r) => r.cells)).toEqual(rows);
      }),
      { numRuns: 300 },
    );
  });

  it('numbers each row by the line it starts on, counting line breaks inside quoted cells', () => {
    const breaks = (text: string) => text.match(/\r\n|\r|\n/g)?.length ?? 0;
    fc.assert(
      fc.property(rowsArb, delimiter, fc.constantFrom('\n', '\r\n', '\r'), (rows, d, lineEnd) => {
        const expected: number[] = [];
        let line = 1;
        for (const row of rows) {
          expected.push(line);
          line += 1 + row.reduce((n, cell) => n + breaks(cell), 0);
        }
        expect(parseCsv(writeCsv(rows, d, lineEnd), d).rows.map((r) => r.line)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('imports random element and connection tables whole: every labelled row a box, every connection a link or a said reason', async () => {
    // Heading words (Label, From, To …) are left out: after a blank line they start a table, by design.
    const headingWords = new Set(['label', 'name', 'title', 'from', 'to', 'source', 'target']);
    const label = fc
      .oneof(fc.constantFrom('Run classes', 'Families cook', 'run classes', 'Fewer children obese', 'Survey', ''), hostileText)
      .filter((l) => !headingWords.has(normalise(l)));
    const type = fc.constantFrom('Activity', 'Output', 'Outcome', 'Goal', 'Indicator', 'Assumption', 'Evidence', 'Partner', 'Principle', 'Mood', '', '=1+1');
    const elements = fc.array(fc.tuple(label, type, hostileText, hostileText), { maxLength: 8 });
    const connections = fc.array(fc.tuple(label, label, fc.constantFrom('', 'measures', 'supports', '+'), hostileText), { maxLength: 8 });
    await fc.assert(
      fc.asyncProperty(elements, connections, delimiter, fc.boolean(), async (els, cons, d, bom) => {
        const text = `${bom ? '\ufeff' : ''}${writeCsv([['Label', 'Type', 'Description', 'Tags'], ...els.map((e) => [...e])], d, '\r\n')}\r\n\r\n${writeCsv([['From', 'To', 'Label', 'Confidence'], ...cons.map((c) => [...c])], d, '\r\n')}\r\n`;
        const result = await importForeign(text, { fileName: 'random.csv' });
        expectWholePlan(result);
        if (!result.ok) return;
        const labelled = els.filter(([l]) => l.trim() !== '').length;
        const made = result.notes.filter((n) => n.code === 'new-element').length;
        expect(result.model.nodes.size).toBe(labelled + made);
        const linkable = cons.filter(([from, to]) => from.trim() !== '' && to.trim() !== '').length;
        const refused = result.notes.filter((n) => n.message.includes('no kind of link can join')).length;
        expect(result.model.edges.size + refused).toBe(linkable);
      }),
      { numRuns: 150 },
    );
  });
});

describe('XLSX', () => {
  it('imports random workbooks whole, cells of any type, without running formulas', async () => {
    // The test's writer (write-excel-file) looks strings up on a plain object, so it cannot write
    // "toString" and the like; the reader is tested on them through CSV and ToC-Maker.
    const writable = hostileText.filter((t) => t.length < 5000 && !(t in {}));
    const cell = fc.oneof(writable, fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null));
    const sheet = fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { maxLength: 6 });
    await fc.assert(
      fc.asyncProperty(sheet, sheet, async (elements, links) => {
        const data = [
          { sheet: 'Elements', data: [['Label', 'Type', 'Description'], ...elements] },
          { sheet: 'Connections', data: [['From', 'To', 'Label'], ...links] },
        ];
        const bytes = new Uint8Array(await writeXlsxFile(data as never).toBuffer());
        const result = await importForeign(bytes, { fileName: 'random.xlsx' });
        expect(result.ok).toBe(true);
        expectWholePlan(result);
        if (!result.ok) return;
        // A formula written as text in a kept row's label or description comes back as that text.
        const keptRows = elements.filter(
          (row) => (typeof row[0] === 'string' && row[0].trim() !== '') || typeof row[0] === 'number' || typeof row[0] === 'boolean',
        );
        const formulas = keptRows.flatMap((row) => [row[0], row[2]]).filter((c): c is string => typeof c === 'string' && c.startsWith('='));
        const texts = result.model.nodes.toArray().flatMap((n) => [n.title, n.description ?? '']);
        for (const formula of formulas.filter((f) => f.trim() === f)) expect(texts.some((t) => t.includes(formula))).toBe(true);
      }),
      { numRuns: 25 },
    );
  });
});
