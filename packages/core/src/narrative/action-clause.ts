import type { PlanNode } from '../model/nodes.js';
import type { Vocabulary } from './casing.js';
import { inSentence } from './casing.js';
import { opensVerbPhrase, presentTense, verbOfGerund, verbOfNominalisation, VERBS } from './verbs.js';
import { titleOf } from './phrases.js';

/**
 * An action as the clause after "If": who acts and what they do. Sibling actions with the same
 * subject and no lead-in share one subject: "If we A, B and C".
 */
export interface ActionClause {
  /** "we", "residents", "every partner". */
  subject: string;
  /** What the subject does, in the present tense: "deliver the Air Quality Action Plan". */
  predicate: string;
  /** Words before the subject, as the title has them: "As anchor institutions," or "Together". */
  leadIn?: string;
}

/** Actors who are the plan's own partnership ("we") rather than the people it serves. */
const OUR_ACTORS = /^(partners?|partnership|the partnership|all partners|our partners|we|us|council|the council|organisations?)$/i;

/** Subjects that take a plural verb though they do not end in -s. */
const PLURAL_NOUNS = /\b(we|they|you|people|children|staff|police|men|women)\b/i;

/** The clause for an action's title and actor. */
export function actionClause(node: PlanNode, vocabulary: Vocabulary): ActionClause {
  const title = titleOf(node, vocabulary);
  return ourCommitment(title, vocabulary) ?? namedCommitment(title, vocabulary) ?? doneBy(actorOf(node, vocabulary), title, vocabulary);
}

const COMMITMENT = `we\\s*(?:will|shall|’ll|'ll|are going to|commit to|aim to|pledge to)\\s+(\\S+)(.*)$`;
/** "We will …" at the start, or after a lead-in ("As anchor institutions, we will …"). */
const OUR_COMMITMENT = new RegExp(`^()()${COMMITMENT}`, 'i');
const LED_IN_COMMITMENT = new RegExp(`^(.{1,300}?)(,)?\\s+${COMMITMENT}`, 'i');

/** "We will deliver …", "Together we will …", "As anchor institutions, we will …". */
function ourCommitment(title: string, vocabulary: Vocabulary): ActionClause | undefined {
  const match = OUR_COMMITMENT.exec(title) ?? LED_IN_COMMITMENT.exec(title);
  if (!match) return undefined;
  const [, before, comma, verb, rest] = match;
  if (/[.;]/.test(before!)) return undefined;
  // Later commitments in the same title read in the present too: "…, we will accelerate" → "…, we accelerate".
  const later = rest!.replace(/\bwe (?:will|shall) (\w+)/gi, (_all, v: string) => `we ${presentTense(v.toLowerCase(), false)}`);
  const predicate = `${presentTense(verb!.toLowerCase(), false)}${later}`;
  if (before === undefined || before === '') return { subject: 'we', predicate };
  return { subject: 'we', predicate, leadIn: `${inSentence(before, vocabulary)}${comma ?? ''}` };
}

/** "Every partner will fulfil …", "Staff in adult social care will do more …". */
function namedCommitment(title: string, vocabulary: Vocabulary): ActionClause | undefined {
  const match = /^([^,;]{1,60}?)\s+(?:will|shall)\s+(\S+)(.*)$/.exec(title);
  if (!match) return undefined;
  const [, subject, verb, rest] = match;
  const subjectWords = subject!.split(' ');
  // "Develop a plan that will …" is not a subject: its first word is a verb or it holds a clause.
  if (subjectWords.length > 6 || /\b(that|which|who|where|so|to|if|when)\b/i.test(subject!)) return undefined;
  const singular = isSingular(subject!);
  const lowerVerb = verb!.toLowerCase();
  // "will identify and apply": both verbs agree with the subject.
  const second = /^(\s+and\s+)(\S+)(.*)$/.exec(rest!);
  const predicate =
    second && VERBS.has(second[2]!.toLowerCase())
      ? `${presentTense(lowerVerb, singular)}${second[1]}${presentTense(second[2]!.toLowerCase(), singular)}${second[3]}`
      : `${presentTense(lowerVerb, singular)}${rest}`;
  return { subject: inSentence(subject!, vocabulary), predicate };
}

/** An imperative ("Deliver …"), a gerund ("Building …") or a thing ("Free school meals"), done by `subject`. */
function doneBy(subject: string, title: string, vocabulary: Vocabulary): ActionClause {
  const addressed = (text: string) => (subject === 'we' ? text : toThirdPerson(text));
  const direct = asVerbPhrase(title);
  if (direct !== undefined) return { subject, predicate: addressed(direct) };
  // "For housing queries, please go to the council website": the words before the comma lead in.
  const split = /^([^,]{1,80}),\s+(.*)$/.exec(title);
  const after = split ? asVerbPhrase(split[2]!) : undefined;
  if (split && after !== undefined) return { subject, predicate: addressed(after), leadIn: `${inSentence(split[1]!, vocabulary)},` };
  return { subject, predicate: `deliver ${withArticle(inSentence(title, vocabulary))}` };
}

/** Things that are one of many ("programme", "campaign"): delivered as "the …" when the title has no article. */
const ONE_OF_MANY =
  /\b(programme|program|project|plan|strategy|service|campaign|scheme|initiative|network|hub|pilot|fund|centre|center|forum|policy|framework|model|toolkit|course|clinic|helpline|app|website|platform|survey|audit|event|festival|club|group|team)$/i;

/** "school garden programme" → "the school garden programme" (and "the Healthy Start programme"); "free school meals" stays. */
function withArticle(thing: string): string {
  if (!ONE_OF_MANY.test(thing) || /^(a|an|the|our|their|this|that|each|every|one|\d)/i.test(thing)) return thing;
  return `the ${thing}`;
}

/** The title as what someone does, when it opens with one of our verbs or their gerunds; else undefined. */
function asVerbPhrase(text: string): string | undefined {
  const plain = text.replace(/^please\s+/i, '');
  const [first = '', second] = plain.split(/\s+/, 2);
  const word = first.toLowerCase();
  const rest = plain.slice(first.length);
  if (opensVerbPhrase(plain)) return `${word}${rest}`;
  const next = second?.toLowerCase();
  // "Distribution of bed nets" → "distribute bed nets".
  const named = verbOfNominalisation(word);
  if (named && next === 'of') return `${named}${rest.replace(/^\s+of\b/i, '')}`;
  const verb = verbOfGerund(word);
  return verb && next !== 'of' && next !== 'for' ? `${verb}${rest}` : undefined;
}

/** Who does an action that does not say: we (the partnership), or the people it names as actor. */
function actorOf(node: PlanNode, vocabulary: Vocabulary): string {
  const actor = node.kind === 'action' && typeof node.actor === 'string' ? node.actor.trim() : '';
  if (actor === '' || OUR_ACTORS.test(actor) || isSingular(actor)) return 'we';
  return inSentence(actor, vocabulary);
}

function isSingular(subject: string): boolean {
  // "The council and the NHS" are two; "our health and employment partnership" is one.
  if (PLURAL_NOUNS.test(subject) || /\band (the|our|their|its|a|an|all|every|each)\b/i.test(subject)) return false;
  const head = subject.split(/\s+/).find((w, i, all) => i === all.length - 1 || /^(in|of|at|from|across|with)$/i.test(all[i + 1]!)) ?? subject;
  return !/[^s]s$/i.test(head);
}

/** An instruction to the reader retold about them: "your GP" → "their GP", "set yourself" → "set themselves". */
function toThirdPerson(text: string): string {
  return text
    .replace(/\byourselves\b/gi, 'themselves')
    .replace(/\byourself\b/gi, 'themselves')
    .replace(/\byours\b/gi, 'theirs')
    .replace(/\byour\b/gi, 'their')
    .replace(
      /\b(\w+)(\s+)you\b/gi,
      (_all, before: string, space: string) =>
        `${before}${space}${/^(to|for|with|about|around|near|by|from|of|at|on|in|into|help|support|tell|give|show|let|keep|ask|invite|and)$/i.test(before) ? 'them' : 'they'}`,
    );
}
