import type { Plan, Position } from '@changemap/core';
import type { ViewMembers } from './view-members.js';

export const COLUMN_WIDTH = 540;
/** Attached nodes sit in a second lane just right of their column. */
export const LANE_OFFSET = 250;
export const ROW_HEIGHT = 118;

/**
 * Positions for nodes that have none saved in the view: causal nodes in columns by their distance
 * from the view's root (causes on the left, the call to action or vision on the right), and
 * attached nodes (indicators, principles, questions, partners …) stacked under the column of what
 * they are attached to. Deterministic, so a view looks the same every time it opens.
 */
export function fallbackLayout(plan: Plan, members: ViewMembers): Map<string, Position> {
  const depth = new Map<string, number>();
  const causal = [...members.edgeIds].map((id) => plan.edges.get(id)!).filter((e) => e.kind === 'contributesTo');
  const roots = [...members.nodeIds].filter((id) => !causal.some((e) => e.source === id) && causal.some((e) => e.target === id));
  const queue = roots.length > 0 ? [...roots] : [];
  for (const id of queue) depth.set(id, 0);
  for (let head = 0; head < queue.length; head++) {
    const id = queue[head]!;
    for (const edge of causal) {
      if (edge.target !== id || depth.has(edge.source)) continue;
      depth.set(edge.source, depth.get(id)! + 1);
      queue.push(edge.source);
    }
  }
  const maxDepth = Math.max(0, ...depth.values());
  const column = new Map<string, number>();
  for (const [id, d] of depth) column.set(id, maxDepth - d);
  // Attached nodes sit in the column of the first member they point at.
  let unplaced = [...members.nodeIds].filter((id) => !column.has(id));
  for (let round = 0; round < 3 && unplaced.length > 0; round++) {
    for (const id of unplaced) {
      const edge = plan.edges.toArray().find((e) => (e.source === id && column.has(e.target)) || (e.target === id && column.has(e.source)));
      if (!edge) continue;
      const other = edge.source === id ? edge.target : edge.source;
      column.set(id, column.get(other)!);
    }
    unplaced = unplaced.filter((id) => !column.has(id));
  }
  for (const id of unplaced) column.set(id, maxDepth + 1);

  const rows = new Map<string, number>();
  const positions = new Map<string, Position>();
  const order = [...members.nodeIds].sort((a, b) => rank(plan, a) - rank(plan, b));
  for (const id of order) {
    const col = column.get(id)!;
    const lane = depth.has(id) ? 0 : 1;
    const key = `${col}:${lane}`;
    const row = rows.get(key) ?? 0;
    rows.set(key, row + 1);
    positions.set(id, { x: col * COLUMN_WIDTH + lane * LANE_OFFSET, y: row * ROW_HEIGHT });
  }
  return positions;
}

/** Causal nodes first in each column, then what is attached to them. */
function rank(plan: Plan, id: string): number {
  const kind = plan.nodes.get(id)?.kind;
  const order = [
    'vision',
    'aim',
    'callToAction',
    'priority',
    'outcome',
    'output',
    'action',
    'indicator',
    'assumption',
    'evidence',
    'researchQuestion',
    'principle',
    'partner',
  ];
  const at = order.indexOf(kind ?? 'partner');
  return at < 0 ? order.length : at; // a kind not listed here goes after the others
}
