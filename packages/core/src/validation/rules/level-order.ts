import { getPlanLevels } from '../../model/levels.js';
import { EDGE_KIND_CODE, NOT_A_NODE } from '../../queries/structure.js';
import type { Finding, PlanRule } from '../types.js';
import { describeNode, sentence } from '../describe.js';
import { causalLinkAt, levelIndexer } from './causal-links.js';

/**
 * Causes sit on earlier levels than their effects (actions → outputs → outcomes → … → impact). A
 * link that runs from a later level back to an earlier one is drawn the wrong way round, or one
 * of its boxes is on the wrong level. Links within one level are fine.
 */
export const levelOrder: PlanRule = {
  code: 'level-order',
  scope: 'plan',
  defaultSeverity: 'warning',
  description: 'Causal links run forwards through the plan’s levels (from activities towards impact), never backwards.',
  hint: 'If the link points the wrong way, delete it and draw it the other way; if a box is on the wrong level, set its level in the inspector.',
  linkKinds: ['contributesTo'],
  nodeFields: ['level', 'horizon'],
  check(context) {
    const levels = getPlanLevels(context.plan);
    const levelOf = levelIndexer(context);
    const { linkLimit, kind, source: sources, target: targets } = context.structure;
    const findings: Finding[] = [];
    for (let e = 0; e < linkLimit; e++) {
      if (kind[e] !== EDGE_KIND_CODE.contributesTo || sources[e] === NOT_A_NODE || targets[e] === NOT_A_NODE) continue;
      const from = levelOf(sources[e]!);
      const to = levelOf(targets[e]!);
      if (from === undefined || to === undefined || to >= from) continue;
      const link = causalLinkAt(context, e);
      if (!link) continue;
      const { edge, source, target } = link;
      findings.push({
        message: `${sentence(describeNode(source))} (${levels[from]!.title}) leads back to ${describeNode(target)} (${levels[to]!.title}), an earlier level.`,
        nodeIds: [source.id, target.id],
        edgeIds: [edge.id],
      });
    }
    return findings;
  },
};
