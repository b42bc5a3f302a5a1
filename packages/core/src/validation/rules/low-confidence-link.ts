import type { Finding, PlanRule } from '../types.js';
import { describeLink, sentence } from '../describe.js';
import { causalLinks } from './causal-links.js';

/** A step the modellers themselves doubt is where the theory of change is weakest. */
export const lowConfidenceLink: PlanRule = {
  code: 'low-confidence-link',
  scope: 'plan',
  defaultSeverity: 'warning',
  description: 'No causal link has a confidence below the plan’s threshold (40 unless the plan sets another).',
  hint: 'Find evidence for the step, say why it should hold (its rationale), or add the intermediate steps that make it believable.',
  linkKinds: ['contributesTo'],
  readsFields: true,
  check(context) {
    const threshold = context.settings.lowConfidenceThreshold;
    const findings: Finding[] = [];
    for (const { edge, source, target } of causalLinks(context)) {
      const confidence = edge.confidence;
      if (typeof confidence !== 'number' || !(confidence < threshold)) continue;
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
