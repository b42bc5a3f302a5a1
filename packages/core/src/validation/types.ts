import type { NodeKind } from '../model/node-kinds.js';
import type { PlanNode } from '../model/nodes.js';
import type { Plan } from '../model/plan.js';
import type { GraphIndex } from '../queries/graph-index.js';
import type { RecordLookup } from '../queries/record-lookup.js';

/** How serious a problem is: errors break the logic, warnings weaken it, info is worth a look. */
export type Severity = 'error' | 'warning' | 'info';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** One problem found in a plan. */
export interface ValidationIssue {
  /** Stable kebab-case code of the rule, e.g. "outcome-without-indicator". */
  code: string;
  severity: Severity;
  /** What is wrong, in plain English. */
  message: string;
  /** Nodes the problem is about (the first is the one to show). */
  nodeIds: string[];
  edgeIds: string[];
  /** JSON pointer into the file, when the problem is about one field. */
  path?: string;
  /** How to fix it. */
  hint?: string;
}

/** What a rule reports; the engine adds the code and severity. */
export interface Finding {
  message: string;
  nodeIds?: string[];
  edgeIds?: string[];
  path?: string;
  /** Overrides the rule's general hint when this case needs its own. */
  hint?: string;
}

/** Shared, precomputed views of the plan handed to every rule, so each is built once per run. */
export interface RuleContext {
  plan: Plan;
  index: GraphIndex;
  /** Every node, in stored order. */
  nodes: readonly PlanNode[];
  /** Nodes by id. */
  nodeById: RecordLookup<PlanNode>;
  nodesOfKind(kind: NodeKind): readonly PlanNode[];
}

/** One check of a plan's logic. Each lives in its own file under `rules/`. */
export interface Rule {
  code: string;
  defaultSeverity: Severity;
  /** One line saying what the rule checks, for docs and settings screens. */
  description: string;
  /** How to fix what it finds, in general. */
  hint: string;
  check(context: RuleContext): Finding[];
}

/** Options for `validate`: switch rules off or give them another severity, by code. */
export interface ValidateOptions {
  rules?: Record<string, Severity | 'off'>;
}
