import type { KeyboardEvent } from 'react';
import type { EditorStore } from '../state/editor-store.js';
import type { LensStore } from './lens-store.js';

/** True when a key pressed here is typing (a field, a list, editable text), not a command. */
export function isTypingTarget(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]') !== null;
}

/**
 * The lens's keys, handled on the editor's own element (never the window, so a second editor or the
 * host page keeps its keys): Ctrl+F or "/" to search, P to present, Escape to clear the selection
 * (and with it the highlighted pathways). Keys typed into fields are left alone, and nothing
 * happens while a dialog of this editor (the shortcut sheet) is open.
 */
export function handleLensKey(event: KeyboardEvent, store: EditorStore, lens: LensStore, root: HTMLElement | null): void {
  if (!root || event.defaultPrevented || lens.getSnapshot().presenting || root.querySelector('dialog[open]')) return;
  if (store.getSnapshot().mode !== 'diagram') return;
  const mod = event.ctrlKey || event.metaKey;
  const search = root.querySelector<HTMLElement>('[data-field="canvas-search"]');
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
}
