import { ChangemapError } from './errors.js';
import type { FieldSpec } from './fields.js';
import { isValidId } from './ids.js';
import { isIsoDate } from './iso-date.js';
import { isSafeUrl } from './safe-url.js';
import { shortenText } from './shorten-text.js';

/**
 * Checks a value written to a field and returns the copy to store: plain data only, with
 * `undefined` parts left out and -0 stored as 0, so the plan holds exactly what its file will.
 * Throws a ChangemapError naming `where` and the field when the value does not fit. The work is
 * proportional to the value, never to the plan.
 */
export function cleanField(field: FieldSpec, value: unknown, where: string, path: string): unknown {
  const shape = field.shape;
  const fail = (code: ConstructorParameters<typeof ChangemapError>[0], problem: string): never => {
    throw new ChangemapError(code, `${where}: the field “${path}” (${field.label}) ${problem}.`);
  };
  switch (shape.type) {
    case 'string': {
      if (typeof value !== 'string') return fail('wrong-type', `must be text, not ${describe(value)}`);
      if (value.length > shape.maxLength && codePoints(value) > shape.maxLength) return fail('too-long', `is too long: at most ${shape.maxLength} characters`);
      if (shape.format === 'url' && !isSafeUrl(value)) return fail('unsafe-url', 'must be a web (http, https) or email (mailto) address');
      if (shape.format === 'id' && !isValidId(value)) return fail('invalid-id', 'must be an id: letters, digits and . _ : -');
      if (shape.format === 'isoDate' && !isIsoDate(value))
        return fail('invalid-date', `must be a date written YYYY-MM-DD, such as 2024-03-31 (not ${describe(value)})`);
      return value;
    }
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return fail('wrong-type', `must be a number, not ${describe(value)}`);
      if (shape.integer && !Number.isInteger(value)) return fail('wrong-type', 'must be a whole number');
      if (value < shape.minimum || value > shape.maximum) return fail('out-of-range', `must be between ${shape.minimum} and ${shape.maximum}`);
      return value === 0 ? 0 : value; // -0 would come back from a file as 0
    }
    case 'boolean':
      return typeof value === 'boolean' ? value : fail('wrong-type', `must be true or false, not ${describe(value)}`);
    case 'enum':
      return typeof value === 'string' && shape.values.includes(value)
        ? value
        : fail('invalid-option', `must be one of: ${shape.values.join(', ')} (not ${describe(value)})`);
    case 'list': {
      if (!Array.isArray(value)) return fail('wrong-type', `must be a list, not ${describe(value)}`);
      if (value.length > shape.maxItems) return fail('too-many-items', `has too many items: at most ${shape.maxItems}`);
      return value.map((item, i) => cleanField(shape.items, item, where, `${path}[${i}]`));
    }
    case 'group': {
      if (!isPlainObject(value)) return fail('wrong-type', `must be an object with named parts, not ${describe(value)}`);
      const copy: Record<string, unknown> = {};
      for (const [key, part] of Object.entries(value)) {
        if (part === undefined) continue;
        const spec = Object.hasOwn(shape.fields, key) ? shape.fields[key] : undefined;
        if (!spec) return fail('unknown-field', `has no part “${key}”; its parts are: ${Object.keys(shape.fields).join(', ')}`);
        copy[key] = cleanField(spec, part, where, `${path}.${key}`);
      }
      for (const key of shape.required) if (!Object.hasOwn(copy, key)) fail('missing-field', `needs its part “${key}”`);
      return copy;
    }
    case 'record': {
      if (!isPlainObject(value)) return fail('wrong-type', `must be an object of entries, not ${describe(value)}`);
      const entries = Object.entries(value).filter(([, entry]) => entry !== undefined);
      if (entries.length > shape.maxEntries) return fail('too-many-items', `has too many entries: at most ${shape.maxEntries}`);
      const copy: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
      for (const [key, entry] of entries) {
        if (!shape.keyPattern.test(key)) fail('invalid-key', `has an entry “${key.slice(0, 80)}”: ${shape.keyHelp}`);
        copy[key] = cleanField(shape.values, entry, where, `${path}.${key}`);
      }
      return copy;
    }
  }
}

/** True for `{…}` literals and null-prototype records: data, not class instances, arrays or functions. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** Characters as JSON Schema counts them: a surrogate pair is one. */
export function codePoints(text: string): number {
  let length = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        length--;
        i++;
      }
    }
  }
  return length;
}

/** A value named for a message, short. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `“${shortenText(value, 40)}”`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}
