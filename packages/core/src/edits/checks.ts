import { checkIndicatorSeries } from '../data/series-checks.js';
import { COMMON_NODE_FIELDS } from '../kinds/common.js';
import { getKindSpec } from '../kinds/registry.js';
import { isEdgeKind, type PlanEdge } from '../model/edges.js';
import { ChangemapError } from '../model/errors.js';
import { cleanField, describe, isPlainObject } from '../model/field-check.js';
import type { FieldSpec } from '../model/fields.js';
import { isValidId } from '../model/ids.js';
import { PLAN_LIMITS } from '../model/limits.js';
import { getLinkField } from '../model/link-specs.js';
import { NODE_KINDS } from '../model/node-kinds.js';
import type { PlanNode } from '../model/nodes.js';
import { PLAN_FIELDS } from '../model/plan-fields.js';
import type { Position } from '../model/plan.js';
import { RULES } from '../validation/rules/index.js';

/**
 * The run-time checks of every write, against the kind's spec (and the link's, and the plan's
 * own fields): what the API accepts is always what the file format accepts, so a plan built
 * through commands can always be saved and opened again. Each check looks only at what is
 * written, so its cost does not grow with the plan.
 */

const kindFields = new Map<string, ReadonlyMap<string, FieldSpec>>();

/** The spec of field `name` of a box of `kind` (common or its own), or undefined. */
function nodeField(kind: string, name: string): FieldSpec | undefined {
  let fields = kindFields.get(kind);
  if (!fields) {
    const spec = getKindSpec(kind);
    if (!spec) return undefined;
    fields = new Map<string, FieldSpec>([...Object.entries(COMMON_NODE_FIELDS), ...Object.entries(spec.fields as Record<string, FieldSpec>)]);
    kindFields.set(kind, fields);
  }
  return fields.get(name);
}

function nodePlace(kind: string, id: unknown): string {
  const label = getKindSpec(kind)?.label.toLowerCase() ?? 'box';
  return `The ${label} “${String(id).slice(0, 80)}”`;
}

/** A new box, checked and copied: a known kind, a valid id, a title, and only its kind's fields. */
export function checkNewNode(node: unknown): PlanNode {
  if (!isPlainObject(node)) throw new ChangemapError('wrong-type', `A box must be an object with an id, a kind and a title, not ${describe(node)}.`);
  const { id, kind } = node;
  if (typeof kind !== 'string' || !getKindSpec(kind)) {
    throw new ChangemapError('unknown-kind', `“${String(kind).slice(0, 40)}” is not a kind of box; the kinds are: ${knownKinds()}.`);
  }
  if (!isValidId(id)) throw invalidId(id);
  const where = nodePlace(kind, id);
  if (node['title'] === undefined) throw new ChangemapError('missing-field', `${where} needs a title (it may be empty text).`);
  const copy: Record<string, unknown> = { id, kind };
  for (const [name, value] of Object.entries(node)) {
    if (name === 'id' || name === 'kind' || value === undefined) continue;
    copy[name] = cleanField(requireNodeField(kind, name, where), value, where, name);
  }
  if (kind === 'indicator') checkIndicatorSeries(where, copy);
  return copy as unknown as PlanNode;
}

/** The changes to a box, checked against its kind: `undefined` (remove) is kept as it is. */
export function checkNodeChanges(node: PlanNode, changes: unknown): Record<string, unknown> {
  if (!isPlainObject(changes)) throw new ChangemapError('wrong-type', `Changes to a box must be an object of fields, not ${describe(changes)}.`);
  const where = nodePlace(node.kind, node.id);
  const cleaned: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(changes)) {
    if (name === 'id' || name === 'kind') {
      throw new ChangemapError('kind-change-not-allowed', `A box's ${name} cannot be changed; remove it and add a new one.`);
    }
    const field = requireNodeField(node.kind, name, where);
    if (value === undefined) {
      if (name === 'title') throw new ChangemapError('missing-field', `${where} needs a title; set it to empty text instead of removing it.`);
      cleaned[name] = undefined;
    } else cleaned[name] = cleanField(field, value, where, name);
  }
  if (node.kind === 'indicator') checkIndicatorSeries(where, cleaned);
  return cleaned;
}

function requireNodeField(kind: string, name: string, where: string): FieldSpec {
  const field = nodeField(kind, name);
  if (field) return field;
  const fields = [...(kindFields.get(kind)?.keys() ?? [])].join(', ');
  throw new ChangemapError('unknown-field', `${where} has no field “${name.slice(0, 60)}”; a box of this kind has: ${fields}.`);
}

/** A new link, checked and copied: a known kind, valid ids, and only its kind's fields. */
export function checkNewEdge(edge: unknown): PlanEdge {
  if (!isPlainObject(edge))
    throw new ChangemapError('wrong-type', `A link must be an object with an id, a kind, a source and a target, not ${describe(edge)}.`);
  const { id, kind, source, target } = edge;
  if (!isEdgeKind(kind)) throw new ChangemapError('unknown-kind', `“${String(kind).slice(0, 40)}” is not a kind of link.`);
  if (!isValidId(id)) throw invalidId(id);
  for (const end of [source, target]) {
    if (typeof end !== 'string') throw new ChangemapError('wrong-type', `A link's source and target are ids (text), not ${describe(end)}.`);
  }
  const where = `The “${kind}” link “${id}”`;
  const copy: Record<string, unknown> = { id, kind, source, target };
  for (const [name, value] of Object.entries(edge)) {
    if (name === 'id' || name === 'kind' || name === 'source' || name === 'target' || value === undefined) continue;
    copy[name] = cleanField(requireLinkField(kind, name, where), value, where, name);
  }
  return copy as unknown as PlanEdge;
}

/** The changes to a link, checked against its kind; its id, kind and ends cannot change. */
export function checkEdgeChanges(edge: PlanEdge, changes: unknown): Record<string, unknown> {
  if (!isPlainObject(changes)) throw new ChangemapError('wrong-type', `Changes to a link must be an object of fields, not ${describe(changes)}.`);
  const where = `The “${edge.kind}” link “${edge.id}”`;
  const cleaned: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(changes)) {
    if (name === 'id' || name === 'kind')
      throw new ChangemapError('kind-change-not-allowed', `A link's ${name} cannot be changed; remove it and draw a new one.`);
    if (name === 'source' || name === 'target')
      throw new ChangemapError('endpoint-change-not-allowed', `A link's ${name} cannot be changed; remove it and draw a new one.`);
    const field = requireLinkField(edge.kind, name, where);
    cleaned[name] = value === undefined ? undefined : cleanField(field, value, where, name);
  }
  return cleaned;
}

function requireLinkField(kind: PlanEdge['kind'], name: string, where: string): FieldSpec {
  const field = getLinkField(kind, name);
  if (field) return field;
  throw new ChangemapError(
    'unknown-field',
    `${where} has no field “${name.slice(0, 60)}”: only causal links carry confidence and rationale, and only evidence links strength and stance.`,
  );
}

/** Changes to the plan's own fields (title, period, description, levels, checker settings). */
export function checkPlanInfo(changes: unknown): Record<string, unknown> {
  if (!isPlainObject(changes)) throw new ChangemapError('wrong-type', `Changes to the plan must be an object of fields, not ${describe(changes)}.`);
  const cleaned: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(changes)) {
    const field = Object.hasOwn(PLAN_FIELDS, name) ? (PLAN_FIELDS as Record<string, FieldSpec>)[name] : undefined;
    if (!field)
      throw new ChangemapError('unknown-field', `A plan has no field “${name.slice(0, 60)}” that can be set; it has: ${Object.keys(PLAN_FIELDS).join(', ')}.`);
    if (value === undefined) {
      if (name === 'title') throw new ChangemapError('missing-field', 'A plan needs a title; set it to empty text instead of removing it.');
      cleaned[name] = undefined;
      continue;
    }
    cleaned[name] = cleanField(field, value, 'The plan', name);
  }
  const levels = cleaned['levels'] as { id: string }[] | undefined;
  if (levels) {
    const seen = new Set<string>();
    for (const level of levels) {
      if (seen.has(level.id)) throw new ChangemapError('id-taken', `Two of the plan's levels have the id “${level.id}”; each level needs its own.`);
      seen.add(level.id);
    }
  }
  const rules = (cleaned['checker'] as { rules?: Record<string, unknown> } | undefined)?.rules;
  if (rules) {
    const unknown = Object.keys(rules).filter((code) => !isRuleCode(code));
    if (unknown.length > 0) {
      throw new ChangemapError(
        'invalid-checker-settings',
        `The checker has no rule “${unknown[0]!.slice(0, 80)}”${unknown.length > 1 ? ` (nor ${unknown.length - 1} more)` : ''}; its rules are: ${RULES.map((rule) => rule.code).join(', ')}.`,
      );
    }
  }
  return cleaned;
}

/** True when `code` names one of the checker's rules. */
export function isRuleCode(code: string): boolean {
  return RULES.some((rule) => rule.code === code);
}

/** A view id and a position on it, as the file format allows them. */
export function checkPlacement(view: unknown, position?: unknown): Position | undefined {
  if (!isValidId(view)) throw new ChangemapError('invalid-id', `“${String(view).slice(0, 80)}” cannot name a view: use letters, digits and . _ : -.`);
  if (position === undefined) return undefined;
  if (!isPlainObject(position)) throw new ChangemapError('wrong-type', `A position must be an object { x, y }, not ${describe(position)}.`);
  const limit = PLAN_LIMITS.coordinate;
  const { x, y } = position;
  for (const value of [x, y]) {
    if (typeof value !== 'number' || !Number.isFinite(value))
      throw new ChangemapError('wrong-type', `A position's x and y must be numbers, not ${describe(value)}.`);
    if (Math.abs(value) > limit) throw new ChangemapError('out-of-range', `A position must lie within ±${limit} on each axis.`);
  }
  return { x: (x as number) === 0 ? 0 : (x as number), y: (y as number) === 0 ? 0 : (y as number) };
}

function invalidId(id: unknown): ChangemapError {
  return new ChangemapError(
    'invalid-id',
    `“${String(id).slice(0, 80)}” cannot be an id: use letters, digits and . _ : - (starting with a letter, digit or _), at most 128 characters.`,
  );
}

function knownKinds(): string {
  return NODE_KINDS.join(', ');
}
