import type { Plan, PlanDiff, PlanView, RecordsDiff, ViewDiff } from '@changemap/core';
import * as Y from 'yjs';
import { plainCopy, sameJson } from './json.js';
import { recordMap, type PlanMaps } from './plan-doc.js';

/**
 * Writes a local change into the plan document: only the records it touched, and of an updated
 * record only the fields that changed, so that two people editing different fields of one box
 * both keep theirs. Call inside a transaction.
 */
export function writeDiff(maps: PlanMaps, diff: PlanDiff, plan: Plan): void {
  for (const [key, [, to]] of diff.info) {
    if (to === undefined) maps.info.delete(key);
    else maps.info.set(key, plainCopy(to));
  }
  writeRecords(maps.nodes, diff.nodes);
  writeRecords(maps.edges, diff.edges);
  if (diff.nodes.added.size > 0) clearStaleLayout(maps.views, diff.nodes.added.keys(), plan);
  for (const [viewId, view] of diff.views) writeView(maps.views, viewId, view, Object.hasOwn(plan.views, viewId) ? plan.views[viewId] : undefined);
}

function writeRecords<R extends object>(map: Y.Map<unknown>, records: RecordsDiff<R>): void {
  for (const id of records.removed.keys()) map.delete(id);
  for (const [id, record] of records.added) map.set(id, recordMap(record));
  for (const [id, [from, to]] of records.updated) {
    const stored = map.get(id);
    // Missing or not a map (a buggy client's write): the local record is written whole again.
    if (!(stored instanceof Y.Map)) {
      map.set(id, recordMap(to));
      continue;
    }
    const before = from as Record<string, unknown>;
    const after = to as Record<string, unknown>;
    for (const field of new Set([...Object.keys(before), ...Object.keys(after)])) {
      const value = after[field];
      if (sameJson(before[field], value)) continue;
      if (value === undefined) stored.delete(field);
      else stored.set(field, plainCopy(value));
    }
  }
}

function writeView(views: Y.Map<unknown>, viewId: string, change: ViewDiff, current: PlanView | undefined): void {
  if (change.exists?.[1] === false) {
    views.delete(viewId);
    return;
  }
  let view = views.get(viewId);
  if (!(view instanceof Y.Map)) {
    view = new Y.Map<unknown>();
    views.set(viewId, view);
  }
  const viewMap = view as Y.Map<unknown>;
  let positions = viewMap.get('positions');
  if (!(positions instanceof Y.Map)) {
    positions = new Y.Map<unknown>();
    viewMap.set('positions', positions);
  }
  const positionMap = positions as Y.Map<unknown>;
  for (const id of change.positions.removed.keys()) positionMap.delete(id);
  for (const [id, position] of change.positions.added) positionMap.set(id, { x: position.x, y: position.y });
  for (const [id, [, position]] of change.positions.updated) positionMap.set(id, { x: position.x, y: position.y });
  // The pinned list as the plan now has it: a diff does not tell an empty list from none, the file format does.
  if (change.pinned || change.exists) {
    const pinned = current?.pinned;
    if (pinned === undefined) viewMap.delete('pinned');
    else if (!sameJson(viewMap.get('pinned'), pinned)) viewMap.set('pinned', [...pinned]);
  }
}

/**
 * A box added here may find a layout of an earlier box of its id left in the document (someone
 * moved it while someone else removed it): the document is made to hold what this plan has.
 */
function clearStaleLayout(views: Y.Map<unknown>, ids: Iterable<string>, plan: Plan): void {
  const added = [...ids];
  for (const [viewId, view] of views) {
    if (!(view instanceof Y.Map)) continue;
    const current = Object.hasOwn(plan.views, viewId) ? plan.views[viewId] : undefined;
    const positions = view.get('positions');
    if (positions instanceof Y.Map) {
      for (const id of added) if (positions.has(id) && !(current && Object.hasOwn(current.positions, id))) positions.delete(id);
    }
    const pinned = view.get('pinned');
    if (Array.isArray(pinned) && added.some((id) => pinned.includes(id) && !current?.pinned?.includes(id))) {
      if (current?.pinned === undefined) view.delete('pinned');
      else view.set('pinned', [...current.pinned]);
    }
  }
}
