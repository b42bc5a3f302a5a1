import type { PlanEdge } from '../../model/edges.js';
import type { PlanNode } from '../../model/nodes.js';
import { EDGE_KIND_CODE, NOT_A_NODE } from '../../queries/structure.js';
import type { RuleContext } from '../types.js';

/** A causal link between two boxes that exist, with both boxes. */
export interface CausalLink {
  edge: PlanEdge;
  source: PlanNode;
  target: PlanNode;
}

/** Every `contributesTo` link whose two ends are boxes, in the plan's order (rules over link fields share this walk). */
export function* causalLinks({ structure, nodeById, edgeById }: RuleContext): Generator<CausalLink> {
  const { linkLimit, source, target, kind, idOf } = structure;
  for (let e = 0; e < linkLimit; e++) {
    if (kind[e] !== EDGE_KIND_CODE.contributesTo || source[e] === NOT_A_NODE || target[e] === NOT_A_NODE) continue;
    const edge = edgeById.atOrder(e);
    const from = nodeById.get(idOf[source[e]!]!);
    const to = nodeById.get(idOf[target[e]!]!);
    if (edge && from && to) yield { edge, source: from, target: to };
  }
}
