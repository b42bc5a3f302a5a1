import { docToPlan, hasPlan, isRoomName, planToDoc } from '@changemap/collab';
import { exportJson, importModel } from '@changemap/schemas';
import * as Y from 'yjs';
import type { DocumentStore } from './storage/store.js';

/** A room that cannot be exported or imported; the message says why. */
export class RoomTransferError extends Error {
  override readonly name = 'RoomTransferError';
}

function checkRoomName(room: string): void {
  if (!isRoomName(room)) throw new RoomTransferError(`“${room.slice(0, 100)}” is not a room name: use 1–100 letters, digits, . _ or -.`);
}

/** The plan of a Y.Doc as a Changemap file (canonical JSON), or an error naming what is wrong with it. */
export function planFileOf(doc: Y.Doc, room: string): string {
  if (!hasPlan(doc)) throw new RoomTransferError(`The room “${room}” holds no plan yet.`);
  // Records the core would refuse (a buggy client's) are left out, as the editor leaves them out.
  return exportJson(docToPlan(doc).plan);
}

/** Exports a stored room's plan as a Changemap file. */
export async function exportRoom(store: DocumentStore, room: string): Promise<string> {
  checkRoomName(room);
  const state = await store.load(room);
  if (state === null) throw new RoomTransferError(`There is no room “${room}” in ${store.description}.`);
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  return planFileOf(doc, room);
}

/**
 * Imports a Changemap file into a new room. Refused when the room already holds anything: merging
 * a file into a live plan would duplicate it, and nothing already there may be lost.
 */
export async function importRoom(store: DocumentStore, room: string, fileText: string): Promise<{ nodes: number; edges: number }> {
  checkRoomName(room);
  if ((await store.load(room)) !== null) {
    throw new RoomTransferError(`The room “${room}” already exists in ${store.description}; import into a new room name.`);
  }
  const result = importModel(fileText);
  if (!result.ok) throw new RoomTransferError(`This file cannot be imported: ${result.errors.map((error) => error.message).join(' ')}`);
  const doc = new Y.Doc();
  planToDoc(result.model, doc);
  await store.compact(room, Y.encodeStateAsUpdate(doc), 0);
  return { nodes: result.model.nodes.size, edges: result.model.edges.size };
}
