import type { Measurement } from '../kinds/indicator.js';
import type { Polarity } from './polarity.js';

/** How an area compares with another (England, London) for one period; Fingertips' words. */
export type Comparison = 'better' | 'similar' | 'worse' | 'higher' | 'lower' | 'notCompared';

export const COMPARISONS: readonly Comparison[] = ['better', 'similar', 'worse', 'higher', 'lower', 'notCompared'];

/** A reading with its 95% confidence interval (when the source gives one). */
export type Interval = Pick<Measurement, 'value' | 'lowerCi' | 'upperCi'>;

/**
 * Compares an area's reading with a comparator's value by Fingertips' rule:
 * - no interval on the area's reading, or no comparator value → `notCompared`;
 * - the 95% confidence interval contains the comparator's value (limits included) → `similar`;
 * - otherwise the area is significantly higher or lower: `better` or `worse` by the polarity,
 *   or, with no polarity, `higher` or `lower`.
 *
 * It is the interval, not the value, that decides: a reading of 60 (58–62) against 61 is similar.
 */
export function compareWithComparator(area: Interval, comparatorValue: number | undefined, polarity: Polarity): Comparison {
  const { lowerCi, upperCi } = area;
  if (comparatorValue === undefined || !Number.isFinite(comparatorValue) || lowerCi === undefined || upperCi === undefined) return 'notCompared';
  if (lowerCi <= comparatorValue && comparatorValue <= upperCi) return 'similar';
  const higher = lowerCi > comparatorValue;
  switch (polarity) {
    case 'highIsGood':
      return higher ? 'better' : 'worse';
    case 'lowIsGood':
      return higher ? 'worse' : 'better';
    case 'none':
      return higher ? 'higher' : 'lower';
    default:
      return polarity satisfies never;
  }
}
