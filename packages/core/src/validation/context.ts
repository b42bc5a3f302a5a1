import type { Plan } from '../model/plan.js';
import { getStructure } from '../queries/structure.js';
import type { RuleContext } from './types.js';

/** What every rule shares. The structure is cached on the edges table, so re-checking one edited box reuses it. */
export function createRuleContext(plan: Plan): RuleContext {
  return { plan, structure: getStructure(plan), nodeById: plan.nodes, edgeById: plan.edges };
}
