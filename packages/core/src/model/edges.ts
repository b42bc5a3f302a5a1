import type { EvidenceStrength, Provenance } from './nodes.js';

/** Every kind of link, each with its own meaning. */
export const EDGE_KINDS = ['contributesTo', 'measures', 'guides', 'investigates', 'underlies', 'supports', 'deliveredBy'] as const;

export type EdgeKind = (typeof EDGE_KINDS)[number];

/** Whether evidence backs what it points at, casts doubt on it, or finds both. */
export const EVIDENCE_STANCES = ['supports', 'challenges', 'mixed'] as const;
export type EvidenceStance = (typeof EVIDENCE_STANCES)[number];

/** Whether a cause raises its effect or lowers it, as systems maps mark links (+ or −). */
export const LINK_SIGNS = ['positive', 'negative'] as const;
export type LinkSign = (typeof LINK_SIGNS)[number];

/** A typed link between two nodes (or, for `underlies` and `supports`, from a node to a causal link). */
export interface PlanEdge {
  id: string;
  kind: EdgeKind;
  /** Id of the node the link starts at. */
  source: string;
  /** Id of the node (or causal link) the link points to. */
  target: string;
  description?: string;
  provenance?: Provenance;
  /** For `supports`: how strongly this evidence bears on the target. */
  strength?: EvidenceStrength;
  /** For `supports`: whether the evidence backs or challenges the target (or both). Backs when absent. */
  stance?: EvidenceStance;
  /** For `contributesTo`: how confident the modellers are that this cause leads to that effect, 0–100. */
  confidence?: number;
  /** For `contributesTo`: why the link holds, in words. */
  rationale?: string;
  /** For `contributesTo`: `negative` when the cause lowers its effect (a − link in a systems map); positive when absent. */
  sign?: LinkSign;
}

/** True when `value` is one of the edge kinds. */
export function isEdgeKind(value: unknown): value is EdgeKind {
  return typeof value === 'string' && (EDGE_KINDS as readonly string[]).includes(value);
}

/** Plain-English names of each edge kind, as a verb phrase: "<source> contributes to <target>". */
export const EDGE_KIND_LABELS: { readonly [K in EdgeKind]: string } = {
  contributesTo: 'contributes to',
  measures: 'measures',
  guides: 'guides',
  investigates: 'investigates',
  underlies: 'underlies',
  supports: 'is evidence for',
  deliveredBy: 'is delivered by',
};
