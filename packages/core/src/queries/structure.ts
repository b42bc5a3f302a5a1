import { EDGE_KINDS, type EdgeKind, type PlanEdge } from '../model/edges.js';
import { EDGE_ENDPOINTS } from '../model/edge-rules.js';
import { NODE_KINDS, type NodeKind } from '../model/node-kinds.js';
import type { PlanNode } from '../model/nodes.js';
import type { Plan } from '../model/plan.js';
import { Table } from '../model/table.js';

/** Marks an edge end that is not a node (a missing id, or a link when evidence points at a link). */
export const NOT_A_NODE = -1;
/** The code of an unknown kind (of node or link), or of a node number with no node. */
export const UNKNOWN = 255;

/**
 * The shape of a plan as integer arrays: which ids are nodes and of what kind, and which links
 * join which nodes. Nodes are numbered by their place in the nodes table (`Table.orderOf`) and
 * links by their place in `edges`, so checks over the whole plan walk typed arrays instead of
 * hashing ids again and again. It depends only on ids, kinds and links, so it is reused while
 * edits change box fields alone.
 */
export interface PlanStructure {
  /** Every link, in stored order; the link number is the index here. */
  readonly edges: readonly PlanEdge[];
  /** By node number: the node's kind, or undefined for a number no node has. */
  readonly kindOf: readonly (NodeKind | undefined)[];
  /** By node number: the kind's index in NODE_KINDS, or 255 for a hole or an unknown kind. */
  readonly kindCode: Uint8Array;
  /** By node number: the node's id. */
  readonly idOf: readonly string[];
  /** By link number: the node numbers at each end, or NOT_A_NODE. */
  readonly source: Int32Array;
  readonly target: Int32Array;
  /** By link number: the link kind's index in EDGE_KINDS, or 255 for an unknown kind. */
  readonly kind: Uint8Array;
  /** Links leaving node v: `outLinks[outStart[v] .. outStart[v + 1])`, in stored order. */
  readonly outStart: Int32Array;
  readonly outLinks: Int32Array;
  /** Links arriving at node v, likewise. */
  readonly inStart: Int32Array;
  readonly inLinks: Int32Array;
}

export const EDGE_KIND_CODE: { readonly [K in EdgeKind]: number } = Object.fromEntries(EDGE_KINDS.map((k, i) => [k, i])) as {
  [K in EdgeKind]: number;
};

/** allowed[edge kind code][from kind index * kinds + to kind index], from EDGE_ENDPOINTS. */
export const NODE_KIND_CODE: ReadonlyMap<string, number> = new Map<string, number>(NODE_KINDS.map((k, i) => [k, i]));
const ALLOWED: Uint8Array[] = EDGE_KINDS.map((edgeKind) => {
  const table = new Uint8Array(NODE_KINDS.length * NODE_KINDS.length);
  for (const from of EDGE_ENDPOINTS[edgeKind].from) {
    for (const to of EDGE_ENDPOINTS[edgeKind].to) table[NODE_KIND_CODE.get(from)! * NODE_KINDS.length + NODE_KIND_CODE.get(to)!] = 1;
  }
  return table;
});

/** True when link number `e` joins two nodes whose kinds its (known) kind allows; the same table as `isEdgeAllowed`. */
export function isLinkAllowed(structure: PlanStructure, e: number): boolean {
  const from = structure.kindCode[structure.source[e]!]!;
  const to = structure.kindCode[structure.target[e]!]!;
  const kind = structure.kind[e]!;
  return from !== UNKNOWN && to !== UNKNOWN && kind !== UNKNOWN && ALLOWED[kind]![from * NODE_KINDS.length + to] === 1;
}

const cache = new WeakMap<Table<PlanEdge>, { nodes: Table<PlanNode>; structure: PlanStructure }>();

/** The structure of `plan`, cached on its edges table and reused while only box fields change. */
export function getStructure(plan: Pick<Plan, 'nodes' | 'edges'>): PlanStructure {
  const cached = cache.get(plan.edges);
  if (cached && (cached.nodes === plan.nodes || sameNodesAndKinds(cached.nodes, plan.nodes))) {
    cached.nodes = plan.nodes;
    return cached.structure;
  }
  const structure = buildStructure(plan);
  cache.set(plan.edges, { nodes: plan.nodes, structure });
  return structure;
}

/** True when the two tables hold the same ids with the same kinds (so node numbers and kinds still hold). */
function sameNodesAndKinds(before: Table<PlanNode>, after: Table<PlanNode>): boolean {
  const changed = Table.changedKeys(before, after);
  if (changed === undefined) return false;
  return changed.every((id) => {
    const a = before.get(id);
    const b = after.get(id);
    return a !== undefined && b !== undefined && a.kind === b.kind;
  });
}

function buildStructure(plan: Pick<Plan, 'nodes' | 'edges'>): PlanStructure {
  const nodes = plan.nodes;
  const limit = nodes.orderLimit;
  const kindOf: (NodeKind | undefined)[] = new Array<NodeKind | undefined>(limit).fill(undefined);
  const idOf: string[] = new Array<string>(limit).fill('');
  const kindCode = new Uint8Array(limit).fill(UNKNOWN);
  nodes.forEachWithOrder((node, order, id) => {
    kindOf[order] = node.kind;
    kindCode[order] = NODE_KIND_CODE.get(node.kind) ?? UNKNOWN;
    idOf[order] = id;
  });

  const edges = plan.edges.toArray();
  const count = edges.length;
  const source = new Int32Array(count);
  const target = new Int32Array(count);
  const kind = new Uint8Array(count);
  const outStart = new Int32Array(limit + 1);
  const inStart = new Int32Array(limit + 1);
  for (let e = 0; e < count; e++) {
    const edge = edges[e]!;
    const s = nodes.orderOf(edge.source) ?? NOT_A_NODE;
    const t = nodes.orderOf(edge.target) ?? NOT_A_NODE;
    source[e] = s;
    target[e] = t;
    kind[e] = EDGE_KIND_CODE[edge.kind] ?? UNKNOWN;
    if (s !== NOT_A_NODE) outStart[s + 1]!++;
    if (t !== NOT_A_NODE) inStart[t + 1]!++;
  }
  for (let v = 0; v < limit; v++) {
    outStart[v + 1]! += outStart[v]!;
    inStart[v + 1]! += inStart[v]!;
  }
  const outLinks = new Int32Array(outStart[limit]!);
  const inLinks = new Int32Array(inStart[limit]!);
  const outFill = outStart.slice(0, limit);
  const inFill = inStart.slice(0, limit);
  for (let e = 0; e < count; e++) {
    const s = source[e]!;
    const t = target[e]!;
    if (s !== NOT_A_NODE) outLinks[outFill[s]!++] = e;
    if (t !== NOT_A_NODE) inLinks[inFill[t]!++] = e;
  }
  return { edges, kindOf, kindCode, idOf, source, target, kind, outStart, outLinks, inStart, inLinks };
}

/** True when node `v` has a link of `kind` to a node. */
export function hasLinkOut(structure: PlanStructure, v: number, kind: EdgeKind): boolean {
  const code = EDGE_KIND_CODE[kind];
  for (let i = structure.outStart[v]!; i < structure.outStart[v + 1]!; i++) {
    const e = structure.outLinks[i]!;
    if (structure.kind[e] === code && structure.target[e] !== NOT_A_NODE) return true;
  }
  return false;
}

/** True when a node (of `fromKind`, if given) has a link of `kind` to node `v`. */
export function hasLinkIn(structure: PlanStructure, v: number, kind: EdgeKind, fromKind?: NodeKind): boolean {
  const code = EDGE_KIND_CODE[kind];
  for (let i = structure.inStart[v]!; i < structure.inStart[v + 1]!; i++) {
    const e = structure.inLinks[i]!;
    const s = structure.source[e]!;
    if (structure.kind[e] === code && s !== NOT_A_NODE && (fromKind === undefined || structure.kindOf[s] === fromKind)) return true;
  }
  return false;
}

/** True when `edge` points at another link that exists (assumptions and evidence may point at causal links). */
export function targetsALink(edges: Table<PlanEdge>, edge: PlanEdge): boolean {
  return edge.target !== edge.id && edges.has(edge.target);
}

/**
 * Links with an end that is not in the plan: a source that is not a node, or a target that is
 * neither a node nor another link. Uses the numbered structure, which validation then reuses.
 */
export function findDanglingEdges(plan: Pick<Plan, 'nodes' | 'edges'>): PlanEdge[] {
  const { edges, source, target } = getStructure(plan);
  const dangling: PlanEdge[] = [];
  for (let e = 0; e < edges.length; e++) {
    if (source[e] !== NOT_A_NODE && target[e] !== NOT_A_NODE) continue;
    if (source[e] === NOT_A_NODE || !targetsALink(plan.edges, edges[e]!)) dangling.push(edges[e]!);
  }
  return dangling;
}

const clashCache = new WeakMap<PlanStructure, string[]>();

/**
 * Ids used by both a node and a link, in node order. Worked out once per structure (looking up
 * the smaller table's ids in the larger), so the import's check and validation's share the work.
 */
export function findIdClashes(plan: Pick<Plan, 'nodes' | 'edges'>): readonly string[] {
  const structure = getStructure(plan);
  let clashes = clashCache.get(structure);
  if (!clashes) {
    const { nodes, edges } = plan;
    if (nodes.size <= edges.size) {
      clashes = [];
      for (let v = 0; v < structure.idOf.length; v++) {
        if (nodes.atOrder(v) !== undefined && edges.has(structure.idOf[v]!)) clashes.push(structure.idOf[v]!);
      }
    } else {
      clashes = edges
        .toArray()
        .filter((edge) => nodes.has(edge.id))
        .map((edge) => edge.id)
        .sort((a, b) => nodes.orderOf(a)! - nodes.orderOf(b)!);
    }
    clashCache.set(structure, clashes);
  }
  return clashes;
}
