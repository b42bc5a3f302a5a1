import { getPlanLevels } from '../../model/levels.js';
import { NO_FINDINGS, type Finding, type LinkRule } from '../types.js';
import { describeNode, sentence } from '../describe.js';
import { causalLinkAt, levelOfNode } from './causal-links.js';

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
    const link = causalLinkAt(context, e);
    if (!link) return NO_FINDINGS;
    const { edge, source, target } = link;
    const from = levelOfNode(context, context.structure.source[e]!);
    const to = levelOfNode(context, context.structure.target[e]!);
    if (from === undefined || to === undefined || to >= from) return NO_FINDINGS;
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
