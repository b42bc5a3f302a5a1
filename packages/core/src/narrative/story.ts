import type { PlanEdge } from '../model/edges.js';
import { isNodeKind } from '../model/node-kinds.js';
import type { PlanNode } from '../model/nodes.js';
import type { Plan } from '../model/plan.js';
import { getGraphIndex } from '../queries/graph-index.js';
import { actionClause } from './action-clause.js';
import type { ActionClause } from './action-clause.js';
import type { Vocabulary } from './casing.js';
import { inSentence } from './casing.js';
import type { Pathway } from './pathways.js';
import { roleOf } from './pathways.js';
import { contextName, indicatorPhrase, resultPhrase, titleOf } from './phrases.js';
import { asPhrase, listSeparators, quoted } from './words.js';

/** A run of a story's text; `nodeId` marks the words that come from one box. */
export interface StorySegment {
  readonly text: string;
  readonly nodeId?: string;
}

/** One pathway told in words, with what it names. */
export interface Story extends Pathway {
  /** Stable within a plan: the route's ids. */
  readonly id: string;
  /** Assumptions that underlie a box or link of the pathway. */
  readonly assumptionIds: readonly string[];
  /** Indicators that measure a box of the pathway (not its priorities or calls to action). */
  readonly indicatorIds: readonly string[];
  /** Links of the pathway whose confidence is below the plan's low-confidence threshold. */
  readonly weakEdgeIds: readonly string[];
  readonly segments: readonly StorySegment[];
  readonly text: string;
}

/** What telling a story needs besides its pathway. */
export interface Teller {
  readonly plan: Plan;
  readonly vocabulary: Vocabulary;
  /** Links below this confidence (0–100) are called weak. */
  readonly weakBelow: number;
  /** A box's place in the plan's order, so what a story lists keeps the plan's order. */
  readonly position: ReadonlyMap<string, number>;
  /** Phrases already made for this narrative, by "kind of phrase id": a box appears in many stories. */
  readonly phrases: Map<string, unknown>;
}

/** The phrase `make` gives for `key`, made once per narrative. */
function remember<T>(teller: Teller, key: string, make: () => T): T {
  if (!teller.phrases.has(key)) teller.phrases.set(key, make());
  return teller.phrases.get(key) as T;
}

/** Writes segments; words from a box carry its id. */
class Writer {
  readonly segments: StorySegment[] = [];
  say(text: string): this {
    if (text !== '') this.segments.push({ text });
    return this;
  }
  name(nodeId: string, text: string): this {
    this.segments.push({ text, nodeId });
    return this;
  }
  /** Items with English list separators between them, each written by `write`. */
  list<T>(items: readonly T[], textOf: (item: T) => string, write: (item: T) => void): this {
    const separators = listSeparators(items.map(textOf));
    items.forEach((item, i) => {
      this.say(separators[i]!);
      write(item);
    });
    return this;
  }
}

/**
 * "If we A and B, then C, and so D, so that E, because F; we will know by tracking G." Then which
 * priority and call to action the pathway serves, and any link the plan is not confident of.
 */
export function tellStory(pathway: Pathway, teller: Teller): Story {
  const { plan, vocabulary } = teller;
  const node = (id: string) => plan.nodes.get(id)!;
  const route = pathway.routeIds.map(node);
  const contexts = route.filter((n) => roleOf(n.kind) === 'context');
  const chain = route.filter((n) => roleOf(n.kind) !== 'context');
  const last = chain.at(-1);
  const goal = last && roleOf(last.kind) === 'goal' && (chain.length > 1 || pathway.actionIds.length > 0) ? last : undefined;
  const results = goal ? chain.slice(0, -1) : chain;

  const out = new Writer();
  let consequences = 0;
  const result = (n: PlanNode) => remember(teller, `result ${n.id}`, () => resultPhrase(n, vocabulary));
  const consequence = (n: PlanNode) => {
    const phrase = result(n);
    const lead = consequences === 0 ? (phrase.clause ? 'then ' : 'then we should see ') : consequences === 1 ? 'and so ' : 'and in turn ';
    out.say(`, ${lead}`).name(n.id, phrase.text);
    consequences++;
  };

  if (pathway.actionIds.length > 0) {
    writeActions(out, pathway.actionIds.map(node), (n) => remember(teller, `action ${n.id}`, () => actionClause(n, vocabulary)));
  } else if (results.length > 0) {
    const first = results.shift()!;
    const phrase = result(first);
    out.say(phrase.clause ? 'If ' : 'If we achieve ').name(first.id, phrase.text);
  } else {
    const first = contexts.shift()!;
    out.say('If ').name(first.id, contextName(first, vocabulary)).say(' succeeds');
  }
  results.forEach(consequence);
  if (goal) {
    const phrase = result(goal);
    const lead = consequences === 0 ? (phrase.clause ? 'then ' : 'this leads to ') : phrase.clause ? 'so that ' : 'leading to ';
    out.say(`, ${lead}`).name(goal.id, phrase.text);
    consequences++;
  }
  if (consequences === 0 && contexts.length > 0) {
    out.say(', we contribute to ');
    writeContexts(out, contexts.splice(0), vocabulary);
  }

  const edges = pathway.edgeIds.map((id) => plan.edges.get(id)!);
  const named = new Set([...pathway.actionIds, ...pathway.routeIds, ...pathway.edgeIds]);
  const assumptions = attached(teller, named, 'underlies');
  writeReasons(out, edges, assumptions, vocabulary);
  const measured = new Set([...pathway.actionIds, ...chain.map((n) => n.id)]);
  const indicators = attached(teller, measured, 'measures');
  if (indicators.length > 0) {
    const tracked = (i: PlanNode) => remember(teller, `indicator ${i.id}`, () => indicatorPhrase(i, vocabulary));
    out.say('; we will know by tracking ').list(indicators, tracked, (i) => out.name(i.id, tracked(i)));
  }
  out.say('.');

  if (contexts.length > 0) {
    out.say(' It is part of ');
    writeContexts(out, contexts, vocabulary);
    out.say('.');
  }
  const weak = edges.filter((e) => typeof e.confidence === 'number' && e.confidence < teller.weakBelow);
  for (const edge of weak) {
    const level = edge.confidence! < teller.weakBelow / 2 ? 'very low' : 'low';
    out.say(
      ` Confidence is ${level} (${edge.confidence} out of 100) that ${quoted(titleOf(node(edge.source), vocabulary))} leads to ${quoted(titleOf(node(edge.target), vocabulary))}.`,
    );
  }

  const segments = out.segments;
  return {
    ...pathway,
    id: [...pathway.actionIds, '>', ...pathway.routeIds].join(' '),
    assumptionIds: assumptions.map((n) => n.id),
    indicatorIds: indicators.map((n) => n.id),
    weakEdgeIds: weak.map((e) => e.id),
    segments,
    text: segments.map((s) => s.text).join(''),
  };
}

/** "If we A and B, residents C; and as anchor institutions, we D". */
function writeActions(out: Writer, actions: readonly PlanNode[], clauseOf: (node: PlanNode) => ActionClause): void {
  const groups: { subject: string; leadIn?: string; members: { node: PlanNode; clause: ActionClause }[] }[] = [];
  for (const node of actions) {
    const clause = clauseOf(node);
    const group = clause.leadIn === undefined ? groups.find((g) => g.leadIn === undefined && g.subject === clause.subject) : undefined;
    if (group) group.members.push({ node, clause });
    else groups.push({ subject: clause.subject, leadIn: clause.leadIn, members: [{ node, clause }] });
  }
  const groupText = (g: (typeof groups)[number]) => `${g.leadIn ?? ''} ${g.subject} ${g.members.map((m) => m.clause.predicate).join(', ')}`;
  out.say(groups[0]!.leadIn?.endsWith(',') ? 'If, ' : 'If ');
  out.list(groups, groupText, (group) => {
    if (group.leadIn !== undefined) out.say(`${group.leadIn} `);
    out.say(`${group.subject} `);
    out.list(
      group.members,
      (m) => m.clause.predicate,
      (m) => out.name(m.node.id, m.clause.predicate),
    );
  });
}

/** ", because A and B, and assuming C": link rationales and clause-like assumptions, then noun-phrase ones. */
function writeReasons(out: Writer, edges: readonly PlanEdge[], assumptions: readonly PlanNode[], vocabulary: Vocabulary): void {
  const reasons: { id?: string; text: string }[] = edges
    .filter((e) => typeof e.rationale === 'string' && e.rationale.trim() !== '')
    .map((e) => ({ text: inSentence(asPhrase(e.rationale!, vocabulary), vocabulary) }));
  const assumed: { id: string; text: string }[] = [];
  for (const a of assumptions) {
    const phrase = resultPhrase(a, vocabulary);
    (phrase.clause ? reasons : assumed).push({ id: a.id, text: phrase.text });
  }
  const write = (item: { id?: string; text: string }) => (item.id === undefined ? out.say(item.text) : out.name(item.id, item.text));
  if (reasons.length > 0) out.say(', because ').list(reasons, (r) => r.text, write);
  if (assumed.length > 0) out.say(reasons.length > 0 ? ', and assuming ' : ', assuming ').list(assumed, (r) => r.text, write);
}

/** "priority 3.1, “…”, and priority 3.3, “…”, in call to action 3, “…”": contexts by kind, in route order. */
function writeContexts(out: Writer, contexts: readonly PlanNode[], vocabulary: Vocabulary): void {
  const kinds = [...new Set(contexts.map((n) => n.kind))];
  kinds.forEach((kind, i) => {
    if (i > 0) out.say(', in ');
    // Each name ends in a quoted title, so plain commas part them clearly: "…”, and priority 3.3, “…”".
    const ofKind = contexts.filter((n) => n.kind === kind);
    ofKind.forEach((n, j) => {
      if (j > 0) out.say(j === ofKind.length - 1 ? ', and ' : ', ');
      out.name(n.id, contextName(n, vocabulary));
    });
  });
}

/** Boxes that point at one of `targets` (boxes or links) by a `kind` link, in plan order. */
function attached({ plan, position }: Teller, targets: ReadonlySet<string>, kind: 'underlies' | 'measures'): PlanNode[] {
  const index = getGraphIndex(plan);
  const found = new Map<string, PlanNode>();
  for (const target of targets) {
    for (const edge of index.incoming.get(target) ?? []) {
      const source = plan.nodes.get(edge.source);
      if (edge.kind === kind && source && isNodeKind(source.kind) && roleOf(source.kind) === 'aside') found.set(source.id, source);
    }
  }
  return [...found.values()].sort((a, b) => position.get(a.id)! - position.get(b.id)!);
}
