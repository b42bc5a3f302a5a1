import { WHOLE_PLAN_VIEW, getAncestors, getDescendants } from '@changemap/core';
import type { Plan, PlanNode } from '@changemap/core';

/** A view a reader can open: one call to action, or the whole plan. */
export interface ViewerView {
  id: string;
  /** What the navigation shows, e.g. “3. Everyone should feel safe…”. */
  label: string;
}

/** The plan's calls to action in their numbered order (1 before 2), then the whole plan. */
export function getViewerViews(plan: Plan): ViewerView[] {
  const calls = plan.nodes
    .toArray()
    .filter((node) => node.kind === 'callToAction')
    .sort((a, b) => (a.kind === 'callToAction' && b.kind === 'callToAction' ? (a.number ?? Infinity) - (b.number ?? Infinity) : 0));
  return [
    ...calls.map((node) => ({ id: node.id, label: node.kind === 'callToAction' && node.number !== undefined ? `${node.number}. ${node.title}` : node.title })),
    { id: WHOLE_PLAN_VIEW, label: 'Whole plan' },
  ];
}

/**
 * Boxes whose title, description or tags contain every word of `query` (ignoring case and
 * accents), in the plan's order. An empty query matches nothing.
 */
export function searchPlan(plan: Plan, query: string): PlanNode[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  return plan.nodes.toArray().filter((node) => {
    const text = fold([node.title, node.description ?? '', ...(node.tags ?? [])].join(' '));
    return words.every((word) => text.includes(word));
  });
}

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase();
}

/** The box itself and every box on its pathways: what it leads to, up to the vision, and what leads to it. */
export function getPathwayIds(plan: Plan, nodeId: string): Set<string> {
  if (!plan.nodes.get(nodeId)) return new Set();
  return new Set([nodeId, ...getAncestors(plan, nodeId).map((n) => n.id), ...getDescendants(plan, nodeId).map((n) => n.id)]);
}

/**
 * A stylesheet that marks boxes (by React Flow's `data-id`) with `className`-like rules: the
 * canvas is drawn by the editor's own components, so the viewer highlights through CSS rather
 * than by changing how boxes are drawn. Ids are escaped for use inside a quoted attribute value.
 */
export function highlightRules(scope: string, ids: Iterable<string>, declarations: string): string {
  const selectors = [...ids].map((id) => `${scope} .react-flow__node[data-id="${escapeAttribute(id)}"] .plan-node`);
  return selectors.length === 0 ? '' : `${selectors.join(',\n')} { ${declarations} }`;
}

function escapeAttribute(value: string): string {
  return value
    .replace(/[\\"]/g, (c) => `\\${c}`)
    .replace(/[\n\r\f]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)
    .replace(/</g, '\\3c ');
}
