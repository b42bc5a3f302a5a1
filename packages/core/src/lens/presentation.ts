import { getLevelIndex, getPlanLevels } from '../model/levels.js';
import type { Plan } from '../model/plan.js';
import { getGraphIndex } from '../queries/graph-index.js';

/** One step of a presentation: the boxes of one more level join those already shown. */
export interface PresentationStep {
  /** The level this step adds. */
  levelId: string;
  /** The level's title, e.g. "Short-term outcomes". */
  title: string;
  /** Boxes first shown at this step: the level's, then those that joined it, each in the plan's order. */
  newNodeIds: string[];
  /** Every box shown at this step (this step's and all earlier ones). */
  shownNodeIds: ReadonlySet<string>;
}

/**
 * A theory of change told level by level, from what is done (actions) to what it is for (the
 * vision): step k shows the boxes of the first k levels that hold any of `nodeIds`. Boxes off the
 * causal chain (indicators, principles, questions, assumptions, evidence, partners) join at the
 * first step that shows a box they are linked to, so an indicator appears with the outcome it
 * measures; one linked to nothing shown joins the last step. Each step lists its level's boxes
 * first, then the boxes that joined it, each in the plan's order. No boxes, no steps.
 *
 * For one pathway, pass the boxes of `getPathwaysThrough(plan, id)`.
 */
export function getPresentationSteps(plan: Plan, nodeIds: Iterable<string>): PresentationStep[] {
  const levels = getPlanLevels(plan);
  const wanted = new Set(nodeIds);
  const ordered = plan.nodes
    .toArray()
    .map((node) => node.id)
    .filter((id) => wanted.has(id));
  const stepOfLevel = new Map<number, string[]>();
  const unlevelled: string[] = [];
  for (const id of ordered) {
    const index = getLevelIndex(plan, plan.nodes.get(id)!);
    if (index === undefined) unlevelled.push(id);
    else stepOfLevel.set(index, [...(stepOfLevel.get(index) ?? []), id]);
  }
  const levelIndexes = [...stepOfLevel.keys()].sort((a, b) => a - b);
  const newAt = levelIndexes.map((index) => [...stepOfLevel.get(index)!]);
  if (newAt.length === 0) return [];
  placeAttachments(plan, wanted, unlevelled, newAt);

  const steps: PresentationStep[] = [];
  const shown = new Set<string>();
  levelIndexes.forEach((index, k) => {
    const level = levels[index]!;
    const fresh = new Set(newAt[k]);
    for (const id of fresh) shown.add(id);
    steps.push({ levelId: level.id, title: level.title, newNodeIds: newAt[k]!, shownNodeIds: new Set(shown) });
  });
  return steps;
}

/** Puts each box off the causal chain into the first step that shows a box it is linked to (either way). */
function placeAttachments(plan: Plan, wanted: ReadonlySet<string>, unlevelled: string[], newAt: string[][]): void {
  const stepOf = new Map<string, number>();
  newAt.forEach((ids, k) => ids.forEach((id) => stepOf.set(id, k)));
  const index = getGraphIndex(plan);
  const endOf = (id: string) => plan.edges.get(id)?.target ?? id; // a link to a causal link counts as a link to its target
  let waiting = unlevelled;
  // Rounds, because a question about an indicator waits for the indicator.
  while (waiting.length > 0) {
    const still: string[] = [];
    for (const id of waiting) {
      const neighbours = [...(index.outgoing.get(id) ?? []).map((e) => endOf(e.target)), ...(index.incoming.get(id) ?? []).map((e) => e.source)];
      const steps = neighbours
        .filter((n) => wanted.has(n))
        .map((n) => stepOf.get(n))
        .filter((k): k is number => k !== undefined);
      if (steps.length === 0) still.push(id);
      else stepOf.set(id, Math.min(...steps));
    }
    if (still.length === waiting.length) {
      for (const id of still) stepOf.set(id, newAt.length - 1);
      break;
    }
    waiting = still;
  }
  for (const id of unlevelled) newAt[stepOf.get(id)!]!.push(id); // `unlevelled` is in the plan's order
}
