import { useReactFlow } from '@xyflow/react';
import { useCallback } from 'react';
import type { EditorStore } from '../state/editor-store.js';
import { useEditorStore } from '../state/use-editor.js';

/** Below this zoom, 13 px titles are too small to read; a fit stops there and centres the diagram instead. */
export const READABLE_FIT_ZOOM = 0.45;

/**
 * *Tidy layout*: arranges the open view, then fits the new arrangement into the canvas, so the
 * result is what the officer sees (a layout moves boxes far from where the viewport was). A fit
 * never zooms out past readable text, nor in past full size.
 */
/** Editors whose Tidy layout is running: it fits the view itself, so the canvas does not fit it as well. */
const tidying = new WeakSet<EditorStore>();

/** Whether a Tidy layout of this editor is running and will fit the view when it is done. */
export function isTidying(store: EditorStore): boolean {
  return tidying.has(store);
}

export function useTidyLayout(): () => Promise<void> {
  const store = useEditorStore();
  const flow = useReactFlow();
  return useCallback(async () => {
    const { viewId } = store.getSnapshot();
    tidying.add(store);
    try {
      await store.autoLayout();
      if (store.getSnapshot().viewId !== viewId) return; // the officer went to another view meanwhile
      await nextFrames(2); // React Flow takes the new positions on the next render
      const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
      await flow.fitView({ padding: 0.1, minZoom: READABLE_FIT_ZOOM, maxZoom: 1, duration: reduce ? 0 : 250 });
    } finally {
      tidying.delete(store);
    }
  }, [store, flow]);
}

function nextFrames(count: number): Promise<void> {
  return new Promise((resolve) => {
    const step = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
    step(count);
  });
}
