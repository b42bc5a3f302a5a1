import type { PlanNode } from '../model/nodes.js';
import type { Vocabulary } from './casing.js';
import { inSentence } from './casing.js';
import { opensVerbPhrase, VERBS } from './verbs.js';
import { asPhrase } from './words.js';

/** A box's title ready to sit inside a sentence, and whether it is a clause of its own. */
export interface Phrase {
  text: string;
  /**
   * True for a sentence ("Fewer households experience food insecurity"), which follows "then" or
   * "so that"; false for a noun phrase ("Reduced obesity"), which follows "we should see" or
   * "leading to".
   */
  clause: boolean;
}

/** Words that make a clause wherever they stand after its first word. */
const AUXILIARIES = new Set('is are was were am has have had will would can could should shall may might must does do did gets get feel feels'.split(' '));
/** Present-tense verbs common in outcomes ("Residents live …", "Crime falls") beyond the action verbs. */
const OUTCOME_VERBS = new Set(
  'live feel fall rise thrive belong know enjoy experience receive benefit gain stay remain become look seek say see earn trust participate recover succeed eat sleep drink walk cycle attend leave offend reoffend'.split(
    ' ',
  ),
);
/** Words after which a verb-like word is a noun ("access to support", "the work"). */
const NOT_BEFORE_A_VERB = new Set('a an the of to for and or in on with by at from our their its his her more better good new into about than as'.split(' '));
/** Words that start a relative clause: verbs after them belong to it, not to the title. */
const RELATIVE = new Set('that which who whom whose where when'.split(' '));

/** Whether `text` reads as a clause (has a verb of its own after its subject). */
export function isClause(text: string): boolean {
  const words = text.split(/\s+/).map((w) => w.toLowerCase().replace(/^[^a-z]+|[^a-z’'-]+$/g, ''));
  // The verbs after "that", "which" … ("where everyone can thrive") belong to the relative
  // clause, not to the title; and after "to improve", a bare verb is another infinitive
  // ("to improve life, advance equality").
  let inRelative = false;
  let inRelativeVerbs = false;
  let afterInfinitive = false;
  for (let i = 1; i < words.length; i++) {
    const word = words[i]!;
    const previous = words[i - 1]!;
    if (RELATIVE.has(word)) {
      inRelative = true;
      continue;
    }
    if (previous === 'to' && VERBS.has(word)) afterInfinitive = true;
    const verbal = AUXILIARIES.has(word) || (!NOT_BEFORE_A_VERB.has(previous) && isVerbForm(word));
    if (inRelativeVerbs && !verbal) inRelative = inRelativeVerbs = false;
    if (!verbal) continue;
    if (inRelative) {
      inRelativeVerbs = true;
      continue;
    }
    if (afterInfinitive && !AUXILIARIES.has(word) && (VERBS.has(word) || OUTCOME_VERBS.has(word))) continue;
    return true;
  }
  return false;
}

function isVerbForm(word: string): boolean {
  if (VERBS.has(word) || OUTCOME_VERBS.has(word)) return true;
  const stems = [word.replace(/ies$/, 'y'), word.replace(/es$/, ''), word.replace(/s$/, '')].filter((stem) => stem !== word);
  return stems.some((stem) => VERBS.has(stem) || OUTCOME_VERBS.has(stem));
}

/** A result that is worded as a task ("Address inequalities …") is something we do: "we address inequalities …". */
function asStatement(text: string): string {
  return opensVerbPhrase(text) ? `we ${text}` : text;
}

/** An output, outcome, aim, vision or assumption as a phrase in a sentence. */
export function resultPhrase(node: PlanNode, vocabulary: Vocabulary): Phrase {
  const text = asStatement(inSentence(titleOf(node, vocabulary), vocabulary));
  return { text, clause: isClause(text) };
}

/** Measures whose name reads better with "the": "the number of …", "the percentage of …". */
const MEASURE_NOUNS =
  /^(number|percentage|proportion|rate|share|level|count|amount|ratio|gap|difference|prevalence|average|mean|median|score|value|uptake|take-up)\b/i;

/** An indicator as the thing we track: "the percentage of adults who …". */
export function indicatorPhrase(node: PlanNode, vocabulary: Vocabulary): string {
  const text = inSentence(titleOf(node, vocabulary), vocabulary);
  return MEASURE_NOUNS.test(text) && /^[a-z]/.test(text) ? `the ${text}` : text;
}

/** A priority or call to action by its number and title: priority 2.1, “Promote good mental health …”. */
export function contextName(node: PlanNode, vocabulary: Vocabulary): string {
  const label = node.kind === 'callToAction' ? 'call to action' : node.kind === 'priority' ? 'priority' : node.kind;
  const number = node.kind === 'callToAction' || node.kind === 'priority' ? node.number : undefined;
  const title = `“${titleOf(node, vocabulary)}”`;
  return number !== undefined && String(number).trim() !== '' ? `${label} ${String(number).trim()}, ${title}` : `the ${label} ${title}`;
}

/** The title as a phrase, or the box's id when the title is empty (so a story never has a hole). */
export function titleOf(node: PlanNode, vocabulary: Vocabulary): string {
  const title = typeof node.title === 'string' ? asPhrase(node.title, vocabulary) : '';
  return title !== '' ? title : `untitled box ${node.id}`;
}
