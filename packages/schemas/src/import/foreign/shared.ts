/** A plain object (not null, not an array): what a record in a parsed file must be. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A field of a parsed record, read only when the record itself has it (never from a prototype). */
export function own(record: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Text from a value a tool wrote as a string or a number; undefined for anything else. */
export function asText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/** "food-programme.xlsx" → "Food programme": a plan title from a file name. */
export function titleFromFileName(fileName: string | undefined): string | undefined {
  if (fileName === undefined) return undefined;
  const base = fileName.split(/[\\/]/).at(-1) ?? '';
  const stem = base
    .replace(/(\.changemap)?\.[A-Za-z0-9]{1,5}$/, '')
    .replace(/[-_]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return stem === '' ? undefined : stem.charAt(0).toUpperCase() + stem.slice(1);
}

/** A confidence (0–100) from a cell or field: a number or "70" / "70%"; why not, when it is none. */
export function readConfidence(value: unknown): { value: number; note?: string } | { note: string } | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const number = typeof value === 'number' ? value : typeof value === 'string' ? Number(value.trim().replace(/\s*%$/, '')) : Number.NaN;
  if (typeof value === 'string' && value.trim() === '') return undefined;
  if (!Number.isFinite(number)) return { note: `the confidence ${preview(value)} is not a number from 0 to 100, so it was left out` };
  if (number < 0) return { value: 0, note: `the confidence ${number} is below 0, so it was kept as 0` };
  if (number > 100) return { value: 100, note: `the confidence ${number} is above 100, so it was kept as 100` };
  return { value: number };
}

/** A short, safe rendering of any parsed value for a note (never calls the value's own methods). */
export function preview(value: unknown): string {
  if (typeof value === 'string') return `“${value.length > 40 ? `${value.slice(0, 39)}…` : value}”`;
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : typeof value;
}

/** The text with its first letter in capitals, for a sentence that starts with a name. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
