import type { Plan } from '../model/plan.js';
import { getGraphIndex } from './graph-index.js';

/** A set of nodes that lead to one another through causal links, and the links inside it. */
export interface CausalCycle {
  nodeIds: string[];
  edgeIds: string[];
}

/**
 * Finds every causal loop (strongly connected component of `contributesTo` links with more than
 * one node, or a node linked to itself). Tarjan's algorithm written with an explicit stack, so
 * it runs on chains of any length.
 */
export function findCausalCycles(plan: Plan): CausalCycle[] {
  const { outgoing } = getGraphIndex(plan);
  const successors = (id: string) =>
    (outgoing.get(id) ?? []).filter((e) => e.kind === 'contributesTo' && plan.nodes[e.target]).map((e) => e.target);

  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const cycles: CausalCycle[] = [];
  let counter = 0;

  for (const start in plan.nodes) {
    if (order.has(start)) continue;
    const work: { id: string; next: string[]; i: number }[] = [];
    const open = (id: string) => {
      order.set(id, counter);
      low.set(id, counter++);
      stack.push(id);
      onStack.add(id);
      work.push({ id, next: successors(id), i: 0 });
    };
    open(start);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      if (frame.i < frame.next.length) {
        const child = frame.next[frame.i++]!;
        if (!order.has(child)) open(child);
        else if (onStack.has(child)) low.set(frame.id, Math.min(low.get(frame.id)!, order.get(child)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.id, Math.min(low.get(parent.id)!, low.get(frame.id)!));
      if (low.get(frame.id) !== order.get(frame.id)) continue;
      const members: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        members.push(member);
      } while (member !== frame.id);
      const inside = new Set(members);
      const edgeIds = members.flatMap((id) =>
        (outgoing.get(id) ?? []).filter((e) => e.kind === 'contributesTo' && inside.has(e.target)).map((e) => e.id),
      );
      if (members.length > 1 || edgeIds.length > 0) cycles.push({ nodeIds: members.reverse(), edgeIds });
    }
  }
  return cycles;
}
