import type { PlanEdge } from './edges.js';
import type { PlanNode } from './nodes.js';

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
 * A plan in memory. Nodes and edges are keyed by id so that an edit touches only what it changes
 * (and its undo patch is proportional to the edit, not to the plan).
 */
export interface Plan {
  id: string;
  title: string;
  /** The years the plan covers, e.g. "2023-2028". */
  period?: string;
  description?: string;
  nodes: Record<string, PlanNode>;
  edges: Record<string, PlanEdge>;
  views: Record<string, PlanView>;
}

/** Creates an empty plan. */
export function createPlan(init: { id: string; title: string; period?: string; description?: string }): Plan {
  return { ...init, nodes: {}, edges: {}, views: {} };
}

/** The nodes of a plan, in their stored order. */
export function getNodes(plan: Plan): PlanNode[] {
  return Object.values(plan.nodes);
}

/** The edges of a plan, in their stored order. */
export function getEdges(plan: Plan): PlanEdge[] {
  return Object.values(plan.edges);
}
