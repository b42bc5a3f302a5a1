import type { PlanEdge } from '../../model/edges.js';
import { getLevelIndex } from '../../model/levels.js';
import type { PlanNode } from '../../model/nodes.js';
import { EDGE_KIND_CODE, NOT_A_NODE } from '../../queries/structure.js';
import type { RuleContext } from '../types.js';

/** A causal link between two boxes that exist, with both boxes. */
export interface CausalLink {
  edge: PlanEdge;
  source: PlanNode;
  target: PlanNode;
}

/** The causal link numbered `e` with both its boxes, or undefined when it is not a `contributesTo` link between two boxes. */
export function causalLinkAt({ structure, nodeById, edgeById }: RuleContext, e: number): CausalLink | undefined {
  const { source, target, kind, idOf } = structure;
  if (kind[e] !== EDGE_KIND_CODE.contributesTo || source[e] === NOT_A_NODE || target[e] === NOT_A_NODE) return undefined;
  const edge = edgeById.atOrder(e);
  const from = nodeById.get(idOf[source[e]!]!);
  const to = nodeById.get(idOf[target[e]!]!);
  return edge && from && to ? { edge, source: from, target: to } : undefined;
}

const UNSEEN = -2;
const NO_LEVEL = -1;

/**
 * The level index of node number `v` (getLevelIndex), worked out once per node per run: the
 * rules over levels read both ends of every causal link, and most boxes are at the end of several.
 */
export function levelIndexer({ plan, structure, nodeById }: RuleContext): (v: number) => number | undefined {
  const memo = new Int32Array(structure.kindOf.length).fill(UNSEEN);
  return (v) => {
    if (memo[v] === UNSEEN) {
      const node = nodeById.get(structure.idOf[v]!);
      memo[v] = (node && getLevelIndex(plan, node)) ?? NO_LEVEL;
    }
    return memo[v] === NO_LEVEL ? undefined : memo[v];
  };
}

const levelMemos = new WeakMap<RuleContext, (v: number) => number | undefined>();

/**
 * The level index of node number `v`, remembered for the run that `context` belongs to: link rules
 * read the levels of both ends of each causal link, and most boxes are at the end of several.
 */
export function levelOfNode(context: RuleContext, v: number): number | undefined {
  let levelOf = levelMemos.get(context);
  if (!levelOf) {
    levelOf = levelIndexer(context);
    levelMemos.set(context, levelOf);
  }
  return levelOf(v);
}
