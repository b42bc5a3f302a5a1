import { getGraphIndex, WHOLE_PLAN_VIEW } from '@changemap/core';
import type { NodeKind, Plan, PlanNode } from '@changemap/core';
import { getViewMembers } from '../adapter/view-members.js';
import { useMemo } from 'react';
import { useEditor, useEditorStore } from '../state/use-editor.js';
import { KIND_LOOK } from './kinds.js';
import { ViewTree } from './ViewTree.js';

/** The plan as a list: vision, aims, calls to action with their priorities, and what guides and delivers them. */
export function Outline() {
  const store = useEditorStore();
  // Only what the outline shows: moving a box (a change of views only) does not redraw it.
  const nodes = useEditor((s) => s.plan.nodes);
  const edges = useEditor((s) => s.plan.edges);
  const title = useEditor((s) => s.plan.title);
  const period = useEditor((s) => s.plan.period);
  const viewId = useEditor((s) => s.viewId);
  const selected = useEditor((s) => s.selectedNodeId);
  const { ofKind, prioritiesOf } = useMemo(() => outlineLists(nodes, edges), [nodes, edges]);
  const focus = (nodeId: string) => store.focusNode(nodeId, viewFor(store.getSnapshot().plan, nodeId, store.getSnapshot().viewId));

  const item = (node: PlanNode) => (
    <li key={node.id}>
      <button type="button" className={`outline-item${node.id === selected ? ' is-selected' : ''}`} onClick={() => focus(node.id)}>
        <span aria-hidden="true" className={`outline-icon kind-${node.kind}`}>
          {KIND_LOOK[node.kind].icon}
        </span>{' '}
        {label(node)}
      </button>
    </li>
  );
  const section = (title: string, nodes: PlanNode[]) =>
    nodes.length > 0 && (
      <section aria-label={title}>
        <h3>{title}</h3>
        <ul>{nodes.map(item)}</ul>
      </section>
    );

  return (
    <nav className="outline" aria-label="Plan outline">
      <h2 className="plan-title">{title}</h2>
      {period && <p className="plan-period">{period}</p>}
      <ViewTree />
      <button
        type="button"
        className={`view-button${viewId === WHOLE_PLAN_VIEW ? ' is-open' : ''}`}
        aria-pressed={viewId === WHOLE_PLAN_VIEW}
        onClick={() => store.openView(WHOLE_PLAN_VIEW)}
      >
        Whole plan
      </button>
      {section('Vision', ofKind('vision'))}
      {section('Aims', ofKind('aim'))}
      <section aria-label="Calls to action">
        <h3>Calls to action</h3>
        <ul>
          {ofKind('callToAction').map((cta) => (
            <li key={cta.id}>
              <button
                type="button"
                className={`view-button cta${viewId === cta.id ? ' is-open' : ''}`}
                aria-pressed={viewId === cta.id}
                onClick={() => store.openView(cta.id)}
              >
                {label(cta)}
              </button>
              <ul className="outline-children">{prioritiesOf(cta.id).map(item)}</ul>
            </li>
          ))}
        </ul>
      </section>
      {section('Principles', ofKind('principle'))}
      {section('Partners', ofKind('partner'))}
      {section('Research questions', ofKind('researchQuestion'))}
    </nav>
  );
}

/** Boxes by kind, and each call to action's priorities (through the cached edge index). */
function outlineLists(nodes: Plan['nodes'], edges: Plan['edges']) {
  const byKind = new Map<NodeKind, PlanNode[]>();
  for (const node of nodes.toArray()) {
    const list = byKind.get(node.kind);
    if (list) list.push(node);
    else byKind.set(node.kind, [node]);
  }
  const { incoming } = getGraphIndex({ edges });
  return {
    ofKind: (kind: NodeKind) => byKind.get(kind) ?? [],
    prioritiesOf: (ctaId: string) =>
      (incoming.get(ctaId) ?? []).filter((e) => e.kind === 'contributesTo' && nodes.get(e.source)?.kind === 'priority').map((e) => nodes.get(e.source)!),
  };
}

function label(node: PlanNode): string {
  const number = node.kind === 'callToAction' || node.kind === 'priority' ? node.number : undefined;
  return number !== undefined ? `${number}. ${node.title}` : node.title || 'Untitled';
}

/** The open view if it shows the node, else the first call to action whose view does, else the whole plan. */
export function viewFor(plan: Plan, nodeId: string, openViewId: string): string {
  if (getViewMembers(plan, openViewId).nodeIds.has(nodeId)) return openViewId;
  for (const cta of plan.nodes.toArray()) {
    if (cta.kind === 'callToAction' && getViewMembers(plan, cta.id).nodeIds.has(nodeId)) return cta.id;
  }
  return WHOLE_PLAN_VIEW;
}
