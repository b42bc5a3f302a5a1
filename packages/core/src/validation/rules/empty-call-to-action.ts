import type { Finding, Rule } from '../types.js';
import { linksIn } from '../links.js';
import { describeNode, sentence } from '../describe.js';

/** A call to action with nothing contributing to it has no theory of change yet. */
export const emptyCallToAction: Rule = {
  code: 'empty-call-to-action',
  defaultSeverity: 'warning',
  description: 'Every call to action has priorities, outcomes or actions contributing to it.',
  hint: 'Open the call to action and add the priorities or outcomes that lead to it.',
  check(context) {
    const { nodesOfKind } = context;
    const findings: Finding[] = [];
    for (const cta of nodesOfKind('callToAction')) {
      const fed = linksIn(context, cta.id, 'contributesTo');
      if (!fed) findings.push({ message: `${sentence(describeNode(cta))} has nothing contributing to it.`, nodeIds: [cta.id] });
    }
    return findings;
  },
};
