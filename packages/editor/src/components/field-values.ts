import { COMMON_LINK_FIELDS, COMMON_NODE_FIELDS, getKindSpec, getLinkField, isEdgeKind, isSafeUrl } from '@changemap/core';
import type { FieldSpec as CoreFieldSpec } from '@changemap/core';
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
      if ((spec.minimum !== undefined && number < spec.minimum) || (spec.maximum !== undefined && number > spec.maximum)) {
        return { ok: false, message: `Enter a number from ${spec.minimum} to ${spec.maximum}.` };
      }
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
      return isSafeUrl(trimmed)
        ? { ok: true, value: trimmed }
        : { ok: false, message: 'Enter a full web address starting with https:// (or mailto: for email).' };
    case 'list': {
      const items = text
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      return { ok: true, value: items.length > 0 ? items : undefined };
    }
    case 'select':
    case 'level':
      return { ok: true, value: trimmed === '' ? undefined : trimmed };
    case 'boolean':
      return { ok: true, value: text === 'true' ? true : undefined };
    case 'text':
    case 'textarea':
      if (spec.maxLength !== undefined && [...text].length > spec.maxLength)
        return { ok: false, message: `At most ${spec.maxLength.toLocaleString('en-GB')} characters.` };
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
  const missingRequired = requiredPartsOf(node, top).some((part) => current[part] === undefined);
  const empty = Object.keys(current).length === 0;
  return { [top]: empty || missingRequired ? undefined : current };
}

/** The parts a field with parts needs (a baseline its value, a source its name), from the box's or link's spec. */
function requiredPartsOf(record: object, name: string): readonly string[] {
  const kind = (record as { kind?: unknown }).kind;
  const isLink = 'source' in record && 'target' in record;
  let field: CoreFieldSpec | undefined;
  if (isLink) field = isEdgeKind(kind) ? getLinkField(kind, name) : COMMON_LINK_FIELDS[name];
  else
    field =
      (getKindSpec(String(kind))?.fields as Record<string, CoreFieldSpec> | undefined)?.[name] ?? (COMMON_NODE_FIELDS as Record<string, CoreFieldSpec>)[name];
  return field?.shape.type === 'group' ? field.shape.required : [];
}
