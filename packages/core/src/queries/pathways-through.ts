import type { Plan } from '../model/plan.js';
import { getGraphIndex } from './graph-index.js';

/** The boxes and causal links on every pathway through one box. */
export interface PathwaysThrough {
  /** The box itself, everything it contributes to (up to the vision) and everything that contributes to it (down to the actions). */
  nodeIds: Set<string>;
  /** The causal links walked on the way up and down. */
  edgeIds: Set<string>;
}

/**
 * Every causal pathway that passes through `nodeId`: its ancestors and descendants through
 * `contributesTo` links, and the links between them that lie on such a pathway. A link between
 * two boxes of the set that does not pass through `nodeId` (say from an action of another branch
 * straight to the vision) is left out, so the highlight shows only routes through the box.
 * Iterative, so chains of any length are fine; an unknown id gives empty sets.
 */
export function getPathwaysThrough(plan: Plan, nodeId: string): PathwaysThrough {
  const nodeIds = new Set<string>();
  const edgeIds = new Set<string>();
  if (!plan.nodes.get(nodeId)) return { nodeIds, edgeIds };
  nodeIds.add(nodeId);
  walk(plan, nodeId, 'up', nodeIds, edgeIds);
  walk(plan, nodeId, 'down', nodeIds, edgeIds);
  return { nodeIds, edgeIds };
}

function walk(plan: Plan, start: string, direction: 'up' | 'down', nodeIds: Set<string>, edgeIds: Set<string>): void {
  const index = getGraphIndex(plan);
  const edgesOf = direction === 'up' ? index.outgoing : index.incoming;
  // One `seen` per direction: walking down from an ancestor would pull in sibling branches that
  // do not pass through the start.
  const seen = new Set([start]);
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    for (const edge of edgesOf.get(queue[head]!) ?? []) {
      if (edge.kind !== 'contributesTo') continue;
      const next = direction === 'up' ? edge.target : edge.source;
      if (!plan.nodes.get(next)) continue;
      edgeIds.add(edge.id);
      nodeIds.add(next);
      if (seen.has(next)) continue;
      seen.add(next);
      queue.push(next);
    }
  }
}
