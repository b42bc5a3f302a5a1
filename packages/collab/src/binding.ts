import { diffPlans, isEmptyDiff, type PlanDiff, type PlanHistory } from '@changemap/core';
import type * as Y from 'yjs';
import { docToPlan, hasPlan, planMaps, planToDoc, type DroppedRecord } from './plan-doc.js';
import { collectTouched, emptyTouched, readDiff } from './read-diff.js';
import { writeDiff } from './write-diff.js';

export interface BindHistoryOptions {
  /** The origin of the binding's own Yjs transactions; any other origin is a remote change. A new object by default. */
  origin?: unknown;
  /**
   * Called when the document holds something the core refuses (a buggy or newer client's write):
   * the plan keeps its last good value of each such record, and syncing goes on.
   */
  onRefused?: (refused: readonly DroppedRecord[]) => void;
  /**
   * Applies a remote change to the history; by default `history.applyDiff(diff, { origin: 'remote' })`.
   * An editor passes its own (to check and redraw); it may throw to refuse the change.
   */
  applyRemote?: (diff: PlanDiff) => void;
  /**
   * Whether local changes are written to the document now; true by default. A viewer's editor
   * still lays boxes out for itself, but the server would refuse those writes.
   */
  canWrite?: () => boolean;
}

export interface HistoryBinding {
  /** Stops syncing both ways. */
  destroy(): void;
  /** The origin the binding's own transactions carry. */
  readonly origin: unknown;
}

/**
 * Keeps a core history and a plan document in step. Local changes (commands, undo, redo, layouts)
 * become one Yjs transaction each, writing only the fields that changed; changes from anyone else
 * reach the history through `applyDiff` as remote changes, which never make an undo step and which
 * local undo never reverts — so undo is per person by construction.
 *
 * At the start the document wins when it holds a plan (the history is brought to it as a remote
 * change); an empty document is given the history's plan (unless `canWrite` says no). Callers must wait for the document to
 * load (first sync or the offline copy) before binding, or an unloaded room would be filled.
 */
export function bindHistory(history: PlanHistory, doc: Y.Doc, options: BindHistoryOptions = {}): HistoryBinding {
  const origin = options.origin ?? { changemapBinding: true };
  const maps = planMaps(doc);
  const applyRemote = options.applyRemote ?? ((diff: PlanDiff) => void history.applyDiff(diff, { origin: 'remote' }));
  const report = (refused: readonly DroppedRecord[]) => {
    if (refused.length > 0) options.onRefused?.(refused);
  };

  if (hasPlan(doc)) {
    const { plan, dropped } = docToPlan(doc);
    report(dropped);
    const diff = diffPlans(history.plan, plan);
    if (!isEmptyDiff(diff)) applyRemote(diff);
  } else if (options.canWrite?.() !== false) planToDoc(history.plan, doc, origin);

  const stopListening = history.subscribe((plan, change) => {
    if (change.origin === 'remote' || options.canWrite?.() === false) return;
    doc.transact(() => writeDiff(maps, change.diff, plan), origin);
  });

  const onTransaction = (transaction: Y.Transaction) => {
    if (transaction.origin === origin || transaction.changed.size === 0) return;
    const touched = emptyTouched();
    collectTouched(maps, transaction.changed, touched);
    const { diff, refused } = readDiff(maps, history.plan, touched);
    try {
      if (!isEmptyDiff(diff)) applyRemote(diff);
    } catch (error) {
      // The core refused the change as a whole: the plan stays as it was and syncing goes on.
      refused.push({ where: 'info', id: '*', reason: error instanceof Error ? error.message : String(error) });
    }
    report(refused);
  };
  doc.on('afterTransaction', onTransaction);

  return {
    origin,
    destroy() {
      stopListening();
      doc.off('afterTransaction', onTransaction);
    },
  };
}
