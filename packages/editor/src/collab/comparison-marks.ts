import { useCallback, useContext, useSyncExternalStore } from 'react';
import { EditorContext } from '../state/use-editor.js';

/** How a box differs from what the open comparison compares against. */
export type ComparisonMark = 'added' | 'changed';

interface Marks {
  marks: ReadonlyMap<string, ComparisonMark>;
  listeners: Set<() => void>;
}

const NONE: ReadonlyMap<string, ComparisonMark> = new Map();
/** Per editor: the boxes the open comparison lists as added or changed (none when no comparison is open). */
const byEditor = new WeakMap<object, Marks>();

/** For a box drawn outside an editor (a story, the viewer's page): never marked. */
const OUTSIDE_AN_EDITOR: Marks = { marks: NONE, listeners: new Set() };

function marksOf(editor: object): Marks {
  let entry = byEditor.get(editor);
  if (!entry) {
    entry = { marks: NONE, listeners: new Set() };
    byEditor.set(editor, entry);
  }
  return entry;
}

/** Marks boxes on the canvas while a comparison is open; pass an empty map when it closes. */
export function setComparisonMarks(editor: object, marks: ReadonlyMap<string, ComparisonMark>): void {
  const entry = marksOf(editor);
  entry.marks = marks;
  for (const listener of entry.listeners) listener();
}

/** Whether the open comparison lists this box as added or changed. */
export function useComparisonMark(nodeId: string): ComparisonMark | undefined {
  const editor = useContext(EditorContext);
  const entry = editor ? marksOf(editor) : OUTSIDE_AN_EDITOR;
  const subscribe = useCallback(
    (listener: () => void) => {
      entry.listeners.add(listener);
      return () => void entry.listeners.delete(listener);
    },
    [entry],
  );
  return useSyncExternalStore(subscribe, () => entry.marks.get(nodeId));
}
