import type { PlanRule } from '../types.js';

/** Without a vision there is nothing for the causal chains to lead to. */
export const missingVision: PlanRule = {
  code: 'missing-vision',
  scope: 'plan',
  defaultSeverity: 'warning',
  description: 'The plan has a vision.',
  hint: 'Add a vision box stating the shared vision, and link the aims to it.',
  linkKinds: [],
  check({ structure }) {
    return structure.kindOf.includes('vision') ? [] : [{ message: 'The plan has no vision.' }];
  },
};
