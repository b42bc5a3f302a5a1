import { createId, isValidId } from '@changemap/core';

/**
 * Hands out the ids of one imported plan: boxes and links share one id space, so every id is
 * unique across both. Ids the source gave are kept when they are valid and free; anything else
 * gets a readable id made from a title.
 */
export class IdAllocator {
  readonly #taken = new Set<string>();

  /** The source's id when it is valid and free; otherwise a new one from `base`. */
  keep(given: string, base: string): { id: string; kept: boolean } {
    if (isValidId(given) && !this.#taken.has(given)) {
      this.#taken.add(given);
      return { id: given, kept: true };
    }
    return { id: this.fresh(base || given), kept: false };
  }

  /** A new id made from `base` (lower case, words joined by dashes), e.g. "run-cooking-classes". */
  fresh(base: string): string {
    return this.exact(slug(base));
  }

  /** A new id as close to `base` as the id rules allow, e.g. "contributesTo:cook:skills". */
  exact(base: string): string {
    const id = createId(base, (candidate) => this.#taken.has(candidate));
    this.#taken.add(id);
    return id;
  }
}

/** Lower-case words joined by dashes, at most 60 characters: "Run weekly classes!" → "run-weekly-classes". */
export function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[øœæßđłþ]/g, (letter) => LETTERS[letter] ?? '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'item'
  );
}

/** Latin letters that do not decompose into a plain letter and an accent. */
const LETTERS: Record<string, string> = { ø: 'o', œ: 'oe', æ: 'ae', ß: 'ss', đ: 'd', ł: 'l', þ: 'th' };
