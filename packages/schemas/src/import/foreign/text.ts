import { isSafeUrl } from '@changemap/core';

/** The lengths the file format allows; an importer keeps within them so the plan saves as it loaded. */
export const LIMITS = {
  title: 1000,
  longText: 20_000,
  shortText: 500,
  tag: 100,
  tags: 50,
  url: 2048,
} as const;

/** How long a title made from a sentence of prose may be before it is shortened (the full text goes to the description). */
const SHORT_TITLE = 160;

/** `text` cut to `max` characters (never inside a surrogate pair), and how many characters were cut. */
export function clip(text: string, max: number): { text: string; cut: number } {
  if (text.length <= max) return { text, cut: 0 };
  let end = max - 1;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--; // do not split an emoji in two
  return { text: `${text.slice(0, end)}…`, cut: text.length - end };
}

/**
 * A title for a box made from prose (evidence, an assumption): the whole text when it is short,
 * else its first sentence, else its first words, ending in "…". Returns whether it was shortened,
 * so the caller can keep the whole text in the description.
 */
export function titleFromProse(prose: string): { title: string; shortened: boolean } {
  const text = prose.trim().replace(/\s+/g, ' ');
  if (text.length <= SHORT_TITLE) return { title: text, shortened: text !== prose };
  const sentence = /^(.{20,}?[.!?])(\s|$)/u.exec(text)?.[1];
  if (sentence && sentence.length <= SHORT_TITLE) return { title: sentence, shortened: true };
  const words = text.slice(0, SHORT_TITLE - 1);
  const lastSpace = words.lastIndexOf(' ');
  return { title: `${lastSpace > SHORT_TITLE / 2 ? words.slice(0, lastSpace) : clip(text, SHORT_TITLE).text.slice(0, -1)}…`, shortened: true };
}

const URL_IN_TEXT = /\b(?:https?:\/\/|mailto:)[^\s<>"'`]+/giu;

/** The web links written in a text, that a plan may hold (http, https, mailto), in order. */
export function findUrls(text: string): string[] {
  const urls: string[] = [];
  for (const match of text.matchAll(URL_IN_TEXT)) {
    // Sentence punctuation and a closing bracket after a link belong to the sentence.
    let url = match[0].replace(/[.,;:!?]+$/u, '');
    if (url.endsWith(')') && !url.includes('(')) url = url.slice(0, -1);
    if (isSafeUrl(url) && !urls.includes(url)) urls.push(url);
  }
  return urls;
}

/** "a, b and c", for listing names in a note; long lists end with "and N more". */
export function listNames(names: readonly string[], max = 8): string {
  const quoted = names.slice(0, max).map((name) => `“${clip(name, 80).text}”`);
  if (names.length > max) quoted.push(`${names.length - max} more`);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`;
}
