import { deflateSync, inflateSync } from 'node:zlib';
import { applyUpdate, decodeStateVector, Doc, encodeStateAsUpdate, encodeStateVectorFromUpdate } from 'yjs';

/**
 * Where the server keeps rooms' documents. Every update that reaches the server is appended to a
 * log before anything else can happen to it, so a server killed without warning loses nothing it
 * received; now and then (Hocuspocus' debounced store, and on shutdown) the log is folded into
 * one merged state. Loading a document is its state plus the updates logged since.
 */
export interface DocumentStore {
  /** What kind of storage this is, for the start-up message. */
  readonly description: string;
  /** The document's stored state merged with every update logged since, or null when it was never stored. */
  load(name: string): Promise<Uint8Array | null>;
  /**
   * Appends one update to the document's log and resolves to its log position once it is durable.
   * Positions increase in call order per document (compaction relies on it).
   */
  append(name: string, update: Uint8Array): Promise<number>;
  /** Stores `state` as the document and drops logged updates up to `upTo` (which `state` already contains). */
  compact(name: string, state: Uint8Array, upTo: number): Promise<void>;
  /** Names of every stored document. */
  listDocuments(): Promise<string[]>;
  /** The bytes stored for a document now: its state (as kept at rest) plus its logged updates. */
  storedBytes(name: string): Promise<number>;
  /** How many updates wait in the document's log (0 right after compaction). */
  loggedUpdates(name: string): Promise<number>;
  close(): Promise<void>;
}

/** No log position yet: nothing to drop when compacting. */
export const NOTHING_LOGGED = 0;

/**
 * The state to store: merged with what is stored already rather than replacing it, so that a
 * state written by someone else meanwhile (`room import`, a second server) is kept, never lost.
 */
export function mergeWithStored(stored: Uint8Array | undefined, state: Uint8Array): Uint8Array {
  if (stored === undefined || isCoveredBy(stored, state)) return state;
  // Through a document rather than `mergeUpdates`: the document drops the content of everything
  // deleted since (garbage collection), so the stored state does not grow with every old value.
  const merged = new Doc();
  applyUpdate(merged, new Uint8Array(stored));
  applyUpdate(merged, state);
  const result = encodeStateAsUpdate(merged);
  merged.destroy();
  return result;
}

/**
 * Whether `state` already has every item of `stored` — the usual case, as the server's document
 * was loaded from the stored state — so compaction need not load both (a cost that would pause
 * the server). Deletions are not compared: a writer that only deleted is not a case the server has.
 */
function isCoveredBy(stored: Uint8Array, state: Uint8Array): boolean {
  const storedVector = decodeStateVector(encodeStateVectorFromUpdate(new Uint8Array(stored)));
  const stateVector = decodeStateVector(encodeStateVectorFromUpdate(state));
  for (const [client, clock] of storedVector) if ((stateVector.get(client) ?? 0) < clock) return false;
  return true;
}

/**
 * A stored state as kept at rest: deflated. An edited plan's state is mostly deletion bookkeeping
 * (which old positions and titles were replaced), which compresses about threefold; the log's
 * small updates stay as they came.
 */
export function packState(state: Uint8Array): Buffer {
  return deflateSync(state);
}

/** The state from what `packState` stored. */
export function unpackState(packed: Uint8Array): Uint8Array {
  return new Uint8Array(inflateSync(packed));
}
