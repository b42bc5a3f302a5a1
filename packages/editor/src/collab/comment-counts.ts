import { anchorKey, countOpenThreads, observeComments, type CommentAnchor } from '@changemap/collab';
import { useCallback, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { useCollaboration } from './collab-context.js';

interface Counts {
  counts: Map<string, number>;
  listeners: Set<() => void>;
  stop?: () => void;
}

/** One count per comments document, however many boxes read it: a box per thread change, not one observer per box. */
const byDoc = new WeakMap<Y.Doc, Counts>();

function countsOf(doc: Y.Doc): Counts {
  let entry = byDoc.get(doc);
  if (!entry) {
    entry = { counts: countOpenThreads(doc), listeners: new Set() };
    byDoc.set(doc, entry);
  }
  return entry;
}

function subscribe(doc: Y.Doc, listener: () => void): () => void {
  const entry = countsOf(doc);
  entry.listeners.add(listener);
  entry.stop ??= observeComments(doc, () => {
    entry.counts = countOpenThreads(doc);
    for (const each of entry.listeners) each();
  });
  return () => {
    entry.listeners.delete(listener);
    if (entry.listeners.size === 0) {
      entry.stop?.();
      entry.stop = undefined;
    }
  };
}

const NO_DOC = (): (() => void) => () => undefined;

/** How many open comment threads a box or link has in the shared room (0 when the plan is local). */
export function useOpenThreadCount(anchor: CommentAnchor): number {
  const doc = useCollaboration()?.comments;
  const key = anchorKey(anchor);
  // A stable subscription, so a box that re-renders does not re-subscribe.
  const subscribeToDoc = useCallback((listener: () => void) => (doc ? subscribe(doc, listener) : NO_DOC()), [doc]);
  return useSyncExternalStore(subscribeToDoc, () => (doc ? (countsOf(doc).counts.get(key) ?? 0) : 0));
}
