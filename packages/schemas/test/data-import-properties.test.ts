import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importIndicatorData } from '../src/data/import-data.js';
import { dataPlan } from './data-plan.js';

const areas = ['E09000030', 'E12000007', 'E92000001', 'E06000023'];
const reading = fc.record({
  area: fc.constantFrom(...areas),
  year: fc.integer({ min: 1990, max: 2040 }),
  value: fc.integer({ min: -100_000, max: 100_000 }).map((n) => n / 10),
  width: fc.integer({ min: 0, max: 500 }).map((n) => n / 10),
  note: fc.oneof(fc.constant(''), fc.string({ maxLength: 20 })),
});
/** Readings with one per area and year, as a publisher's table holds them. */
const table = fc.uniqueArray(reading, { selector: (r) => `${r.area}/${r.year}`, minLength: 1, maxLength: 40 });

function csvCell(text: string, delimiter: string): string {
  return /["\r\n]/.test(text) || text.includes(delimiter) ? `"${text.replace(/"/g, '""')}"` : text;
}

describe('importIndicatorData, properties', () => {
  it('reads back exactly the readings of the chosen area and its comparators, whatever the separator, line ending or byte-order mark', () => {
    fc.assert(
      fc.property(table, fc.constantFrom(',', ';', '\t'), fc.constantFrom('\n', '\r\n'), fc.boolean(), (rows, delimiter, lineEnd, bom) => {
        const number = (n: number) => (delimiter === ';' ? String(n).replace('.', ',') : String(n));
        const lines = [['Area Code', 'Year', 'Value', 'Lower CI', 'Upper CI', 'Note'].join(delimiter)];
        for (const r of rows)
          lines.push(
            [r.area, String(r.year), number(r.value), number(r.value - r.width), number(r.value + r.width), csvCell(r.note, delimiter)].join(delimiter),
          );
        const text = `${bom ? '\ufeff' : ''}${lines.join(lineEnd)}${lineEnd}`;
        const result = importIndicatorData(dataPlan(), text, {
          indicator: 'poverty',
          area: areas[0]!,
          compare: [areas[1]!, areas[2]!],
          map: { area: 'Area Code', period: 'Year', value: 'Value', lower: 'Lower CI', upper: 'Upper CI', note: 'Note' },
        });
        const expected = (area: string) =>
          rows
            .filter((r) => r.area === area)
            .sort((a, b) => a.year - b.year)
            .map((r) => ({
              date: String(r.year),
              value: r.value,
              lowerCi: Number(number(r.value - r.width).replace(',', '.')),
              upperCi: Number(number(r.value + r.width).replace(',', '.')),
              ...(r.note.trim() !== '' && { note: r.note.trim() }),
            }));
        if (!result.ok) {
          // Only when no row is for any of the three areas is there nothing to import.
          expect(rows.every((r) => r.area === areas[3])).toBe(true);
          return;
        }
        expect(result.refused).toEqual([]);
        const node = result.plan.nodes.get('poverty');
        if (node?.kind !== 'indicator') throw new Error('no indicator');
        expect(node.measurements ?? []).toEqual(expected(areas[0]!));
        for (const code of [areas[1]!, areas[2]!]) expect(node.comparatorSeries?.find((s) => s.code === code)?.measurements ?? []).toEqual(expected(code));
        expect(result.skipped.otherAreas).toBe(rows.filter((r) => r.area === areas[3]).length);
      }),
      { numRuns: 150 },
    );
  });

  it('never throws on arbitrary text, and either imports or says why not', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const result = importIndicatorData(dataPlan(), `Area Code,Year,Value\n${text}`, { indicator: 'poverty', area: 'E09000030' });
        if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
        else for (const r of result.refused) expect(r.reason).toMatch(/\.$/);
      }),
      { numRuns: 300 },
    );
  });
});
