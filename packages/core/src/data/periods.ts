import { daysInMonth, isIsoDate } from '../model/iso-date.js';

/**
 * Periods as statistics publishers label them, turned into first and last days so that a series
 * can be put in order, two readings of one period recognised, and a reading placed on the line
 * from a baseline to a target. The labels read are the ones Fingertips, ONS and council reports
 * use; any other label keeps its place in the series but has no dates.
 */

/** A period's first and last days, YYYY-MM-DD. */
export interface PeriodSpan {
  start: string;
  end: string;
}

/** The parts of a measurement (or baseline, or target) that say when it is. */
export interface Dated {
  date?: string | undefined;
  start?: string | undefined;
  end?: string | undefined;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function day(year: number, month: number, dayOfMonth: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(dayOfMonth)}`;
}

function months(year: number, firstMonth: number, count: number): PeriodSpan {
  const lastIndex = firstMonth - 1 + count - 1;
  const lastYear = year + Math.floor(lastIndex / 12);
  const lastMonth = (lastIndex % 12) + 1;
  return { start: day(year, firstMonth, 1), end: day(lastYear, lastMonth, daysInMonth(lastYear, lastMonth)) };
}

/** The full year a two-digit year after `first` stands for: 2018 and "20" → 2020, 1999 and "01" → 2001. */
function laterYear(first: number, written: string): number {
  if (written.length === 4) return Number(written);
  const century = Math.floor(first / 100) * 100;
  const year = century + Number(written);
  return year < first ? year + 100 : year;
}

/**
 * The first and last days of a period label, or undefined when the label is not one of:
 * `2022` (a calendar year); `2021/22`, `2021-22`, `2021/2022` (a financial year, April to March);
 * `2018 - 20`, `2018-2020` (several calendar years); `2022 Q1`, `Q1 2022` (a calendar quarter);
 * `2022/23 Q1` (a financial quarter, Q1 = April to June); `2023-03`, `Mar 2023`, `March 2023`
 * (a month); `2023-03-31` (a day).
 */
export function parsePeriod(label: string): PeriodSpan | undefined {
  const text = label
    .trim()
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .toLowerCase();
  if (isIsoDate(text)) return { start: text, end: text };
  let match = /^(\d{4})$/.exec(text);
  if (match) return months(Number(match[1]), 1, 12);
  match = /^(\d{4})-(\d{2})$/.exec(text);
  if (match && Number(match[2]) >= 1 && Number(match[2]) <= 12) return months(Number(match[1]), Number(match[2]), 1);
  match = /^([a-z]{3})[a-z]*\.? (\d{4})$/.exec(text);
  if (match && MONTHS.includes(match[1]!)) return months(Number(match[2]), MONTHS.indexOf(match[1]!) + 1, 1);
  match = /^(\d{4}) ?q([1-4])$/.exec(text);
  if (match) return months(Number(match[1]), (Number(match[2]) - 1) * 3 + 1, 3);
  match = /^q([1-4]) (\d{4})$/.exec(text);
  if (match) return months(Number(match[2]), (Number(match[1]) - 1) * 3 + 1, 3);
  match = /^(\d{4}) ?[/-] ?(\d{2}|\d{4}) ?q([1-4])$/.exec(text);
  if (match && laterYear(Number(match[1]), match[2]!) === Number(match[1]) + 1) {
    const quarter = Number(match[3]);
    const year = Number(match[1]) + (quarter === 4 ? 1 : 0);
    return months(year, quarter === 4 ? 1 : quarter * 3 + 1, 3);
  }
  match = /^(\d{4}) ?([/-]) ?(\d{2}|\d{4})$/.exec(text);
  if (match) {
    const first = Number(match[1]);
    const last = laterYear(first, match[3]!);
    if (last === first + 1) return { start: day(first, 4, 1), end: day(last, 3, 31) };
    // Spans of more than ten years are not periods a publisher labels so ("2024-13" is no period at all).
    if (last > first && last - first <= 10) return { start: day(first, 1, 1), end: day(last, 12, 31) };
  }
  return undefined;
}

/** The first and last days of a dated thing: its own start and end when it has them, else its label's. */
export function getPeriodSpan(item: Dated): PeriodSpan | undefined {
  const parsed = item.date === undefined ? undefined : parsePeriod(item.date);
  const start = item.start ?? parsed?.start ?? item.end;
  const end = item.end ?? parsed?.end ?? item.start;
  return start !== undefined && end !== undefined ? { start, end } : undefined;
}

/**
 * What makes two readings "the same period": their first and last days when known, else their
 * labels written alike ("2018 - 20" and "2018-20" are one period). Undefined when a reading says
 * nothing about when it is.
 */
export function getPeriodKey(item: Dated): string | undefined {
  const span = getPeriodSpan(item);
  if (span) return `${span.start}/${span.end}`;
  const label = item.date
    ?.trim()
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, '')
    .toLowerCase();
  return label === undefined || label === '' ? undefined : label;
}

/** Orders readings by period: by first day, then last day; readings without dates keep their place after the dated ones. */
export function sortByPeriod<T extends Dated>(items: readonly T[]): T[] {
  const keyed = items.map((item, index) => ({ item, index, span: getPeriodSpan(item) }));
  keyed.sort((a, b) => {
    if (a.span && b.span) return a.span.start.localeCompare(b.span.start) || a.span.end.localeCompare(b.span.end) || a.index - b.index;
    if (a.span) return -1;
    if (b.span) return 1;
    return a.index - b.index;
  });
  return keyed.map((entry) => entry.item);
}

/** A day as a number of days since 1970-01-01, to measure how far along a trajectory a reading is. */
export function dayNumber(isoDate: string): number {
  return Date.UTC(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)) - 1, Number(isoDate.slice(8, 10))) / 86_400_000;
}
