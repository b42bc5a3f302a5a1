import type { Document, Extension, onChangePayload, onLoadDocumentPayload, onStoreDocumentPayload } from '@hocuspocus/server';
import { applyUpdate, encodeStateAsUpdate } from 'yjs';
import { NOTHING_LOGGED, type DocumentStore } from './storage/store.js';

/**
 * The Hocuspocus extension that keeps documents in a `DocumentStore`:
 * - load: the stored state plus the logged updates; if that fails the connection is refused and
 *   the document is never stored, so a failed or slow load can never write an empty plan over a
 *   stored one;
 * - every change: appended to the log at once (not debounced), so a kill loses nothing received;
 * - Hocuspocus' debounced store and `flushAll` (shutdown): the merged state replaces the log.
 */
export class Persistence implements Extension {
  readonly extensionName = 'changemap-persistence';
  /** Documents whose load succeeded: the only ones ever written. */
  readonly #loaded = new Set<string>();
  /** Per document, the log position of the last update appended (resolves when durable). */
  readonly #lastAppend = new Map<string, Promise<number>>();
  readonly #store: DocumentStore;

  constructor(store: DocumentStore) {
    this.#store = store;
  }

  async onLoadDocument({ document, documentName }: onLoadDocumentPayload): Promise<void> {
    const stored = await this.#store.load(documentName);
    if (stored !== null) applyUpdate(document, stored, this);
    this.#loaded.add(documentName);
  }

  onChange({ documentName, update }: onChangePayload): Promise<void> {
    if (!this.#loaded.has(documentName)) return Promise.reject(new Error(`${documentName} changed before it loaded; not logged.`));
    const appended = this.#store.append(documentName, update);
    this.#lastAppend.set(documentName, appended);
    return appended.then(() => undefined);
  }

  async onStoreDocument({ document, documentName }: onStoreDocumentPayload): Promise<void> {
    await this.#compact(documentName, document);
  }

  async afterUnloadDocument({ documentName }: { documentName: string }): Promise<void> {
    this.#loaded.delete(documentName);
    // The last append is awaited before forgetting it, so its position is never lost mid-write.
    await this.#lastAppend.get(documentName)?.catch(() => undefined);
    this.#lastAppend.delete(documentName);
  }

  /** Compacts every loaded document now (before shutdown). */
  async flushAll(documents: Map<string, Document>): Promise<void> {
    await Promise.all([...documents].map(([name, document]) => this.#compact(name, document)));
  }

  async #compact(name: string, document: Document): Promise<void> {
    if (!this.#loaded.has(name)) {
      // Hocuspocus never stores a document whose load failed, but this is the one place that
      // could overwrite a stored plan with an empty one, so it checks for itself.
      throw new Error(`${name} did not load, so it is not stored (the stored copy stays as it was).`);
    }
    // The state is taken first: every update appended before this moment is in it, and only
    // those (positions up to `upTo`) are dropped from the log.
    const state = encodeStateAsUpdate(document);
    const upTo = await (this.#lastAppend.get(name) ?? Promise.resolve(NOTHING_LOGGED));
    await this.#store.compact(name, state, upTo);
  }
}
