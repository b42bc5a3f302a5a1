import type { PlanEdge } from '../model/edges.js';
import type { PlanNode } from '../model/nodes.js';
import type { Plan, PlanView, Position, ViewDirection } from '../model/plan.js';
import { freeze } from 'immer';
import { ChangemapError } from '../model/errors.js';
import { Table } from '../model/table.js';
import { clonePlain } from './clone.js';

/**
 * How the records of one kind changed, by id: added, updated (from → to) or removed. The shape of
 * tldraw's `RecordsDiff`; Maps, so that any id (`constructor`, `__proto__`) is an ordinary key.
 */
export interface RecordsDiff<R> {
  readonly added: ReadonlyMap<string, R>;
  readonly updated: ReadonlyMap<string, readonly [from: R, to: R]>;
  readonly removed: ReadonlyMap<string, R>;
}

/** How one view's layout changed. */
export interface ViewDiff {
  /** Whether the view existed before and after, when that changed (a view appears when a box is first placed on it). */
  readonly exists?: readonly [from: boolean, to: boolean];
  /** Positions by node id. */
  readonly positions: RecordsDiff<Position>;
  /** The pinned list before and after (undefined: no list), when it changed. */
  readonly pinned?: readonly [from: readonly string[] | undefined, to: readonly string[] | undefined];
  /** The way the levels run before and after (undefined: left to right), when it changed. */
  readonly direction?: readonly [from: ViewDirection | undefined, to: ViewDirection | undefined];
}

/**
 * One change of a plan, record by record: what an undo step holds, what history listeners are
 * told, and what a remote change will carry. Reversing it (`reverseDiff`) gives the change back.
 */
export interface PlanDiff {
  readonly nodes: RecordsDiff<PlanNode>;
  readonly edges: RecordsDiff<PlanEdge>;
  /** Layout changes by view id. */
  readonly views: ReadonlyMap<string, ViewDiff>;
  /** Plan fields other than nodes, edges and views (title, period, description, …): from → to; undefined means absent. */
  readonly info: ReadonlyMap<string, readonly [from: unknown, to: unknown]>;
}

/**
 * Which layout entries may differ, by view: a set of node ids, or 'all' (the view or its whole
 * positions record was replaced). Lets a diff cost what the change touched, not the view's size.
 */
export type ViewHints = ReadonlyMap<string, ReadonlySet<string> | 'all'>;

/** The plan fields that are not "info". */
const CONTENT_FIELDS = new Set(['nodes', 'edges', 'views']);

/**
 * What changed from `before` to `after`. Nodes and edges are compared chunk by chunk when the
 * tables derive from one another (`Table.changedKeys`), otherwise entry by entry. Views are compared
 * where `viewHints` says they may differ, or everywhere when no hints are given.
 */
export function diffPlans(before: Plan, after: Plan, viewHints?: ViewHints): PlanDiff {
  const info = new Map<string, readonly [unknown, unknown]>();
  if (before !== after) {
    for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
      if (CONTENT_FIELDS.has(key)) continue;
      const from = ownValue(before, key);
      const to = ownValue(after, key);
      if (!sameValue(from, to)) info.set(key, [from, to]);
    }
  }
  return {
    nodes: diffTables(before.nodes, after.nodes),
    edges: diffTables(before.edges, after.edges),
    views: diffViews(before.views, after.views, viewHints),
    info,
  };
}

/** The diff that takes the plan back: added ↔ removed, from ↔ to. */
export function reverseDiff(diff: PlanDiff): PlanDiff {
  const views = new Map<string, ViewDiff>();
  for (const [viewId, view] of diff.views) {
    views.set(viewId, {
      ...(view.exists && { exists: [view.exists[1], view.exists[0]] as const }),
      positions: reverseRecords(view.positions),
      ...(view.pinned && { pinned: [view.pinned[1], view.pinned[0]] as const }),
      ...(view.direction && { direction: [view.direction[1], view.direction[0]] as const }),
    });
  }
  const info = new Map<string, readonly [unknown, unknown]>();
  for (const [key, [from, to]] of diff.info) info.set(key, [to, from]);
  return { nodes: reverseRecords(diff.nodes), edges: reverseRecords(diff.edges), views, info };
}

/**
 * A copy of a diff made elsewhere that the plan can hold: every value copied and frozen, so the
 * caller's objects are never shared. Throws ChangemapError when a record's id is not its key.
 */
export function freezeDiff(diff: PlanDiff): PlanDiff {
  const copy = <V>(value: V): V => freeze(clonePlain(value), true);
  const records = <R extends { id: string }>(changes: RecordsDiff<R>): RecordsDiff<R> => {
    const checked = <V extends R>(id: string, value: V): V => {
      if (value?.id !== id) throw new ChangemapError('invalid-id', `A diff holds the record “${String(value?.id)}” under the id “${id}”.`);
      return copy(value);
    };
    return {
      added: new Map([...changes.added].map(([id, value]) => [id, checked(id, value)])),
      updated: new Map([...changes.updated].map(([id, [from, to]]) => [id, [checked(id, from), checked(id, to)] as const])),
      removed: new Map([...changes.removed].map(([id, value]) => [id, checked(id, value)])),
    };
  };
  const positions = (changes: RecordsDiff<Position>): RecordsDiff<Position> => ({
    added: new Map([...changes.added].map(([id, value]) => [id, copy(value)])),
    updated: new Map([...changes.updated].map(([id, [from, to]]) => [id, [copy(from), copy(to)] as const])),
    removed: new Map([...changes.removed].map(([id, value]) => [id, copy(value)])),
  });
  const views = new Map<string, ViewDiff>();
  for (const [viewId, view] of diff.views) {
    views.set(viewId, {
      ...(view.exists && { exists: [view.exists[0], view.exists[1]] as const }),
      positions: positions(view.positions),
      ...(view.pinned && { pinned: [copy(view.pinned[0]), copy(view.pinned[1])] as const }),
      ...(view.direction && { direction: [view.direction[0], view.direction[1]] as const }),
    });
  }
  const info = new Map<string, readonly [unknown, unknown]>([...diff.info].map(([key, [from, to]]) => [key, [copy(from), copy(to)] as const]));
  return { nodes: records(diff.nodes), edges: records(diff.edges), views, info };
}

/** True when the diff changes nothing. */
export function isEmptyDiff(diff: PlanDiff): boolean {
  return isEmptyRecords(diff.nodes) && isEmptyRecords(diff.edges) && diff.views.size === 0 && diff.info.size === 0;
}

/** A diff that changes nothing. */
export function emptyDiff(): PlanDiff {
  return { nodes: emptyRecords(), edges: emptyRecords(), views: new Map(), info: new Map() };
}

export function emptyRecords<R>(): { added: Map<string, R>; updated: Map<string, [R, R]>; removed: Map<string, R> } {
  return { added: new Map(), updated: new Map(), removed: new Map() };
}

export function isEmptyRecords(records: RecordsDiff<unknown>): boolean {
  return records.added.size === 0 && records.updated.size === 0 && records.removed.size === 0;
}

function reverseRecords<R>(records: RecordsDiff<R>): RecordsDiff<R> {
  const updated = new Map<string, readonly [R, R]>();
  for (const [id, [from, to]] of records.updated) updated.set(id, [to, from]);
  return { added: records.removed, updated, removed: records.added };
}

function diffTables<R>(before: Table<R>, after: Table<R>): RecordsDiff<R> {
  const diff = emptyRecords<R>();
  if (before === after) return diff;
  // Tables that do not derive from one another (rare: a rebuilt table) are compared key by key.
  const keys = Table.changedKeys(before, after) ?? new Set([...before.keys(), ...after.keys()]);
  for (const key of keys) {
    const from = before.get(key);
    const to = after.get(key);
    if (from === to) continue;
    if (from === undefined) diff.added.set(key, to!);
    else if (to === undefined) diff.removed.set(key, from);
    else diff.updated.set(key, [from, to]);
  }
  return diff;
}

function diffViews(before: Plan['views'], after: Plan['views'], hints: ViewHints | undefined): Map<string, ViewDiff> {
  const views = new Map<string, ViewDiff>();
  if (before === after) return views;
  const viewIds = hints ? [...hints.keys()] : new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const viewId of viewIds) {
    const from = ownValue(before, viewId) as PlanView | undefined;
    const to = ownValue(after, viewId) as PlanView | undefined;
    if (from === to) continue;
    const view = diffView(from, to, hints?.get(viewId) ?? 'all');
    if (view) views.set(viewId, view);
  }
  return views;
}

function diffView(from: PlanView | undefined, to: PlanView | undefined, ids: ReadonlySet<string> | 'all'): ViewDiff | undefined {
  const positions = emptyRecords<Position>();
  const before = from?.positions;
  const after = to?.positions;
  if (before !== after) {
    const keys = ids === 'all' ? new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]) : ids;
    for (const id of keys) {
      const a = ownValue(before, id) as Position | undefined;
      const b = ownValue(after, id) as Position | undefined;
      if (a === b || sameValue(a, b)) continue;
      if (a === undefined) positions.added.set(id, b!);
      else if (b === undefined) positions.removed.set(id, a);
      else positions.updated.set(id, [a, b]);
    }
  }
  // No list and an empty list pin the same boxes: that is no change.
  const pinned = sameValue(from?.pinned ?? [], to?.pinned ?? []) ? undefined : ([from?.pinned, to?.pinned] as const);
  const direction = from?.direction === to?.direction ? undefined : ([from?.direction, to?.direction] as const);
  const exists = (from === undefined) !== (to === undefined) ? ([from !== undefined, to !== undefined] as const) : undefined;
  if (!exists && !pinned && !direction && isEmptyRecords(positions)) return undefined;
  return { ...(exists && { exists }), positions, ...(pinned && { pinned }), ...(direction && { direction }) };
}

/** `record[key]` when the record has it as its own property (never an inherited one such as `constructor`). */
export function ownValue(record: object | undefined, key: string): unknown {
  return record !== undefined && Object.hasOwn(record, key) ? (record as Record<string, unknown>)[key] : undefined;
}

/** Deep equality of plain data (plan data is JSON-shaped): the same primitives, arrays and own fields. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((value, i) => sameValue(value, other[i]));
  }
  const keysA = Object.keys(a).filter((key) => (a as Record<string, unknown>)[key] !== undefined);
  const keysB = Object.keys(b).filter((key) => (b as Record<string, unknown>)[key] !== undefined);
  return keysA.length === keysB.length && keysA.every((key) => sameValue(ownValue(a, key), ownValue(b, key)));
}
