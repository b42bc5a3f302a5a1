import { describe, expect, it } from 'vitest';
import { planFrom, link } from '../test/fixtures.js';
import { getResultsCells, getResultsRows, RESULTS_COLUMNS } from './results-rows.js';

function plan() {
  return planFrom(
    [
      { id: 'cta2', kind: 'callToAction', title: 'A healthier borough', number: 10 },
      { id: 'cta1', kind: 'callToAction', title: 'A fairer borough', number: 2 },
      { id: 'p1', kind: 'priority', title: 'Better jobs', number: '2.1' },
      { id: 'o1', kind: 'outcome', title: 'More residents in work' },
      { id: 'o2', kind: 'outcome', title: 'Fewer children obese' },
      {
        id: 'i-obesity',
        kind: 'indicator',
        title: 'Year 6 obesity',
        unit: '%',
        direction: 'decrease',
        baseline: { value: 26, date: '2020' },
        target: { value: 20, date: '2030' },
        measurements: [
          { value: 25, date: '2022', lowerCi: 24, upperCi: 26 },
          { value: 23, date: '2024', lowerCi: 22, upperCi: 24 },
        ],
        comparatorSeries: [
          { code: 'E92000001', name: 'England', measurements: [{ value: 22.5, date: '2024' }] },
          { code: 'E12000007', name: 'London', measurements: [{ value: 26, date: '2024' }] },
        ],
      },
      { id: 'i-jobs', kind: 'indicator', title: 'Employment rate', direction: 'increase', target: { description: 'Close the gap with London' } },
      { id: 'i-loose', kind: 'indicator', title: 'Unlinked' },
    ],
    [
      link('contributesTo', 'o1', 'p1'),
      link('contributesTo', 'p1', 'cta1'),
      link('contributesTo', 'o2', 'cta2'),
      link('measures', 'i-obesity', 'o2'),
      link('measures', 'i-jobs', 'o1'),
    ],
  );
}

describe('getResultsRows', () => {
  it('gives one row per indicator, ordered by call to action number (numerically), unlinked last', () => {
    expect(getResultsRows(plan()).map((r) => r.indicator.id)).toEqual(['i-jobs', 'i-obesity', 'i-loose']);
  });

  it('finds the outcome, the chain up, the priority and the call to action through the causal graph', () => {
    const jobs = getResultsRows(plan()).find((r) => r.indicator.id === 'i-jobs')!;
    expect(jobs.outcomes.map((n) => n.title)).toEqual(['More residents in work']);
    expect(jobs.priorities).toEqual([{ id: 'p1', title: 'Better jobs', number: '2.1' }]);
    expect(jobs.callsToAction).toEqual([{ id: 'cta1', title: 'A fairer borough', number: '2' }]);
    expect(jobs.status).toBe('noData');
    expect(jobs.latest).toBeUndefined();
    const loose = getResultsRows(plan()).find((r) => r.indicator.id === 'i-loose')!;
    expect([loose.outcomes, loose.priorities, loose.callsToAction]).toEqual([[], [], []]);
  });

  it('carries the latest reading, status, trend and each comparator’s comparison', () => {
    const obesity = getResultsRows(plan()).find((r) => r.indicator.id === 'i-obesity')!;
    expect(obesity.latest?.value).toBe(23);
    expect(obesity.latestPeriod).toBe('2024');
    expect(obesity.status).toBe('onTrack');
    expect(obesity.trend).toBe('notEnoughData');
    // Lower is better: England's 22.5 is below the interval 22–24 → similar; London's 26 above it → better.
    expect(obesity.comparators).toEqual([
      { code: 'E92000001', name: 'England', comparison: 'similar' },
      { code: 'E12000007', name: 'London', comparison: 'better' },
    ]);
  });

  it('writes cells in words and numbers for every column', () => {
    const [jobs, obesity] = getResultsRows(plan());
    const cells = getResultsCells(obesity!);
    expect(Object.keys(cells)).toEqual([...RESULTS_COLUMNS]);
    expect(cells).toMatchObject({
      Indicator: 'Year 6 obesity',
      'Call to action': '10. A healthier borough',
      Baseline: 26,
      Target: 20,
      'Latest value': 23,
      Status: 'On track',
      'Compared with': 'England: Similar; London: Better',
    });
    expect(getResultsCells(jobs!)).toMatchObject({
      Priority: '2.1. Better jobs',
      Target: 'Close the gap with London',
      'Latest value': '',
      Status: 'No data',
      Trend: 'Not enough data',
    });
  });
});
