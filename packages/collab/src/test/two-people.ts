import { createHistory, type Plan, type PlanHistory } from '@changemap/core';
import { exportJson } from '@changemap/schemas';
import * as Y from 'yjs';
import { bindHistory, type HistoryBinding } from '../binding.js';
import type { DroppedRecord } from '../plan-doc.js';

/** One person: their own history (their own undo) bound to their own copy of the document. */
export interface Person {
  readonly history: PlanHistory;
  readonly doc: Y.Doc;
  readonly binding: HistoryBinding;
  readonly refused: DroppedRecord[];
  /** Updates made here and not yet sent to the other person. */
  readonly outbox: Uint8Array[];
}

const PEER = Symbol('peer');

export function person(plan: Plan, doc = new Y.Doc()): Person {
  const history = createHistory(plan);
  const refused: DroppedRecord[] = [];
  const outbox: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== PEER) outbox.push(update);
  });
  const binding = bindHistory(history, doc, { onRefused: (records) => refused.push(...records) });
  return { history, doc, binding, refused, outbox };
}

/** Two people on one room: the first shares the plan, the second opens it. */
export function twoPeople(plan: Plan): [Person, Person] {
  const a = person(plan);
  const docB = new Y.Doc();
  Y.applyUpdate(docB, Y.encodeStateAsUpdate(a.doc), PEER);
  a.outbox.length = 0;
  return [a, person(plan, docB)];
}

/** Sends what `from` has not sent yet to `to`. */
export function send(from: Person, to: Person): void {
  for (const update of from.outbox.splice(0)) Y.applyUpdate(to.doc, update, PEER);
}

export function sync(a: Person, b: Person): void {
  send(a, b);
  send(b, a);
}

/** The plan as the file format sees it, records sorted by id (record order is not shared between copies). */
export function canonical(plan: Plan): unknown {
  const document = JSON.parse(exportJson(plan)) as { nodes: { id: string }[]; edges: { id: string }[] };
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return { ...document, nodes: document.nodes.sort(byId), edges: document.edges.sort(byId) };
}
