import { emptyRecord, type Plan } from '@changemap/core';
import { CURRENT_VERSION, FORMAT, SCHEMA_ID, type PlanDocument } from '../format.js';

/** The plan as a document of the current format (arrays in the plan's order), ready to serialise. */
export function toDocument(plan: Plan): PlanDocument {
  return {
    $schema: SCHEMA_ID,
    format: FORMAT,
    version: CURRENT_VERSION,
    id: plan.id,
    title: plan.title,
    ...(plan.period !== undefined && { period: plan.period }),
    ...(plan.description !== undefined && { description: plan.description }),
    ...(plan.levels !== undefined && { levels: plan.levels }),
    ...(plan.checker !== undefined && { checker: plan.checker }),
    nodes: [...plan.nodes.toArray()],
    edges: [...plan.edges.toArray()],
    views: plan.views,
  };
}

const TOP_ORDER = ['$schema', 'format', 'version', 'id', 'title', 'period', 'description', 'levels', 'checker', 'nodes', 'edges', 'views'];
const NODE_FIRST = ['id', 'kind', 'title'];
const EDGE_FIRST = ['id', 'kind', 'source', 'target'];

/**
 * Canonical JSON of a plan: fixed key order (the document's own order at the top, id/kind/title
 * first in items, then the rest alphabetically), nodes and links in the plan's order, views and
 * positions sorted by id, two-space indent and a final newline. So export(import(export(p)))
 * equals export(p) byte for byte, and a one-field edit is a one-line diff.
 */
export function exportJson(plan: Plan): string {
  const document = toDocument(plan);
  const ordered: Record<string, unknown> = {};
  for (const key of TOP_ORDER) {
    const value = (document as unknown as Record<string, unknown>)[key];
    if (value === undefined) continue;
    if (key === 'nodes') ordered[key] = (value as object[]).map((item) => orderItem(item, NODE_FIRST));
    else if (key === 'edges') ordered[key] = (value as object[]).map((item) => orderItem(item, EDGE_FIRST));
    else if (key === 'views' || key === 'checker') ordered[key] = sortDeep(value);
    else ordered[key] = value;
  }
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

function orderItem(item: object, first: string[]): Record<string, unknown> {
  const source = item as Record<string, unknown>;
  const out = emptyRecord<unknown>();
  for (const key of first) if (source[key] !== undefined) out[key] = source[key];
  for (const key of Object.keys(source).sort()) {
    if (!first.includes(key) && source[key] !== undefined) out[key] = sortDeep(source[key]);
  }
  return out;
}

/**
 * Sorts object keys at every depth; arrays keep their order (it carries meaning). Written into
 * null-prototype records, so a key such as "__proto__" (a box's id in a view) stays a key.
 */
function sortDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortDeep);
  if (value === null || typeof value !== 'object') return value;
  const source = value as Record<string, unknown>;
  const out = emptyRecord<unknown>();
  for (const key of Object.keys(source).sort()) if (source[key] !== undefined) out[key] = sortDeep(source[key]);
  return out;
}
