import type { Document, Extension, onLoadDocumentPayload, onStoreDocumentPayload } from '@hocuspocus/server';
import { applyUpdate, encodeStateAsUpdate } from 'yjs';
import { NOTHING_LOGGED, type DocumentStore } from './storage/store.js';

/** Where one loaded document's log stands. */
interface LogState {
  /**
   * Resolves, once every append made so far has settled, to the highest log position among them
   * that is durable. Read it at a moment and it speaks for the appends made up to that moment only.
   */
  upTo: Promise<number>;
}

/**
 * The Hocuspocus extension that keeps documents in a `DocumentStore`:
 * - load: the stored state plus the logged updates; if that fails the connection is refused and
 *   the document is never stored, so a failed or slow load can never write an empty plan over a
 *   stored one;
 * - every change: appended to the log as it is applied (not debounced), so a kill loses nothing received;
 * - Hocuspocus' debounced store and `flushAll` (shutdown): the merged state replaces the log.
 *
 * State is kept per document object, not per name, so a room unloaded and loaded again at once
 * never mixes the two.
 */
export class Persistence implements Extension {
  readonly extensionName = 'changemap-persistence';
  /** Documents whose load succeeded (the only ones ever written), with their log. */
  readonly #loaded = new WeakMap<Document, LogState>();
  readonly #store: DocumentStore;

  constructor(store: DocumentStore) {
    this.#store = store;
  }

  async onLoadDocument({ document, documentName }: onLoadDocumentPayload): Promise<void> {
    const stored = await this.#store.load(documentName);
    if (stored !== null) applyUpdate(document, stored, this);
    const log: LogState = { upTo: Promise.resolve(NOTHING_LOGGED) };
    this.#loaded.set(document, log);
    // Straight on the document, not Hocuspocus' onChange hook (which runs later, after the rest of
    // a burst of messages has been relayed), and ahead of Hocuspocus' own listener, which relays
    // the update to the other clients. With SQLite's synchronous append an update is on disk before
    // anyone else can have it, so a kill at any instant never loses what another client shows
    // (PostgreSQL's append is under way by then, not yet committed).
    onUpdateFirst(document, (update, origin) => {
      if (origin !== this) this.#append(documentName, log, update);
    });
  }

  #append(documentName: string, log: LogState, update: Uint8Array): void {
    const appended = this.#store.append(documentName, update);
    // A failed append is reported; the next compaction still stores the update (it is in the
    // document), and the log position stays where the last durable one was.
    appended.catch((error: Error) => console.error(`Could not log an update of ${documentName}: ${error.message}`));
    log.upTo = Promise.all([log.upTo, appended.catch(() => NOTHING_LOGGED)]).then(([before, position]) => Math.max(before, position));
  }

  async onStoreDocument({ document, documentName }: onStoreDocumentPayload): Promise<void> {
    await this.#compact(documentName, document);
  }

  /** Compacts every loaded document now (before shutdown). */
  async flushAll(documents: Map<string, Document>): Promise<void> {
    await Promise.all([...documents].map(([name, document]) => this.#compact(name, document)));
  }

  async #compact(name: string, document: Document): Promise<void> {
    const log = this.#loaded.get(document);
    if (log === undefined) {
      // Hocuspocus never stores a document whose load failed, but this is the one place that
      // could overwrite a stored plan with an empty one, so it checks for itself.
      throw new Error(`${name} did not load, so it is not stored (the stored copy stays as it was).`);
    }
    // The state and the log position are taken at the same moment: every update appended before
    // it is in the state, and only those (positions up to `upTo`) are dropped from the log.
    const state = encodeStateAsUpdate(document);
    const upTo = await log.upTo;
    await this.#store.compact(name, state, upTo);
  }
}

type UpdateListener = (update: Uint8Array, origin: unknown) => void;

/**
 * Adds `listener` to the document's `update` event ahead of the listeners already there. Yjs calls
 * them in the order they were added and offers no way to go first, so this rebuilds the event's
 * listener set (lib0's Observable keeps one `Set` per event name) with `listener` at the front.
 */
export function onUpdateFirst(document: Document, listener: UpdateListener): void {
  const observers = (document as unknown as { _observers?: unknown })._observers;
  if (!(observers instanceof Map))
    throw new Error('Yjs changed how a document keeps its listeners: the persistence cannot log updates before they are relayed.');
  const earlier = (observers.get('update') as Set<UpdateListener> | undefined) ?? new Set<UpdateListener>();
  observers.set('update', new Set([listener, ...earlier]));
}
