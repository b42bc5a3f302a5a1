import type { PlanEdge } from '../model/edges.js';
import { NODE_KINDS } from '../model/node-kinds.js';
import type { PlanNode } from '../model/nodes.js';
import type { Plan } from '../model/plan.js';
import { Table } from '../model/table.js';
import { EDGE_KINDS } from '../model/edges.js';
import { deriveStructure } from '../queries/derive-structure.js';
import { NOT_A_NODE, UNKNOWN, type PlanStructure, type StructureChange } from '../queries/structure.js';
import { createRuleContext, sameFacts } from './context.js';
import { RULES } from './rules/index.js';
import type { Finding, LinkRule, NodeRule, PlanFacts, PlanRule, Rule, RuleContext, Severity, ValidateOptions, ValidationIssue } from './types.js';

/** Stands in for the structure of a plan that could not be indexed (such a run is never patched). */
const EMPTY_STRUCTURE: PlanStructure = {
  linkLimit: 0,
  kindOf: [],
  kindCode: new Uint8Array(0),
  idOf: [],
  source: new Int32Array(0),
  target: new Int32Array(0),
  kind: new Uint8Array(0),
  outStart: new Int32Array(1),
  outLinks: new Int32Array(0),
  inStart: new Int32Array(1),
  inLinks: new Int32Array(0),
};

/** Shared by every link with nothing to report. */
const NO_ISSUES: readonly ValidationIssue[] = Object.freeze([]);

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

interface LinkRuleRun {
  rule: LinkRule;
  severity: Severity;
  /** Issues by link id, in the plan's order of links (only links with issues). */
  byLink: Map<string, readonly ValidationIssue[]>;
  issues: ValidationIssue[];
}

type RuleRun = NodeRuleRun | LinkRuleRun | PlanRuleRun;

/** A box to check again: its key, its value (undefined when it went) and its number in the plan structure. */
interface ChangedNode {
  id: string;
  node: PlanNode | undefined;
  number: number;
}

/** What one run found, kept so that the next run over an edited copy can re-check only the edit. */
interface Run {
  nodes: Table<PlanNode>;
  edges: Table<PlanEdge>;
  /** The structure of the two tables, for deriving the next one. */
  structure: PlanStructure;
  optionsKey: string;
  /** What node rules may have read of the plan as a whole; when it changes, every box is checked again. */
  facts: PlanFacts;
  /** Rule runs, errors first, then in `RULES` order: the order issues are listed in. */
  rules: RuleRun[];
  /** A rule crashed; its internal-error issue breaks the severity grouping, so never patch this run. */
  crashed: boolean;
  /** Set when the plan could not even be indexed: then it is the only issue. */
  failure?: ValidationIssue;
  /**
   * Links that point at something other than a box (a causal link, or a missing id), by the id they
   * point at: when that link changes, they are checked again. Few in any plan.
   */
  linkTargets: ReadonlyMap<string, ReadonlySet<string>>;
}

/**
 * The last run over each family of node tables (the tables derived from one another by edits:
 * one plan's history), so two editors, or two histories, never share or evict each other's memo.
 */
const lastRuns = new WeakMap<object, Run>();
let patchedRuns = 0;
let structuralPatches = 0;

/**
 * Checks the logic of a plan and returns every problem found, errors first. Never throws: a
 * rule that fails on malformed data is reported as an `internal-error` issue and the rest still run.
 *
 * It remembers its last run over the same plan (by the identity of its tables). When the plan it
 * is given is an edited version of that one, it re-checks only what the edit touched: the boxes
 * edited, added or removed and the boxes at both ends of links added or removed, and a whole-plan
 * rule only when the edit changed links of a kind it reads, or boxes, or a box its messages name.
 * The result is always the same as a fresh run's (property tests hold it to that).
 */
export function validate(plan: Plan, options: ValidateOptions = {}): ValidationIssue[] {
  // The plan's own settings and levels change findings without changing a box, so they key the memo too.
  const optionsKey = JSON.stringify([options.rules ?? {}, plan.checker ?? null, plan.levels ?? null]);
  const family = Table.familyOf(plan.nodes);
  const previous = lastRuns.get(family);
  lastRuns.delete(family); // a run that throws half-way must not be patched later
  const patched = previous && patchRun(previous, plan, options, optionsKey);
  if (patched) patchedRuns++;
  const run = patched || freshRun(plan, options, optionsKey);
  lastRuns.set(family, run);
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

/** For tests (not exported by the package): how many of those followed an edit of links or boxes (not fields alone). */
export function countStructuralPatches(): number {
  return structuralPatches;
}

/** The rules `validate` runs, for documentation and settings screens. */
export function getRules(): readonly Rule[] {
  return RULES;
}

function freshRun(plan: Plan, options: ValidateOptions, optionsKey: string): Run {
  let context: RuleContext;
  try {
    context = createRuleContext(plan, options);
  } catch (error) {
    const failure = internalIssue('the plan index', error);
    const facts = { hasCallsToAction: false, hasIndicators: false };
    return { nodes: plan.nodes, edges: plan.edges, structure: EMPTY_STRUCTURE, optionsKey, facts, rules: [], crashed: true, failure, linkTargets: new Map() };
  }
  const run: Run = {
    nodes: plan.nodes,
    edges: plan.edges,
    structure: context.structure,
    optionsKey,
    facts: context.facts,
    rules: [],
    crashed: false,
    linkTargets: indexLinkTargets(context),
  };
  const { rules } = context.settings;
  const active = RULES.flatMap((rule) => {
    const severity = (Object.hasOwn(rules, rule.code) ? rules[rule.code] : undefined) ?? rule.defaultSeverity;
    return severity === 'off' ? [] : [{ rule, severity }];
  }).sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  // Node rules share one pass over the nodes and link rules one over the links; plan rules run one by one.
  const nodeRuns: NodeRuleRun[] = [];
  const linkRuns: LinkRuleRun[] = [];
  for (const { rule, severity } of active) {
    switch (rule.scope) {
      case 'node': {
        const nodeRun: NodeRuleRun = { rule, severity, byNode: new Map(), issues: [] };
        nodeRuns.push(nodeRun);
        run.rules.push(nodeRun);
        break;
      }
      case 'link': {
        const linkRun: LinkRuleRun = { rule, severity, byLink: new Map(), issues: [] };
        linkRuns.push(linkRun);
        run.rules.push(linkRun);
        break;
      }
      case 'plan':
        try {
          run.rules.push(runPlanRule(rule, severity, context));
        } catch (error) {
          run.crashed = true;
          run.rules.push({ rule, severity, mentions: new Set(), issues: [internalIssue(`the rule “${rule.code}”`, error)] });
        }
        break;
      default:
        rule satisfies never;
    }
  }
  if (runNodeRules(nodeRuns, context)) run.crashed = true;
  if (runLinkRules(linkRuns, context)) run.crashed = true;
  return run;
}

/** Whether a link rule checks links of this kind code. */
function checksKind(rule: LinkRule, code: number): boolean {
  return !rule.linkKinds || (code !== UNKNOWN && rule.linkKinds.includes(EDGE_KINDS[code]!));
}

/** The findings of one link rule for link number `e`, as issues. */
function checkOneLink(linkRun: LinkRuleRun, edge: PlanEdge, context: RuleContext, e: number): readonly ValidationIssue[] {
  const { rule, severity } = linkRun;
  if (!checksKind(rule, context.structure.kind[e]!)) return NO_ISSUES;
  const found = rule.checkLink(edge, context, e);
  return found.length === 0 ? NO_ISSUES : found.map((finding) => toIssue(rule, severity, finding));
}

/** Runs every link rule over every link in one walk of the link numbers; true if one crashed. */
function runLinkRules(runs: LinkRuleRun[], context: RuleContext): boolean {
  const { edgeById, structure } = context;
  // The rules that check each kind of link (by kind code; the last entry serves unknown kinds), so
  // the walk over 15,000 links asks nothing of a rule that does not read that kind.
  let forKind = [...EDGE_KINDS.map((_, code) => code), UNKNOWN].map((code) => runs.filter(({ rule }) => checksKind(rule, code)));
  let crashed = false;
  for (let e = 0; e < structure.linkLimit; e++) {
    const linkRuns = forKind[Math.min(structure.kind[e]!, EDGE_KINDS.length)]!;
    if (linkRuns.length === 0) continue;
    const edge = edgeById.atOrder(e);
    if (edge === undefined) continue;
    for (const linkRun of linkRuns) {
      let found: readonly Finding[];
      try {
        found = linkRun.rule.checkLink(edge, context, e);
      } catch (error) {
        crashed = true;
        linkRun.byLink.clear();
        linkRun.issues = [internalIssue(`the rule “${linkRun.rule.code}”`, error)];
        // Stop running it (the walk in progress keeps the old list, so this is safe mid-loop).
        forKind = forKind.map((list) => list.filter((other) => other !== linkRun));
        continue;
      }
      if (found.length === 0) continue;
      const issues = found.map((finding) => toIssue(linkRun.rule, linkRun.severity, finding));
      linkRun.byLink.set(edge.id, issues);
      linkRun.issues.push(...issues);
    }
  }
  return crashed;
}

/** Links whose target is no box, by the id they point at (see `Run.linkTargets`). */
function indexLinkTargets({ structure, edgeById }: RuleContext): Map<string, Set<string>> {
  const targets = new Map<string, Set<string>>();
  for (let e = 0; e < structure.linkLimit; e++) {
    if (structure.target[e] !== NOT_A_NODE) continue;
    const edge = edgeById.atOrder(e);
    if (edge) addTarget(targets, edge);
  }
  return targets;
}

function addTarget(targets: Map<string, Set<string>>, edge: PlanEdge): void {
  const set = targets.get(edge.target) ?? new Set<string>();
  set.add(edge.id);
  targets.set(edge.target, set);
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
 * Brings `run` up to date with `plan`, an edited version of its plan; undefined when a fresh run
 * is needed (other options, tables not derived from the run's, too many changes, or a crash).
 */
function patchRun(run: Run, plan: Plan, options: ValidateOptions, optionsKey: string): Run | undefined {
  if (run.crashed || run.optionsKey !== optionsKey) return undefined;
  const nodeIds = Table.changedKeys(run.nodes, plan.nodes);
  const edgeIds = Table.changedKeys(run.edges, plan.edges);
  if (!nodeIds || !edgeIds || nodeIds.length + edgeIds.length > MOST_CHANGES_TO_PATCH) return undefined;
  if (nodeIds.length === 0 && edgeIds.length === 0) return { ...run, nodes: plan.nodes, edges: plan.edges };
  // Node rules may ask whether the plan has more than one box (a lone box is not an orphan).
  if (run.nodes.size < 2 !== plan.nodes.size < 2) return undefined;
  try {
    const derived = deriveStructure(run.structure, run, plan, nodeIds, edgeIds);
    if (!derived) return undefined;
    const { structure, change } = derived;
    const context = createRuleContext(plan, options, structure);
    if (!sameFacts(run.facts, context.facts)) return undefined;
    const changedNodes = nodesToRecheck(run, plan, structure, nodeIds, change);
    const linkTargets = updateLinkTargets(run, plan, structure, edgeIds);
    const changedLinks = linksToRecheck(run, plan, structure, edgeIds, change, changedNodes);
    const rules = run.rules.map((ruleRun): RuleRun => {
      if ('byNode' in ruleRun) return patchNodeRule(ruleRun, changedNodes, context);
      if ('byLink' in ruleRun) return patchLinkRule(ruleRun, changedLinks, context);
      return mayChangeFindings(ruleRun.rule, change) ||
        readsWhatChanged(ruleRun.rule, run, plan, nodeIds, edgeIds) ||
        nodeIds.some((id) => ruleRun.mentions.has(id))
        ? runPlanRule(ruleRun.rule, ruleRun.severity, context)
        : ruleRun;
    });
    if (change.nodes.length > 0 || change.links.length > 0) structuralPatches++;
    return { ...run, nodes: plan.nodes, edges: plan.edges, structure, rules, linkTargets };
  } catch {
    return undefined; // a rule crashed: the fresh run reports it properly
  }
}

/** Whether a plan rule can find something else after this change of the structure: boxes came, went or changed kind, or links of a kind it reads changed. */
function mayChangeFindings(rule: PlanRule, change: StructureChange): boolean {
  if (change.nodes.length > 0) return true;
  const reads = (code: number | undefined) => code !== undefined && (!rule.linkKinds || code === UNKNOWN || rule.linkKinds.includes(EDGE_KINDS[code]!));
  return change.links.some(({ before, after }) => reads(before?.kind) || reads(after?.kind));
}

/** Whether a plan rule reads a field the edit changed: a field of a link, or one of the box fields it names. */
function readsWhatChanged(rule: PlanRule, run: Run, plan: Plan, nodeIds: readonly string[], edgeIds: readonly string[]): boolean {
  if (rule.readsLinkFields && edgeIds.length > 0) return true;
  const fields = rule.nodeFields;
  if (!fields || fields.length === 0) return false;
  return nodeIds.some((id) => {
    const before = run.nodes.get(id) as Record<string, unknown> | undefined;
    const after = plan.nodes.get(id) as Record<string, unknown> | undefined;
    if (!before || !after) return before !== after;
    return fields.some((field) => before[field] !== after[field]);
  });
}

/** The boxes an edit touched: edited, added or removed, and those at either end of a changed link. */
function nodesToRecheck(run: Run, plan: Plan, structure: PlanStructure, nodeIds: readonly string[], change: StructureChange): ChangedNode[] {
  const numbers = new Set<number>(change.nodes);
  for (const id of nodeIds) numbers.add(plan.nodes.orderOf(id) ?? run.nodes.orderOf(id)!);
  for (const { before, after } of change.links) {
    for (const v of [before?.source, before?.target, after?.source, after?.target]) if (v !== undefined && v !== NOT_A_NODE) numbers.add(v);
  }
  return [...numbers].map((number) => ({
    id: structure.idOf[number] || run.structure.idOf[number]!,
    node: plan.nodes.atOrder(number),
    number,
  }));
}

/** A link to check again: its id, its value (undefined when it went) and its number. */
interface ChangedLink {
  id: string;
  edge: PlanEdge | undefined;
  number: number;
}

/**
 * The links an edit touched: edited, added or removed, those at boxes it touched (their titles and
 * levels are in link findings), and those pointing at links it touched. In link number order.
 */
function linksToRecheck(
  run: Run,
  plan: Plan,
  structure: PlanStructure,
  edgeIds: readonly string[],
  change: StructureChange,
  changedNodes: readonly ChangedNode[],
): ChangedLink[] {
  const numbers = new Set<number>();
  const addId = (id: string) => {
    const e = plan.edges.orderOf(id) ?? run.edges.orderOf(id);
    if (e !== undefined) numbers.add(e);
  };
  for (const id of edgeIds) {
    addId(id);
    for (const pointing of run.linkTargets.get(id) ?? []) addId(pointing);
  }
  for (const { number } of change.links) numbers.add(number);
  for (const { id, number } of changedNodes) {
    if (number < structure.idOf.length) {
      for (let i = structure.outStart[number]!; i < structure.outStart[number + 1]!; i++) numbers.add(structure.outLinks[i]!);
      for (let i = structure.inStart[number]!; i < structure.inStart[number + 1]!; i++) numbers.add(structure.inLinks[i]!);
    }
    // A box that went leaves its links dangling, pointing at its id.
    for (const pointing of run.linkTargets.get(id) ?? []) addId(pointing);
  }
  return [...numbers]
    .sort((a, b) => a - b)
    .map((number) => {
      const edge = plan.edges.atOrder(number);
      return { id: edge?.id ?? run.edges.atOrder(number)!.id, edge, number };
    });
}

/** `run.linkTargets` after the edit: the changed links' entries replaced (a copy only when one changes). */
function updateLinkTargets(run: Run, plan: Plan, structure: PlanStructure, edgeIds: readonly string[]): Run['linkTargets'] {
  let targets: Map<string, Set<string>> | undefined;
  for (const id of edgeIds) {
    const before = run.edges.get(id);
    const after = plan.edges.get(id);
    const afterNumber = plan.edges.orderOf(id);
    const pointsAtNoBox = after !== undefined && afterNumber !== undefined && structure.target[afterNumber] === NOT_A_NODE;
    const wasListed = before !== undefined && (run.linkTargets.get(before.target)?.has(id) ?? false);
    if (!wasListed && !pointsAtNoBox) continue;
    targets ??= new Map([...run.linkTargets].map(([target, ids]) => [target, new Set(ids)]));
    if (before) targets.get(before.target)?.delete(id);
    if (pointsAtNoBox) addTarget(targets, after);
  }
  return targets ?? run.linkTargets;
}

function patchLinkRule(ruleRun: LinkRuleRun, changedLinks: readonly ChangedLink[], context: RuleContext): LinkRuleRun {
  let byLink = ruleRun.byLink;
  let reorder = false;
  for (const { id, edge, number } of changedLinks) {
    const found = edge === undefined ? [] : checkOneLink(ruleRun, edge, context, number);
    if (found.length === 0 && !byLink.has(id)) continue;
    if (byLink === ruleRun.byLink) byLink = new Map(byLink); // runs are shared with earlier results; copy before writing
    if (found.length === 0) {
      byLink.delete(id);
      continue;
    }
    if (!byLink.has(id)) reorder = true;
    byLink.set(id, found);
  }
  if (byLink === ruleRun.byLink) return ruleRun;
  if (reorder) {
    // A newly flagged link went last in the Map; put it back in the plan's order.
    const order = (id: string) => context.edgeById.orderOf(id) ?? Number.MAX_SAFE_INTEGER;
    byLink = new Map([...byLink].sort(([a], [b]) => order(a) - order(b)));
  }
  return { rule: ruleRun.rule, severity: ruleRun.severity, byLink, issues: [...byLink.values()].flat() };
}

function patchNodeRule(ruleRun: NodeRuleRun, changedNodes: ChangedNode[], context: RuleContext): NodeRuleRun {
  const { rule, severity } = ruleRun;
  let byNode = ruleRun.byNode;
  let reorder = false;
  for (const { id, node, number } of changedNodes) {
    if (rule.kind !== undefined && node !== undefined && node.kind !== rule.kind && !byNode.has(id)) continue;
    const found = node === undefined || (rule.kind !== undefined && node.kind !== rule.kind) ? [] : rule.checkNode(node, context, number);
    if (found.length === 0 && !byNode.has(id)) continue;
    if (byNode === ruleRun.byNode) byNode = new Map(byNode); // runs are shared with earlier results; copy before writing
    if (found.length === 0) {
      byNode.delete(id);
      continue;
    }
    if (!byNode.has(id)) reorder = true;
    byNode.set(
      id,
      found.map((finding) => toIssue(rule, severity, finding)),
    );
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
