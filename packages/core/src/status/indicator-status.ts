import type { IndicatorNode, Measurement } from '../kinds/indicator.js';
import { getPeriodKey, sortByPeriod } from '../data/periods.js';
import { compareWithComparator, type Comparison } from './compare.js';
import { getPolarity, type Polarity } from './polarity.js';
import { getTargetStatus, type TargetAssessment, type TargetOptions } from './target.js';
import { getTrend, type TrendAssessment, type TrendOptions } from './trend.js';

/** One reading with how it compares with each comparator area (by area code) for the same period. */
export interface ComparedMeasurement {
  measurement: Measurement;
  comparisons: Record<string, Comparison>;
}

/** Everything a results table shows about an indicator's data. */
export interface IndicatorStatus {
  polarity: Polarity;
  target: TargetAssessment;
  trend: TrendAssessment;
  /** The latest reading, when there is one. */
  latest?: Measurement;
  /** How the latest reading compares with each comparator area, by area code. */
  comparisons: Record<string, Comparison>;
}

/**
 * The indicator's readings in period order, each compared with every comparator series' reading
 * of the same period (Fingertips' rule, see compareWithComparator); `notCompared` where the
 * comparator has no reading for that period.
 */
export function compareSeries(indicator: Pick<IndicatorNode, 'direction' | 'measurements' | 'comparatorSeries'>): ComparedMeasurement[] {
  const polarity = getPolarity(indicator.direction);
  const lookups = (indicator.comparatorSeries ?? []).map((series) => {
    const byPeriod = new Map<string, number>();
    for (const m of series.measurements) {
      const key = getPeriodKey(m);
      if (key !== undefined) byPeriod.set(key, m.value);
    }
    return { code: series.code, byPeriod };
  });
  return sortByPeriod(indicator.measurements ?? []).map((measurement) => {
    const key = getPeriodKey(measurement);
    const comparisons: Record<string, Comparison> = {};
    for (const { code, byPeriod } of lookups)
      comparisons[code] = compareWithComparator(measurement, key === undefined ? undefined : byPeriod.get(key), polarity);
    return { measurement, comparisons };
  });
}

/** The status of an indicator: against its target, its recent trend, and its latest reading against each comparator. */
export function getIndicatorStatus(
  indicator: Pick<IndicatorNode, 'direction' | 'baseline' | 'target' | 'measurements' | 'comparatorSeries'>,
  options: TargetOptions & { trend?: TrendOptions } = {},
): IndicatorStatus {
  const polarity = getPolarity(indicator.direction);
  const compared = compareSeries(indicator);
  const last = compared.at(-1);
  return {
    polarity,
    target: getTargetStatus(indicator, options),
    trend: getTrend(indicator.measurements ?? [], polarity, options.trend),
    ...(last && { latest: last.measurement }),
    comparisons: last?.comparisons ?? {},
  };
}
