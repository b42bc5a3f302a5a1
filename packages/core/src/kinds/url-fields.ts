import type { FieldSpec } from '../model/fields.js';
import { COMMON_NODE_FIELDS } from './common.js';
import { getKindSpec } from './registry.js';

/** Where a URL can sit in a box, as field names from the box down: ["dataSource", "url"]. */
export type FieldPath = readonly string[];

const byKind = new Map<string, readonly FieldPath[]>();

/**
 * The places a box of `kind` can hold a link (web or email address), read from its spec: the
 * checker and the import pipeline look only there. Lists of links would be found too (each
 * item's path ends in its index, added when read).
 */
export function getUrlFields(kind: string): readonly FieldPath[] {
  let paths = byKind.get(kind);
  if (!paths) {
    const spec = getKindSpec(kind);
    if (!spec) return []; // not a kind (malformed data): nothing to look at, and nothing cached
    const fields: Record<string, FieldSpec> = { ...COMMON_NODE_FIELDS, ...(spec.fields as Record<string, FieldSpec>) };
    paths = Object.entries(fields).flatMap(([name, field]) => urlPaths(field, [name]));
    byKind.set(kind, paths);
  }
  return paths;
}

function urlPaths(field: FieldSpec, path: string[]): FieldPath[] {
  const shape = field.shape;
  if (shape.type === 'string') return shape.format === 'url' ? [path] : [];
  if (shape.type === 'group') return Object.entries(shape.fields).flatMap(([name, part]) => urlPaths(part, [...path, name]));
  if (shape.type === 'list') return urlPaths(shape.items, [...path, '*']);
  return [];
}

/** Every link a box holds, with its JSON-pointer path below the box ("dataSource/url", "links/2"). */
export function urlsOf(node: object): readonly [string, unknown][] {
  const paths = getUrlFields((node as { kind?: unknown }).kind as string);
  if (paths.length === 0) return NONE; // most boxes: no allocation
  const found: [string, unknown][] = [];
  for (const path of paths) collect(node, path, 0, [], found);
  return found;
}

const NONE: readonly [string, unknown][] = Object.freeze([]);

function collect(value: unknown, path: FieldPath, at: number, trail: string[], found: [string, unknown][]): void {
  if (at === path.length) {
    if (value !== undefined) found.push([trail.join('/'), value]);
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  const key = path[at]!;
  if (key === '*') {
    if (Array.isArray(value)) value.forEach((item, i) => collect(item, path, at + 1, [...trail, String(i)], found));
    return;
  }
  if (Object.hasOwn(value, key)) collect((value as Record<string, unknown>)[key], path, at + 1, [...trail, key], found);
}
