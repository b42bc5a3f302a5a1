import type { PlanRule } from '../types.js';

/**
 * A plan with no indicators at all is said to be so once, instead of once per outcome
 * (`outcome-without-indicator` stays quiet until the first indicator is added). Many theories of
 * change are drawn before anyone decides how to measure them.
 */
export const planWithoutIndicators: PlanRule = {
  code: 'plan-without-indicators',
  scope: 'plan',
  defaultSeverity: 'warning',
  description: 'The plan has indicators, so that progress on its outcomes can be shown (said once for a plan with none).',
  hint: 'Add indicators for the outcomes that matter most and link each to its outcome with a “measures” link; the checker then lists the outcomes still unmeasured.',
  linkKinds: [],
  check({ structure, facts }) {
    if (facts.hasIndicators) return [];
    const { kindOf, idOf } = structure;
    const outcomes: string[] = [];
    for (let v = 0; v < kindOf.length; v++) if (kindOf[v] === 'outcome') outcomes.push(idOf[v]!);
    if (outcomes.length === 0) return [];
    const count = outcomes.length === 1 ? 'its outcome' : `any of its ${outcomes.length} outcomes`;
    return [{ message: `The plan has no indicators, so progress on ${count} cannot be shown.`, nodeIds: outcomes }];
  },
};
