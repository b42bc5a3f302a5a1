import { emptyDiff, type Plan, type PlanDiff, type Position, type RecordsDiff, type ViewDiff } from '@changemap/core';
import * as Y from 'yjs';
import { sameJson } from './json.js';
import { readEdge, readInfoField, readNode, readPinned, readPosition, type DroppedRecord, type PlanMaps, type ReadResult } from './plan-doc.js';

/** What a transaction touched in the plan document: record ids, info fields, and per view the positions (or all of them) and pins. */
export interface Touched {
  readonly info: Set<string>;
  readonly nodes: Set<string>;
  readonly edges: Set<string>;
  readonly views: Map<string, { positions: Set<string> | 'all'; pinned: boolean }>;
}

export function emptyTouched(): Touched {
  return { info: new Set(), nodes: new Set(), edges: new Set(), views: new Map() };
}

/** The type a nested Yjs type sits in, and its key there. */
function parentOf(type: Y.AbstractType<unknown>): { parent: unknown; key: string | null } | undefined {
  const item = type._item;
  return item ? { parent: item.parent, key: item.parentSub } : undefined;
}

/** Adds what one transaction changed (`transaction.changed`) to `touched`. */
export function collectTouched(maps: PlanMaps, changed: ReadonlyMap<unknown, Set<string | null>>, touched: Touched): void {
  const touchView = (viewId: string, positions: Iterable<string> | 'all', pinned: boolean) => {
    const entry = touched.views.get(viewId) ?? { positions: new Set<string>(), pinned: false };
    if (positions === 'all') entry.positions = 'all';
    else if (entry.positions !== 'all') for (const id of positions) entry.positions.add(id);
    entry.pinned ||= pinned;
    touched.views.set(viewId, entry);
  };
  for (const [type, rawKeys] of changed) {
    const keys = [...rawKeys].filter((key): key is string => key !== null);
    if (type === maps.info) keys.forEach((key) => touched.info.add(key));
    else if (type === maps.nodes) keys.forEach((id) => touched.nodes.add(id));
    else if (type === maps.edges) keys.forEach((id) => touched.edges.add(id));
    else if (type === maps.views) keys.forEach((viewId) => touchView(viewId, 'all', true));
    else {
      const place = parentOf(type as Y.AbstractType<unknown>);
      if (!place || place.key === null) continue;
      if (place.parent === maps.nodes) touched.nodes.add(place.key);
      else if (place.parent === maps.edges) touched.edges.add(place.key);
      else if (place.parent === maps.views) touchView(place.key, keys.includes('positions') ? 'all' : [], keys.includes('pinned'));
      else if (place.key === 'positions' && place.parent instanceof Y.Map) {
        const view = parentOf(place.parent as Y.AbstractType<unknown>);
        if (view?.parent === maps.views && view.key !== null) touchView(view.key, keys, false);
      }
    }
  }
}

/**
 * The change that takes `plan` to what the document now holds, for the touched records only. A
 * record the core refuses is left as the plan has it and listed in `refused`.
 */
export function readDiff(maps: PlanMaps, plan: Plan, touched: Touched): { diff: PlanDiff; refused: DroppedRecord[] } {
  const refused: DroppedRecord[] = [];
  const diff = emptyDiff() as {
    nodes: RecordsDiff<unknown>;
    edges: RecordsDiff<unknown>;
    views: Map<string, ViewDiff>;
    info: Map<string, readonly [unknown, unknown]>;
  };
  for (const key of touched.info) {
    const from = Object.hasOwn(plan, key) ? (plan as unknown as Record<string, unknown>)[key] : undefined;
    if (!maps.info.has(key)) {
      if (key === 'id' || key === 'title') refused.push({ where: 'info', id: key, reason: 'A plan cannot lose its id or title.' });
      else if (from !== undefined) diff.info.set(key, [from, undefined]);
      continue;
    }
    const read = readInfoField(key, maps.info.get(key));
    if (!read.ok) refused.push({ where: 'info', id: key, reason: read.reason });
    else if (!sameJson(from, read.value)) diff.info.set(key, [from, read.value]);
  }
  diffRecords('node', touched.nodes, maps.nodes, plan.nodes, readNode, diff.nodes as RecordsDiff<unknown>, refused);
  // A box that comes (back) takes the layout the document holds for it, which may have been left
  // there while it was gone.
  for (const id of diff.nodes.added.keys()) {
    for (const viewId of maps.views.keys()) {
      const entry = touched.views.get(viewId) ?? { positions: new Set<string>(), pinned: false };
      if (entry.positions !== 'all') entry.positions.add(id);
      entry.pinned = true;
      touched.views.set(viewId, entry);
    }
  }
  diffRecords('edge', touched.edges, maps.edges, plan.edges, readEdge, diff.edges as RecordsDiff<unknown>, refused);
  for (const [viewId, what] of touched.views) {
    const view = diffView(maps, plan, viewId, what, refused);
    if (view) diff.views.set(viewId, view);
  }
  return { diff: diff as unknown as PlanDiff, refused };
}

function diffRecords<R>(
  where: 'node' | 'edge',
  ids: Iterable<string>,
  map: Y.Map<unknown>,
  table: { get(id: string): R | undefined },
  read: (id: string, value: unknown) => ReadResult<R>,
  diff: RecordsDiff<unknown>,
  refused: DroppedRecord[],
): void {
  const added = diff.added as Map<string, R>;
  const updated = diff.updated as Map<string, readonly [R, R]>;
  const removed = diff.removed as Map<string, R>;
  for (const id of ids) {
    const current = table.get(id);
    if (!map.has(id)) {
      if (current !== undefined) removed.set(id, current);
      continue;
    }
    const result = read(id, map.get(id));
    if (!result.ok) refused.push({ where, id, reason: result.reason });
    else if (current === undefined) added.set(id, result.record);
    else if (!sameJson(current, result.record)) updated.set(id, [current, result.record]);
  }
}

function diffView(
  maps: PlanMaps,
  plan: Plan,
  viewId: string,
  what: { positions: Set<string> | 'all'; pinned: boolean },
  refused: DroppedRecord[],
): ViewDiff | undefined {
  const current = Object.hasOwn(plan.views, viewId) ? plan.views[viewId] : undefined;
  const stored = maps.views.get(viewId);
  const positions = { added: new Map<string, Position>(), updated: new Map<string, readonly [Position, Position]>(), removed: new Map<string, Position>() };
  if (!(stored instanceof Y.Map)) {
    if (maps.views.has(viewId)) refused.push({ where: 'view', id: viewId, reason: 'It is not a map of positions.' });
    return current && !maps.views.has(viewId) ? { exists: [true, false], positions } : undefined;
  }
  const storedPositions = stored.get('positions');
  const positionMap = storedPositions instanceof Y.Map ? (storedPositions as Y.Map<unknown>) : undefined;
  const ids = what.positions === 'all' ? new Set([...Object.keys(current?.positions ?? {}), ...(positionMap?.keys() ?? [])]) : what.positions;
  for (const id of ids) {
    const from = current && Object.hasOwn(current.positions, id) ? current.positions[id] : undefined;
    const raw = positionMap?.get(id);
    if (raw === undefined) {
      if (from) positions.removed.set(id, from);
      continue;
    }
    const to = readPosition(viewId, raw);
    if (!to) refused.push({ where: 'view', id: `${viewId}/${id}`, reason: 'The position is not one a plan can hold.' });
    else if (!from) positions.added.set(id, to);
    else if (!sameJson(from, to)) positions.updated.set(id, [from, to]);
  }
  let pinned: ViewDiff['pinned'];
  if (what.pinned) {
    const to = readPinned(stored.get('pinned'), () => true);
    if (!sameJson(current?.pinned, to)) pinned = [current?.pinned, to];
  }
  const exists = current ? undefined : ([false, true] as const);
  if (!exists && !pinned && positions.added.size + positions.updated.size + positions.removed.size === 0) return undefined;
  return { ...(exists && { exists }), positions, ...(pinned && { pinned }) };
}
