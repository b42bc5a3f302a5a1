import { CONFIDENCE_BAND_FLOORS } from '../model/confidence.js';
import type { Plan } from '../model/plan.js';
import { getGraphIndex } from '../queries/graph-index.js';
import { vocabularyOf } from './casing.js';
import { findPathways, roleOf } from './pathways.js';
import type { Pathway } from './pathways.js';
import type { Story } from './story.js';
import { tellStory } from './story.js';

/** The plan's causal logic told in words: one story per pathway, and the causal boxes on no pathway. */
export interface Narrative {
  readonly stories: readonly Story[];
  /** Actions, outputs, outcomes, priorities, calls to action, aims and visions with no causal link at all. */
  readonly unlinkedIds: readonly string[];
}

const cache = new WeakMap<Plan['nodes'], WeakMap<Plan['edges'], { weakBelow: number; narrative: Narrative }>>();

/**
 * Tells every pathway of the plan by fixed rules, from its own titles: "If we <actions>, then
 * <outputs and outcomes> …, so that <aim>, because <assumptions>; we will know by tracking
 * <indicators>." Pure and cached on the plan's node and link tables, so asking again after an
 * edit elsewhere (a move, a setting) costs nothing.
 */
export function getNarrative(plan: Plan): Narrative {
  const weakBelow = plan.checker?.lowConfidenceThreshold ?? CONFIDENCE_BAND_FLOORS.moderate;
  let byEdges = cache.get(plan.nodes);
  const cached = byEdges?.get(plan.edges);
  if (cached && cached.weakBelow === weakBelow) return cached.narrative;
  const { pathways, unlinkedIds } = findPathways(plan);
  const position = new Map(plan.nodes.toArray().map((n, i) => [n.id, i]));
  const teller = { plan, vocabulary: vocabularyOf(plan), weakBelow, position, phrases: new Map<string, unknown>() };
  const told = mergeContexts(plan, pathways).map((p) => tellStory(p, teller));
  // Stories that start with actions first; then those that carry an aim further up.
  const stories = [...told.filter((s) => s.actionIds.length > 0), ...told.filter((s) => s.actionIds.length === 0)];
  const narrative: Narrative = { stories, unlinkedIds };
  if (!byEdges) cache.set(plan.nodes, (byEdges = new WeakMap()));
  byEdges.set(plan.edges, { weakBelow, narrative });
  return narrative;
}

/**
 * Pathways with the same actions and the same boxes, differing only in the priorities or calls to
 * action they pass through, told once: "It is part of priority 3.1 … and priority 3.3 …".
 */
function mergeContexts(plan: Plan, pathways: readonly Pathway[]): Pathway[] {
  const merged = new Map<string, { actionIds: readonly string[]; routeIds: Set<string>; edgeIds: Set<string> }>();
  for (const pathway of pathways) {
    const chain = pathway.routeIds.filter((id) => roleOf(plan.nodes.get(id)!.kind) !== 'context');
    const key = `${pathway.actionIds.join('\u0000')}\u0001${chain.join('\u0000')}`;
    const into = merged.get(key);
    if (!into) merged.set(key, { actionIds: pathway.actionIds, routeIds: new Set(pathway.routeIds), edgeIds: new Set(pathway.edgeIds) });
    else {
      pathway.routeIds.forEach((id) => into.routeIds.add(id));
      pathway.edgeIds.forEach((id) => into.edgeIds.add(id));
    }
  }
  return [...merged.values()].map((p) => ({ actionIds: p.actionIds, routeIds: [...p.routeIds], edgeIds: [...p.edgeIds] }));
}

/**
 * The stories that involve a box or a link: those that name it, or, for a box that stands beside
 * the chain (evidence, a research question, a principle, a partner), those of what it is attached to.
 */
export function getStoriesOf(plan: Plan, id: string): Story[] {
  const { stories } = getNarrative(plan);
  const naming = (target: string) =>
    stories.filter(
      (s) =>
        s.actionIds.includes(target) ||
        s.routeIds.includes(target) ||
        s.edgeIds.includes(target) ||
        s.assumptionIds.includes(target) ||
        s.indicatorIds.includes(target),
    );
  const direct = naming(id);
  if (direct.length > 0 || !plan.nodes.has(id)) return direct;
  const index = getGraphIndex(plan);
  const neighbours = new Set<string>([
    ...(index.outgoing.get(id) ?? []).filter((e) => e.kind !== 'contributesTo').map((e) => e.target),
    ...(index.incoming.get(id) ?? []).filter((e) => e.kind === 'deliveredBy').map((e) => e.source),
  ]);
  const found = new Set([...neighbours].flatMap(naming));
  return stories.filter((s) => found.has(s));
}
