import type { Finding, Rule } from '../types.js';
import { linksOut } from '../links.js';
import { describeNode, sentence } from '../describe.js';

/** A research question should say which part of the plan its answer will inform. */
export const researchQuestionUnlinked: Rule = {
  code: 'research-question-unlinked',
  defaultSeverity: 'warning',
  description: 'Every research question investigates an outcome, indicator, assumption or action.',
  hint: 'Link the question with “investigates” to what its answer will inform.',
  check(context) {
    const { nodesOfKind } = context;
    const findings: Finding[] = [];
    for (const question of nodesOfKind('researchQuestion')) {
      const linked = linksOut(context, question.id, 'investigates');
      if (!linked) findings.push({ message: `${sentence(describeNode(question))} is not linked to anything it investigates.`, nodeIds: [question.id] });
    }
    return findings;
  },
};
