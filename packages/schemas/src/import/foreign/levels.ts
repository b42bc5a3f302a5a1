import { OUTCOME_HORIZONS, type OutcomeHorizon } from '@changemap/core';

/**
 * Horizons for outcome columns that name none, by their order left to right: one column gets no
 * horizon (medium by default), two are short and long, three or more are split into thirds.
 */
export function horizonsByPosition(count: number): (OutcomeHorizon | undefined)[] {
  if (count <= 1) return Array.from({ length: count }, () => undefined);
  if (count === 2) return ['short', 'long'];
  return Array.from({ length: count }, (_, i) => OUTCOME_HORIZONS[Math.min(2, Math.floor((i * 3) / count))]);
}
