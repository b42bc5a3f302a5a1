import type { LinkSign } from '@changemap/core';

/** A link's sign and strength as a systems map writes them: "+", "-", "Strong Negative", "weak +". */
export interface SignWord {
  sign: LinkSign;
  strength?: 'weak' | 'moderate' | 'strong';
}

const STRENGTHS: Record<string, SignWord['strength']> = {
  weak: 'weak',
  weakly: 'weak',
  slight: 'weak',
  slightly: 'weak',
  moderate: 'moderate',
  moderately: 'moderate',
  medium: 'moderate',
  strong: 'strong',
  strongly: 'strong',
  very: 'strong',
};
const NEGATIVE = new Set(['-', '--', '−', '–', 'negative', 'neg', 'decrease', 'decreases', 'reduces', 'inhibits', 'opposite']);
const POSITIVE = new Set(['+', '++', 'positive', 'pos', 'increase', 'increases', 'reinforces', 'same']);

/** A cell that is nothing but a strength word ("Strong", "weak"), as evidence links are graded. */
export function readStrength(cell: string): SignWord['strength'] {
  return STRENGTHS[cell.trim().toLowerCase()];
}

/**
 * The sign a whole cell states, or undefined when the cell says something else: only a cell that
 * is nothing but a sign (with an optional strength) counts, so a label such as "reduces demand
 * for" stays a label.
 */
export function readSign(cell: string): SignWord | undefined {
  const words = cell.trim().toLowerCase().replace(/\s+/g, ' ').split(' ');
  if (words.length === 0 || words.length > 2) return undefined;
  const signWord = words.at(-1)!;
  const strength = words.length === 2 ? STRENGTHS[words[0]!] : undefined;
  if (words.length === 2 && strength === undefined) return undefined;
  const sign: LinkSign | undefined = NEGATIVE.has(signWord) ? 'negative' : POSITIVE.has(signWord) ? 'positive' : undefined;
  if (sign === undefined) return undefined;
  return strength ? { sign, strength } : { sign };
}
