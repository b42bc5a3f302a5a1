import type { CheckerSettings } from './checker-settings.js';
import type { PlanEdge } from './edges.js';
import type { PlanLevel } from './levels.js';
import type { PlanNode } from './nodes.js';
import { checkPlanInfo } from '../edits/checks.js';
import { ChangemapError } from './errors.js';
import { emptyRecord, isValidId } from './ids.js';
import { Table } from './table.js';

/** A node's position on one view's canvas. */
export interface Position {
  x: number;
  y: number;
}

/** The layout of one view (the whole plan, or one call to action): positions kept apart from meaning. */
export interface PlanView {
  /** By node id. A null-prototype record: read it with `getSavedPosition` or `Object.hasOwn`, never a bare lookup. */
  positions: Record<string, Position>;
  /** Ids of nodes the user placed by hand, which auto-layout must leave alone. */
  pinned?: string[];
  /** Which way the levels run: 'down' draws them as bands from top to bottom; absent, left to right. */
  direction?: ViewDirection;
}

/** The way a view's levels run other than the default left to right. */
export type ViewDirection = 'down';

/** The id of the whole-plan view; each call to action's view uses the call to action's id. */
export const WHOLE_PLAN_VIEW = 'plan';

/** Which way a view's levels run: 'right' (the default) or 'down'. */
export function getViewDirection(plan: Pick<Plan, 'views'>, viewId: string): 'right' | 'down' {
  return getView(plan, viewId)?.direction === 'down' ? 'down' : 'right';
}

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
  /** By view id (a null-prototype record; read it with `getView`). */
  views: Record<string, PlanView>;
}

/** Creates an empty plan; its id and fields are checked as every write is (a ChangemapError when they do not fit). */
export function createPlan(init: { id: string; title: string; period?: string; description?: string; levels?: PlanLevel[]; checker?: CheckerSettings }): Plan {
  const { id, ...info } = init;
  if (info.title === undefined) throw new ChangemapError('missing-field', 'A plan needs a title (it may be empty text).');
  if (!isValidId(id)) throw new ChangemapError('invalid-id', `“${String(id).slice(0, 80)}” cannot be a plan's id: use letters, digits and . _ : -.`);
  const fields = Object.fromEntries(Object.entries(checkPlanInfo(info)).filter(([, value]) => value !== undefined));
  return { id, ...(fields as Pick<Plan, 'title'>), nodes: Table.empty(), edges: Table.empty(), views: emptyRecord() };
}

/** A view's layout, or undefined; safe for any id ("constructor" is an ordinary view id). */
export function getView(plan: Pick<Plan, 'views'>, viewId: string): PlanView | undefined {
  return Object.hasOwn(plan.views, viewId) ? plan.views[viewId] : undefined;
}

/** A box's saved position in a view, or undefined; safe for any id. */
export function getSavedPosition(plan: Pick<Plan, 'views'>, viewId: string, nodeId: string): Position | undefined {
  const view = getView(plan, viewId);
  return view && Object.hasOwn(view.positions, nodeId) ? view.positions[nodeId] : undefined;
}

/** The nodes of a plan, in their stored order. */
export function getNodes(plan: Plan): readonly PlanNode[] {
  return plan.nodes.toArray();
}

/** The edges of a plan, in their stored order. */
export function getEdges(plan: Plan): readonly PlanEdge[] {
  return plan.edges.toArray();
}
