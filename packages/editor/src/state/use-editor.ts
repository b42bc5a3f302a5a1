import { createContext, useContext, useSyncExternalStore } from 'react';
import type { EditorSnapshot, EditorStore } from './editor-store.js';

export const EditorContext = createContext<EditorStore | null>(null);

/** The colour theme chosen in the toolbar, for React Flow's own colours. */
export const ColourModeContext = createContext<'system' | 'light' | 'dark'>('system');

/** The editor store of the surrounding `<ChangemapEditor>`. */
export function useEditorStore(): EditorStore {
  const store = useContext(EditorContext);
  if (!store) throw new Error('useEditorStore must be used inside <ChangemapEditor>.');
  return store;
}

/** A slice of the editor's state; the component re-renders only when the slice changes. */
export function useEditor<T>(select: (snapshot: EditorSnapshot) => T): T {
  const store = useEditorStore();
  return useSyncExternalStore(store.subscribe, () => select(store.getSnapshot()));
}
