import type { ComparatorSeries, Measurement } from '../kinds/indicator.js';
import { ChangemapError } from '../model/errors.js';
import { getPeriodKey } from './periods.js';

/**
 * The checks of a series that look at more than one part of a measurement, or at more than one
 * measurement: a period that ends before it starts, a confidence interval upside down, and two
 * readings of one period. Field shapes (a number, a YYYY-MM-DD date) are checked before these.
 */
export function checkSeries(where: string, field: string, measurements: readonly Measurement[]): void {
  const seen = new Map<string, number>();
  measurements.forEach((m, index) => {
    const place = `${where}: ${field}[${index}]${m.date === undefined ? '' : ` (${m.date})`}`;
    if (m.start !== undefined && m.end !== undefined && m.end < m.start) {
      throw new ChangemapError('invalid-date', `${place} ends (${m.end}) before it starts (${m.start}).`);
    }
    if (m.lowerCi !== undefined && m.upperCi !== undefined && m.lowerCi > m.upperCi) {
      throw new ChangemapError('out-of-range', `${place} has its lower confidence limit (${m.lowerCi}) above its upper one (${m.upperCi}).`);
    }
    const key = getPeriodKey(m);
    if (key === undefined) return;
    const first = seen.get(key);
    if (first !== undefined)
      throw new ChangemapError('duplicate-period', `${place} is for the same period as ${field}[${first}]; a series holds one reading per period.`);
    seen.set(key, index);
  });
}

/** The series checks of an indicator's cleaned fields (its own measurements and each comparator's). */
export function checkIndicatorSeries(where: string, fields: Readonly<Record<string, unknown>>): void {
  const measurements = fields['measurements'] as Measurement[] | undefined;
  if (measurements) checkSeries(where, 'measurements', measurements);
  const comparators = fields['comparatorSeries'] as ComparatorSeries[] | undefined;
  if (!comparators) return;
  const codes = new Set<string>();
  comparators.forEach((series, index) => {
    if (codes.has(series.code))
      throw new ChangemapError('duplicate-period', `${where}: comparatorSeries[${index}] repeats the area ${series.code}; each area has one series.`);
    codes.add(series.code);
    checkSeries(where, `comparatorSeries[${index}].measurements`, series.measurements);
  });
}
