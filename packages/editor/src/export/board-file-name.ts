/**
 * A board paper's file name: plan title, view title and date, e.g.
 * `a-tower-hamlets-for-all-partnership-plan-2023-2028_3-everyone-in-tower-hamlets-should-feel-safe_2026-11-28.png`.
 * Lower case letters, digits and dashes only (safe on every system and in e-mail), each part
 * shortened at a word boundary, never inside a word.
 */
export function boardFileName(planTitle: string, viewTitle: string, date: string, ending: string): string {
  const parts = [words(planTitle, 60) || 'plan', words(viewTitle, 70), date.replace(/[^0-9-]/g, '')].filter(Boolean);
  return `${parts.join('_')}${ending}`;
}

/** The text's words, lower case and without accents, joined by dashes, as many whole words as fit in `max` characters (at least one). */
function words(text: string, max: number): string {
  const all = text
    .normalize('NFKD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let result = '';
  for (const word of all) {
    const next = result ? `${result}-${word}` : word;
    if (next.length > max && result) break;
    result = next;
  }
  return result;
}
