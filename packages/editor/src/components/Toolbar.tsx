import { NODE_KINDS, WHOLE_PLAN_VIEW } from '@changemap/core';
import type { NodeKind } from '@changemap/core';
import { useId, useState, type ReactNode } from 'react';
import type { EditorTheme } from './ChangemapEditor.js';
import { useEditor, useEditorStore } from '../state/use-editor.js';
import { KIND_LOOK } from './kinds.js';
import { ThemeSelect } from './ThemeSelect.js';
import { useAddBox } from './use-add-box.js';
import { useTidyLayout } from './use-tidy-layout.js';

/** Undo, redo and adding a box of any kind to the open view. `children` adds the app's own buttons. */
export function Toolbar({
  children,
  theme = 'system',
  onTheme,
  onShortcuts,
}: {
  children?: ReactNode;
  theme?: EditorTheme;
  onTheme?: (theme: EditorTheme) => void;
  onShortcuts?: () => void;
}) {
  const kindId = useId();
  const store = useEditorStore();
  const canUndo = useEditor((s) => s.canUndo);
  const canRedo = useEditor((s) => s.canRedo);
  const viewId = useEditor((s) => s.viewId);
  const mode = useEditor((s) => s.mode);
  const showEvidence = useEditor((s) => s.showEvidence);
  // A shared plan the officer may only view or comment on: the editing controls are off.
  const readOnly = useEditor((s) => s.readOnly);
  const [kind, setKind] = useState<NodeKind>(viewId === WHOLE_PLAN_VIEW ? 'aim' : 'outcome');
  const addBox = useAddBox();
  const tidy = useTidyLayout();

  return (
    <div className="toolbar" role="toolbar" aria-label="Editing">
      <button type="button" onClick={() => store.undo()} disabled={readOnly || !canUndo} title="Undo (Ctrl+Z)">
        ↶ Undo
      </button>
      <button type="button" onClick={() => store.redo()} disabled={readOnly || !canRedo} title="Redo (Ctrl+Shift+Z)">
        ↷ Redo
      </button>
      <span className="toolbar-group">
        <label htmlFor={kindId}>Add</label>
        <select id={kindId} data-field="add-kind" disabled={readOnly} value={kind} onChange={(e) => setKind(e.target.value as NodeKind)}>
          {NODE_KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_LOOK[k].label}
            </option>
          ))}
        </select>
        <button type="button" onClick={() => addBox(kind)} disabled={readOnly} title="Add a box (Ctrl+Shift+A)" data-action="add-node">
          + Add box
        </button>
      </span>
      <button
        type="button"
        data-action="layout"
        onClick={() => void tidy()}
        title="Arrange the boxes of this view automatically (pinned boxes stay)"
        disabled={readOnly || mode !== 'diagram'}
      >
        ⇶ Tidy layout
      </button>
      <span className="toolbar-group">
        <button
          type="button"
          aria-pressed={mode === 'research'}
          data-action="research"
          onClick={() => store.setMode(mode === 'research' ? 'diagram' : 'research')}
        >
          {mode === 'research' ? '◧ Diagram' : '? Research'}
        </button>
        <button
          type="button"
          aria-pressed={mode === 'results'}
          data-action="results"
          onClick={() => store.setMode(mode === 'results' ? 'diagram' : 'results')}
          title="The results framework: every indicator with its status"
        >
          <span aria-hidden="true">▦</span> Results
        </button>
        <label className="toggle">
          <input type="checkbox" checked={showEvidence} onChange={(e) => store.setShowEvidence(e.target.checked)} /> Show evidence strength
        </label>
      </span>
      {onTheme && <ThemeSelect value={theme} onChange={onTheme} />}
      <button type="button" onClick={onShortcuts} aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)">
        ⌨ ?
      </button>
      {children}
    </div>
  );
}
