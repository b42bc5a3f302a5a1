import type { CheckerSettings } from './checker-settings.js';
import type { PlanEdge } from './edges.js';
import type { PlanLevel } from './levels.js';
import type { PlanNode } from './nodes.js';
import { Table } from './table.js';

/** A node's position on one view's canvas. */
export interface Position {
  x: number;
  y: number;
}

/** The layout of one view (the whole plan, or one call to action): positions kept apart from meaning. */
export interface PlanView {
  positions: Record<string, Position>;
  /** Ids of nodes the user placed by hand, which auto-layout must leave alone. */
  pinned?: string[];
}

/** The id of the whole-plan view; each call to action's view uses the call to action's id. */
export const WHOLE_PLAN_VIEW = 'plan';

/**
 * A plan in memory. Nodes and edges live in immutable tables keyed by id: an edit makes a new
 * table that shares everything but one small chunk with the old one, so edits and undos cost the
 * same at 10,000 nodes as at 100, and validation can ask which nodes an edit changed.
 */
export interface Plan {
  id: string;
  title: string;
  /** The years the plan covers, e.g. "2023-2028". */
  period?: string;
  description?: string;
  /** The plan's levels, first (activities) to last (impact); DEFAULT_LEVELS when absent. */
  levels?: PlanLevel[];
  /** The checker's profile and rule settings for this plan. */
  checker?: CheckerSettings;
  nodes: Table<PlanNode>;
  edges: Table<PlanEdge>;
  views: Record<string, PlanView>;
}

/** Creates an empty plan. */
export function createPlan(init: {
  id: string;
  title: string;
  period?: string;
  description?: string;
  levels?: PlanLevel[];
  checker?: CheckerSettings;
}): Plan {
  return { ...init, nodes: Table.empty(), edges: Table.empty(), views: {} };
}

/** The nodes of a plan, in their stored order. */
export function getNodes(plan: Plan): readonly PlanNode[] {
  return plan.nodes.toArray();
}

/** The edges of a plan, in their stored order. */
export function getEdges(plan: Plan): readonly PlanEdge[] {
  return plan.edges.toArray();
}
