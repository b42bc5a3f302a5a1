import type { PlanEdge } from '../model/edges.js';
import { NODE_KINDS } from '../model/node-kinds.js';
import type { PlanNode } from '../model/nodes.js';
import type { Plan } from '../model/plan.js';
import { Table } from '../model/table.js';
import { createRuleContext } from './context.js';
import { RULES } from './rules/index.js';
import type { Finding, NodeRule, PlanRule, Rule, RuleContext, Severity, ValidateOptions, ValidationIssue } from './types.js';

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
/** Beyond this many changed boxes a fresh run is as quick as patching the last one. */
const MOST_CHANGES_TO_PATCH = 256;

interface NodeRuleRun {
  rule: NodeRule;
  severity: Severity;
  /** Issues by box, in the plan's order (only boxes with issues). */
  byNode: Map<string, ValidationIssue[]>;
  issues: ValidationIssue[];
}

interface PlanRuleRun {
  rule: PlanRule;
  severity: Severity;
  /** Every box its issues name: only their edits can change its messages. */
  mentions: Set<string>;
  issues: ValidationIssue[];
}

type RuleRun = NodeRuleRun | PlanRuleRun;

/** A box an edit changed: its key, its new value and its number in the plan structure. */
interface ChangedNode {
  id: string;
  node: PlanNode;
  number: number;
}

/** What one run found, kept so that the next run over an edited copy can re-check only the edit. */
interface Run {
  nodes: Table<PlanNode>;
  edges: Table<PlanEdge>;
  optionsKey: string;
  /** Rule runs, errors first, then in `RULES` order: the order issues are listed in. */
  rules: RuleRun[];
  /** A rule crashed; its internal-error issue breaks the severity grouping, so never patch this run. */
  crashed: boolean;
  /** Set when the plan could not even be indexed: then it is the only issue. */
  failure?: ValidationIssue;
}

let lastRun: Run | undefined;
let patchedRuns = 0;

/**
 * Checks the logic of a plan and returns every problem found, errors first. Never throws: a
 * rule that fails on malformed data is reported as an `internal-error` issue and the rest still run.
 *
 * It remembers its last run. When the plan it is given differs from that one only in the fields
 * of some boxes (the usual edit), it re-checks those boxes alone, and re-runs a whole-plan rule
 * only when its messages name one of them; links added or removed mean a fresh run. The result is
 * always the same as a fresh run's (a property test holds it to that).
 */
export function validate(plan: Plan, options: ValidateOptions = {}): ValidationIssue[] {
  const optionsKey = JSON.stringify(options.rules ?? {});
  const previous = lastRun;
  lastRun = undefined; // a run that throws half-way must not be patched later
  const patched = previous && patchRun(previous, plan, optionsKey);
  if (patched) patchedRuns++;
  const run = patched || freshRun(plan, options, optionsKey);
  lastRun = run;
  return listIssues(run);
}

/** For tests and benchmarks (not exported by the package): a full run that neither uses nor replaces the remembered one. */
export function validateFromScratch(plan: Plan, options: ValidateOptions = {}): ValidationIssue[] {
  return listIssues(freshRun(plan, options, ''));
}

/** For tests (not exported by the package): how many runs so far re-checked only what an edit changed. */
export function countPatchedRuns(): number {
  return patchedRuns;
}

/** The rules `validate` runs, for documentation and settings screens. */
export function getRules(): readonly Rule[] {
  return RULES;
}

function freshRun(plan: Plan, options: ValidateOptions, optionsKey: string): Run {
  const run: Run = { nodes: plan.nodes, edges: plan.edges, optionsKey, rules: [], crashed: false };
  let context: RuleContext;
  try {
    context = createRuleContext(plan);
  } catch (error) {
    return { ...run, crashed: true, failure: internalIssue('the plan index', error) };
  }
  const active = RULES.flatMap((rule) => {
    const severity = options.rules?.[rule.code] ?? rule.defaultSeverity;
    return severity === 'off' ? [] : [{ rule, severity }];
  }).sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  // Node rules share one pass over the nodes; plan rules run one by one.
  const nodeRuns: NodeRuleRun[] = [];
  for (const { rule, severity } of active) {
    if (rule.scope === 'node') {
      const nodeRun: NodeRuleRun = { rule, severity, byNode: new Map(), issues: [] };
      nodeRuns.push(nodeRun);
      run.rules.push(nodeRun);
      continue;
    }
    try {
      run.rules.push(runPlanRule(rule, severity, context));
    } catch (error) {
      run.crashed = true;
      run.rules.push({ rule, severity, mentions: new Set(), issues: [internalIssue(`the rule “${rule.code}”`, error)] });
    }
  }
  if (runNodeRules(nodeRuns, context)) run.crashed = true;
  return run;
}

/** Runs every node rule over every node in one walk of the node numbers (table order, no lookups); true if one crashed. */
function runNodeRules(runs: NodeRuleRun[], context: RuleContext): boolean {
  const { nodeById, structure } = context;
  // The rules that apply to each kind (by kind code; the last entry serves unknown kinds).
  const forKind = [...NODE_KINDS, undefined].map((kind) => runs.filter(({ rule }) => rule.kind === undefined || rule.kind === kind));
  const crashed = new Set<NodeRuleRun>();
  for (let v = 0; v < structure.kindOf.length; v++) {
    const node = nodeById.atOrder(v);
    if (node === undefined) continue;
    for (const nodeRun of forKind[Math.min(structure.kindCode[v]!, NODE_KINDS.length)]!) {
      const { rule, severity } = nodeRun;
      let found: Finding[];
      try {
        found = rule.checkNode(node, context, v);
      } catch (error) {
        crashed.add(nodeRun);
        nodeRun.byNode.clear();
        nodeRun.issues = [internalIssue(`the rule “${rule.code}”`, error)];
        // Stop running it (the walk in progress keeps the old list, so this is safe mid-loop).
        forKind.forEach((list, k) => (forKind[k] = list.filter((other) => other !== nodeRun)));
        continue;
      }
      if (found.length === 0) continue;
      const nodeIssues = found.map((finding) => toIssue(rule, severity, finding));
      nodeRun.byNode.set(structure.idOf[v]!, nodeIssues);
      nodeRun.issues.push(...nodeIssues);
    }
  }
  return crashed.size > 0;
}

function runPlanRule(rule: PlanRule, severity: Severity, context: RuleContext): PlanRuleRun {
  const issues = rule.check(context).map((finding) => toIssue(rule, severity, finding));
  const mentions = new Set(issues.flatMap((issue) => issue.nodeIds));
  return { rule, severity, mentions, issues };
}

/**
 * Brings `run` up to date with `plan` when only box fields changed; undefined when a fresh run
 * is needed (other options, other links, boxes added or removed, or too many changes).
 */
function patchRun(run: Run, plan: Plan, optionsKey: string): Run | undefined {
  if (run.crashed || run.optionsKey !== optionsKey || run.edges !== plan.edges) return undefined;
  const changed = Table.changedKeys(run.nodes, plan.nodes);
  if (changed === undefined || changed.length > MOST_CHANGES_TO_PATCH) return undefined;
  const changedNodes: ChangedNode[] = [];
  for (const id of changed) {
    const before = run.nodes.get(id);
    const after = plan.nodes.get(id);
    if (!before || !after || before.kind !== after.kind || before.id !== after.id) return undefined;
    changedNodes.push({ id, node: after, number: plan.nodes.orderOf(id)! });
  }
  if (changedNodes.length === 0) return { ...run, nodes: plan.nodes };
  try {
    const context = createRuleContext(plan);
    const rules = run.rules.map((ruleRun) =>
      'byNode' in ruleRun
        ? patchNodeRule(ruleRun, changedNodes, context)
        : changedNodes.some(({ id }) => ruleRun.mentions.has(id))
          ? runPlanRule(ruleRun.rule, ruleRun.severity, context)
          : ruleRun,
    );
    return { ...run, nodes: plan.nodes, rules };
  } catch {
    return undefined; // a rule crashed: the fresh run reports it properly
  }
}

function patchNodeRule(ruleRun: NodeRuleRun, changedNodes: ChangedNode[], context: RuleContext): NodeRuleRun {
  const { rule, severity } = ruleRun;
  let byNode = ruleRun.byNode;
  let reorder = false;
  for (const { id, node, number } of changedNodes) {
    if (rule.kind !== undefined && node.kind !== rule.kind) continue;
    const found = rule.checkNode(node, context, number);
    if (found.length === 0 && !byNode.has(id)) continue;
    if (byNode === ruleRun.byNode) byNode = new Map(byNode); // runs are shared with earlier results; copy before writing
    if (found.length === 0) {
      byNode.delete(id);
      continue;
    }
    if (!byNode.has(id)) reorder = true;
    byNode.set(id, found.map((finding) => toIssue(rule, severity, finding)));
  }
  if (byNode === ruleRun.byNode) return ruleRun;
  if (reorder) {
    // A newly flagged box went last in the Map; put it back in the plan's order.
    const order = (id: string) => context.nodeById.orderOf(id) ?? Number.MAX_SAFE_INTEGER;
    byNode = new Map([...byNode].sort(([a], [b]) => order(a) - order(b)));
  }
  return { rule, severity, byNode, issues: [...byNode.values()].flat() };
}

function listIssues(run: Run): ValidationIssue[] {
  if (run.failure) return [run.failure];
  const issues = run.rules.flatMap((ruleRun) => ruleRun.issues);
  // Internal errors are errors whatever their rule's severity; a stable sort puts them first.
  return run.crashed ? issues.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]) : issues;
}

function toIssue(rule: Rule, severity: Severity, finding: Finding): ValidationIssue {
  return {
    code: rule.code,
    severity,
    message: finding.message,
    nodeIds: finding.nodeIds ?? [],
    edgeIds: finding.edgeIds ?? [],
    ...(finding.path !== undefined && { path: finding.path }),
    hint: finding.hint ?? rule.hint,
  };
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
