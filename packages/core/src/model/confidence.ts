import type { PlanEdge } from './edges.js';

/**
 * How sure the modellers are of a causal link, in three bands drawn the same way everywhere:
 * solid for strong, dashed for moderate, dotted for weak (the editor's links, the Mermaid and DOT
 * exports). Weak starts below 40, the checker's default `lowConfidenceThreshold`.
 */
export const CONFIDENCE_BANDS = ['strong', 'moderate', 'weak'] as const;
export type ConfidenceBand = (typeof CONFIDENCE_BANDS)[number];

/** Lowest confidence (0–100) of each band; anything under the moderate floor is weak. */
export const CONFIDENCE_BAND_FLOORS: { readonly [B in ConfidenceBand]: number } = Object.freeze({ strong: 70, moderate: 40, weak: 0 });

/** The line each band is drawn with. */
export const CONFIDENCE_BAND_LINES: { readonly [B in ConfidenceBand]: 'solid' | 'dashed' | 'dotted' } = Object.freeze({
  strong: 'solid',
  moderate: 'dashed',
  weak: 'dotted',
});

/** The band of a link's confidence; undefined when the link carries none (or a value that is not a number). */
export function getConfidenceBand(edge: Pick<PlanEdge, 'confidence'>): ConfidenceBand | undefined {
  const value = edge.confidence;
  if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
  if (value >= CONFIDENCE_BAND_FLOORS.strong) return 'strong';
  return value >= CONFIDENCE_BAND_FLOORS.moderate ? 'moderate' : 'weak';
}
