import { getResultsRows, RESULTS_COLUMNS, Table, type Plan } from '@changemap/core';
import { readCsvTable } from '@changemap/schemas';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resultsToCsv } from './results-export.js';

function planWith(titles: readonly string[]): Plan {
  return {
    id: 'p',
    title: 'P',
    nodes: Table.fromValues([
      { id: 'cta', kind: 'callToAction', title: 'A fairer borough', number: 1 },
      { id: 'o', kind: 'outcome', title: 'More residents in work' },
      ...titles.map((title, i) => ({
        id: `i${i}`,
        kind: 'indicator' as const,
        title,
        unit: '%',
        baseline: { value: i + 0.5, date: '2022' },
        target: { value: 10 * i },
      })),
    ]),
    edges: Table.fromValues([
      { id: 'c', kind: 'contributesTo', source: 'o', target: 'cta' },
      ...titles.map((_, i) => ({ id: `m${i}`, kind: 'measures' as const, source: `i${i}`, target: 'o' })),
    ]),
    views: {},
  };
}

describe('resultsToCsv', () => {
  it('heads the columns, keeps numbers as numbers, and quotes commas, quotes and line breaks', () => {
    const csv = resultsToCsv(getResultsRows(planWith(['Jobs, "good" ones\nand more'])));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const table = readCsvTable(csv.slice(1));
    if ('error' in table) throw new Error(table.error);
    expect(table.header).toEqual([...RESULTS_COLUMNS]);
    expect(table.rows[0]!.cells.slice(0, 9)).toEqual([
      'Jobs, "good" ones\nand more',
      'i0',
      '1. A fairer borough',
      '',
      'More residents in work',
      '%',
      '0.5',
      '2022',
      '0',
    ]);
  });

  it('makes a title that looks like a formula plain text', () => {
    const csv = resultsToCsv(getResultsRows(planWith(['=HYPERLINK("x")', '-5 fewer', '@sum'])));
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csv).toContain("'-5 fewer");
    expect(csv).toContain("'@sum");
  });

  it('reads back to the same titles, whatever they are (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== ''),
          { minLength: 1, maxLength: 5 },
        ),
        (titles) => {
          const rows = getResultsRows(planWith(titles));
          const table = readCsvTable(resultsToCsv(rows).slice(1));
          if ('error' in table) throw new Error(table.error);
          expect(table.rows.map((r) => r.cells[0])).toEqual(
            rows.map((r) => (/^[=+\-@\t\r]/.test(r.indicator.title) ? `'${r.indicator.title}` : r.indicator.title)),
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});
