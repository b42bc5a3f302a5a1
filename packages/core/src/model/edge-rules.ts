import type { EdgeKind } from './edges.js';
import { EDGE_KINDS } from './edges.js';
import { NODE_KIND_SPECS } from '../kinds/registry.js';
import type { NodeKind } from './node-kinds.js';
import { NODE_KIND_LABELS } from './node-kinds.js';

/** The endpoints one edge kind may join. */
export interface EdgeEndpoints {
  readonly from: readonly NodeKind[];
  readonly to: readonly NodeKind[];
  /** True when the edge may also point at a causal (`contributesTo`) link. */
  readonly toCausalLink: boolean;
}

/** Link kinds that may point at a causal (`contributesTo`) link as well as at a box. */
const TO_CAUSAL_LINK: ReadonlySet<EdgeKind> = new Set<EdgeKind>(['underlies', 'supports']);

/**
 * The one table of allowed endpoints, built from each kind's spec (which links it may start and
 * end). Validation, the schema pipeline and the editor's connection check all read it, so a
 * rule changes in one place.
 */
export const EDGE_ENDPOINTS: { readonly [K in EdgeKind]: EdgeEndpoints } = Object.freeze(
  Object.fromEntries(
    EDGE_KINDS.map((kind) => [
      kind,
      Object.freeze({
        from: Object.freeze(NODE_KIND_SPECS.filter((spec) => spec.links.starts.includes(kind)).map((spec) => spec.kind)),
        to: Object.freeze(NODE_KIND_SPECS.filter((spec) => spec.links.ends.includes(kind)).map((spec) => spec.kind)),
        toCausalLink: TO_CAUSAL_LINK.has(kind),
      }),
    ]),
  ) as { [K in EdgeKind]: EdgeEndpoints },
);

/** True when an edge of `kind` may run from a `from` node to a `to` node. */
export function isEdgeAllowed(kind: EdgeKind, from: NodeKind, to: NodeKind): boolean {
  const rule = EDGE_ENDPOINTS[kind];
  return rule.from.includes(from) && rule.to.includes(to);
}

/** True when an edge of `kind` may run from a `from` node to a causal link. */
export function isEdgeToCausalLinkAllowed(kind: EdgeKind, from: NodeKind): boolean {
  const rule = EDGE_ENDPOINTS[kind];
  return rule.toCausalLink && rule.from.includes(from);
}

/**
 * The edge kind that joins a `from` node to a `to` node, or undefined when none may.
 * The table never allows two kinds between the same pair, so the answer is unique: this is how
 * the editor knows what a drawn connection means.
 */
export function inferEdgeKind(from: NodeKind, to: NodeKind): EdgeKind | undefined {
  return EDGE_KINDS.find((kind) => isEdgeAllowed(kind, from, to));
}

/** A sentence saying why a `from` node may not link to a `to` node, listing what it may link to. */
export function explainForbiddenEdge(from: NodeKind, to: NodeKind): string {
  const targets = new Set<NodeKind>();
  for (const kind of EDGE_KINDS) {
    if (EDGE_ENDPOINTS[kind].from.includes(from)) EDGE_ENDPOINTS[kind].to.forEach((t) => targets.add(t));
  }
  const article = (k: NodeKind) => (/^[aeiou]/.test(NODE_KIND_LABELS[k]) ? 'an' : 'a');
  const fromLabel = `${article(from)} ${NODE_KIND_LABELS[from]}`;
  const toLabel = `${article(to)} ${NODE_KIND_LABELS[to]}`;
  // Say which way to drag only when that way is allowed.
  const otherWay = inferEdgeKind(to, from) !== undefined ? ` Drag from ${toLabel} to ${fromLabel} instead.` : '';
  if (targets.size === 0) return `Nothing can start from ${fromLabel}.${otherWay}`;
  const list = [...targets].map((k) => NODE_KIND_LABELS[k]).join(', ');
  return `${capitalise(fromLabel)} cannot link to ${toLabel}. It can link to: ${list}.${otherWay}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
