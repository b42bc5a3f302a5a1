import { EDGE_KIND_LABELS, WHOLE_PLAN_VIEW } from '@changemap/core';
import type { EdgeKind, Plan, PlanEdge, PlanNode } from '@changemap/core';
import { useMemo, useState } from 'react';
import { getViewMembers } from '../adapter/view-members.js';
import { useEditor, useEditorStore } from '../state/use-editor.js';
import { KIND_LOOK } from './kinds.js';

interface TreeItem {
  node: PlanNode;
  /** How it joins its parent: a causal link, or e.g. “measures”. */
  via: EdgeKind | undefined;
  children: TreeItem[];
}

const MAX_DEPTH = 12;

/**
 * The open view as a nested list a screen reader can follow: the call to action (or the vision),
 * what contributes to it, level by level, and under each box what measures, guides, investigates,
 * underlies or supports it. Selection is shared with the canvas.
 */
export function ViewTree() {
  const [open, setOpen] = useState(false);
  return (
    <details className="view-tree" open={open} onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
      <summary>This view as a list</summary>
      {open && <ViewTreeList />}
    </details>
  );
}

/** The list itself, built only while it is open (it walks the whole view). */
function ViewTreeList() {
  const store = useEditorStore();
  const plan = useEditor((s) => s.plan);
  const viewId = useEditor((s) => s.viewId);
  const selected = useEditor((s) => s.selectedNodeId);
  const roots = useMemo(() => buildTree(plan, viewId), [plan, viewId]);

  const render = (item: TreeItem, path: string) => (
    <li key={path}>
      <button
        type="button"
        className={`outline-item${item.node.id === selected ? ' is-selected' : ''}`}
        aria-current={item.node.id === selected ? 'true' : undefined}
        onClick={() => store.focusNode(item.node.id)}
      >
        {item.via && item.via !== 'contributesTo' && <span className="muted">{EDGE_KIND_LABELS[item.via]}: </span>}
        <span aria-hidden="true" className={`outline-icon kind-${item.node.kind}`}>
          {KIND_LOOK[item.node.kind].icon}
        </span>{' '}
        {KIND_LOOK[item.node.kind].label}: {item.node.title}
      </button>
      {item.children.length > 0 && <ul>{item.children.map((child, i) => render(child, `${path}/${i}`))}</ul>}
    </li>
  );

  return <ul aria-label="The open view as a list">{roots.map((item, i) => render(item, String(i)))}</ul>;
}

function buildTree(plan: Plan, viewId: string): TreeItem[] {
  const members = getViewMembers(plan, viewId);
  const edges = [...members.edgeIds].map((id) => plan.edges.get(id)!);
  const into = new Map<string, PlanEdge[]>();
  const outOf = new Map<string, PlanEdge[]>();
  for (const edge of edges) {
    const target = plan.edges.get(edge.target)?.target ?? edge.target;
    into.set(target, [...(into.get(target) ?? []), edge]);
    outOf.set(edge.source, [...(outOf.get(edge.source) ?? []), edge]);
  }
  const rootIds =
    viewId === WHOLE_PLAN_VIEW
      ? plan.nodes
          .toArray()
          .filter((n) => n.kind === 'vision')
          .map((n) => n.id)
      : [viewId];
  const placed = new Set<string>();
  const build = (id: string, via: EdgeKind | undefined, depth: number): TreeItem => {
    placed.add(id);
    const children: TreeItem[] = [];
    if (depth < MAX_DEPTH) {
      for (const edge of into.get(id) ?? []) {
        if (placed.has(edge.source) || !members.nodeIds.has(edge.source) || edge.kind === 'deliveredBy') continue;
        children.push(build(edge.source, edge.kind, depth + 1));
      }
      for (const edge of outOf.get(id) ?? []) {
        if (edge.kind !== 'deliveredBy' || placed.has(edge.target)) continue;
        children.push(build(edge.target, edge.kind, depth + 1));
      }
    }
    return { node: plan.nodes.get(id)!, via, children };
  };
  const roots = rootIds.filter((id) => plan.nodes.get(id)).map((id) => build(id, undefined, 0));
  // Boxes placed on the view but not yet linked to its root.
  for (const id of members.nodeIds) if (!placed.has(id)) roots.push(build(id, undefined, 0));
  return roots;
}
