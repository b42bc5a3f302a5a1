import type { Plan } from '../model/plan.js';
import { NODE_KIND_CODE, getStructure, type PlanStructure } from '../queries/structure.js';
import { resolveCheckerSettings } from './settings.js';
import type { PlanFacts, RuleContext, ValidateOptions } from './types.js';

const CALL_TO_ACTION = NODE_KIND_CODE.get('callToAction')!;
const INDICATOR = NODE_KIND_CODE.get('indicator')!;

/**
 * What every rule shares. The structure is cached on the edges table, so re-checking one edited box
 * reuses it; `validate` passes the one it derived from its last run after a structural edit.
 */
export function createRuleContext(plan: Plan, options: ValidateOptions = {}, structure: PlanStructure = getStructure(plan)): RuleContext {
  const facts = factsOf(structure);
  const settings = resolveCheckerSettings(plan.checker, facts.hasCallsToAction, options.rules);
  return { plan, structure, nodeById: plan.nodes, edgeById: plan.edges, settings, facts };
}

/** One pass over the kind codes (bytes), cheap enough for every run. */
function factsOf({ kindCode }: PlanStructure): PlanFacts {
  return { hasCallsToAction: kindCode.includes(CALL_TO_ACTION), hasIndicators: kindCode.includes(INDICATOR) };
}

/** True when two runs' facts agree, so boxes checked in one need not be checked again in the other. */
export function sameFacts(a: PlanFacts, b: PlanFacts): boolean {
  return a.hasCallsToAction === b.hasCallsToAction && a.hasIndicators === b.hasIndicators;
}
