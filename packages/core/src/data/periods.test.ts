import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getPeriodKey, getPeriodSpan, parsePeriod, sortByPeriod } from './periods.js';

describe('parsePeriod reads the period labels publishers use', () => {
  it.each([
    ['2022', '2022-01-01', '2022-12-31'],
    ['2021/22', '2021-04-01', '2022-03-31'],
    ['2021-22', '2021-04-01', '2022-03-31'],
    ['2021/2022', '2021-04-01', '2022-03-31'],
    ['1999/00', '1999-04-01', '2000-03-31'],
    ['2018 - 20', '2018-01-01', '2020-12-31'],
    ['2018–20', '2018-01-01', '2020-12-31'],
    ['2016-2020', '2016-01-01', '2020-12-31'],
    ['2022 Q1', '2022-01-01', '2022-03-31'],
    ['Q4 2022', '2022-10-01', '2022-12-31'],
    ['2022/23 Q1', '2022-04-01', '2022-06-30'],
    ['2022/23 Q4', '2023-01-01', '2023-03-31'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['Mar 2023', '2023-03-01', '2023-03-31'],
    ['September 2023', '2023-09-01', '2023-09-30'],
    ['2023-03-31', '2023-03-31', '2023-03-31'],
  ])('%s → %s to %s', (label, start, end) => {
    expect(parsePeriod(label)).toEqual({ start, end });
  });

  it.each(['', 'latest', '2023-02-30', '2020/19', '2022 Q5', '2024-13', 'Smarch 2020'])('has no dates for “%s”', (label) => {
    expect(parsePeriod(label)).toBeUndefined();
  });

  it('prefers a reading’s own start and end to its label', () => {
    expect(getPeriodSpan({ date: '2021/22', start: '2021-09-01', end: '2022-07-31' })).toEqual({ start: '2021-09-01', end: '2022-07-31' });
    expect(getPeriodSpan({ date: 'latest' })).toBeUndefined();
  });

  it('knows “2018 - 20” and “2018-20” for one period, and a label it cannot date by its words', () => {
    expect(getPeriodKey({ date: '2018 - 20' })).toBe(getPeriodKey({ date: '2018-20' }));
    expect(getPeriodKey({ date: 'Latest ' })).toBe(getPeriodKey({ date: 'latest' }));
    expect(getPeriodKey({})).toBeUndefined();
  });
});

describe('sortByPeriod', () => {
  it('orders by first day, then last day, and keeps undated readings after, in their order', () => {
    const sorted = sortByPeriod([{ date: 'b' }, { date: '2022' }, { date: '2018 - 20' }, { date: 'a' }, { date: '2019/20' }]);
    expect(sorted.map((m) => m.date)).toEqual(['2018 - 20', '2019/20', '2022', 'b', 'a']);
  });

  it('puts any calendar years in order and keeps every reading', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1900, max: 2100 })), (years) => {
        const sorted = sortByPeriod(years.map((y) => ({ date: String(y) })));
        expect(sorted.map((m) => Number(m.date))).toEqual([...years].sort((a, b) => a - b));
      }),
    );
  });
});
