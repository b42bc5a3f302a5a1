import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareWithComparator, type Comparison } from './compare.js';
import type { Polarity } from './polarity.js';

const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });
/** A reading with an interval around it: lower ≤ value ≤ upper. */
const reading = fc.tuple(finite, finite, finite).map(([a, b, c]) => {
  const [lowerCi, value, upperCi] = [a, b, c].sort((x, y) => x - y) as [number, number, number];
  return { value, lowerCi, upperCi };
});
const polarity = fc.constantFrom<Polarity>('highIsGood', 'lowIsGood', 'none');
const SWAP: Record<Comparison, Comparison> = {
  better: 'worse',
  worse: 'better',
  similar: 'similar',
  higher: 'lower',
  lower: 'higher',
  notCompared: 'notCompared',
};
const GOODNESS: Partial<Record<Comparison, number>> = { worse: 0, similar: 1, better: 2 };

describe('compareWithComparator (Fingertips’ rule), properties', () => {
  it('is similar exactly when the interval contains the comparator’s value', () => {
    fc.assert(
      fc.property(reading, finite, polarity, (area, comparator, p) => {
        const contains = area.lowerCi <= comparator && comparator <= area.upperCi;
        expect(compareWithComparator(area, comparator, p) === 'similar').toBe(contains);
      }),
    );
  });

  it('swaps better and worse when the polarity is reversed', () => {
    fc.assert(
      fc.property(reading, finite, (area, comparator) => {
        expect(compareWithComparator(area, comparator, 'lowIsGood')).toBe(SWAP[compareWithComparator(area, comparator, 'highIsGood')]);
      }),
    );
  });

  it('is symmetric under mirroring: negating every number swaps higher and lower, better and worse', () => {
    fc.assert(
      fc.property(reading, finite, polarity, (area, comparator, p) => {
        const mirrored = { value: -area.value, lowerCi: -area.upperCi, upperCi: -area.lowerCi };
        expect(compareWithComparator(mirrored, -comparator, p)).toBe(SWAP[compareWithComparator(area, comparator, p)]);
      }),
    );
  });

  it('is monotonic: a higher comparator value never makes a high-is-good area look better', () => {
    fc.assert(
      fc.property(reading, finite, finite, (area, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(GOODNESS[compareWithComparator(area, low, 'highIsGood')]!).toBeGreaterThanOrEqual(GOODNESS[compareWithComparator(area, high, 'highIsGood')]!);
      }),
    );
  });

  it('says better or worse only with a polarity, and higher or lower only without', () => {
    fc.assert(
      fc.property(reading, finite, polarity, (area, comparator, p) => {
        const result = compareWithComparator(area, comparator, p);
        if (p === 'none') expect(['higher', 'lower', 'similar']).toContain(result);
        else expect(['better', 'worse', 'similar']).toContain(result);
      }),
    );
  });

  it('never compares a reading without an interval', () => {
    fc.assert(
      fc.property(finite, fc.option(finite, { nil: undefined }), finite, polarity, (value, oneLimit, comparator, p) => {
        expect(compareWithComparator({ value, ...(oneLimit !== undefined && { lowerCi: oneLimit }) }, comparator, p)).toBe('notCompared');
        expect(compareWithComparator({ value, ...(oneLimit !== undefined && { upperCi: oneLimit }) }, comparator, p)).toBe('notCompared');
      }),
    );
  });
});

describe('compareWithComparator, cases', () => {
  it('decides by the interval, not the value', () => {
    expect(compareWithComparator({ value: 60, lowerCi: 58, upperCi: 62 }, 61, 'highIsGood')).toBe('similar');
    expect(compareWithComparator({ value: 60, lowerCi: 59.5, upperCi: 60.5 }, 61, 'highIsGood')).toBe('worse');
    expect(compareWithComparator({ value: 60, lowerCi: 59.5, upperCi: 60.5 }, 61, 'lowIsGood')).toBe('better');
    expect(compareWithComparator({ value: 60, lowerCi: 59.5, upperCi: 60.5 }, 58, 'none')).toBe('higher');
  });

  it('counts a comparator on the limit as inside the interval', () => {
    expect(compareWithComparator({ value: 60, lowerCi: 58, upperCi: 62 }, 58, 'highIsGood')).toBe('similar');
    expect(compareWithComparator({ value: 60, lowerCi: 58, upperCi: 62 }, 62, 'lowIsGood')).toBe('similar');
  });

  it('does not compare without a comparator value, or with one that is not a number', () => {
    expect(compareWithComparator({ value: 60, lowerCi: 58, upperCi: 62 }, undefined, 'highIsGood')).toBe('notCompared');
    expect(compareWithComparator({ value: 60, lowerCi: 58, upperCi: 62 }, Number.NaN, 'highIsGood')).toBe('notCompared');
  });
});
