import { commands, createId, NODE_KINDS, WHOLE_PLAN_VIEW } from '@changemap/core';
import type { NodeKind, PlanNode } from '@changemap/core';
import { useReactFlow } from '@xyflow/react';
import { useState, type ReactNode } from 'react';
import { useEditor, useEditorStore } from '../state/use-editor.js';
import { KIND_LOOK } from './kinds.js';

/** Undo, redo and adding a box of any kind to the open view. `children` adds the app's own buttons. */
export function Toolbar({ children }: { children?: ReactNode }) {
  const store = useEditorStore();
  const canUndo = useEditor((s) => s.canUndo);
  const canRedo = useEditor((s) => s.canRedo);
  const viewId = useEditor((s) => s.viewId);
  const flow = useReactFlow();
  const [kind, setKind] = useState<NodeKind>(viewId === WHOLE_PLAN_VIEW ? 'aim' : 'outcome');

  const add = () => {
    const plan = store.getSnapshot().plan;
    const id = createId(kind, (candidate) => Boolean(plan.nodes[candidate] || plan.edges[candidate]));
    const box = document.querySelector('.canvas')?.getBoundingClientRect();
    const centre = box ? flow.screenToFlowPosition({ x: box.left + box.width / 2, y: box.top + box.height / 2 }) : { x: 0, y: 0 };
    const jitter = (Object.keys(plan.views[viewId]?.positions ?? {}).length % 5) * 24;
    const node = { id, kind, title: `New ${KIND_LOOK[kind].label.toLowerCase()}` } as PlanNode;
    if (store.apply(commands.addNode(node, viewId, { x: Math.round(centre.x - 110 + jitter), y: Math.round(centre.y - 40 + jitter) }))) {
      store.select(id);
    }
  };

  return (
    <div className="toolbar" role="toolbar" aria-label="Editing">
      <button type="button" onClick={() => store.undo()} disabled={!canUndo} title="Undo (Ctrl+Z)">↶ Undo</button>
      <button type="button" onClick={() => store.redo()} disabled={!canRedo} title="Redo (Ctrl+Shift+Z)">↷ Redo</button>
      <span className="toolbar-group">
        <label htmlFor="add-kind">Add</label>
        <select id="add-kind" value={kind} onChange={(e) => setKind(e.target.value as NodeKind)}>
          {NODE_KINDS.map((k) => (
            <option key={k} value={k}>{KIND_LOOK[k].label}</option>
          ))}
        </select>
        <button type="button" onClick={add} title="Add a box (Ctrl+Shift+A)" data-action="add-node">+ Add box</button>
      </span>
      {children}
    </div>
  );
}
