import type { EditorStore } from '../state/editor-store.js';

const KEY = 'changemap:unsaved:v1';

/** Whether the plan autosaved in this browser had changes not saved to a file when the tab closed. */
export function wasUnsaved(): boolean {
  try {
    return localStorage.getItem(KEY) === 'true';
  } catch {
    return false;
  }
}

/**
 * Keeps "has changes not saved to a file" in this browser as it changes, so that after a reload
 * Open…, New plan and Example still ask before replacing the restored plan. Returns a stop function.
 */
export function rememberUnsaved(store: EditorStore): () => void {
  let last: boolean | undefined;
  const write = () => {
    const { unsaved } = store.getSnapshot();
    if (unsaved === last) return;
    last = unsaved;
    try {
      if (unsaved) localStorage.setItem(KEY, 'true');
      else localStorage.removeItem(KEY);
    } catch {
      // Storage blocked: the autosave error already tells the officer to download a copy.
    }
  };
  write();
  return store.subscribe(write);
}
