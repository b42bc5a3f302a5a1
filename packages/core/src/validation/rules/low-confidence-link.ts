import { NO_FINDINGS, type Finding, type LinkRule } from '../types.js';
import { describeLink, sentence } from '../describe.js';
import { causalLinkAt } from './causal-links.js';

/** A step the modellers themselves doubt is where the theory of change is weakest. */
export const lowConfidenceLink: LinkRule = {
  code: 'low-confidence-link',
  scope: 'link',
  defaultSeverity: 'warning',
  description: 'No causal link has a confidence below the plan’s threshold (40 unless the plan sets another).',
  hint: 'Find evidence for the step, say why it should hold (its rationale), or add the intermediate steps that make it believable.',
  linkKinds: ['contributesTo'],
  checkLink(edge, context, e): readonly Finding[] {
    const threshold = context.settings.lowConfidenceThreshold;
    const confidence = edge.confidence;
    if (typeof confidence !== 'number' || !(confidence < threshold)) return NO_FINDINGS;
    const link = causalLinkAt(context, e);
    if (!link) return NO_FINDINGS;
    const { source, target } = link;
    return [
      {
        message: `${sentence(describeLink(source, target))} has a confidence of ${confidence} out of 100, below ${threshold}: the plan itself doubts this step.`,
        nodeIds: [source.id, target.id],
        edgeIds: [edge.id],
        path: `/edges/${edge.id}/confidence`,
      },
    ];
  },
};
