import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BoxAnnotations } from './annotations.js';
import { boxWidthFor, estimateBoxHeight, estimateGroupHeight, isWideTitle, wrappedLines } from './box-height.js';

const none: BoxAnnotations = { indicators: [], partners: [], principles: [], research: [], assumptions: [], evidence: [] };
const chip = (title: string) => ({ id: title, title });

describe('wrappedLines', () => {
  it('wraps whole words: never fewer lines than the characters need, never more than the words (or pieces of long words) are', () => {
    const words = fc.array(fc.stringMatching(/^[a-z]{1,30}$/), { minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(words, fc.integer({ min: 8, max: 40 }), (list, perLine) => {
        const text = list.join(' ');
        const lines = wrappedLines(text, perLine);
        // The lines hold every character but the spaces where they break.
        expect(lines * perLine).toBeGreaterThanOrEqual(text.length - (lines - 1));
        expect(lines).toBeLessThanOrEqual(list.reduce((sum, word) => sum + Math.ceil(word.length / perLine), 0));
      }),
    );
  });

  it('moves a word that does not fit to the next line', () => {
    expect(wrappedLines('aaaa bbbb', 9)).toBe(1);
    expect(wrappedLines('aaaa bbbbb', 9)).toBe(2);
    expect(wrappedLines('', 9)).toBe(1);
  });
});

describe('estimateBoxHeight', () => {
  it('grows with the title, and with each row of chips and badges under it', () => {
    const short = estimateBoxHeight('Short');
    const long = estimateBoxHeight('A much longer title that wraps over several lines on the canvas, as plans have them');
    expect(long).toBeGreaterThan(short + 60);
    const withChip = estimateBoxHeight('Short', { ...none, indicators: [chip('Rate')] });
    expect(withChip).toBeGreaterThan(short);
    const withBadges = estimateBoxHeight('Short', { ...none, indicators: [chip('Rate'), chip('Count')], research: [chip('Why?')] });
    expect(withBadges).toBeGreaterThan(withChip);
    expect(estimateGroupHeight({ ...none, partners: [chip('Council')] })).toBeGreaterThan(estimateGroupHeight());
  });
});

describe('wide boxes', () => {
  it('draws a title of 150 characters or more on a wide box, whose lines hold more: fewer lines than the narrow box would take', () => {
    const long = 'word '.repeat(40).trim();
    expect(isWideTitle(long)).toBe(true);
    expect(isWideTitle('Short')).toBe(false);
    expect(boxWidthFor(long)).toBeGreaterThan(boxWidthFor('Short'));
    expect(estimateBoxHeight(long)).toBeLessThan(43 + wrappedLines(long, 16) * 20);
  });
});
