import { describe, expect, it } from 'vitest';
import type { IndicatorNode, Measurement } from '../kinds/indicator.js';
import { getIndicatorStatus, compareSeries } from './indicator-status.js';
import { getPolarity } from './polarity.js';
import { getTargetStatus } from './target.js';
import { getTrend } from './trend.js';

type Data = Pick<IndicatorNode, 'direction' | 'baseline' | 'target' | 'measurements' | 'comparatorSeries'>;
const years = (values: number[], from = 2020): Measurement[] => values.map((value, i) => ({ value, date: String(from + i) }));

describe('getTargetStatus', () => {
  const rising: Data = { direction: 'increase', baseline: { value: 50, date: '2020' }, target: { value: 60, date: '2030' } };

  it('has no data without readings, and no target without a target value', () => {
    expect(getTargetStatus(rising).status).toBe('noData');
    expect(getTargetStatus({ ...rising, target: { description: 'better than London' }, measurements: years([51]) }).status).toBe('noTarget');
  });

  it('is met once the latest reading reaches the target, by direction', () => {
    expect(getTargetStatus({ ...rising, measurements: years([55, 60], 2024) }).status).toBe('met');
    const falling: Data = { direction: 'decrease', baseline: { value: 45, date: '2021/22' }, target: { value: 40, date: '2027/28' } };
    expect(getTargetStatus({ ...falling, measurements: [{ value: 39.5, date: '2024/25' }] }).status).toBe('met');
    expect(getTargetStatus({ ...falling, measurements: [{ value: 41, date: '2024/25' }] }).status).not.toBe('met');
  });

  it('is on track when at or beyond the straight line from baseline to target at the reading’s period', () => {
    // 2020 ends 2020-12-31 at 50; 2030 ends 2030-12-31 at 60; 2025 ends halfway: the line expects 55.
    const onLine = getTargetStatus({ ...rising, measurements: [{ value: 55.1, date: '2025' }] });
    expect(onLine.status).toBe('onTrack');
    expect(onLine.expected).toBeCloseTo(55, 1);
    expect(onLine.reason).toMatch(/55\.1 in 2025/);
    expect(getTargetStatus({ ...rising, measurements: [{ value: 54, date: '2025' }] }).status).toBe('offTrack');
  });

  it('is off track once the target date has passed unmet', () => {
    expect(getTargetStatus({ ...rising, measurements: [{ value: 59, date: '2031' }] }).status).toBe('offTrack');
  });

  it('without dates for a line, is on track when better than the start (the baseline, else the first reading)', () => {
    const noDates: Data = { direction: 'increase', target: { value: 60 }, measurements: years([50, 52]) };
    expect(getTargetStatus(noDates).status).toBe('onTrack');
    expect(getTargetStatus({ ...noDates, measurements: years([52, 50]) }).status).toBe('offTrack');
    expect(getTargetStatus({ ...noDates, measurements: years([50]) }).status).toBe('noData');
  });

  it('without a direction, takes it from where the target lies from the baseline; “maintain” uses a tolerance', () => {
    expect(
      getTargetStatus({ baseline: { value: 30, date: '2020' }, target: { value: 20, date: '2030' }, measurements: [{ value: 24, date: '2025' }] }).status,
    ).toBe('onTrack');
    const keep: Data = { direction: 'maintain', target: { value: 80 } };
    expect(getTargetStatus({ ...keep, measurements: years([78]) }).status).toBe('met');
    expect(getTargetStatus({ ...keep, measurements: years([70]) }).status).toBe('offTrack');
    expect(getTargetStatus({ ...keep, measurements: years([78]) }, { tolerance: 0.01 }).status).toBe('offTrack');
  });
});

describe('getTrend', () => {
  it('needs three readings', () => {
    expect(getTrend(years([1, 2]), 'highIsGood').trend).toBe('notEnoughData');
  });

  it('is improving or worsening by polarity, increasing or decreasing without', () => {
    expect(getTrend(years([50, 52, 54]), 'highIsGood').trend).toBe('improving');
    expect(getTrend(years([50, 52, 54]), 'lowIsGood').trend).toBe('worsening');
    expect(getTrend(years([54, 52, 50]), 'none').trend).toBe('decreasing');
  });

  it('looks at the latest five readings only, in period order', () => {
    const series = years([60, 58, 56, 54, 52, 50, 51, 52, 53, 54], 2010).reverse();
    expect(getTrend(series, 'highIsGood')).toMatchObject({ trend: 'improving', periods: 5 });
    expect(getTrend(series, 'highIsGood', { periods: 10 })).toMatchObject({ trend: 'worsening', periods: 10 });
  });

  it('is no change when the change is tiny, or within overlapping intervals', () => {
    expect(getTrend(years([50, 50.1, 50, 50.2]), 'highIsGood').trend).toBe('noChange');
    const wide = [
      { value: 50, date: '2020', lowerCi: 45, upperCi: 55 },
      { value: 51, date: '2021' },
      { value: 52, date: '2022', lowerCi: 47, upperCi: 57 },
    ];
    expect(getTrend(wide, 'highIsGood').trend).toBe('noChange');
  });
});

describe('getIndicatorStatus and compareSeries', () => {
  const indicator: Data = {
    direction: 'increase',
    baseline: { value: 58, date: '2018 - 20' },
    target: { value: 62, date: '2028' },
    measurements: [
      { value: 60.5, date: '2019 - 21', lowerCi: 57.7, upperCi: 63.3 },
      { value: 58, date: '2018 - 20', lowerCi: 55.3, upperCi: 60.7 },
    ],
    comparatorSeries: [
      {
        code: 'E12000007',
        name: 'London',
        measurements: [
          { value: 63.5, date: '2018-20' },
          { value: 63.1, date: '2019-21' },
        ],
      },
      { code: 'E92000001', name: 'England', measurements: [{ value: 63.9, date: '2018-20' }] },
    ],
  };

  it('compares each reading with each area’s reading of the same period, in period order', () => {
    expect(compareSeries(indicator).map((c) => [c.measurement.date, c.comparisons])).toEqual([
      ['2018 - 20', { E12000007: 'worse', E92000001: 'worse' }],
      ['2019 - 21', { E12000007: 'similar', E92000001: 'notCompared' }],
    ]);
  });

  it('sums up target, trend and the latest comparisons', () => {
    const status = getIndicatorStatus(indicator);
    expect(status.polarity).toBe(getPolarity('increase'));
    expect(status.latest?.date).toBe('2019 - 21');
    expect(status.comparisons).toEqual({ E12000007: 'similar', E92000001: 'notCompared' });
    expect(status.trend.trend).toBe('notEnoughData');
    expect(status.target.status).toBe('onTrack');
  });
});
