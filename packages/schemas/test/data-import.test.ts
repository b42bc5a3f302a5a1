import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { getIndicatorStatus, type IndicatorNode } from '@changemap/core';
import { describe, expect, it } from 'vitest';
import { importIndicatorData, type DataImportOptions } from '../src/data/import-data.js';
import { NOT_A_NUMBER, readNumber } from '../src/data/rows.js';
import { dataPlan } from './data-plan.js';

const dir = resolve(import.meta.dirname, 'fixtures/data');
const fixture = (name: string) => new Uint8Array(readFileSync(resolve(dir, name)));

function ok(input: Uint8Array | string, options: DataImportOptions) {
  const result = importIndicatorData(dataPlan(), input, options);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return { ...result, indicator: result.plan.nodes.get(options.indicator) as IndicatorNode };
}

function refused(input: Uint8Array | string, options: DataImportOptions): string {
  const result = importIndicatorData(dataPlan(), input, options);
  if (result.ok) throw new Error('was imported');
  return result.errors.join('\n');
}

describe('the Fingertips data export (27 columns)', () => {
  const options = { indicator: 'hle', area: 'E09000030', compare: ['E12000007', 'E92000001'], sex: 'female', fileName: 'fingertips-export-hle.csv' };

  it('takes the area’s headline rows as measurements and each compared area’s as a comparator series', () => {
    const { layout, indicator, refused: bad, series, skipped } = ok(fixture('fingertips-export-hle.csv'), options);
    expect(layout).toBe('fingertipsExport');
    expect(bad).toEqual([]);
    expect(indicator.area).toEqual({ code: 'E09000030', name: 'Tower Hamlets' });
    expect(indicator.measurements).toEqual([
      { value: 56.1, date: '2017 - 19', lowerCi: 53.4, upperCi: 58.8, source: 'fingertips-export-hle.csv' },
      { value: 58, date: '2018 - 20', lowerCi: 55.3, upperCi: 60.7, source: 'fingertips-export-hle.csv' },
      { value: 60.5, date: '2019 - 21', lowerCi: 57.8, upperCi: 63.2, source: 'fingertips-export-hle.csv' },
    ]);
    expect(indicator.comparatorSeries?.map((s) => [s.code, s.name, s.measurements.map((m) => m.value)])).toEqual([
      ['E12000007', 'London region', [64, 63.5, 63.1]],
      ['E92000001', 'England', [63.9, 63.9, 62.4]],
    ]);
    expect(series.map((s) => [s.role, s.code, s.readings])).toEqual([
      ['indicator', 'E09000030', 3],
      ['comparator', 'E12000007', 3],
      ['comparator', 'E92000001', 3],
    ]);
    // Male rows of every area, Female rows of Bristol, and England's deprivation decile are left out.
    expect(skipped).toEqual({ otherAreas: 3, breakdown: 13, otherIndicators: 0 });
    expect(getIndicatorStatus(indicator).comparisons).toEqual({ E12000007: 'similar', E92000001: 'similar' });
  });

  it('needs a sex when the file holds male and female rows but no persons, and never adds them together', () => {
    expect(refused(fixture('fingertips-export-hle.csv'), { ...options, sex: undefined as unknown as string })).toMatch(
      /male and female rows but none for persons; choose the headline series with --sex/,
    );
  });

  it('refuses a file for another Fingertips indicator, naming both ids', () => {
    expect(refused(fixture('fingertips-export-hle.csv'), { ...options, indicator: 'y6' })).toMatch(
      /Fingertips indicator 90362, but the plan's indicator “y6” is Fingertips indicator 20602/,
    );
  });

  it('asks for --area when the file holds several areas and the indicator has none', () => {
    expect(refused(fixture('fingertips-export-hle.csv'), { indicator: 'hle', sex: 'female' })).toMatch(
      /holds 4 areas \(E92000001 England, E12000007 London region, E09000030 Tower Hamlets, E06000023 Bristol, City of\); choose the indicator's with --area/,
    );
  });

  it('reads the same file with a byte-order mark, and importing it twice changes nothing more', () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...fixture('fingertips-export-hle.csv')]);
    const once = importIndicatorData(dataPlan(), bom, options);
    if (!once.ok) throw new Error(once.errors.join());
    const twice = importIndicatorData(once.plan, bom, options);
    if (!twice.ok) throw new Error(twice.errors.join());
    expect(twice.plan.nodes.get('hle')).toEqual(once.plan.nodes.get('hle'));
  });
});

describe('the older 26-column export', () => {
  it('takes the persons rows and keeps the male row apart', () => {
    const { indicator, skipped } = ok(fixture('fingertips-export-26.csv'), { indicator: 'y6', area: 'E09000030', compare: ['E92000001'] });
    expect(indicator.measurements?.map((m) => [m.date, m.value, m.count, m.denominator])).toEqual([
      ['2020/21', 44.6, 1338, 3000],
      ['2021/22', 45.4, 1362, 3000],
      ['2022/23', 46.2, 1386, 3000],
    ]);
    expect(skipped.breakdown).toBe(1);
    expect(getIndicatorStatus(indicator)).toMatchObject({ comparisons: { E92000001: 'worse' }, trend: { trend: 'noChange' } });
    // 44.6 (43.4–45.8) to 46.2 (45.0–47.4): the intervals overlap, so the rise is within the uncertainty.
  });
});

describe('bad rows', () => {
  it('refuses each bad row with its number and reason, before filtering by area, and imports the rest', () => {
    const result = ok(fixture('fingertips-export-bad-rows.csv'), { indicator: 'y6', area: 'E09000030' });
    expect(result.refused).toEqual([
      { row: 3, reason: 'has a value that is not a number: “x”.' },
      { row: 4, reason: 'has no value (its note says: Value suppressed for disclosure control).' },
      { row: 5, reason: 'repeats the period 2020/21 for E09000030 (persons, 10-11 yrs) already given in row 2.' },
      { row: 7, reason: 'has a lower confidence limit that is not a number: “n/a”.' },
      { row: 8, reason: 'has its lower confidence limit (47) above its upper one (45).' },
    ]);
    expect(result.indicator.measurements?.map((m) => m.date)).toEqual(['2020/21', '2023/24']);
    expect(result.skipped.otherAreas).toBe(1);
  });
});

describe('the Fingertips data-upload layout', () => {
  it('reads dates, labels the periods, keeps age and deprivation rows apart, and refuses a period that ends before it starts', () => {
    const result = ok(fixture('fingertips-upload.csv'), { indicator: 'poverty', area: 'E09000030', compare: ['E92000001'] });
    expect(result.layout).toBe('fingertipsUpload');
    expect(result.refused).toEqual([{ row: 13, reason: 'ends (2024-01-01) before it starts (2024-12-31).' }]);
    expect(result.indicator.measurements?.map((m) => [m.date, m.start, m.end, m.value])).toEqual([
      ['2021', '2021-01-01', '2021-12-31', 71.2],
      ['2022', '2022-01-01', '2022-12-31', 71.7],
      ['2023', '2023-01-01', '2023-12-31', 72.2],
    ]);
    expect(result.skipped).toEqual({ otherAreas: 3, breakdown: 2, otherIndicators: 0 });
  });

  it('refuses headers out of order, listing the layout’s headers', () => {
    const text = new TextDecoder().decode(fixture('fingertips-upload.csv')).replace('date_from,date_to', 'date_to,date_from');
    expect(refused(text, { indicator: 'poverty' })).toMatch(/Expected: area_code, date_from, date_to, period_type, sex/);
  });
});

describe('any CSV', () => {
  it('guesses GSSCode, Area, Year and Value when they leave no doubt, and says so', () => {
    const result = ok(fixture('gov-table.csv'), { indicator: 'poverty', area: 'E06000023' });
    expect(result.notes.join()).toMatch(/guessed from the headers: area=GSSCode, name=Area, period=Year, value=Value/);
    expect(result.indicator.area).toEqual({ code: 'E06000023', name: 'Bristol, City of' });
    expect(result.indicator.measurements?.map((m) => m.value)).toEqual([18.2, 17.9, 17.5]);
  });

  it('reads semicolons, decimal commas and a byte-order mark', () => {
    const result = ok(fixture('gov-table-semicolon.csv'), {
      indicator: 'poverty',
      area: 'E09000030',
      compare: ['E92000001'],
      map: { area: 'GSSCode', name: 'Area', period: 'Year', value: 'Value', note: 'Note' },
    });
    expect(result.notes.join()).toMatch(/semicolons/);
    expect(result.indicator.measurements?.map((m) => [m.date, m.value, m.note])).toEqual([
      ['2021', 26.7, undefined],
      ['2022', 25.9, undefined],
      ['2023', 24.8, 'provisional; revised later'],
    ]);
    expect(result.indicator.comparatorSeries?.[0]?.measurements.map((m) => m.value)).toEqual([19.9, 19.6, 19.4]);
  });

  it('reads Excel’s UTF-16 and Windows-1252 files, saying so for the latter', () => {
    const text = 'GSSCode,Area,Year,Value\r\nE06000023,"Bristol, City of",2022,17.9\r\nE09000030,Tower Hamlets,2022,25.9\r\n';
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array([...text].map((c) => c.charCodeAt(0))).buffer)]);
    expect(ok(utf16, { indicator: 'poverty', area: 'E06000023' }).indicator.area).toEqual({ code: 'E06000023', name: 'Bristol, City of' });
    const latin = new Uint8Array([
      ...new TextEncoder().encode('GSSCode,Area,Year,Value\nW06000015,Caerdydd '),
      0xe2,
      ...new TextEncoder().encode(',2022,17.9\n'),
    ]);
    const result = ok(latin, { indicator: 'poverty' });
    expect(result.indicator.area).toEqual({ code: 'W06000015', name: 'Caerdydd â' });
    expect(result.notes.join()).toMatch(/not UTF-8, so it was read as Windows-1252/);
  });

  it('refuses a map naming a column the file lacks, and headers it cannot place, listing what it expected', () => {
    expect(refused(fixture('gov-table.csv'), { indicator: 'poverty', map: { value: 'Rate', period: 'Year' } })).toMatch(
      /“Rate” given for value in --map is not in the file\. Its headers are: “GSSCode”, “Area”, “Year”, “Value”, “Households”/,
    );
    expect(refused('Place,When,How many\nx,2022,3\n', { indicator: 'poverty' })).toMatch(
      /not a layout Changemap recognises.*Fingertips data export \(Indicator ID,.*data-upload layout \(area_code, date_from.*--map area=<header>/s,
    );
  });
});

describe('files that cannot be imported', () => {
  it('refuses an unknown indicator, listing the plan’s indicators', () => {
    expect(refused(fixture('gov-table.csv'), { indicator: 'nope' })).toMatch(/no indicator “nope”\. Its indicators are: hle, y6, poverty/);
    expect(refused(fixture('gov-table.csv'), { indicator: 'a1' })).toMatch(/no indicator “a1”/);
  });

  it('refuses an empty file, a header with no rows, and binary data', () => {
    expect(refused('', { indicator: 'poverty' })).toMatch(/empty/);
    expect(refused('\n\n', { indicator: 'poverty' })).toMatch(/empty/);
    expect(refused('GSSCode,Year,Value\n', { indicator: 'poverty' })).toMatch(/header but no rows/);
    expect(refused(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0xff, 0xfe, 0x00]), { indicator: 'poverty' })).toMatch(/not text/);
  });

  it('imports nothing when every row is refused', () => {
    expect(refused('GSSCode,Year,Value\nE09000030,2022,n/a\n', { indicator: 'poverty' })).toMatch(
      /Nothing to import[\s\S]*Row 2 has a value that is not a number/,
    );
  });
});

describe('readNumber', () => {
  it.each([
    ['61.2', false, 61.2],
    ['-3', false, -3],
    ['1,234.5', false, 1234.5],
    ['1e3', false, 1000],
    ['61,2', true, 61.2],
    ['1.234,5', true, 1234.5],
    ['1.234', true, 1234],
    [' 61.2 ', false, 61.2],
    ['+5', false, 5],
    ['', false, undefined],
  ])('reads “%s” (decimal comma: %s) as %s', (text, comma, value) => {
    expect(readNumber(text, comma)).toBe(value);
  });

  it.each(['x', '12abc', '1,2,3', 'NaN', 'Infinity', '1e400', '--1', '1'.repeat(17)])('refuses “%s”', (text) => {
    expect(readNumber(text, false)).toBe(NOT_A_NUMBER);
  });
});
