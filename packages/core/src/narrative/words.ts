import type { Vocabulary } from './casing.js';
import { inSentence } from './casing.js';
import { shortenText } from '../model/shorten-text.js';

/** Words a full stop follows without ending a sentence. */
const ABBREVIATIONS = new Set(['e.g', 'i.e', 'etc', 'dr', 'mr', 'mrs', 'ms', 'st', 'no', 'vs', 'approx', 'incl']);

/**
 * A title as a phrase to place inside a sentence: one line, no full stop at the end, and any
 * sentences inside it joined by semicolons ("… at the right time. Locality working will help" →
 * "… at the right time; locality working will help"), so it reads as one clause.
 */
export function asPhrase(title: string, vocabulary: Vocabulary): string {
  const line = title.replace(/\s+/g, ' ').trim();
  const sentences: string[] = [];
  let start = 0;
  const stop = /\.\s+(?=["“‘(]?[A-Z])/g;
  for (let match = stop.exec(line); match; match = stop.exec(line)) {
    const before = line.slice(start, match.index);
    const lastWord = (/(\S+)$/.exec(before)?.[1] ?? '').toLowerCase().replace(/^[("“‘[]+/, '');
    if (ABBREVIATIONS.has(lastWord) || /^[a-z]$/i.test(lastWord)) continue;
    sentences.push(before);
    start = match.index + match[0].length;
  }
  sentences.push(line.slice(start));
  const joined = sentences.map((s, i) => (i === 0 ? s : inSentence(s, vocabulary))).join('; ');
  return stripEnd(joined);
}

/** Drops a closing full stop, comma, colon or semicolon (an ellipsis "…" or "..." stays). */
export function stripEnd(text: string): string {
  let result = text.trim();
  for (;;) {
    const next = result.replace(/(?<!\.)[.,;:]$/, '').trimEnd();
    if (next === result) return result;
    result = next;
  }
}

/**
 * Items joined as English lists them: "a", "a and b", "a, b and c". When an item holds a comma
 * of its own, items are parted by semicolons so the list still reads: "a, x; b; and c".
 */
export function joinList(items: readonly string[]): string {
  const separators = listSeparators(items);
  return items.map((item, i) => `${separators[i]}${item}`).join('');
}

/** What goes before each item of a list (nothing before the first), by the rules of joinList. */
export function listSeparators(items: readonly string[]): string[] {
  const semicolons = items.length > 1 && items.some((item) => item.includes(','));
  return items.map((_, i) => {
    if (i === 0) return '';
    if (i < items.length - 1) return semicolons ? '; ' : ', ';
    return semicolons ? '; and ' : ' and ';
  });
}

/** A title shortened for a passing mention, quoted: “Fewer households experience food …”. */
export function quoted(title: string, max = 60): string {
  const line = stripEnd(title.replace(/\s+/g, ' ').trim());
  return `“${shortenText(line, max)}”`;
}
