import {
  PLAN_FIELDS,
  PLAN_LIMITS,
  Table,
  checkNewEdge,
  checkNewNode,
  checkPlacement,
  checkPlanInfo,
  emptyRecord,
  isValidId,
  type Plan,
  type PlanEdge,
  type PlanNode,
  type PlanView,
  type Position,
} from '@changemap/core';
import * as Y from 'yjs';
import { plainCopy } from './json.js';
import { PLAN_MAPS } from './layout.js';

/** The top-level maps of a plan document (layout.ts). */
export interface PlanMaps {
  readonly info: Y.Map<unknown>;
  readonly nodes: Y.Map<unknown>;
  readonly edges: Y.Map<unknown>;
  readonly views: Y.Map<unknown>;
}

export function planMaps(doc: Y.Doc): PlanMaps {
  return {
    info: doc.getMap(PLAN_MAPS.info),
    nodes: doc.getMap(PLAN_MAPS.nodes),
    edges: doc.getMap(PLAN_MAPS.edges),
    views: doc.getMap(PLAN_MAPS.views),
  };
}

/** What `docToPlan` left out of the plan, and why (a record a buggy or newer client wrote). */
export interface DroppedRecord {
  readonly where: 'info' | 'node' | 'edge' | 'view';
  /** The field, record or view id. */
  readonly id: string;
  readonly reason: string;
}

/** Whether the document holds a plan yet (a new room's document is empty until someone shares a plan into it). */
export function hasPlan(doc: Y.Doc): boolean {
  return planMaps(doc).info.has('id');
}

/**
 * Writes a plan into an empty plan document, in one transaction. Refuses a document that already
 * holds a plan: sharing into a room must never overwrite someone's work.
 */
export function planToDoc(plan: Plan, doc: Y.Doc, origin: unknown = null): void {
  if (hasPlan(doc)) throw new Error('This room already holds a plan; open it instead of sharing into it.');
  const maps = planMaps(doc);
  doc.transact(() => {
    for (const [key, value] of Object.entries(plan)) {
      if (key === 'nodes' || key === 'edges' || key === 'views' || value === undefined) continue;
      maps.info.set(key, plainCopy(value));
    }
    for (const node of plan.nodes.values()) maps.nodes.set(node.id, recordMap(node));
    for (const edge of plan.edges.values()) maps.edges.set(edge.id, recordMap(edge));
    for (const [viewId, view] of Object.entries(plan.views)) maps.views.set(viewId, viewMap(view));
  }, origin);
}

/** A record as a Y.Map of its fields (each a JSON value, replaced whole). */
export function recordMap(record: object): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  for (const [field, value] of Object.entries(record)) if (value !== undefined) map.set(field, plainCopy(value));
  return map;
}

/** A view as a Y.Map: `positions` (node id → position) and `pinned` (a JSON array, absent when none). */
export function viewMap(view: PlanView): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  const positions = new Y.Map<unknown>();
  for (const [id, position] of Object.entries(view.positions)) positions.set(id, { x: position.x, y: position.y });
  map.set('positions', positions);
  if (view.pinned !== undefined) map.set('pinned', [...view.pinned]);
  return map;
}

/**
 * Reads the plan back from its document, through the core's checks: a record the core would refuse
 * (a buggy client's, a newer version's field) is left out and listed in `dropped`, so the plan is
 * always one the file format accepts. Records come in the order the document lists them (the
 * order they were added, as this copy of the document learnt of them).
 */
export function docToPlan(doc: Y.Doc): { plan: Plan; dropped: DroppedRecord[] } {
  const maps = planMaps(doc);
  const dropped: DroppedRecord[] = [];
  const plan = readInfo(maps.info, dropped);
  const nodes: PlanNode[] = [];
  for (const [id, value] of maps.nodes) {
    const node = readNode(id, value);
    if (!node.ok) dropped.push({ where: 'node', id, reason: node.reason });
    else if (nodes.length >= PLAN_LIMITS.nodes) dropped.push({ where: 'node', id, reason: `A plan can hold at most ${PLAN_LIMITS.nodes} boxes.` });
    else nodes.push(node.record);
  }
  const nodeTable = Table.fromValues(nodes);
  const edges: PlanEdge[] = [];
  for (const [id, value] of maps.edges) {
    const edge = readEdge(id, value);
    if (!edge.ok) dropped.push({ where: 'edge', id, reason: edge.reason });
    else if (nodeTable.has(id)) dropped.push({ where: 'edge', id, reason: 'A box has the same id.' });
    else if (edges.length >= PLAN_LIMITS.edges) dropped.push({ where: 'edge', id, reason: `A plan can hold at most ${PLAN_LIMITS.edges} links.` });
    else edges.push(edge.record);
  }
  const views = emptyRecord<PlanView>();
  for (const [viewId, value] of maps.views) {
    if (Object.keys(views).length >= PLAN_LIMITS.views) {
      dropped.push({ where: 'view', id: viewId, reason: `A plan can hold at most ${PLAN_LIMITS.views} views.` });
      continue;
    }
    const view = readView(viewId, value, (id) => nodeTable.has(id), dropped);
    if (view) views[viewId] = view;
  }
  return { plan: { ...plan, nodes: nodeTable, edges: Table.fromValues(edges), views }, dropped };
}

/** A record read from the document: the core's checked copy, or why the core refuses it. */
export type ReadResult<R> = { ok: true; record: R } | { ok: false; reason: string };

export function readNode(id: string, value: unknown): ReadResult<PlanNode> {
  return readRecord(id, value, checkNewNode);
}

export function readEdge(id: string, value: unknown): ReadResult<PlanEdge> {
  return readRecord(id, value, checkNewEdge);
}

function readRecord<R extends { id: string }>(id: string, value: unknown, check: (record: unknown) => R): ReadResult<R> {
  if (!(value instanceof Y.Map)) return { ok: false, reason: 'It is not a map of fields.' };
  try {
    const record = check(value.toJSON());
    if (record.id !== id) return { ok: false, reason: `It is stored under “${id}” but its id is “${record.id}”.` };
    return { ok: true, record };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

/** A position read from the document, checked; undefined when the core would refuse it. */
export function readPosition(viewId: string, value: unknown): Position | undefined {
  try {
    return checkPlacement(viewId, value);
  } catch {
    return undefined;
  }
}

/** A pinned list read from the document: ids of boxes the plan has, each once; undefined when absent. */
export function readPinned(value: unknown, hasNode: (id: string) => boolean): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const ids = [...new Set(value.filter((id): id is string => typeof id === 'string' && hasNode(id)))];
  return ids.slice(0, PLAN_LIMITS.positionsPerView);
}

/** One view read from the document: its checked positions of boxes the plan has, and its pins. */
export function readView(viewId: string, value: unknown, hasNode: (id: string) => boolean, dropped: DroppedRecord[]): PlanView | undefined {
  if (!isValidId(viewId) || !(value instanceof Y.Map)) {
    dropped.push({ where: 'view', id: viewId, reason: 'It is not a view (a valid id holding a map of positions).' });
    return undefined;
  }
  const positions = emptyRecord<Position>();
  const stored = value.get('positions');
  let count = 0;
  if (stored instanceof Y.Map) {
    for (const [id, raw] of stored) {
      const position = readPosition(viewId, raw);
      if (position && hasNode(id) && count < PLAN_LIMITS.positionsPerView) {
        positions[id] = position;
        count += 1;
      }
    }
  }
  const pinned = readPinned(value.get('pinned'), hasNode);
  return pinned === undefined ? { positions } : { positions, pinned };
}

/** The plan's own fields (id, title, period, …), each checked by the core; a refused field is dropped. */
function readInfo(info: Y.Map<unknown>, dropped: DroppedRecord[]): Omit<Plan, 'nodes' | 'edges' | 'views'> {
  const id = info.get('id');
  const fields: Record<string, unknown> = {};
  for (const [key, value] of info) {
    if (key === 'id') continue;
    const checked = readInfoField(key, value);
    if (checked.ok) {
      if (checked.value !== undefined) fields[key] = checked.value;
    } else dropped.push({ where: 'info', id: key, reason: checked.reason });
  }
  if (!isValidId(id)) dropped.push({ where: 'info', id: 'id', reason: 'The plan has no valid id; it is called “shared-plan”.' });
  if (typeof fields['title'] !== 'string') fields['title'] = '';
  return { ...(fields as { title: string }), id: isValidId(id) ? id : 'shared-plan' };
}

/** One of the plan's own fields, checked by the core (the plan's id is checked on its own). */
export function readInfoField(key: string, value: unknown): { ok: true; value: unknown } | { ok: false; reason: string } {
  if (key === 'id') return isValidId(value) ? { ok: true, value } : { ok: false, reason: 'It is not a valid id.' };
  if (!Object.hasOwn(PLAN_FIELDS, key)) return { ok: false, reason: `A plan has no field “${key.slice(0, 60)}”.` };
  try {
    return { ok: true, value: checkPlanInfo({ [key]: value })[key] };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}
