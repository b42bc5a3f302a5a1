import { shortenText } from '../model/shorten-text.js';

/** How long a value may be in a line of a comparison; longer text is cut at a word boundary. */
const MAX_VALUE = 60;

/**
 * A field's value in a few words, for a line of a comparison: text in quotes, numbers as they
 * are, a baseline as "12 (2022)", a series of readings as "4 readings, latest 2023: 12.5", other
 * lists by count or their items. Never the whole JSON of a big value.
 */
export function formatValue(field: string, value: unknown): string {
  if (value === undefined || value === null || value === '') return 'empty';
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value)) return formatList(field, value);
  if (typeof value === 'object') return formatRecord(value as Record<string, unknown>);
  return shortenText(String(value), MAX_VALUE);
}

/** “text”, shortened at a word boundary. */
export function quote(text: string): string {
  return `“${shortenText(text, MAX_VALUE)}”`;
}

function formatList(field: string, items: readonly unknown[]): string {
  if (items.length === 0) return 'none';
  if (field === 'measurements' || field === 'delivery') return formatSeries(items, field === 'measurements' ? 'reading' : 'update');
  if (field === 'comparatorSeries') return plural(items.length, 'comparator series', 'comparator series');
  if (items.every((item) => typeof item === 'string' || typeof item === 'number')) return quote(items.join(', '));
  // Lists of named things (levels, areas, data sources) by their names when they have them.
  const names = items.map((item) => nameOf(item));
  if (names.every((name) => name !== undefined)) return quote(names.join(', '));
  return plural(items.length, 'item', 'items');
}

/** A dated series: how many entries, and the last one (the series is kept in period order). */
function formatSeries(items: readonly unknown[], noun: string): string {
  const last = items.at(-1) as Record<string, unknown> | undefined;
  const count = plural(items.length, noun, `${noun}s`);
  if (!last || typeof last !== 'object') return count;
  const date = typeof last.date === 'string' ? last.date : typeof last.end === 'string' ? last.end : undefined;
  const value = typeof last.value === 'number' ? String(last.value) : typeof last.status === 'string' ? last.status : undefined;
  if (value === undefined) return count;
  return `${count}, latest ${date !== undefined ? `${date}: ` : ''}${value}`;
}

function formatRecord(record: Record<string, unknown>): string {
  // A figure at a date (baseline, target): "12 (2022)", or a target in words.
  if (typeof record.value === 'number') {
    const date = typeof record.date === 'string' ? ` (${record.date})` : '';
    return `${record.value}${date}`;
  }
  if (typeof record.description === 'string') return quote(record.description);
  const name = nameOf(record);
  if (name !== undefined) return quote(name);
  const entries = Object.entries(record).filter(([, value]) => value !== undefined);
  if (entries.length === 0) return 'empty';
  return shortenText(entries.map(([key, value]) => `${key}: ${typeof value === 'object' ? '…' : String(value)}`).join(', '), MAX_VALUE);
}

/** What a record calls itself: a title, a name, a source document, a scheme id. */
function nameOf(item: unknown): string | undefined {
  if (typeof item !== 'object' || item === null) return undefined;
  const record = item as Record<string, unknown>;
  for (const key of ['title', 'name', 'document', 'code', 'profile']) {
    if (typeof record[key] === 'string' && record[key] !== '') return record[key];
  }
  return undefined;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
