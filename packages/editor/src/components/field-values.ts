import { isSafeUrl } from '@changemap/core';
import type { FieldSpec } from './fields.js';

/** The field's current value, read along its path. */
export function readField(node: object, path: string[]): unknown {
  let value: unknown = node;
  for (const key of path) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  return value;
}

/** What an input shows for a value. */
export function toInputText(spec: FieldSpec, value: unknown): string {
  if (value === undefined || value === null) return '';
  if (spec.type === 'list' && Array.isArray(value)) return value.join(', ');
  return String(value);
}

/** Parses typed text into the field's value, or says why it cannot be used. Empty text clears the field. */
export function parseInput(spec: FieldSpec, text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  const trimmed = text.trim();
  switch (spec.type) {
    case 'integer':
    case 'number': {
      if (trimmed === '') return { ok: true, value: undefined };
      const number = Number(trimmed.replace(/,/g, ''));
      if (!Number.isFinite(number) || Math.abs(number) > 1e15) return { ok: false, message: 'Enter a number, e.g. 42 or 26.7.' };
      if (spec.type === 'integer' && !Number.isInteger(number)) return { ok: false, message: 'Enter a whole number.' };
      return { ok: true, value: number };
    }
    case 'date':
      if (trimmed === '') return { ok: true, value: undefined };
      // A year, a period (2021/22, 2018-20) or an ISO date, as plans and statistics write them.
      return /^\d{4}(?:[/-]\d{2}(?:\d{2})?)?(?:-\d{2}(?:-\d{2})?)?$/.test(trimmed)
        ? { ok: true, value: trimmed }
        : { ok: false, message: 'Enter a year or period, e.g. 2022, 2021/22 or 2023-03-31.' };
    case 'url':
      if (trimmed === '') return { ok: true, value: undefined };
      return isSafeUrl(trimmed) ? { ok: true, value: trimmed } : { ok: false, message: 'Enter a full web address starting with https:// (or mailto: for email).' };
    case 'list': {
      const items = text.split(',').map((s) => s.trim()).filter(Boolean);
      return { ok: true, value: items.length > 0 ? items : undefined };
    }
    case 'select':
      return { ok: true, value: trimmed === '' ? undefined : trimmed };
    case 'boolean':
      return { ok: true, value: text === 'true' ? true : undefined };
    case 'text':
    case 'textarea':
      if (spec.path.length === 1 && spec.path[0] === 'title') return { ok: true, value: text };
      return { ok: true, value: text === '' ? undefined : text };
  }
}

/**
 * The top-level change that sets `value` at `path`: nested objects are rebuilt, and dropped when
 * they become empty or lose a required part (a baseline without a value, a source without a name).
 */
export function changeFor(node: object, path: string[], value: unknown): Record<string, unknown> {
  const [top, ...rest] = path as [string, ...string[]];
  if (rest.length === 0) return { [top]: value };
  const current = { ...((node as Record<string, unknown>)[top] as Record<string, unknown> | undefined) };
  if (value === undefined) delete current[rest[0]!];
  else current[rest[0]!] = value;
  const required: Record<string, string> = { baseline: 'value', dataSource: 'name', provenance: 'document' };
  const missingRequired = required[top] !== undefined && current[required[top]!] === undefined;
  const empty = Object.keys(current).length === 0;
  return { [top]: empty || missingRequired ? undefined : current };
}
