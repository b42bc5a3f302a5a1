import type { NodeRule } from '../types.js';
import { hasLinkIn } from '../../queries/structure.js';
import { describeNode, sentence } from '../describe.js';

/** An outcome nobody measures cannot be shown to have happened (testable, in Davies' terms). */
export const outcomeWithoutIndicator: NodeRule = {
  code: 'outcome-without-indicator',
  scope: 'node',
  kind: 'outcome',
  defaultSeverity: 'warning',
  description: 'Every outcome is measured by at least one indicator.',
  hint: 'Add an indicator and link it to the outcome with a “measures” link.',
  checkNode(outcome, { structure, facts }, v) {
    // A plan with no indicators at all is told once, by plan-without-indicators.
    if (!facts.hasIndicators || hasLinkIn(structure, v, 'measures')) return [];
    return [{ message: `${sentence(describeNode(outcome))} has no indicator, so progress on it cannot be shown.`, nodeIds: [outcome.id] }];
  },
};
