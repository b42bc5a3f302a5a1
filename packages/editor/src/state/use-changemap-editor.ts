import type { Plan } from '@changemap/core';
import { useEffect, useState } from 'react';
import { createElkRunner, runElk } from '../layout/elk-runner.js';
import type { LayoutWorkerFactory } from '../layout/elk-worker-factory.js';
import { createPictureLayout } from '../picture/picture-layout.js';
import { EditorStore } from './editor-store.js';

export interface UseChangemapEditorOptions {
  /** The plan to open. A new `plan` object opens it (replacing the editor's undo history). */
  plan: Plan;
  /** Called with the new plan after every change. */
  onChange?: (plan: Plan) => void;
  /** Receives the editor's store once, for hosts that add menus (open, save …) or persistence. */
  onReady?: (store: EditorStore) => void;
  /**
   * Makes the Web Worker that runs the automatic layout, for hosts whose bundler does not follow
   * `new Worker(new URL(…, import.meta.url))`; read once, on the first render.
   */
  layoutWorker?: LayoutWorkerFactory;
}

/**
 * The editor without its layout: one store for one plan, kept in step with the `plan` prop and
 * reporting changes through `onChange`. Hosts that arrange the panels themselves pass the store to
 * `<ChangemapEditorProvider>` and place `<Canvas>`, `<Inspector>`, `<ProblemsPanel>`… where they like.
 */
export function useChangemapEditor({ plan, onChange, onReady, layoutWorker }: UseChangemapEditorOptions): EditorStore {
  const [store] = useState(() => {
    const created = new EditorStore(plan);
    created.setLayoutEngine(createPictureLayout(created, layoutWorker ? createElkRunner(layoutWorker) : runElk));
    return created;
  });
  useEffect(() => {
    if (store.getSnapshot().plan !== plan) store.replace(plan);
  }, [plan, store]);
  useEffect(() => (onChange ? store.onPlanChange(onChange) : undefined), [onChange, store]);
  useEffect(() => onReady?.(store), [onReady, store]);
  return store;
}
