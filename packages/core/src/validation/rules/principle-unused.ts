import type { Finding, Rule } from '../types.js';
import { linksOut } from '../links.js';
import { describeNode, sentence } from '../describe.js';

/** A principle that guides nothing is a slogan, not a way of working. */
export const principleUnused: Rule = {
  code: 'principle-unused',
  defaultSeverity: 'warning',
  description: 'Every principle guides at least one aim, call to action, priority or action.',
  hint: 'Link the principle with “guides” to the work it shapes.',
  check(context) {
    const { nodesOfKind } = context;
    const findings: Finding[] = [];
    for (const principle of nodesOfKind('principle')) {
      const used = linksOut(context, principle.id, 'guides');
      if (!used) findings.push({ message: `${sentence(describeNode(principle))} does not guide any part of the plan.`, nodeIds: [principle.id] });
    }
    return findings;
  },
};
