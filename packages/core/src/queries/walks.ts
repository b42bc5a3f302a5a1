import type { PlanNode } from '../model/nodes.js';
import type { Plan } from '../model/plan.js';
import { getGraphIndex } from './graph-index.js';

/**
 * Nodes that `id` contributes to, directly or through others (towards the vision), nearest first.
 * Iterative, so a chain of any length cannot overflow the stack.
 */
export function getAncestors(plan: Plan, id: string): PlanNode[] {
  return walkCausal(plan, id, 'up');
}

/** Nodes that contribute to `id`, directly or through others (towards the actions), nearest first. */
export function getDescendants(plan: Plan, id: string): PlanNode[] {
  return walkCausal(plan, id, 'down');
}

function walkCausal(plan: Plan, start: string, direction: 'up' | 'down'): PlanNode[] {
  const index = getGraphIndex(plan);
  const edgesOf = direction === 'up' ? index.outgoing : index.incoming;
  const seen = new Set<string>([start]);
  const found: PlanNode[] = [];
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    for (const edge of edgesOf.get(queue[head]!) ?? []) {
      if (edge.kind !== 'contributesTo') continue;
      const next = direction === 'up' ? edge.target : edge.source;
      if (seen.has(next)) continue;
      seen.add(next);
      const node = plan.nodes.get(next);
      if (!node) continue;
      found.push(node);
      queue.push(next);
    }
  }
  return found;
}

/** A route along causal links, as node ids from the start to the end. */
export type Pathway = string[];

/**
 * Every causal route from `fromId` up to a vision node (or to any node with no further causal
 * link when the plan has no vision), at most `limit` of them: routes multiply fast in dense plans.
 */
export function getPathways(plan: Plan, fromId: string, limit = 100): Pathway[] {
  const index = getGraphIndex(plan);
  const routes: Pathway[] = [];
  if (!plan.nodes.get(fromId) || limit <= 0) return routes;
  const nextOf = (id: string) => (index.outgoing.get(id) ?? []).filter((e) => e.kind === 'contributesTo' && plan.nodes.get(e.target)).map((e) => e.target);
  // Depth-first with an explicit stack of frames: `path` is the current route and `onPath` keeps
  // the loop check O(1), so a long chain costs its length, not its length squared.
  const path = [fromId];
  const onPath = new Set(path);
  const frames = [{ next: nextOf(fromId), i: 0 }];
  while (frames.length > 0 && routes.length < limit) {
    const frame = frames[frames.length - 1]!;
    const last = path[path.length - 1]!;
    const open = frame.next.filter((id) => !onPath.has(id));
    if (frame.i === 0 && (plan.nodes.get(last)?.kind === 'vision' || open.length === 0)) {
      if (path.length > 1) routes.push([...path]);
      frame.i = frame.next.length; // a route ends here
    }
    const child = frame.next[frame.i++];
    if (child === undefined) {
      frames.pop();
      onPath.delete(path.pop()!);
      continue;
    }
    if (onPath.has(child)) continue;
    path.push(child);
    onPath.add(child);
    frames.push({ next: nextOf(child), i: 0 });
  }
  return routes;
}

/** Indicators that measure `id`. */
export function getIndicatorsOf(plan: Plan, id: string): PlanNode[] {
  const index = getGraphIndex(plan);
  return (index.incoming.get(id) ?? [])
    .filter((e) => e.kind === 'measures')
    .map((e) => plan.nodes.get(e.source))
    .filter((n): n is PlanNode => n !== undefined);
}
