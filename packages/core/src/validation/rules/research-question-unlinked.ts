import type { NodeRule } from '../types.js';
import { hasLinkOut } from '../../queries/structure.js';
import { describeNode, sentence } from '../describe.js';

/** A research question should say which part of the plan its answer will inform. */
export const researchQuestionUnlinked: NodeRule = {
  code: 'research-question-unlinked',
  scope: 'node',
  kind: 'researchQuestion',
  defaultSeverity: 'warning',
  description: 'Every research question investigates an outcome, indicator, assumption or action.',
  hint: 'Link the question with “investigates” to what its answer will inform.',
  checkNode(question, { structure }, v) {
    if (hasLinkOut(structure, v, 'investigates')) return [];
    return [{ message: `${sentence(describeNode(question))} is not linked to anything it investigates.`, nodeIds: [question.id] }];
  },
};
