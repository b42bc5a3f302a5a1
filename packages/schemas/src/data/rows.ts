import { getPeriodKey, isIsoDate, parsePeriod, type Measurement } from '@changemap/core';
import type { Row } from '../import/foreign/spreadsheet/csv.js';
import type { ColumnRole, Layout } from './layouts.js';

/** One row of data, read and checked. */
export interface DataRow {
  /** The row's number as a spreadsheet shows it (the header is row 1). */
  row: number;
  area: string;
  areaName?: string;
  indicatorId?: string;
  /** "persons", "male", "female", or "" when the file has no sex column. */
  sex: string;
  /** An age band ("All ages", "18-64"), "" when none. */
  age: string;
  /** The breakdown ("Most deprived decile"), "" for none. */
  category: string;
  measurement: Measurement;
}

/** A row refused, with its number and why. */
export interface RefusedRow {
  row: number;
  reason: string;
}

export interface ReadRowsOptions {
  /** Numbers are written with a decimal comma (a semicolon-separated file). */
  decimalComma: boolean;
  /** Written into each measurement's `source`. */
  source?: string;
}

/**
 * Reads and checks every row (dates, numbers, duplicates), before any filtering, so a bad row is
 * always reported: a row is refused when its value is missing or not a number, a limit or count
 * is not a number, its confidence interval is upside down, its dates are not dates or end before
 * they start, it has no period or area, or it repeats the period of an earlier row for the same
 * area and breakdown.
 */
export function readRows(rows: readonly Row[], layout: Layout, options: ReadRowsOptions): { rows: DataRow[]; refused: RefusedRow[] } {
  const out: DataRow[] = [];
  const refused: RefusedRow[] = [];
  const seen = new Map<string, number>();
  const periodKeys = new Map<string, string>();
  const cell = (row: Row, role: ColumnRole): string => {
    const index = layout.columns[role];
    return index === undefined ? '' : (row.cells[index] ?? '').trim();
  };
  for (const row of rows) {
    const read = readRow(row.line, (role) => cell(row, role), layout, options);
    if ('reason' in read) {
      refused.push(read);
      continue;
    }
    const m = read.measurement;
    // A national file repeats a few dozen periods for every area: each is read once.
    const periodText = `${m.date ?? ''}\u0000${m.start ?? ''}\u0000${m.end ?? ''}`;
    let period = periodKeys.get(periodText);
    if (period === undefined) periodKeys.set(periodText, (period = getPeriodKey(m) ?? ''));
    const key = `${read.area}\u0000${read.sex}\u0000${read.age}\u0000${read.category}\u0000${period}`;
    const first = seen.get(key);
    if (first !== undefined) {
      refused.push({
        row: row.line,
        reason: `repeats the period ${read.measurement.date} for ${read.area}${breakdownWords(read)} already given in row ${first}.`,
      });
      continue;
    }
    seen.set(key, row.line);
    out.push(read);
  }
  return { rows: out, refused };
}

function breakdownWords(row: DataRow): string {
  const parts = [row.sex, row.age, row.category].filter((p) => p !== '');
  return parts.length > 0 ? ` (${parts.join(', ')})` : '';
}

/** What `readNumber` gives for text that is not a number (a unique value, so a read allocates nothing: 100,000 rows read five numbers each). */
export const NOT_A_NUMBER: unique symbol = Symbol('not a number');

/** A plain decimal as most files write it: read without any clean-up. */
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/** A number as tables write it: 61.2, -3, 1e3, "1,234.5" (thousands), or 61,2 in a semicolon file. Empty is undefined. */
export function readNumber(text: string, decimalComma: boolean): number | undefined | typeof NOT_A_NUMBER {
  if (text === '') return undefined;
  // (In a decimal-comma file "1.234" is a thousand and more, so only the full reading will do.)
  if (!decimalComma && PLAIN_NUMBER.test(text)) return inRange(Number(text));
  let plain = text.replace(/\s/g, '');
  if (decimalComma) plain = plain.replace(/\.(?=\d{3}(\D|$))/g, '').replace(',', '.');
  else if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(plain)) plain = plain.replace(/,/g, '');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(plain)) return NOT_A_NUMBER;
  return inRange(Number(plain));
}

function inRange(value: number): number | typeof NOT_A_NUMBER {
  return Number.isFinite(value) && Math.abs(value) <= 1e15 ? value : NOT_A_NUMBER;
}

/** The number columns of a row: the measurement field, the column role and its name in messages. */
const NUMBER_COLUMNS = [
  ['value', 'value', 'value'],
  ['lowerCi', 'lower', 'lower confidence limit'],
  ['upperCi', 'upper', 'upper confidence limit'],
  ['count', 'count', 'count'],
  ['denominator', 'denominator', 'denominator'],
] as const;

function readRow(line: number, cell: (role: ColumnRole) => string, layout: Layout, options: ReadRowsOptions): DataRow | RefusedRow {
  const refuse = (reason: string): RefusedRow => ({ row: line, reason });
  const valueText = cell('value');
  if (valueText === '') {
    const note = cell('note');
    return refuse(`has no value${note === '' ? '' : ` (its note says: ${note.slice(0, 120)})`}.`);
  }
  const numbers: Partial<Record<'value' | 'lowerCi' | 'upperCi' | 'count' | 'denominator', number>> = {};
  for (const [field, role, words] of NUMBER_COLUMNS) {
    const text = cell(role);
    const read = readNumber(text, options.decimalComma);
    if (read === NOT_A_NUMBER) return refuse(`has a ${words} that is not a number: “${text.slice(0, 40)}”.`);
    if (read !== undefined) numbers[field] = read;
  }
  if (numbers.lowerCi !== undefined && numbers.upperCi !== undefined && numbers.lowerCi > numbers.upperCi) {
    return refuse(`has its lower confidence limit (${numbers.lowerCi}) above its upper one (${numbers.upperCi}).`);
  }
  const when = readPeriod(cell);
  if (typeof when === 'string') return refuse(when);
  const area = cell('area');
  if (area === '' && layout.columns.area !== undefined) return refuse('has no area code.');
  const measurement: Measurement = { value: numbers.value!, ...when };
  for (const field of ['lowerCi', 'upperCi', 'count', 'denominator'] as const) if (numbers[field] !== undefined) measurement[field] = numbers[field];
  const note = cell('note');
  if (note !== '') measurement.note = note.slice(0, 2_000);
  if (options.source !== undefined) measurement.source = options.source.slice(0, 500);
  const areaName = cell('areaName');
  const indicatorId = cell('indicatorId');
  const ageFrom = cell('ageFrom');
  const ageTo = cell('ageTo');
  const decile = cell('deprivationDecile');
  const deprivation = cell('deprivationCategory');
  return {
    row: line,
    area,
    ...(areaName !== '' && { areaName }),
    ...(indicatorId !== '' && { indicatorId }),
    sex: cell('sex').toLowerCase(),
    age: layout.name === 'fingertipsUpload' ? (ageFrom === '' && ageTo === '' ? '' : `${ageFrom}-${ageTo}`) : cell('age'),
    category:
      layout.name === 'fingertipsUpload'
        ? joinPresent(decile === '' ? '' : `decile ${decile}`, deprivation, ' ')
        : joinPresent(cell('categoryType'), cell('category'), ': '),
    measurement,
  };
}

/** "a<sep>b", or whichever of the two is not empty. */
function joinPresent(a: string, b: string, separator: string): string {
  return a === '' ? b : b === '' ? a : `${a}${separator}${b}`;
}

/** The period of a row: its label, and its first and last days when the row gives dates. */
function readPeriod(cell: (role: ColumnRole) => string): Pick<Measurement, 'date' | 'start' | 'end'> | string {
  const label = cell('period');
  const start = cell('start');
  const end = cell('end');
  if (start !== '' && !isIsoDate(start)) return `has a start date that is not a date written YYYY-MM-DD: “${start.slice(0, 40)}”.`;
  if (end !== '' && !isIsoDate(end)) return `has an end date that is not a date written YYYY-MM-DD: “${end.slice(0, 40)}”.`;
  if (start !== '' && end !== '' && end < start) return `ends (${end}) before it starts (${start}).`;
  if (label === '' && start === '' && end === '') return 'has no period.';
  if (label.length > 40) return `has a period label longer than 40 characters: “${label.slice(0, 40)}…”.`;
  const date = label !== '' ? label : labelOf(start || end, end || start, cell('periodType'));
  return { date, ...(start !== '' && { start }), ...(end !== '' && { end }) };
}

/** A label for a period given by dates, as Fingertips writes it: 2022, 2021/22, 2018 - 20, 2022 Q1, 2023-03. */
export function labelOf(start: string, end: string, periodType: string): string {
  const y1 = Number(start.slice(0, 4));
  const y2 = Number(end.slice(0, 4));
  const type = periodType.toLowerCase();
  if (start.endsWith('-01-01') && end.endsWith('-12-31')) {
    if (y1 === y2 && (type === '' || type.startsWith('calendar'))) return String(y1);
    if (y2 > y1) return `${y1} - ${String(y2).slice(2)}`;
  }
  if (start.endsWith('-04-01') && end.endsWith('-03-31') && y2 === y1 + 1) return `${y1}/${String(y2).slice(2)}`;
  if (start.endsWith('-01') && end === parsePeriod(start.slice(0, 7))?.end) return start.slice(0, 7);
  const quarterStart = ['01', '04', '07', '10'].indexOf(start.slice(5, 7));
  if (type.includes('quarter') && quarterStart >= 0 && start.endsWith('-01')) return `${y1} Q${quarterStart + 1}`;
  return start === end ? start : `${start} to ${end}`;
}
