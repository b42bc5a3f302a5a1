import type { PresentationStep } from '@changemap/core';
import type { PictureNode, RoutedFlowEdge } from '../picture/to-picture.js';

/**
 * The diagram at one step of a presentation: every box keeps its place (so nothing jumps as the
 * steps go by), boxes not shown yet are hidden, and the newest level is marked. Nothing is
 * selectable or labelled for focus: the presenter tells screen readers what each step shows.
 */
export function presentationFlow(
  base: { nodes: PictureNode[]; edges: RoutedFlowEdge[] },
  step: PresentationStep | undefined,
): { nodes: PictureNode[]; edges: RoutedFlowEdge[] } {
  const shown = step?.shownNodeIds ?? new Set<string>();
  const newest = new Set(step?.newNodeIds ?? []);
  const nodes = base.nodes.map((node) => ({
    ...node,
    selected: false,
    ariaLabel: undefined,
    className: !shown.has(node.id) ? 'is-future' : newest.has(node.id) ? 'is-newest' : 'is-shown',
  })) as PictureNode[];
  const edges = base.edges.map(({ label, ...edge }) => {
    const visible = shown.has(edge.source) && shown.has(edge.target);
    const fresh = visible && (newest.has(edge.source) || newest.has(edge.target));
    return {
      ...edge,
      // A link not shown yet has no words either: its label is drawn apart from its path, which the class hides.
      ...(visible && label !== undefined && { label }),
      selected: false,
      ariaLabel: undefined,
      className: `${edge.className ?? ''} ${!visible ? 'is-future' : fresh ? 'is-newest' : 'is-shown'}`.trim(),
    };
  });
  return { nodes, edges };
}
