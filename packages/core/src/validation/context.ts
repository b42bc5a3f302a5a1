import type { Plan } from '../model/plan.js';
import { getStructure, type PlanStructure } from '../queries/structure.js';
import type { RuleContext } from './types.js';

/**
 * What every rule shares. The structure is cached on the edges table, so re-checking one edited box
 * reuses it; `validate` passes the one it derived from its last run after a structural edit.
 */
export function createRuleContext(plan: Plan, structure: PlanStructure = getStructure(plan)): RuleContext {
  return { plan, structure, nodeById: plan.nodes, edgeById: plan.edges };
}
