import type { Finding, PlanRule } from '../types.js';
import { describeLink, sentence } from '../describe.js';
import { causalLinkAt } from './causal-links.js';
import { EDGE_KIND_CODE } from '../../queries/structure.js';

/** A step the modellers themselves doubt is where the theory of change is weakest. */
export const lowConfidenceLink: PlanRule = {
  code: 'low-confidence-link',
  scope: 'plan',
  defaultSeverity: 'warning',
  description: 'No causal link has a confidence below the plan’s threshold (40 unless the plan sets another).',
  hint: 'Find evidence for the step, say why it should hold (its rationale), or add the intermediate steps that make it believable.',
  linkKinds: ['contributesTo'],
  readsLinkFields: true,
  check(context) {
    const threshold = context.settings.lowConfidenceThreshold;
    const findings: Finding[] = [];
    const { linkLimit, kind } = context.structure;
    for (let e = 0; e < linkLimit; e++) {
      if (kind[e] !== EDGE_KIND_CODE.contributesTo) continue;
      const confidence = context.edgeById.atOrder(e)?.confidence;
      if (typeof confidence !== 'number' || !(confidence < threshold)) continue;
      const link = causalLinkAt(context, e);
      if (!link) continue;
      const { edge, source, target } = link;
      findings.push({
        message: `${sentence(describeLink(source, target))} has a confidence of ${confidence} out of 100, below ${threshold}: the plan itself doubts this step.`,
        nodeIds: [source.id, target.id],
        edgeIds: [edge.id],
        path: `/edges/${edge.id}/confidence`,
      });
    }
    return findings;
  },
};
