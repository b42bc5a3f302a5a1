import type { PlanEdge } from '../model/edges.js';
import type { PlanNode } from '../model/nodes.js';
import type { Plan, PlanView, Position } from '../model/plan.js';
import type { Table } from '../model/table.js';
import { setField } from './compose.js';
import { ownValue, sameValue, type PlanDiff, type RecordsDiff, type ViewDiff, type ViewHints } from './diff.js';

/**
 * How a diff meets a plan that has moved on since the diff was made:
 * - 'whereUnchanged' (undo, redo): a value changes only while it is still the diff's `from`; what
 *   a later change (unrecorded, remote) has set since is left alone. Of a record both changed, only
 *   the fields the later change left alone are set.
 * - 'always' (a remote change, which arrives already ordered): every `to` is set.
 * Either way a box that goes takes its positions and pins with it, and none is put back for a box
 * that is not there.
 */
export type DiffMode = 'whereUnchanged' | 'always';

/**
 * Tables to take whole instead of applying the diff's records to the current ones: undo and redo
 * pass a step's other table when the current one is exactly the table the step left, which also
 * gives back the order of a table that was rebuilt (a removed id added again goes last).
 */
export interface WholeTables {
  nodes?: Table<PlanNode>;
  edges?: Table<PlanEdge>;
}

/** The plan with `diff` applied, and where its views may differ from `plan`'s (for diffing the two cheaply). */
export function applyDiffToPlan(plan: Plan, diff: PlanDiff, mode: DiffMode, whole: WholeTables = {}): { plan: Plan; viewHints: ViewHints } {
  const always = mode === 'always';
  const nodes = whole.nodes ?? applyRecords(plan.nodes, diff.nodes, always);
  const edges = whole.edges ?? applyRecords(plan.edges, diff.edges, always);

  // A box that goes takes its positions and pins along (they mean nothing without it). Links are
  // left as they are: one a step did not record is never removed by undo or redo; if its end is
  // gone, the checker reports it as dangling.
  const goneNodes = new Set<string>();
  for (const id of idsOf(diff.nodes)) if (plan.nodes.has(id) && !nodes.has(id)) goneNodes.add(id);

  const viewHints = new Map<string, Set<string> | 'all'>();
  let views: Record<string, PlanView> | undefined;
  const viewIds = new Set(diff.views.keys());
  if (goneNodes.size > 0) for (const viewId of Object.keys(plan.views)) viewIds.add(viewId);
  for (const viewId of viewIds) {
    const current = ownValue(plan.views, viewId) as PlanView | undefined;
    const change = diff.views.get(viewId);
    const next = editView(current, change, nodes, goneNodes, always);
    if (next === current) continue;
    views ??= { ...plan.views };
    if (next === undefined) delete views[viewId];
    else setField(views, viewId, next);
    const whole = change?.exists !== undefined || current === undefined || next === undefined;
    viewHints.set(viewId, whole ? 'all' : new Set([...idsOf(change?.positions), ...goneNodes]));
  }

  const info = new Map<string, unknown>();
  for (const [key, [from, to]] of diff.info) {
    if (always || sameValue(ownValue(plan, key), from)) info.set(key, to);
  }

  if (nodes === plan.nodes && edges === plan.edges && !views && info.size === 0) return { plan, viewHints };
  const next: Record<string, unknown> = { ...plan, nodes, edges, views: views ? Object.freeze(views) : plan.views };
  for (const [key, value] of info) setField(next, key, value);
  return { plan: Object.freeze(next) as unknown as Plan, viewHints };
}

function idsOf(records: RecordsDiff<unknown> | undefined): string[] {
  if (!records) return [];
  return [...records.added.keys(), ...records.updated.keys(), ...records.removed.keys()];
}

function applyRecords<R extends object>(table: Table<R>, diff: RecordsDiff<R>, always: boolean): Table<R> {
  for (const [id, value] of diff.removed) {
    const current = table.get(id);
    if (current !== undefined && (always || current === value || sameValue(current, value))) table = table.delete(id);
  }
  for (const [id, value] of diff.added) {
    // `restore` puts a record back at its old place, so undo gives back the order as well.
    if (!table.has(id)) table = table.restore(id, value);
    else if (always) table = table.set(id, value);
  }
  for (const [id, [from, to]] of diff.updated) {
    const current = table.get(id);
    if (always) table = table.restore(id, to);
    else if (current === undefined) continue;
    else if (current === from || sameValue(current, from)) table = table.set(id, to);
    else table = table.set(id, mergeFields(current, from, to));
  }
  return table;
}

/** `current` with each field that went from `from` to `to` set to `to`, where `current` still has the `from` value. */
function mergeFields<R extends object>(current: R, from: R, to: R): R {
  let merged: Record<string, unknown> | undefined;
  for (const key of new Set([...Object.keys(from), ...Object.keys(to)])) {
    const before = ownValue(from, key);
    const after = ownValue(to, key);
    if (sameValue(before, after) || !sameValue(ownValue(current, key), before)) continue;
    merged ??= { ...current } as Record<string, unknown>;
    setField(merged, key, after);
  }
  return merged ? (Object.freeze(merged) as R) : current;
}

/** One view after the diff; the same object when nothing changed, undefined when the view goes. */
function editView(
  current: PlanView | undefined,
  change: ViewDiff | undefined,
  nodes: Table<PlanNode>,
  goneNodes: ReadonlySet<string>,
  always: boolean,
): PlanView | undefined {
  const creates = change?.exists?.[1] === true;
  const removes = change?.exists?.[1] === false;
  // A view removed since has nothing to undo; a remote change may still place boxes on it.
  if (!current && !creates && (!always || !change)) return current;
  const before = current?.positions ?? {};
  let positions: Record<string, Position> | undefined;
  const write = (id: string, value: Position | undefined) => {
    positions ??= { ...before };
    setField(positions, id, value);
  };
  const placed = (id: string) => ownValue(positions ?? before, id) as Position | undefined;
  if (change) {
    for (const [id, [from, to]] of change.positions.updated) {
      if (nodes.has(id) && (always || sameValue(placed(id), from))) write(id, to);
    }
    for (const [id, value] of change.positions.added) {
      if (nodes.has(id) && (always || placed(id) === undefined)) write(id, value);
    }
    for (const [id, value] of change.positions.removed) {
      if (placed(id) !== undefined && (always || sameValue(placed(id), value))) write(id, undefined);
    }
  }
  for (const id of goneNodes) if (placed(id) !== undefined) write(id, undefined);

  let pinned: readonly string[] | undefined = current?.pinned;
  if (change?.pinned) pinned = nextPinned(pinned, change.pinned, always);
  // No pin for a box that is not there: one that went, or one the diff pins but removed since.
  const missing = (id: string) => goneNodes.has(id) || (!current?.pinned?.includes(id) && !nodes.has(id));
  if (pinned?.some(missing)) pinned = Object.freeze(pinned.filter((id) => !missing(id)));

  let direction = current?.direction;
  // A direction another change set since stays (the last writer's); a remote one always applies.
  if (change?.direction && (always || direction === change.direction[0])) direction = change.direction[1];

  const finalPositions = positions ?? before;
  if (removes && (always || (Object.keys(finalPositions).length === 0 && !pinned?.length && !direction))) return undefined;
  if (!positions && pinned === current?.pinned && direction === current?.direction && (current || !creates)) return current;
  const view: PlanView = { ...current, positions: Object.freeze(finalPositions) };
  if (pinned === undefined) delete view.pinned;
  else view.pinned = pinned as string[];
  if (direction === undefined) delete view.direction;
  else view.direction = direction;
  return Object.freeze(view);
}

function nextPinned(
  current: readonly string[] | undefined,
  [from, to]: readonly [readonly string[] | undefined, readonly string[] | undefined],
  always: boolean,
): readonly string[] | undefined {
  // The list as the step left it: take the other list whole, order included.
  if (always || sameValue(current, from)) return to;
  const before = new Set(from ?? []);
  const after = new Set(to ?? []);
  const unpin = new Set([...before].filter((id) => !after.has(id)));
  const pin = [...after].filter((id) => !before.has(id) && !current?.includes(id));
  if (unpin.size === 0 && pin.length === 0) return current;
  return Object.freeze([...(current ?? []).filter((id) => !unpin.has(id)), ...pin]);
}
