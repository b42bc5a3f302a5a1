import type { KeyboardEvent } from 'react';
import type { EditorStore } from './editor-store.js';

export interface EditorKeyTargets {
  /** The editor's own element: shortcuts look for their buttons inside it, never in the page. */
  root: HTMLElement | null;
  toggleShortcuts: () => void;
}

/**
 * The editor's keyboard shortcuts, handled on the editor's element (not the window), so Ctrl+Z in
 * the host page, or in a second editor on the same page, never undoes this plan.
 */
export function handleEditorKey(event: KeyboardEvent, store: EditorStore, { root, toggleShortcuts }: EditorKeyTargets): void {
  const target = event.target as HTMLElement | null;
  if (target instanceof Element && target.closest('input, textarea, select')) return; // let fields undo their own typing
  const mod = event.ctrlKey || event.metaKey;
  const key = event.key.toLowerCase();
  if (mod && key === 'z') {
    event.preventDefault();
    if (event.shiftKey) store.redo();
    else store.undo();
  } else if (mod && key === 'y') {
    event.preventDefault();
    store.redo();
  } else if (mod && event.shiftKey && key === 'a') {
    event.preventDefault();
    root?.querySelector<HTMLButtonElement>('[data-action="add-node"]')?.click();
  } else if (mod && event.shiftKey && key === 'l') {
    event.preventDefault();
    root?.querySelector<HTMLSelectElement>('[data-field="link-to-target"]')?.focus();
  } else if (event.key === '?' && !mod) {
    event.preventDefault();
    toggleShortcuts();
  }
}
