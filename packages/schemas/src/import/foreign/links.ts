import { inferEdgeKind, isEdgeAllowed, type EdgeKind, type NodeKind } from '@changemap/core';

/** Kinds on the causal chain, between which a source's connection is read as "contributes to". */
const CAUSAL_KINDS: ReadonlySet<NodeKind> = new Set<NodeKind>(['action', 'output', 'outcome', 'priority', 'callToAction', 'aim', 'vision']);

/** How a connection from another tool becomes a link: its kind, and whether it was turned round. */
export interface LinkChoice {
  kind: EdgeKind;
  /** True when the link runs from the source's `to` to its `from` (e.g. an outcome "measured by" an indicator). */
  reversed: boolean;
  /** True when no kind of link may join the two boxes, so the checker will report it. */
  forbidden: boolean;
}

/**
 * The kind of link for a connection from a `from` box to a `to` box. The kind the source asked
 * for when the two boxes allow it; else the one kind the endpoints allow (`inferEdgeKind`); else
 * the one kind allowed the other way round, except a causal link, which is never turned (its
 * direction is its meaning). Two boxes on the causal chain that no kind may join (an activity
 * feeding another) keep a "contributes to" link for the checker to report; anything else has no
 * link to become.
 */
export function chooseLinkKind(from: NodeKind, to: NodeKind, wanted?: EdgeKind): LinkChoice | undefined {
  if (wanted !== undefined && isEdgeAllowed(wanted, from, to)) return { kind: wanted, reversed: false, forbidden: false };
  const forward = inferEdgeKind(from, to);
  if (forward !== undefined) return { kind: forward, reversed: false, forbidden: false };
  const backward = inferEdgeKind(to, from);
  if (backward !== undefined && backward !== 'contributesTo') return { kind: backward, reversed: true, forbidden: false };
  if (CAUSAL_KINDS.has(from) && CAUSAL_KINDS.has(to)) return { kind: 'contributesTo', reversed: false, forbidden: true };
  return undefined;
}
