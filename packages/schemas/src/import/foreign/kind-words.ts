import { NODE_KIND_SPECS, type NodeKind, type OutcomeHorizon } from '@changemap/core';

/**
 * What a word from another tool (a ToC-Maker section title, a Kumu element type, a level name)
 * says a box is. `final` marks the end of the chain (goal, impact, mission, vision): such a box
 * becomes the plan's vision when it stands alone at the end, an aim otherwise.
 */
export type KindWord =
  | { kind: Exclude<NodeKind, 'aim' | 'vision' | 'outcome'>; final?: undefined }
  | { kind: 'outcome'; horizon?: OutcomeHorizon; final?: undefined }
  | { kind: 'aim' | 'vision'; final: true; explicit?: 'vision' };

/** Patterns tried in order; the first that matches wins (so "Project outputs" is an output, not an action). */
const PATTERNS: readonly (readonly [RegExp, (text: string) => KindWord])[] = [
  [/\bcalls? to action\b/, () => ({ kind: 'callToAction' })],
  [/\bresearch questions?\b|^questions?$|^learning questions?$/, () => ({ kind: 'researchQuestion' })],
  [/\b(?:indicators?|metrics?|kpis?|measures?|measurements?)\b/, () => ({ kind: 'indicator' })],
  [/\b(?:assumptions?|risks?)\b/, () => ({ kind: 'assumption' })],
  [/\b(?:evidence|stud(?:y|ies)|research|citations?|findings?|data|sources?|evaluations?|reports?|literature)\b/, () => ({ kind: 'evidence' })],
  [/\bvision\b/, () => ({ kind: 'vision', final: true, explicit: 'vision' })],
  [/\b(?:goals?|aims?|impacts?|missions?|purposes?|objectives?|ambitions?)\b/, () => ({ kind: 'aim', final: true })],
  [/\b(?:outputs?|deliverables?|products?)\b/, () => ({ kind: 'output' })],
  [/\b(?:outcomes?|results?|changes?|effects?|benefits?|pre-?conditions?|conditions?|variables?|factors?|drivers?)\b/, (text) => outcome(text)],
  [
    /\b(?:we|they|partners) (?:will )?do\b|\b(?:inputs?|resources?|activit(?:y|ies)|actions?|interventions?|programmes?|programs?|projects?|services?|strateg(?:y|ies)|tasks?|workstreams?|initiatives?|events?|policies|policy)\b/,
    () => ({ kind: 'action' }),
  ],
  [
    /\b(?:partners?|organi[sz]ations?|stakeholders?|actors?|agenc(?:y|ies)|funders?|people|persons?|teams?|boards?|institutions?|groups?|communit(?:y|ies)|individuals?)\b/,
    () => ({ kind: 'partner' }),
  ],
  [/\b(?:principles?|values?|ways? of working)\b/, () => ({ kind: 'principle' })],
  [/\bpriorit(?:y|ies)\b/, () => ({ kind: 'priority' })],
];

function outcome(text: string): KindWord {
  if (/\b(?:short|immediate|early|initial)\b/.test(text)) return { kind: 'outcome', horizon: 'short' };
  if (/\b(?:medium|intermediate|mid)\b/.test(text)) return { kind: 'outcome', horizon: 'medium' };
  if (/\b(?:long|ultimate|final|end)\b/.test(text)) return { kind: 'outcome', horizon: 'long' };
  return { kind: 'outcome' };
}

/** Each kind's own name, its label and its plural ("callToAction", "Call to action", "Calls to action"). */
const EXACT = new Map<string, NodeKind>(
  NODE_KIND_SPECS.flatMap((spec) => [spec.kind, spec.label, spec.pluralLabel].map((name) => [normalise(name), spec.kind] as const)),
);

/** Lower case, camelCase split into words, punctuation to spaces: "callToAction" → "call to action". */
export function normalise(text: string): string {
  if (text === '') return '';
  return text
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/[_\-–—/]+/g, ' ')
    .replace(/[^\p{L}\p{N} ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** What a word says a box is, or undefined when it names no kind Changemap knows. */
export function kindFromWord(word: string): KindWord | undefined {
  const text = normalise(word);
  if (text === '') return undefined;
  const exact = EXACT.get(text);
  if (exact === 'vision') return { kind: 'vision', final: true, explicit: 'vision' };
  if (exact === 'aim') return { kind: 'aim', final: true };
  if (exact === 'outcome') return outcome(text);
  if (exact !== undefined) return { kind: exact } as KindWord;
  for (const [pattern, make] of PATTERNS) if (pattern.test(text)) return make(text);
  return undefined;
}
