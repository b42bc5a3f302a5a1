import { PLAN_MAPS } from '@changemap/collab';
import type { Plan } from '@changemap/core';
import { importModel, toDocument, type ImportResult } from '@changemap/schemas';
import * as Y from 'yjs';

/**
 * Plan ↔ plan document, following `@changemap/collab`'s layout exactly. The server needs it to
 * export a room to a file and import a file into a new room. (The editor's binding has its own
 * `docToPlan`/`planToDoc` in @changemap/collab; this one should give way to it once it lands.)
 */
const INFO_FIELDS = ['id', 'title', 'period', 'description', 'levels', 'checker'] as const;

/** Writes a whole plan into an empty plan document, in one transaction. */
export function planToDoc(plan: Plan, doc: Y.Doc): void {
  const document = toDocument(plan);
  doc.transact(() => {
    const info = doc.getMap<unknown>(PLAN_MAPS.info);
    for (const field of INFO_FIELDS) if (document[field] !== undefined) info.set(field, document[field]);
    writeRecords(doc.getMap(PLAN_MAPS.nodes), document.nodes);
    writeRecords(doc.getMap(PLAN_MAPS.edges), document.edges);
    const views = doc.getMap<Y.Map<unknown>>(PLAN_MAPS.views);
    for (const [viewId, view] of Object.entries(document.views ?? {})) {
      const viewMap = new Y.Map<unknown>();
      const positions = new Y.Map<unknown>();
      for (const [nodeId, position] of Object.entries(view.positions)) positions.set(nodeId, { x: position.x, y: position.y });
      viewMap.set('positions', positions);
      if (view.pinned !== undefined && view.pinned.length > 0) viewMap.set('pinned', [...view.pinned]);
      views.set(viewId, viewMap);
    }
  });
}

function writeRecords(target: Y.Map<Y.Map<unknown>>, records: readonly object[]): void {
  for (const record of records) {
    const fields = new Y.Map<unknown>();
    for (const [field, value] of Object.entries(record)) if (value !== undefined) fields.set(field, value);
    target.set((record as { id: string }).id, fields);
  }
}

/** Reads a plan document as a plan, through the same checks as opening a file (never throws). */
export function docToPlan(doc: Y.Doc): ImportResult {
  return importModel(docToPlanData(doc));
}

/** The plan document as file-format data (not yet checked). */
export function docToPlanData(doc: Y.Doc): Record<string, unknown> {
  const info = doc.getMap<unknown>(PLAN_MAPS.info).toJSON();
  const views: Record<string, unknown> = {};
  for (const [viewId, view] of doc.getMap<Y.Map<unknown>>(PLAN_MAPS.views)) {
    const positions = view.get('positions');
    const pinned = view.get('pinned');
    views[viewId] = {
      positions: positions instanceof Y.Map ? positions.toJSON() : {},
      ...(Array.isArray(pinned) && pinned.length > 0 && { pinned }),
    };
  }
  return {
    format: 'changemap',
    version: 2,
    ...info,
    nodes: readRecords(doc.getMap(PLAN_MAPS.nodes)),
    edges: readRecords(doc.getMap(PLAN_MAPS.edges)),
    views,
  };
}

function readRecords(source: Y.Map<Y.Map<unknown>>): unknown[] {
  return [...source.values()].map((fields) => fields.toJSON());
}

/** Whether a plan document holds nothing yet (a new room). */
export function isEmptyPlanDoc(doc: Y.Doc): boolean {
  return doc.getMap(PLAN_MAPS.info).size === 0 && doc.getMap(PLAN_MAPS.nodes).size === 0 && doc.getMap(PLAN_MAPS.edges).size === 0;
}
