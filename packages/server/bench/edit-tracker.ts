import { PLAN_MAPS } from '@changemap/collab';
import * as Y from 'yjs';

/** One edit a simulated person made, and how far it has travelled. */
export interface EditRecord {
  sender: number;
  /** The sender's Yjs client id and its clock just after the edit: a doc that reached the clock has the edit. */
  clientId: number;
  clock: number;
  /** A removed link leaves no new item, only a deletion: it has arrived where the link is gone. */
  removedEdge: string | undefined;
  sentAt: number;
  /** How many other clients have it. */
  reached: number;
  /** Milliseconds from the edit until the last other client had it (once every other has it). */
  propagationMs: number | undefined;
}

/** Whether a document holds an edit. */
export function holds(doc: Y.Doc, edit: EditRecord): boolean {
  if (Y.getState(doc.store, edit.clientId) < edit.clock) return false;
  return edit.removedEdge === undefined || !doc.getMap(PLAN_MAPS.edges).has(edit.removedEdge);
}

/**
 * Times each edit from the moment it is made to the moment every other client has it. All
 * clients live in this one process, so one clock serves them all. The server relays one sender's
 * updates in order, so each receiver keeps a cursor per sender and only looks at the next edit.
 */
export class EditTracker {
  readonly edits: EditRecord[][];
  readonly #cursor: number[][];
  readonly #docs: Y.Doc[];

  constructor(docs: Y.Doc[]) {
    this.#docs = docs;
    this.edits = docs.map(() => []);
    this.#cursor = docs.map(() => docs.map(() => 0));
    docs.forEach((doc, receiver) => doc.on('update', (_update: Uint8Array, origin: unknown) => origin !== null && this.#received(receiver)));
  }

  /** Records an edit just made by `sender` (call right after its transaction). */
  record(sender: number, removedEdge?: string): void {
    const doc = this.#docs[sender]!;
    this.edits[sender]!.push({
      sender,
      clientId: doc.clientID,
      clock: Y.getState(doc.store, doc.clientID),
      removedEdge,
      sentAt: performance.now(),
      reached: 0,
      propagationMs: undefined,
    });
  }

  #received(receiver: number): void {
    const doc = this.#docs[receiver]!;
    const cursors = this.#cursor[receiver]!;
    const now = performance.now();
    for (let sender = 0; sender < this.edits.length; sender++) {
      if (sender === receiver) continue;
      const list = this.edits[sender]!;
      while (cursors[sender]! < list.length && holds(doc, list[cursors[sender]!]!)) {
        const edit = list[cursors[sender]!]!;
        edit.reached++;
        if (edit.reached === this.#docs.length - 1) edit.propagationMs = now - edit.sentAt;
        cursors[sender]!++;
      }
    }
  }

  all(): EditRecord[] {
    return this.edits.flat();
  }
}
