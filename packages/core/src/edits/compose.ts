import type { PlanEdge } from '../model/edges.js';
import type { PlanNode } from '../model/nodes.js';
import type { Position } from '../model/plan.js';
import { emptyRecords, isEmptyRecords, ownValue, sameValue, type PlanDiff, type RecordsDiff, type ViewDiff } from './diff.js';

type MutableRecords<R> = ReturnType<typeof emptyRecords<R>>;

interface MutableView {
  exists?: readonly [boolean, boolean];
  positions: MutableRecords<Position>;
  pinned?: readonly [readonly string[] | undefined, readonly string[] | undefined];
  direction?: ViewDiff['direction'];
}

interface MutableDiff {
  nodes: MutableRecords<PlanNode>;
  edges: MutableRecords<PlanEdge>;
  views: Map<string, MutableView>;
  info: Map<string, readonly [unknown, unknown]>;
}

/** One change in a sequence: made by this history (`foreign: false`) or by someone else. */
export interface SequencedDiff {
  diff: PlanDiff;
  foreign: boolean;
}

/**
 * The one diff that does what this history's changes in `sequence` did, in order. A foreign change
 * (unrecorded, remote) is not part of the result, and takes over what it touched: a value it
 * overwrote is no longer the step's to undo, and a record both changed keeps the foreign fields.
 * So a squashed drag or a batch never reverts a layout that ran in the middle of it.
 */
export function squashDiffs(sequence: readonly SequencedDiff[]): PlanDiff {
  const result: MutableDiff = { nodes: emptyRecords(), edges: emptyRecords(), views: new Map(), info: new Map() };
  for (const { diff, foreign } of sequence) {
    if (foreign) rebase(result, diff);
    else compose(result, diff);
  }
  for (const [viewId, view] of result.views) {
    if (!view.exists && !view.pinned && !view.direction && isEmptyRecords(view.positions)) result.views.delete(viewId);
  }
  return result;
}

/** Adds `next` (which starts where `target` ends) to `target`, as tldraw's squashRecordDiffs does. */
function compose(target: MutableDiff, next: PlanDiff): void {
  composeRecords(target.nodes, next.nodes);
  composeRecords(target.edges, next.edges);
  for (const [viewId, view] of next.views) {
    let into = target.views.get(viewId);
    if (!into) target.views.set(viewId, (into = { positions: emptyRecords() }));
    if (view.exists) {
      const from = into.exists ? into.exists[0] : view.exists[0];
      if (from === view.exists[1]) delete into.exists;
      else into.exists = [from, view.exists[1]];
    }
    composeRecords(into.positions, view.positions);
    if (view.pinned) {
      const from = into.pinned ? into.pinned[0] : view.pinned[0];
      if (sameValue(from, view.pinned[1])) delete into.pinned;
      else into.pinned = [from, view.pinned[1]];
    }
    if (view.direction) {
      const from = into.direction ? into.direction[0] : view.direction[0];
      if (from === view.direction[1]) delete into.direction;
      else into.direction = [from, view.direction[1]];
    }
  }
  for (const [key, [from, to]] of next.info) {
    const start = target.info.has(key) ? target.info.get(key)![0] : from;
    if (sameValue(start, to)) target.info.delete(key);
    else target.info.set(key, [start, to]);
  }
}

function composeRecords<R>(target: MutableRecords<R>, next: RecordsDiff<R>): void {
  for (const [id, value] of next.added) {
    const removed = target.removed.get(id);
    if (removed === undefined) target.added.set(id, value);
    else {
      target.removed.delete(id);
      if (!sameValue(removed, value)) target.updated.set(id, [removed, value]);
    }
  }
  for (const [id, [from, to]] of next.updated) {
    if (target.added.has(id)) {
      target.added.set(id, to);
      continue;
    }
    const start = target.updated.get(id)?.[0] ?? from;
    if (sameValue(start, to)) target.updated.delete(id);
    else target.updated.set(id, [start, to]);
  }
  for (const [id, value] of next.removed) {
    if (target.added.delete(id)) continue;
    const pair = target.updated.get(id);
    target.updated.delete(id);
    target.removed.set(id, pair ? pair[0] : value);
  }
}

/** Hands to a foreign change (which starts where `target` ends) everything it touched in `target`. */
function rebase(target: MutableDiff, foreign: PlanDiff): void {
  rebaseRecords(target.nodes, foreign.nodes, true);
  rebaseRecords(target.edges, foreign.edges, true);
  for (const [viewId, view] of foreign.views) {
    const into = target.views.get(viewId);
    if (!into) continue;
    if (view.exists) delete into.exists;
    rebaseRecords(into.positions, view.positions, false);
    if (view.pinned && into.pinned) {
      const pinned = rebasePinned(into.pinned, view.pinned);
      if (pinned) into.pinned = pinned;
      else delete into.pinned;
    }
    // The foreign change's direction stands; the step no longer has one to undo.
    if (view.direction) delete into.direction;
  }
  for (const key of foreign.info.keys()) target.info.delete(key);
}

/**
 * `byField`: a record both changed stays the step's for the fields only it changed (nodes, links);
 * otherwise the foreign change takes the whole value (a position).
 */
function rebaseRecords<R>(target: MutableRecords<R>, foreign: RecordsDiff<R>, byField: boolean): void {
  for (const [id, [from, to]] of foreign.updated) {
    // As when undoing a single step: what the step added and another change edited since stays.
    if (target.added.delete(id)) continue;
    const pair = target.updated.get(id);
    if (!pair) continue;
    const start = byField ? withFieldsOf(to, pair[0], from) : to;
    if (sameValue(start, to)) target.updated.delete(id);
    else target.updated.set(id, [start, to]);
  }
  for (const id of foreign.removed.keys()) {
    target.added.delete(id);
    target.updated.delete(id);
  }
  for (const id of foreign.added.keys()) target.removed.delete(id);
}

/**
 * `now` with the step's own changes taken back: every field the foreign change left alone
 * (`foreignFrom` → `now` equal) gets its value from before the step (`stepFrom`).
 */
function withFieldsOf<R>(now: R, stepFrom: R, foreignFrom: R): R {
  const result: Record<string, unknown> = { ...(now as object) };
  const keys = new Set([...Object.keys(stepFrom as object), ...Object.keys(foreignFrom as object), ...Object.keys(now as object)]);
  for (const key of keys) {
    if (!sameValue(ownValue(foreignFrom as object, key), ownValue(now as object, key))) continue;
    setField(result, key, ownValue(stepFrom as object, key));
  }
  return Object.freeze(result) as R;
}

/** Sets or removes one field, as an own property whatever its name. */
export function setField(record: Record<string, unknown>, key: string, value: unknown): void {
  if (value === undefined) delete record[key];
  else Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}

type Pinned = readonly [readonly string[] | undefined, readonly string[] | undefined];

/** The pins the step changed and the foreign change did not, as a [from, to] pair ending where the foreign change ended. */
function rebasePinned(step: Pinned, foreign: Pinned): Pinned | undefined {
  const touched = changedIds(foreign[0], foreign[1]);
  const before = new Set(step[0] ?? []);
  const after = new Set(step[1] ?? []);
  const pinned = [...after].filter((id) => !before.has(id) && !touched.has(id));
  const unpinned = [...before].filter((id) => !after.has(id) && !touched.has(id));
  if (pinned.length === 0 && unpinned.length === 0) return undefined;
  const now = foreign[1] ?? [];
  return [[...now.filter((id) => !pinned.includes(id)), ...unpinned], foreign[1]];
}

function changedIds(from: readonly string[] | undefined, to: readonly string[] | undefined): Set<string> {
  const a = new Set(from ?? []);
  const b = new Set(to ?? []);
  return new Set([...a, ...b].filter((id) => a.has(id) !== b.has(id)));
}
