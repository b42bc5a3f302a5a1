import { getLevelIndex, getPlanLevels } from '../../model/levels.js';
import type { Finding, PlanRule } from '../types.js';
import { describeNode, sentence } from '../describe.js';
import { causalLinks } from './causal-links.js';

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
  readsFields: true,
  check(context) {
    const { plan } = context;
    const levels = getPlanLevels(plan);
    const findings: Finding[] = [];
    for (const { edge, source, target } of causalLinks(context)) {
      const from = getLevelIndex(plan, source);
      const to = getLevelIndex(plan, target);
      if (from === undefined || to === undefined || to >= from) continue;
      findings.push({
        message: `${sentence(describeNode(source))} (${levels[from]!.title}) leads back to ${describeNode(target)} (${levels[to]!.title}), an earlier level.`,
        nodeIds: [source.id, target.id],
        edgeIds: [edge.id],
      });
    }
    return findings;
  },
};
