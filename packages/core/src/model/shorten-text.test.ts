import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shortenText } from './shorten-text.js';

const words = fc.array(fc.stringMatching(/^[A-Za-z'’,.()-]{1,14}$/), { minLength: 1, maxLength: 30 }).map((list) => list.join(' '));

describe('shortenText', () => {
  it('keeps text that fits, and cuts longer text after a whole word', () => {
    expect(shortenText('Fewer children in poverty', 40)).toBe('Fewer children in poverty');
    expect(shortenText('Fewer households experience food insecurity', 30)).toBe('Fewer households experience…');
    expect(shortenText('Residents, partners, and the council', 21)).toBe('Residents, partners…');
    expect(shortenText('  spaced\n\tout  text ', 20)).toBe('spaced out text');
  });

  it('cuts inside a word only when the first word alone is too long', () => {
    expect(shortenText('Antidisestablishmentarianism rules', 10)).toBe('Antidises…');
  });

  it('never returns more than max characters, and shortened text ends in “…”', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.integer({ min: 1, max: 120 }), (text, max) => {
        const short = shortenText(text, max);
        expect(short.length).toBeLessThanOrEqual(max);
        const line = text.replace(/\s+/g, ' ').trim();
        if (line.length <= max) expect(short).toBe(line);
        else expect(short.endsWith('…')).toBe(true);
      }),
    );
  });

  it('never cuts a word of several-word text in half', () => {
    fc.assert(
      fc.property(words, fc.integer({ min: 16, max: 100 }), (text, max) => {
        const short = shortenText(text, max);
        if (short === text) return;
        const kept = short.slice(0, -1);
        expect(text.startsWith(kept)).toBe(true);
        // What was kept ends a word: the next character of the original is a space or punctuation.
        expect(kept === '' || /[\s,;:–—-]/u.test(text[kept.length] ?? ' ')).toBe(true);
        // Every word kept is a whole word of the original.
        const original = text.split(' ');
        kept.split(' ').forEach((word, i) => expect(original[i]!.startsWith(word)).toBe(true));
      }),
    );
  });
});
