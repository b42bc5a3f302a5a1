import { getPlanLevels } from '../../model/levels.js';
import { NO_FINDINGS, type Finding, type LinkRule } from '../types.js';
import { describeNode, sentence } from '../describe.js';
import { causalLinkAt, levelOfNode } from './causal-links.js';
import { NOT_A_NODE } from '../../queries/structure.js';

/**
 * Causes sit on earlier levels than their effects (actions → outputs → outcomes → … → impact). A
 * link that runs from a later level back to an earlier one is drawn the wrong way round, or one
 * of its boxes is on the wrong level. Links within one level are fine.
 */
export const levelOrder: LinkRule = {
  code: 'level-order',
  scope: 'link',
  defaultSeverity: 'warning',
  description: 'Causal links run forwards through the plan’s levels (from activities towards impact), never backwards.',
  hint: 'If the link points the wrong way, delete it and draw it the other way; if a box is on the wrong level, set its level in the inspector.',
  linkKinds: ['contributesTo'],
  checkLink(_edge, context, e): readonly Finding[] {
    // Levels first, by node number (remembered per run): most causal links run forwards, and only a
    // backward one needs its boxes looked up.
    const { source: sources, target: targets } = context.structure;
    if (sources[e] === NOT_A_NODE || targets[e] === NOT_A_NODE) return NO_FINDINGS;
    const from = levelOfNode(context, sources[e]!);
    const to = levelOfNode(context, targets[e]!);
    if (from === undefined || to === undefined || to >= from) return NO_FINDINGS;
    const link = causalLinkAt(context, e);
    if (!link) return NO_FINDINGS;
    const { edge, source, target } = link;
    const levels = getPlanLevels(context.plan);
    return [
      {
        message: `${sentence(describeNode(source))} (${levels[from]!.title}) leads back to ${describeNode(target)} (${levels[to]!.title}), an earlier level.`,
        nodeIds: [source.id, target.id],
        edgeIds: [edge.id],
      },
    ];
  },
};
