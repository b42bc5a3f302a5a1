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
 * join which nodes. Nodes are numbered by their place in the nodes table and links by their place
 * in the edges table (`Table.orderOf`), so checks over the whole plan walk typed arrays instead of
 * hashing ids again and again, and an edit that adds or removes a link changes a few entries
 * (`deriveStructure`) instead of renumbering everything. It depends only on ids, kinds and links,
 * so it is reused while edits change box fields alone.
 */
export interface PlanStructure {
  /** One more than the largest link number. A number with no link (a hole) has kind UNKNOWN and no ends. */
  readonly linkLimit: number;
  /** By node number: the node's kind, or undefined for a number no node has. */
  readonly kindOf: readonly (NodeKind | undefined)[];
  /** By node number: the kind's index in NODE_KINDS, or 255 for a hole or an unknown kind. */
  readonly kindCode: Uint8Array;
  /** By node number: the node's id ('' for a hole). */
  readonly idOf: readonly string[];
  /** By link number: the node numbers at each end, or NOT_A_NODE. */
  readonly source: Int32Array;
  readonly target: Int32Array;
  /** By link number: the link kind's index in EDGE_KINDS, or 255 for an unknown kind or a hole. */
  readonly kind: Uint8Array;
  /** Links leaving node v: `outLinks[outStart[v] .. outStart[v + 1])`, in link number order. */
  readonly outStart: Int32Array;
  readonly outLinks: Int32Array;
  /** Links arriving at node v, likewise. */
  readonly inStart: Int32Array;
  readonly inLinks: Int32Array;
}

export const EDGE_KIND_CODE: { readonly [K in EdgeKind]: number } = Object.fromEntries(EDGE_KINDS.map((k, i) => [k, i])) as {
  [K in EdgeKind]: number;
};

const EDGE_KIND_CODES: ReadonlyMap<string, number> = new Map<string, number>(EDGE_KINDS.map((k, i) => [k, i]));

/** The code of a link kind, or UNKNOWN (a Map lookup: a kind such as "constructor" is no object key). */
export function edgeKindCode(kind: unknown): number {
  return EDGE_KIND_CODES.get(kind as string) ?? UNKNOWN;
}

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

/** The structure of `plan` from scratch (`getStructure` caches it; tests compare derived ones with it). */
export function buildStructure(plan: Pick<Plan, 'nodes' | 'edges'>): PlanStructure {
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

  const linkLimit = plan.edges.orderLimit;
  const source = new Int32Array(linkLimit).fill(NOT_A_NODE);
  const target = new Int32Array(linkLimit).fill(NOT_A_NODE);
  const kind = new Uint8Array(linkLimit).fill(UNKNOWN);
  plan.edges.forEachWithOrder((edge, e) => {
    source[e] = nodes.orderOf(edge.source) ?? NOT_A_NODE;
    target[e] = nodes.orderOf(edge.target) ?? NOT_A_NODE;
    kind[e] = edgeKindCode(edge.kind);
  });
  const [outStart, outLinks] = indexLinks(source, limit);
  const [inStart, inLinks] = indexLinks(target, limit);
  return { linkLimit, kindOf, kindCode, idOf, source, target, kind, outStart, outLinks, inStart, inLinks };
}

/** Links grouped by the node at one end (`ends`), in link number order: [start by node, links]. */
export function indexLinks(ends: Int32Array, nodeLimit: number): [Int32Array, Int32Array] {
  const start = new Int32Array(nodeLimit + 1);
  for (let e = 0; e < ends.length; e++) if (ends[e] !== NOT_A_NODE) start[ends[e]! + 1]!++;
  for (let v = 0; v < nodeLimit; v++) start[v + 1]! += start[v]!;
  const links = new Int32Array(start[nodeLimit]!);
  const fill = start.slice(0, nodeLimit);
  for (let e = 0; e < ends.length; e++) if (ends[e] !== NOT_A_NODE) links[fill[ends[e]!]!++] = e;
  return [start, links];
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
  const { linkLimit, source, target } = getStructure(plan);
  const dangling: PlanEdge[] = [];
  for (let e = 0; e < linkLimit; e++) {
    if (source[e] !== NOT_A_NODE && target[e] !== NOT_A_NODE) continue;
    const edge = plan.edges.atOrder(e);
    if (edge && (source[e] === NOT_A_NODE || !targetsALink(plan.edges, edge))) dangling.push(edge);
  }
  return dangling;
}

const clashCache = new WeakMap<PlanStructure, string[]>();

/**
 * Ids used by both a node and a link, in node order. Worked out once per structure (looking up
 * the smaller table's ids in the larger), so the import's check and validation's share the work;
 * for a structure derived from another, only the ids the edit changed are looked at again.
 */
export function findIdClashes(plan: Pick<Plan, 'nodes' | 'edges'>): readonly string[] {
  const structure = getStructure(plan);
  let clashes = clashCache.get(structure);
  if (!clashes) {
    const derivation = derivationOf(structure);
    const before = derivation && clashCache.get(derivation.from);
    clashes = before && derivation ? carryClashes(plan, before, derivation) : computeClashes(plan, structure);
    clashCache.set(structure, clashes);
  }
  return clashes;
}

function computeClashes({ nodes, edges }: Pick<Plan, 'nodes' | 'edges'>, structure: PlanStructure): string[] {
  if (nodes.size <= edges.size) {
    const clashes: string[] = [];
    for (let v = 0; v < structure.idOf.length; v++) {
      if (nodes.atOrder(v) !== undefined && edges.has(structure.idOf[v]!)) clashes.push(structure.idOf[v]!);
    }
    return clashes;
  }
  return edges
    .toArray()
    .filter((edge) => nodes.has(edge.id))
    .map((edge) => edge.id)
    .sort((a, b) => nodes.orderOf(a)! - nodes.orderOf(b)!);
}

function carryClashes({ nodes, edges }: Pick<Plan, 'nodes' | 'edges'>, before: readonly string[], derivation: Derivation): string[] {
  const candidates = new Set([...before, ...derivation.nodeIds, ...derivation.edgeIds]);
  return [...candidates].filter((id) => nodes.has(id) && edges.has(id)).sort((a, b) => nodes.orderOf(a)! - nodes.orderOf(b)!);
}

/** How one structure was made from another (by `deriveStructure`): for caches that can follow an edit. */
export interface Derivation {
  readonly from: PlanStructure;
  /** Node and link ids whose values changed between the two plans. */
  readonly nodeIds: readonly string[];
  readonly edgeIds: readonly string[];
  readonly change: StructureChange;
}

/** The ends of one link: kind code and node numbers (NOT_A_NODE where an end is not a node). */
export interface LinkEnds {
  readonly kind: number;
  readonly source: number;
  readonly target: number;
}

/** A link an edit touched, with its number and its ends before and after (undefined where there was no link). */
export interface LinkChange {
  readonly id: string;
  readonly number: number;
  readonly before: LinkEnds | undefined;
  readonly after: LinkEnds | undefined;
}

/** What an edit changed in the structure. */
export interface StructureChange {
  /** Node numbers whose node was added or removed, or changed kind. */
  readonly nodes: readonly number[];
  /** Links added, removed or replaced, and links at the nodes above. */
  readonly links: readonly LinkChange[];
}

const derivations = new WeakMap<PlanStructure, Derivation>();

export function derivationOf(structure: PlanStructure): Derivation | undefined {
  return derivations.get(structure);
}

/** Files a structure made from another one for `plan`, where `getStructure` and the caches that follow edits find it. */
export function rememberDerived(plan: Pick<Plan, 'nodes' | 'edges'>, structure: PlanStructure, derivation: Derivation | undefined): void {
  cache.set(plan.edges, { nodes: plan.nodes, structure });
  if (derivation && derivation.from !== structure) derivations.set(structure, derivation);
}
