import type { Measurement } from '../kinds/indicator.js';
import { sortByPeriod } from '../data/periods.js';
import type { Polarity } from './polarity.js';

/** Which way an indicator has moved over its recent periods. Without a polarity: increasing or decreasing. */
export type Trend = 'improving' | 'worsening' | 'noChange' | 'increasing' | 'decreasing' | 'notEnoughData';

export const TRENDS: readonly Trend[] = ['improving', 'worsening', 'noChange', 'increasing', 'decreasing', 'notEnoughData'];

export interface TrendAssessment {
  trend: Trend;
  /** How many readings the trend was taken over. */
  periods: number;
  /** The change across those readings along the best-fit straight line (last minus first), when computed. */
  change?: number;
}

export interface TrendOptions {
  /** How many of the latest readings to look at (default 5, as Fingertips does). */
  periods?: number;
  /** The fewest readings a trend is taken from (default 3). */
  minimum?: number;
  /** A change smaller than this share of the readings' mean size is no change (default 0.01, 1%). */
  threshold?: number;
}

/**
 * The trend over the recent readings: the least-squares straight line through the latest
 * `periods` readings (in period order, equally spaced), and the change it makes from the first to
 * the last of them. It is `noChange` when that change is under `threshold` of the readings' mean
 * size, or when the first and last readings both have confidence intervals and they overlap (the
 * change is within the uncertainty). Otherwise `improving` or `worsening` by the polarity, or,
 * with none, `increasing` or `decreasing`. Fewer than `minimum` readings: `notEnoughData`.
 */
export function getTrend(measurements: readonly Measurement[], polarity: Polarity, options: TrendOptions = {}): TrendAssessment {
  const recent = sortByPeriod(measurements).slice(-(options.periods ?? 5));
  const n = recent.length;
  if (n < Math.max(2, options.minimum ?? 3)) return { trend: 'notEnoughData', periods: n };
  const meanX = (n - 1) / 2;
  const meanY = recent.reduce((sum, m) => sum + m.value, 0) / n;
  let sxy = 0;
  let sxx = 0;
  recent.forEach((m, x) => {
    sxy += (x - meanX) * (m.value - meanY);
    sxx += (x - meanX) ** 2;
  });
  const change = (sxy / sxx) * (n - 1);
  const size = recent.reduce((sum, m) => sum + Math.abs(m.value), 0) / n;
  const first = recent[0]!;
  const last = recent[n - 1]!;
  const overlap =
    first.lowerCi !== undefined &&
    first.upperCi !== undefined &&
    last.lowerCi !== undefined &&
    last.upperCi !== undefined &&
    first.lowerCi <= last.upperCi &&
    last.lowerCi <= first.upperCi;
  if (overlap || Math.abs(change) <= (options.threshold ?? 0.01) * size) return { trend: 'noChange', periods: n, change };
  const up = change > 0;
  switch (polarity) {
    case 'highIsGood':
      return { trend: up ? 'improving' : 'worsening', periods: n, change };
    case 'lowIsGood':
      return { trend: up ? 'worsening' : 'improving', periods: n, change };
    case 'none':
      return { trend: up ? 'increasing' : 'decreasing', periods: n, change };
    default:
      return polarity satisfies never;
  }
}
