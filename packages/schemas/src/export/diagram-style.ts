import { getConfidenceBand, getKindSpec, CONFIDENCE_BAND_LINES } from '@changemap/core';
import type { Plan, PlanEdge, PlanNode } from '@changemap/core';

/** Dark text on a pale fill, bordered in the kind's colour: readable on paper and on screen. */
export interface KindColours {
  readonly fill: string;
  readonly stroke: string;
  readonly text: string;
}

const TEXT = '#1f2328';
const NEUTRAL = '#57606a';

/** A kind's colours in a diagram, from the kind's spec (so the exports match the editor). */
export function kindColours(kind: PlanNode['kind']): KindColours {
  const stroke = getKindSpec(kind)?.colour.light ?? NEUTRAL;
  return { fill: tint(stroke, 0.86), stroke, text: TEXT };
}

/** `hex` mixed with white: 0 keeps it, 1 is white. */
export function tint(hex: string, amount: number): string {
  const channels = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!channels) return '#ffffff';
  return `#${channels
    .slice(1)
    .map((c) =>
      Math.round(parseInt(c, 16) + (255 - parseInt(c, 16)) * amount)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/** The line a causal link is drawn with: solid, dashed or dotted by its confidence band (solid when it has none). */
export function confidenceLine(edge: PlanEdge): 'solid' | 'dashed' | 'dotted' {
  const band = getConfidenceBand(edge);
  return band === undefined ? 'solid' : CONFIDENCE_BAND_LINES[band];
}

/** "confidence 30", the label a causal link with a confidence carries. */
export function confidenceLabel(edge: PlanEdge): string | undefined {
  return getConfidenceBand(edge) === undefined ? undefined : `confidence ${edge.confidence}`;
}

/** How a link that points at a causal link is labelled where it joins it. */
export function attachmentLabel(edge: PlanEdge): string {
  if (edge.kind === 'underlies') return 'assumes';
  if (edge.kind === 'supports') return edge.stance === 'challenges' ? 'challenges' : edge.stance === 'mixed' ? 'mixed evidence' : 'evidence';
  return edge.kind;
}

/**
 * The causal links in `edges` that other links in `edges` point at (evidence, assumptions): each
 * is drawn through a small junction on its midpoint, where those links join it.
 */
export function linksWithAttachments(plan: Plan, edges: readonly PlanEdge[]): Set<string> {
  const inScope = new Set(edges.map((e) => e.id));
  const attached = new Set<string>();
  for (const edge of edges) {
    const target = plan.edges.get(edge.target);
    if (target && inScope.has(target.id) && !plan.nodes.has(edge.target)) attached.add(target.id);
  }
  return attached;
}
