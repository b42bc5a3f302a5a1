import { useMemo, useRef } from 'react';
import type { FlowEdge, FlowNode } from '../adapter/to-flow.js';
import { getViewMembers } from '../adapter/view-members.js';
import { useEditor, useEditorStore } from '../state/use-editor.js';
import { edgeLensClasses, getLensMarks, nodeLensClasses } from './lens-marks.js';
import { useLens } from './use-lens.js';

/**
 * Adds the lens's classes (dimmed, on the pathway, search match) to the canvas's nodes and links.
 * An element whose classes did not change keeps its object, so React Flow and the memoised box
 * components skip it: selecting a box re-renders only the boxes whose look changes.
 */
export function useLensClasses(nodes: FlowNode[], edges: FlowEdge[]): { nodes: FlowNode[]; edges: FlowEdge[] } {
  const store = useEditorStore();
  // Marks depend on the boxes and links, not on where they sit: a drag (which changes the plan's
  // positions every frame) reuses them.
  const planNodes = useEditor((s) => s.plan.nodes);
  const planEdges = useEditor((s) => s.plan.edges);
  const levels = useEditor((s) => s.plan.levels);
  const viewId = useEditor((s) => s.viewId);
  const selectedNodeId = useEditor((s) => s.selectedNodeId);
  const query = useLens((s) => s.query);
  const filter = useLens((s) => s.filter);
  const highlightPathways = useLens((s) => s.highlightPathways);
  const nodeCache = useRef(new WeakMap<FlowNode, { classes: string; out: FlowNode }>());
  const edgeCache = useRef(new WeakMap<FlowEdge, { classes: string; out: FlowEdge }>());

  const marks = useMemo(() => {
    void planNodes;
    void planEdges;
    void levels;
    const plan = store.getSnapshot().plan;
    return getLensMarks(plan, getViewMembers(plan, viewId), selectedNodeId, { query, filter, highlightPathways });
  }, [store, planNodes, planEdges, levels, viewId, selectedNodeId, query, filter, highlightPathways]);

  return useMemo(() => {
    // A group box stands for its folded actions; a merged link for their links.
    const members = new Map<string, string[]>();
    for (const node of nodes) {
      const group = (node.data as { group?: { memberIds?: string[] } }).group;
      if ((node.type as string) === 'actionGroup' && group?.memberIds) members.set(node.id, group.memberIds);
    }
    const membersOf = (id: string) => members.get(id) ?? [id];
    return {
      nodes: nodes.map((node) => withClasses(nodeCache.current, node, nodeLensClasses(marks, node.id, membersOf(node.id)))),
      edges: edges.map((edge) => {
        const parts = (edge.data as { edgeIds?: string[] } | undefined)?.edgeIds;
        return withClasses(edgeCache.current, edge, edgeLensClasses(marks, edge.id, edge.source, edge.target, parts, membersOf));
      }),
    };
  }, [marks, nodes, edges]);
}

function withClasses<T extends FlowNode | FlowEdge>(cache: WeakMap<T, { classes: string; out: T }>, element: T, classes: string): T {
  if (!classes) return element;
  const known = cache.get(element);
  if (known?.classes === classes) return known.out;
  const out = { ...element, className: element.className ? `${element.className} ${classes}` : classes };
  cache.set(element, { classes, out });
  return out;
}
