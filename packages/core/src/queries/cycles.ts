import type { Plan } from '../model/plan.js';
import { getGraphIndex } from './graph-index.js';

/** A set of nodes that lead to one another through causal links, and the links inside it. */
export interface CausalCycle {
  nodeIds: string[];
  edgeIds: string[];
}

const cache = new WeakMap<Plan['edges'], { nodes: Plan['nodes']; cycles: CausalCycle[] }>();

/**
 * Finds every causal loop (a strongly connected set of `contributesTo` links with more than one
 * node, or a node linked to itself). First peels away every node that cannot be on a loop
 * (Kahn's algorithm, linear), then runs Tarjan's algorithm, written with an explicit stack, on
 * what is left — usually nothing — so it is fast on real plans and safe on chains of any length.
 */
export function findCausalCycles(plan: Plan): CausalCycle[] {
  const cached = cache.get(plan.edges);
  if (cached?.nodes === plan.nodes) return cached.cycles;
  const cycles = computeCycles(plan);
  cache.set(plan.edges, { nodes: plan.nodes, cycles });
  return cycles;
}

function computeCycles(plan: Plan): CausalCycle[] {
  const { edges } = getGraphIndex(plan);
  // Integer ids keep the hot loops on arrays.
  const slot = new Map<string, number>();
  const ids: string[] = [];
  const causal: { from: number; to: number; id: string }[] = [];
  const slotOf = (id: string) => {
    let s = slot.get(id);
    if (s === undefined) {
      s = ids.length;
      slot.set(id, s);
      ids.push(id);
    }
    return s;
  };
  for (const edge of edges) {
    if (edge.kind !== 'contributesTo' || !plan.nodes.get(edge.source) || !plan.nodes.get(edge.target)) continue;
    causal.push({ from: slotOf(edge.source), to: slotOf(edge.target), id: edge.id });
  }
  const n = ids.length;
  const out: number[][] = Array.from({ length: n }, () => []);
  const inDegree = new Int32Array(n);
  const outDegree = new Int32Array(n);
  for (const { from, to } of causal) {
    out[from]!.push(to);
    inDegree[to]!++;
    outDegree[from]!++;
  }

  // Peel nodes with no incoming links (repeatedly); what remains either sits on a loop or lies
  // downstream of one. Then peel nodes with no outgoing links among the rest, from the other end.
  const removed = new Uint8Array(n);
  const queue: number[] = [];
  for (let i = 0; i < n; i++) if (inDegree[i] === 0) queue.push(i);
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head]!;
    removed[v] = 1;
    for (const w of out[v]!) if (--inDegree[w]! === 0) queue.push(w);
  }
  if (queue.length === n) return [];

  const stackOrder = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  const found: number[][] = [];
  let counter = 0;
  for (let start = 0; start < n; start++) {
    if (removed[start] || stackOrder[start] !== -1) continue;
    const work: { v: number; i: number }[] = [];
    const open = (v: number) => {
      stackOrder[v] = low[v] = counter++;
      stack.push(v);
      onStack[v] = 1;
      work.push({ v, i: 0 });
    };
    open(start);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const next = out[frame.v]!;
      if (frame.i < next.length) {
        const w = next[frame.i++]!;
        if (removed[w]) continue;
        if (stackOrder[w] === -1) open(w);
        else if (onStack[w]) low[frame.v] = Math.min(low[frame.v]!, stackOrder[w]!);
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low[parent.v] = Math.min(low[parent.v]!, low[frame.v]!);
      if (low[frame.v] !== stackOrder[frame.v]) continue;
      const members: number[] = [];
      let member: number;
      do {
        member = stack.pop()!;
        onStack[member] = 0;
        members.push(member);
      } while (member !== frame.v);
      found.push(members.reverse());
    }
  }

  const component = new Int32Array(n).fill(-1);
  found.forEach((members, c) => members.forEach((v) => (component[v] = c)));
  const edgesOf: string[][] = found.map(() => []);
  for (const { from, to, id } of causal) {
    const c = component[from]!;
    if (c !== -1 && c === component[to]) edgesOf[c]!.push(id);
  }
  return found
    .map((members, c) => ({ nodeIds: members.map((v) => ids[v]!), edgeIds: edgesOf[c]! }))
    .filter((cycle) => cycle.nodeIds.length > 1 || cycle.edgeIds.length > 0);
}
