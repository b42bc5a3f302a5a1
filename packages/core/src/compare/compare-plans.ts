import { COMMON_NODE_FIELDS } from '../kinds/common.js';
import { getKindSpec } from '../kinds/registry.js';
import { diffPlans, ownValue, sameValue } from '../edits/diff.js';
import type { PlanEdge } from '../model/edges.js';
import type { FieldSpec } from '../model/fields.js';
import { COMMON_LINK_FIELDS, LINK_KIND_SPECS } from '../model/link-specs.js';
import type { PlanNode } from '../model/nodes.js';
import { PLAN_FIELDS } from '../model/plan-fields.js';
import type { Plan } from '../model/plan.js';
import type { BoxChange, BoxRef, FieldChange, LayoutChange, LinkChange, LinkEnd, LinkRef, PlanComparison } from './comparison.js';

/** Field names to what people call them, in the order the inspector shows them. */
type Labels = Readonly<Record<string, { readonly label: string }>>;

/** The field that names a record: never listed as a change (a record under another id is another record). */
const IDENTITY = 'id';
/** A box's or link's kind, listed first when it differs (two files may hold one id as different kinds). */
const KIND_FIELD: Labels = { kind: { label: 'Kind' } };
/** A link's ends, listed first when they differ (two files may reuse an id for another link). */
const LINK_END_FIELDS: Labels = { source: { label: 'From' }, target: { label: 'To' } };

/**
 * What changed from `before` to `after`, as people read a change: boxes, links and plan fields
 * added, removed and changed field by field, and layout moves counted apart. Built on the record
 * diff (`diffPlans`), so two plans that share tables cost only what differs. Deterministic: boxes
 * by the plan's numbering then id, links by id, fields in the inspector's order.
 */
export function comparePlans(before: Plan, after: Plan): PlanComparison {
  const diff = diffPlans(before, after);
  const boxRef = (node: PlanNode): BoxRef => {
    const number = numberOf(node);
    return { id: node.id, kind: node.kind, title: typeof node.title === 'string' ? node.title : '', ...(number !== undefined && { number }) };
  };
  const changedBoxes: BoxChange[] = [];
  for (const [, [from, to]] of diff.nodes.updated) {
    const fields = compareFields(from, to, nodeFieldOrder(to));
    if (fields.length > 0) changedBoxes.push({ box: boxRef(to), fields });
  }
  const changedLinks: LinkChange[] = [];
  for (const [, [from, to]] of diff.edges.updated) {
    const fields = compareFields(from, to, linkFieldOrder(to));
    if (fields.length > 0) changedLinks.push({ link: linkRef(after, to), fields });
  }
  const plan: FieldChange[] = [];
  const infoOrder = orderedKeys(PLAN_FIELDS, [...diff.info.keys()]);
  for (const field of infoOrder) {
    const [from, to] = diff.info.get(field)!;
    plan.push(fieldChange(field, labelOf(PLAN_FIELDS, field), from, to));
  }
  return {
    boxes: {
      added: [...diff.nodes.added.values()].map(boxRef).sort(byNumberThenId),
      removed: [...diff.nodes.removed.values()].map(boxRef).sort(byNumberThenId),
      changed: changedBoxes.sort((a, b) => byNumberThenId(a.box, b.box)),
    },
    links: {
      added: [...diff.edges.added.values()].map((edge) => linkRef(after, edge)).sort(byId),
      removed: [...diff.edges.removed.values()].map((edge) => linkRef(before, edge)).sort(byId),
      changed: changedLinks.sort((a, b) => byId(a.link, b.link)),
    },
    plan,
    layout: layoutChange(before, after, diff),
  };
}

function numberOf(node: PlanNode): string | undefined {
  // A call to action is numbered 3, a priority "3.2".
  const value = ownValue(node, 'number');
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** The fields of two versions of a record that differ, in `order` and then alphabetically for fields no spec names. */
function compareFields(from: object, to: object, specs: Labels): FieldChange[] {
  const keys = new Set([...Object.keys(from), ...Object.keys(to)]);
  const changes: FieldChange[] = [];
  for (const field of orderedKeys(specs, [...keys])) {
    if (field === IDENTITY) continue;
    const a = ownValue(from, field);
    const b = ownValue(to, field);
    if (!sameValue(a, b)) changes.push(fieldChange(field, labelOf(specs, field), a, b));
  }
  return changes;
}

function fieldChange(field: string, label: string, from: unknown, to: unknown): FieldChange {
  return { field, label, ...(from !== undefined && { from }), ...(to !== undefined && { to }) };
}

/** `keys` in the order the specs list them, then the others alphabetically. */
function orderedKeys(specs: Labels, keys: readonly string[]): string[] {
  const known = Object.keys(specs).filter((key) => keys.includes(key));
  const others = keys.filter((key) => !Object.hasOwn(specs, key)).sort();
  return [...known, ...others];
}

function labelOf(specs: Labels, field: string): string {
  return Object.hasOwn(specs, field) ? specs[field]!.label : field;
}

function nodeFieldOrder(node: PlanNode): Labels {
  const own = getKindSpec(node.kind)?.fields as Readonly<Record<string, FieldSpec>> | undefined;
  // The leading field (a priority's number) comes first, as the inspector shows it.
  const leading = Object.entries(own ?? {}).filter(([, spec]) => spec.leading);
  return { ...KIND_FIELD, ...Object.fromEntries(leading), ...COMMON_NODE_FIELDS, ...own };
}

function linkFieldOrder(edge: PlanEdge): Labels {
  const own = Object.hasOwn(LINK_KIND_SPECS, edge.kind) ? LINK_KIND_SPECS[edge.kind].fields : {};
  return { ...KIND_FIELD, ...LINK_END_FIELDS, ...own, ...COMMON_LINK_FIELDS };
}

/** A link named by its ends' titles in `plan`. */
function linkRef(plan: Plan, edge: PlanEdge): LinkRef {
  return { id: edge.id, kind: edge.kind, source: linkEnd(plan, edge.source), target: linkEnd(plan, edge.target) };
}

function linkEnd(plan: Plan, id: string): LinkEnd {
  const node = plan.nodes.get(id);
  if (node) return { id, title: typeof node.title === 'string' ? node.title : id, kind: node.kind };
  const edge = plan.edges.get(id);
  if (edge) return { id, title: `“${titleOf(plan, edge.source)}” → “${titleOf(plan, edge.target)}”` };
  return { id, title: id };
}

function titleOf(plan: Plan, id: string): string {
  const title = plan.nodes.get(id)?.title;
  return typeof title === 'string' && title.trim() !== '' ? title : id;
}

/** Moves of boxes that are in both plans; a box added or removed brings or takes its position, which is no move. */
function layoutChange(before: Plan, after: Plan, diff: ReturnType<typeof diffPlans>): LayoutChange {
  let moved = 0;
  let pinChanges = 0;
  const inBoth = (id: string): boolean => before.nodes.has(id) && after.nodes.has(id);
  for (const view of diff.views.values()) {
    const { added, updated, removed } = view.positions;
    for (const id of [...added.keys(), ...updated.keys(), ...removed.keys()]) if (inBoth(id)) moved++;
    if (view.pinned) pinChanges++;
  }
  return { moved, pinChanges };
}

/** Numbered boxes first, in the plan's numbering ("3.10" after "3.9"), then the rest by id. */
function byNumberThenId(a: BoxRef, b: BoxRef): number {
  if (a.number !== undefined && b.number !== undefined) {
    const byNumber = a.number.localeCompare(b.number, 'en', { numeric: true });
    if (byNumber !== 0) return byNumber;
  } else if (a.number !== undefined || b.number !== undefined) {
    return a.number !== undefined ? -1 : 1;
  }
  return byId(a, b);
}

function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
