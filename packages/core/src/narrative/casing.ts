import type { Plan } from '../model/plan.js';

/**
 * What the plan's own text says about capital letters: which words it writes in lower case in
 * the middle of a sentence ("health", "residents") and which it always capitalises there
 * ("Tower", "London"). A title's first word is lower-cased inside a sentence only when it is a
 * common word, so "NHS", "Tower Hamlets" and "London" keep their capitals.
 */
export interface Vocabulary {
  readonly lower: ReadonlySet<string>;
  readonly capitalised: ReadonlySet<string>;
}

/** Words a sentence may open with that are never names. */
const COMMON_OPENERS = new Set(
  'a an the this that these those more fewer less most every each all any some no our their its we they everyone people'.split(' '),
);

const cache = new WeakMap<Plan['nodes'], Vocabulary>();

/** The plan's vocabulary, from every title and description (cached per node table). */
export function vocabularyOf(plan: Pick<Plan, 'nodes'>): Vocabulary {
  const cached = cache.get(plan.nodes);
  if (cached) return cached;
  const lower = new Set<string>();
  const capitalised = new Set<string>();
  for (const node of plan.nodes.values()) {
    for (const text of [node.title, node.description]) {
      if (typeof text !== 'string') continue;
      // Words after the first of each sentence, clause or list item: a capital there is a name.
      for (const sentence of text.split(/[.!?;:\n–—•]+/)) {
        const words = sentence.split(/[\s,()“”"‘]+/).filter(Boolean);
        for (const word of words.slice(1)) {
          if (/^[a-z][a-z'’-]*$/.test(word)) lower.add(word);
          else if (/^[A-Z][a-z'’-]+$/.test(word)) capitalised.add(word);
        }
      }
    }
  }
  const vocabulary = { lower, capitalised };
  cache.set(plan.nodes, vocabulary);
  return vocabulary;
}

/**
 * `text` as it reads after other words: its first letter lower-cased when the first word is a
 * common word, kept when it is a name or an acronym ("NHS", "Tower Hamlets", "I").
 */
export function inSentence(text: string, vocabulary: Vocabulary): string {
  const [first = '', next] = text.split(/\s+/, 2);
  const word = first.replace(/[,;:]$/, '');
  if (!/^[A-Z][a-z'’-]*$/.test(word)) return text;
  if (!isCommonWord(word, next, vocabulary)) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function isCommonWord(word: string, next: string | undefined, vocabulary: Vocabulary): boolean {
  if (word === 'I') return false;
  const lower = word.toLowerCase();
  if (COMMON_OPENERS.has(lower) || vocabulary.lower.has(lower)) return true;
  if (vocabulary.capitalised.has(word)) return false;
  // Unknown: a capitalised word before another capitalised word starts a name ("Bromley Council").
  return !(next !== undefined && /^[A-Z]/.test(next));
}

/** `text` with its first letter capitalised, to start a sentence. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
