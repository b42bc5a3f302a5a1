import type { Plan } from '../model/plan.js';
import { EDGE_KIND_CODE, derivationOf, getStructure, NOT_A_NODE, type LinkEnds, type PlanStructure, type StructureChange } from './structure.js';

/** A set of nodes that lead to one another through causal links, and the links inside it. */
export interface CausalCycle {
  nodeIds: string[];
  edgeIds: string[];
}

const cache = new WeakMap<PlanStructure, CausalCycle[]>();

/**
 * Finds every causal loop (a strongly connected set of `contributesTo` links with more than one
 * node, or a node linked to itself), boxes in plan order, loops in the order of their first box.
 * First peels away every node that cannot be on a loop (Kahn's algorithm, linear), then runs
 * Tarjan's algorithm, written with an explicit stack, on what is left — usually nothing — so it
 * is fast on real plans and safe on chains of any length. Both walk the plan's numbered structure.
 * After an edit it reuses the loops found before when the edit cannot have changed them: no link
 * inside a loop went, and no new causal link closes a path back to where it starts.
 */
export function findCausalCycles(plan: Plan): CausalCycle[] {
  const structure = getStructure(plan);
  let cycles = cache.get(structure);
  if (!cycles) {
    const derivation = derivationOf(structure);
    const before = derivation && cache.get(derivation.from);
    cycles = before && derivation && keepsCycles(structure, before, derivation.change) ? before : computeCycles(plan, structure);
    cache.set(structure, cycles);
  }
  return cycles;
}

/** True when the edit described by `change` leaves the loops `before` as they were. */
function keepsCycles(structure: PlanStructure, before: CausalCycle[], change: StructureChange): boolean {
  const causal = EDGE_KIND_CODE.contributesTo;
  const live = (ends: LinkEnds | undefined): ends is LinkEnds =>
    ends !== undefined && ends.kind === causal && ends.source !== NOT_A_NODE && ends.target !== NOT_A_NODE;
  const inLoop = new Set(before.flatMap((cycle) => cycle.edgeIds));
  for (const { id, before: was, after: is } of change.links) {
    if (live(was) && live(is) && was.source === is.source && was.target === is.target) continue;
    // Removing a link between two loops, or outside any, splits none; adding one joins none unless it closes a path.
    if (live(was) && inLoop.has(id)) return false;
    if (live(is) && reaches(structure, is.target, is.source)) return false;
  }
  return true;
}

/** True when causal links lead from node `from` to node `to` (or they are the same node). */
function reaches(structure: PlanStructure, from: number, to: number): boolean {
  const { outStart, outLinks, kind, target } = structure;
  const causal = EDGE_KIND_CODE.contributesTo;
  const seen = new Set([from]);
  const queue = [from];
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head]!;
    if (v === to) return true;
    for (let i = outStart[v]!; i < outStart[v + 1]!; i++) {
      const e = outLinks[i]!;
      const w = target[e]!;
      if (kind[e] !== causal || w === NOT_A_NODE || seen.has(w)) continue;
      seen.add(w);
      queue.push(w);
    }
  }
  return false;
}

function computeCycles(plan: Plan, structure: PlanStructure): CausalCycle[] {
  const { linkLimit, idOf, kind, source, target, outStart, outLinks } = structure;
  const n = idOf.length;
  const causal = EDGE_KIND_CODE.contributesTo;
  const isCausal = (e: number) => kind[e] === causal && source[e] !== NOT_A_NODE && target[e] !== NOT_A_NODE;
  const inDegree = new Int32Array(n);
  for (let e = 0; e < linkLimit; e++) if (isCausal(e)) inDegree[target[e]!]!++;

  // Peel nodes with no incoming causal links (repeatedly): what remains sits on a loop or lies
  // downstream of one, and is usually nothing.
  const removed = new Uint8Array(n);
  const queue: number[] = [];
  for (let v = 0; v < n; v++) if (inDegree[v] === 0) queue.push(v);
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head]!;
    removed[v] = 1;
    for (let i = outStart[v]!; i < outStart[v + 1]!; i++) {
      const e = outLinks[i]!;
      if (isCausal(e) && --inDegree[target[e]!]! === 0) queue.push(target[e]!);
    }
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
    // Each frame is a node and the position of the next out-link to follow.
    const work: { v: number; i: number }[] = [];
    const open = (v: number) => {
      stackOrder[v] = low[v] = counter++;
      stack.push(v);
      onStack[v] = 1;
      work.push({ v, i: outStart[v]! });
    };
    open(start);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      if (frame.i < outStart[frame.v + 1]!) {
        const e = outLinks[frame.i++]!;
        if (!isCausal(e)) continue;
        const w = target[e]!;
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

  // Plan order, so that the result does not depend on the order links were walked in.
  for (const members of found) members.sort((a, b) => a - b);
  found.sort((a, b) => a[0]! - b[0]!);
  const component = new Int32Array(n).fill(-1);
  found.forEach((members, c) => members.forEach((v) => (component[v] = c)));
  const edgesOf: string[][] = found.map(() => []);
  for (let e = 0; e < linkLimit; e++) {
    if (!isCausal(e)) continue;
    const c = component[source[e]!]!;
    if (c !== -1 && c === component[target[e]!]) edgesOf[c]!.push(plan.edges.atOrder(e)!.id);
  }
  return found
    .map((members, c) => ({ nodeIds: members.map((v) => idOf[v]!), edgeIds: edgesOf[c]! }))
    .filter((cycle) => cycle.nodeIds.length > 1 || cycle.edgeIds.length > 0);
}
