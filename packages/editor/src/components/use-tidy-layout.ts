import { useCallback } from 'react';
import type { EditorStore } from '../state/editor-store.js';
import { useEditorStore } from '../state/use-editor.js';
import { usePictureFit } from './use-picture-fit.js';

/**
 * *Tidy layout*: arranges the open view, then fits the new arrangement into the canvas, so the
 * result is what the officer sees (a layout moves boxes far from where the viewport was). The fit
 * is the canvas's own (usePictureFit): readable titles, band labels clear of the canvas's bar.
 */
/** Editors whose Tidy layout is running: it fits the view itself, so the canvas does not fit it as well. */
const tidying = new WeakSet<EditorStore>();

/** Whether a Tidy layout of this editor is running and will fit the view when it is done. */
export function isTidying(store: EditorStore): boolean {
  return tidying.has(store);
}

export function useTidyLayout(): () => Promise<void> {
  const store = useEditorStore();
  const fit = usePictureFit();
  return useCallback(async () => {
    const { viewId } = store.getSnapshot();
    tidying.add(store);
    try {
      await store.autoLayout();
      if (store.getSnapshot().viewId !== viewId) return; // the officer went to another view meanwhile
      await nextFrames(2); // React Flow takes the new positions on the next render
      const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
      await fit({ duration: reduce ? 0 : 250 });
    } finally {
      tidying.delete(store);
    }
  }, [store, fit]);
}

function nextFrames(count: number): Promise<void> {
  return new Promise((resolve) => {
    const step = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
    step(count);
  });
}
