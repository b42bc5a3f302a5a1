import type { PlanRule } from '../types.js';

/** Two visions split the plan into two plans. */
export const multipleVisions: PlanRule = {
  code: 'multiple-visions',
  scope: 'plan',
  defaultSeverity: 'warning',
  description: 'The plan has only one vision.',
  hint: 'Merge the visions into one statement, or turn the extra ones into aims.',
  linkKinds: [],
  check({ structure }) {
    const visions = structure.idOf.filter((_, v) => structure.kindOf[v] === 'vision');
    return visions.length > 1 ? [{ message: `The plan has ${visions.length} visions; a plan should share one.`, nodeIds: visions }] : [];
  },
};
