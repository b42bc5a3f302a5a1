import type { Plan } from '../model/plan.js';
import { createRuleContext } from './context.js';
import { RULES } from './rules/index.js';
import type { Rule, RuleContext, Severity, ValidateOptions, ValidationIssue } from './types.js';

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Checks the logic of a plan and returns every problem found, errors first. Never throws: a
 * rule that fails on malformed data is reported as an `internal-error` issue and the rest still run.
 */
export function validate(plan: Plan, options: ValidateOptions = {}): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  let context: RuleContext;
  try {
    context = createRuleContext(plan);
  } catch (error) {
    return [internalIssue('the plan index', error)];
  }
  for (const rule of RULES) {
    const severity = options.rules?.[rule.code] ?? rule.defaultSeverity;
    if (severity === 'off') continue;
    try {
      for (const finding of rule.check(context)) {
        issues.push({
          code: rule.code,
          severity,
          message: finding.message,
          nodeIds: finding.nodeIds ?? [],
          edgeIds: finding.edgeIds ?? [],
          ...(finding.path !== undefined && { path: finding.path }),
          hint: finding.hint ?? rule.hint,
        });
      }
    } catch (error) {
      issues.push(internalIssue(`the rule “${rule.code}”`, error));
    }
  }
  return issues.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

/** The rules `validate` runs, for documentation and settings screens. */
export function getRules(): readonly Rule[] {
  return RULES;
}

function internalIssue(where: string, error: unknown): ValidationIssue {
  return {
    code: 'internal-error',
    severity: 'error',
    message: `The checker could not finish ${where}: ${error instanceof Error ? error.message : String(error)}.`,
    nodeIds: [],
    edgeIds: [],
    hint: 'The plan data is malformed in a way the checker does not expect; import it through the file pipeline to repair it.',
  };
}
