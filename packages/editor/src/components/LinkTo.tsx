import { EDGE_KIND_LABELS, getGraphIndex, inferEdgeKind, shortenText } from '@changemap/core';
import type { PlanNode } from '@changemap/core';
import { useId, useMemo, useState } from 'react';
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
  const selectId = useId();
  const options = useMemo(() => {
    // What the box already links to, from the edge index (cached per edge set): one lookup, not a
    // scan of every link for every candidate.
    const linked = new Set((getGraphIndex(plan).outgoing.get(node.id) ?? []).map((e) => e.target));
    return [...getViewMembers(plan, viewId).nodeIds]
      .map((id) => plan.nodes.get(id)!)
      .filter((other) => other.id !== node.id && !linked.has(other.id) && inferEdgeKind(node.kind, other.kind) !== undefined);
  }, [plan, viewId, node]);

  const link = () => {
    if (store.connectBoxes(node.id, target)) setTarget('');
  };

  if (options.length === 0) return null;
  return (
    <div className="field link-to">
      <label htmlFor={selectId}>Link this box to…</label>
      <div className="link-to-row">
        <select id={selectId} data-field="link-to-target" value={target} onChange={(e) => setTarget(e.target.value)}>
          <option value="">Choose a box in this view</option>
          {options.map((other) => (
            <option key={other.id} value={other.id}>
              {EDGE_KIND_LABELS[inferEdgeKind(node.kind, other.kind)!]} {KIND_LOOK[other.kind].label.toLowerCase()}: {shortenText(other.title, 60)}
            </option>
          ))}
        </select>
        <button type="button" onClick={link} disabled={!target}>
          Link
        </button>
      </div>
    </div>
  );
}
