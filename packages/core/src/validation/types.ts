import type { NodeKind } from '../model/node-kinds.js';
import type { PlanNode } from '../model/nodes.js';
import type { Plan } from '../model/plan.js';
import type { EdgeKind, PlanEdge } from '../model/edges.js';
import type { PlanStructure } from '../queries/structure.js';
import type { Table } from '../model/table.js';
import type { ResolvedCheckerSettings } from './settings.js';

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
  /** Ids, kinds and links as numbered arrays (see PlanStructure). */
  structure: PlanStructure;
  /** Nodes by id (the plan's own table). */
  nodeById: Table<PlanNode>;
  /** Links by id (the plan's own table). */
  edgeById: Table<PlanEdge>;
  /** The profile, severities and thresholds this run uses. */
  settings: ResolvedCheckerSettings;
  /** Whole-plan facts a node rule may read; when one changes, `validate` re-checks every box. */
  facts: PlanFacts;
}

/** What the plan contains as a whole, counted once per run from the structure. */
export interface PlanFacts {
  hasCallsToAction: boolean;
  hasIndicators: boolean;
}

/** What every rule declares, for docs and settings screens. */
interface RuleInfo {
  /** Stable kebab-case code, e.g. "outcome-without-indicator". */
  code: string;
  defaultSeverity: Severity;
  /** One line saying what the rule checks, for docs and settings screens. */
  description: string;
  /** How to fix what it finds, in general. */
  hint: string;
}

/**
 * A check of one box at a time. It may read that box's fields, its own links in the structure (their
 * kinds and the kinds of the boxes at their other ends) and whether the plan has more than one box;
 * its findings name only that box. That contract is what lets `validate` re-check just the boxes an
 * edit changed and the boxes at the ends of links it added or removed.
 */
export interface NodeRule extends RuleInfo {
  scope: 'node';
  /** The kind of box it checks; every box when absent. */
  kind?: NodeKind;
  /** `number` is the node's number in `context.structure`. */
  checkNode(node: PlanNode, context: RuleContext, number: number): Finding[];
}

/**
 * A check of the whole plan. It decides from the structure only (ids, kinds and links, never
 * other fields) and may name any box; after a field edit it is re-run only when one of the
 * boxes it named changed, because only their titles in its messages can differ.
 */
export interface PlanRule extends RuleInfo {
  scope: 'plan';
  /**
   * The kinds of link the rule reads, when not all: after an edit that changed only links of other
   * kinds (and no box's existence or kind) it is not run again. Absent: every kind.
   */
  linkKinds?: readonly EdgeKind[];
  /**
   * Fields of boxes the rule reads besides ids and kinds (a level, a horizon, a citation): it is
   * re-run after an edit that changes one of them on any box.
   */
  nodeFields?: readonly string[];
  /** Set when the rule reads fields of links (a confidence, a rationale, a stance): it is re-run after any edit of a link. */
  readsLinkFields?: boolean;
  check(context: RuleContext): Finding[];
}

/**
 * A check of one link at a time. It may read the link's fields, the boxes at its ends (any of their
 * fields), the link it points at when it points at a link, and the plan's levels and settings; its
 * findings name that link. That contract is what lets `validate` re-check just the links an edit
 * changed, the links at boxes it changed and the links pointing at links it changed — so adding one
 * link to a plan of 10,000 boxes re-checks one link, not 15,000.
 */
export interface LinkRule extends RuleInfo {
  scope: 'link';
  /** The kinds of link it checks; every link (known kind or not) when absent. */
  linkKinds?: readonly EdgeKind[];
  /** `number` is the link's number in `context.structure`. */
  checkLink(edge: PlanEdge, context: RuleContext, number: number): readonly Finding[];
}

/** What a link rule returns for the (many) links it finds nothing wrong with: one shared empty list, so a run over 15,000 links allocates nothing for them. */
export const NO_FINDINGS: readonly Finding[] = Object.freeze([]);

/** One check of a plan's logic. Each lives in its own file under `rules/`. */
export type Rule = NodeRule | LinkRule | PlanRule;

/**
 * Options for `validate`: switch rules off or give them another severity, by code. These win over
 * the plan's own settings (`plan.checker`), which win over its profile's.
 */
export interface ValidateOptions {
  rules?: Record<string, Severity | 'off'>;
}
