import type { Plan } from '../model/plan.js';
import {
  NODE_KIND_CODE,
  NOT_A_NODE,
  UNKNOWN,
  edgeKindCode,
  rememberDerived,
  type LinkChange,
  type LinkEnds,
  type PlanStructure,
  type StructureChange,
} from './structure.js';

type Tables = Pick<Plan, 'nodes' | 'edges'>;

/**
 * The structure of `plan` made from `previous` (the structure of `before`) by changing only what the
 * edit changed: the entries of the nodes and links in `nodeIds` and `edgeIds` (the ids whose values
 * differ, from `Table.changedKeys`), the links at nodes that came, went or changed kind, and the
 * link index around them. Node and link numbers are table places, fixed within a table family, so
 * nothing else moves. Undefined when the tables are not of the same families (build afresh then).
 * Returns `previous` itself when ids, kinds and links are all as they were.
 */
export function deriveStructure(
  previous: PlanStructure,
  before: Tables,
  plan: Tables,
  nodeIds: readonly string[],
  edgeIds: readonly string[],
): { structure: PlanStructure; change: StructureChange } | undefined {
  const nodeLimit = plan.nodes.orderLimit;
  const linkLimit = plan.edges.orderLimit;
  const oldNodeLimit = previous.idOf.length;
  if (nodeLimit < oldNodeLimit || linkLimit < previous.linkLimit) return undefined;

  // Nodes that came, went or changed kind.
  const changedNodes = new Map<number, string>();
  const added = new Set<string>();
  for (const id of nodeIds) {
    const was = before.nodes.get(id);
    const is = plan.nodes.get(id);
    if (was && is && was.kind === is.kind) continue;
    const v = plan.nodes.orderOf(id) ?? before.nodes.orderOf(id);
    if (v === undefined) return undefined;
    changedNodes.set(v, id);
    if (!was) added.add(id);
  }

  // Links to look at again: the changed ones, those at changed nodes, and dangling ones a new node may catch.
  const touched = new Set<number>();
  for (const id of edgeIds) {
    const e = plan.edges.orderOf(id) ?? before.edges.orderOf(id);
    if (e === undefined) return undefined;
    touched.add(e);
  }
  for (const v of changedNodes.keys()) {
    if (v >= oldNodeLimit) continue;
    for (let i = previous.outStart[v]!; i < previous.outStart[v + 1]!; i++) touched.add(previous.outLinks[i]!);
    for (let i = previous.inStart[v]!; i < previous.inStart[v + 1]!; i++) touched.add(previous.inLinks[i]!);
  }
  if (added.size > 0) {
    for (let e = 0; e < previous.linkLimit; e++) {
      if (previous.source[e] !== NOT_A_NODE && previous.target[e] !== NOT_A_NODE) continue;
      const edge = plan.edges.atOrder(e);
      if (edge && (added.has(edge.source) || added.has(edge.target))) touched.add(e);
    }
  }

  const links: LinkChange[] = [];
  let structural = changedNodes.size > 0 || nodeLimit !== oldNodeLimit || linkLimit !== previous.linkLimit;
  for (const e of [...touched].sort((a, b) => a - b)) {
    const was = before.edges.atOrder(e);
    const is = plan.edges.atOrder(e);
    const old: LinkEnds | undefined =
      was && e < previous.linkLimit ? { kind: previous.kind[e]!, source: previous.source[e]!, target: previous.target[e]! } : undefined;
    const now: LinkEnds | undefined = is
      ? { kind: edgeKindCode(is.kind), source: plan.nodes.orderOf(is.source) ?? NOT_A_NODE, target: plan.nodes.orderOf(is.target) ?? NOT_A_NODE }
      : undefined;
    links.push({ id: (is ?? was)!.id, number: e, before: old, after: now });
    if (!sameEnds(old, now)) structural = true;
  }
  const change: StructureChange = { nodes: [...changedNodes.keys()], links };
  if (!structural) {
    rememberDerived(plan, previous, undefined);
    return { structure: previous, change };
  }

  let { kindOf, idOf, kindCode } = previous;
  if (changedNodes.size > 0 || nodeLimit !== oldNodeLimit) {
    const kinds = grown(previous.kindOf, nodeLimit, undefined);
    const ids = grown(previous.idOf, nodeLimit, '');
    kindCode = grownTyped(previous.kindCode, nodeLimit, UNKNOWN);
    for (const [v, id] of changedNodes) {
      const node = plan.nodes.atOrder(v);
      kinds[v] = node?.kind;
      kindCode[v] = node ? (NODE_KIND_CODE.get(node.kind) ?? UNKNOWN) : UNKNOWN;
      ids[v] = node ? id : '';
    }
    [kindOf, idOf] = [kinds, ids];
  }

  const source = grownTyped(previous.source, linkLimit, NOT_A_NODE);
  const target = grownTyped(previous.target, linkLimit, NOT_A_NODE);
  const kind = grownTyped(previous.kind, linkLimit, UNKNOWN);
  const out = new IndexEdits();
  const into = new IndexEdits();
  for (const { number: e, before: old, after: now } of links) {
    source[e] = now?.source ?? NOT_A_NODE;
    target[e] = now?.target ?? NOT_A_NODE;
    kind[e] = now?.kind ?? UNKNOWN;
    out.move(e, old?.source, now?.source);
    into.move(e, old?.target, now?.target);
  }
  const [outStart, outLinks] = out.apply(previous.outStart, previous.outLinks, nodeLimit);
  const [inStart, inLinks] = into.apply(previous.inStart, previous.inLinks, nodeLimit);
  const structure: PlanStructure = { linkLimit, kindOf, kindCode, idOf, source, target, kind, outStart, outLinks, inStart, inLinks };
  rememberDerived(plan, structure, { from: previous, nodeIds, edgeIds, change });
  return { structure, change };
}

function sameEnds(a: LinkEnds | undefined, b: LinkEnds | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && a.kind === b.kind && a.source === b.source && a.target === b.target);
}

function grown<T>(values: readonly T[], length: number, fill: T): T[] {
  const copy = values.slice();
  while (copy.length < length) copy.push(fill);
  return copy;
}

function grownTyped<A extends Int32Array | Uint8Array>(values: A, length: number, fill: number): A {
  const copy = new (values.constructor as new (length: number) => A)(length);
  copy.set(values);
  if (length > values.length) copy.fill(fill, values.length);
  return copy;
}

/** Links leaving (or joining) index entries, by node number, applied to a [start, links] index in one pass. */
class IndexEdits {
  readonly #removed = new Map<number, number[]>();
  readonly #inserted = new Map<number, number[]>();

  /** Link `e` now sits at node `to` instead of `from` (either may be absent or NOT_A_NODE). */
  move(e: number, from: number | undefined, to: number | undefined): void {
    if (from === to) return;
    if (from !== undefined && from !== NOT_A_NODE) push(this.#removed, from, e);
    if (to !== undefined && to !== NOT_A_NODE) push(this.#inserted, to, e);
  }

  /**
   * The index with the edits made: runs of untouched nodes are copied whole, so this costs a pass
   * over the node numbers plus a copy of the links, not a regrouping of every link.
   */
  apply(start: Int32Array, links: Int32Array, nodeLimit: number): [Int32Array, Int32Array] {
    const oldLimit = start.length - 1;
    if (this.#removed.size === 0 && this.#inserted.size === 0 && oldLimit === nodeLimit) return [start, links];
    const affected = [...new Set([...this.#removed.keys(), ...this.#inserted.keys()])].sort((a, b) => a - b);
    const oldStart = (v: number) => start[Math.min(v, oldLimit)]!;
    // Each node's start moves by what the affected nodes before it gained or lost.
    const newStart = new Int32Array(nodeLimit + 1);
    newStart.set(start.subarray(0, Math.min(oldLimit, nodeLimit) + 1));
    newStart.fill(start[oldLimit]!, oldLimit + 1);
    let shift = 0;
    for (let i = 0; i < affected.length; i++) {
      const a = affected[i]!;
      shift += (this.#inserted.get(a)?.length ?? 0) - (this.#removed.get(a)?.length ?? 0);
      const end = i + 1 < affected.length ? affected[i + 1]! : nodeLimit;
      if (shift !== 0) for (let v = a + 1; v <= end; v++) newStart[v]! += shift;
    }
    const newLinks = new Int32Array(newStart[nodeLimit]!);
    let from = 0;
    for (const a of affected) {
      if (a > from) newLinks.set(links.subarray(oldStart(from), oldStart(a)), newStart[from]!);
      const gone = this.#removed.get(a);
      let segment = Array.from(links.subarray(oldStart(a), oldStart(a + 1)));
      if (gone) segment = segment.filter((e) => !gone.includes(e));
      const added = this.#inserted.get(a);
      if (added) segment = [...segment, ...added].sort((x, y) => x - y);
      newLinks.set(segment, newStart[a]!);
      from = a + 1;
    }
    if (from < nodeLimit) newLinks.set(links.subarray(oldStart(from), oldStart(oldLimit)), newStart[from]!);
    return [newStart, newLinks];
  }
}

function push(map: Map<number, number[]>, key: number, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
