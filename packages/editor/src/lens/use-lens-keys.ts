import { useEffect } from 'react';
import type { EditorStore } from '../state/editor-store.js';
import type { LensStore } from './lens-store.js';

/** True when a key pressed here is typing (a field, a list, editable text), not a command. */
export function isTypingTarget(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]') !== null;
}

/**
 * The lens's keys, anywhere in the editor: Ctrl+F or "/" to search, P to present, Escape to
 * clear the selection (and with it the highlighted pathways). Keys typed into fields are left
 * alone, and nothing happens while a dialog (the shortcut sheet) is open.
 */
export function useLensKeys(store: EditorStore, lens: LensStore): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || lens.getSnapshot().presenting || document.querySelector('dialog[open]')) return;
      if (store.getSnapshot().mode !== 'diagram') return;
      const mod = event.ctrlKey || event.metaKey;
      const search = document.getElementById('canvas-search');
      if ((mod && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'f') || (event.key === '/' && !mod && !isTypingTarget(event.target))) {
        if (!search) return;
        event.preventDefault();
        search.focus();
        if (search instanceof HTMLInputElement) search.select();
        return;
      }
      if (mod || event.altKey || isTypingTarget(event.target)) return;
      if (event.key === 'p' || event.key === 'P') {
        event.preventDefault();
        lens.present();
      } else if (event.key === 'Escape') {
        const { selectedNodeId, selectedEdgeId } = store.getSnapshot();
        if (selectedNodeId !== undefined || selectedEdgeId !== undefined) store.select(undefined);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store, lens]);
}
