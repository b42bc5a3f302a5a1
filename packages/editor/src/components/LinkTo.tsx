import { EDGE_KIND_LABELS, inferEdgeKind } from '@changemap/core';
import type { PlanNode } from '@changemap/core';
import { useState } from 'react';
import { getViewMembers } from '../adapter/view-members.js';
import { useEditor, useEditorStore } from '../state/use-editor.js';
import { KIND_LOOK } from './kinds.js';

/**
 * Links the selected box to another without a mouse: a list of the boxes in this view it may link
 * to, each saying what the link would mean. Ctrl+Shift+L jumps here.
 */
export function LinkTo({ node }: { node: PlanNode }) {
  const store = useEditorStore();
  const plan = useEditor((s) => s.plan);
  const viewId = useEditor((s) => s.viewId);
  const [target, setTarget] = useState('');
  const members = getViewMembers(plan, viewId).nodeIds;
  const options = [...members]
    .map((id) => plan.nodes.get(id)!)
    .filter((other) => other.id !== node.id && inferEdgeKind(node.kind, other.kind) !== undefined)
    .filter((other) => !plan.edges.toArray().some((e) => e.source === node.id && e.target === other.id));

  const link = () => {
    if (store.connectBoxes(node.id, target)) setTarget('');
  };

  if (options.length === 0) return null;
  return (
    <div className="field link-to">
      <label htmlFor="link-to-target">Link this box to…</label>
      <div className="link-to-row">
        <select id="link-to-target" value={target} onChange={(e) => setTarget(e.target.value)}>
          <option value="">Choose a box in this view</option>
          {options.map((other) => (
            <option key={other.id} value={other.id}>
              {EDGE_KIND_LABELS[inferEdgeKind(node.kind, other.kind)!]} {KIND_LOOK[other.kind].label.toLowerCase()}: {other.title.slice(0, 60)}
            </option>
          ))}
        </select>
        <button type="button" onClick={link} disabled={!target}>Link</button>
      </div>
    </div>
  );
}
