import type { CheckerSettings } from '../model/checker-settings.js';
import type { PlanEdge } from '../model/edges.js';
import type { PlanLevel } from '../model/levels.js';
import type { NodeKind } from '../model/node-kinds.js';
import type { NodeOfKind, PlanNode } from '../model/nodes.js';
import type { Position, ViewDirection } from '../model/plan.js';

/**
 * Fields a box of kind `K` may change: everything but its id and kind (a field set to `undefined`
 * is removed). Without a kind it is any kind's changes, so a field no kind has does not type-check;
 * with one (`commands.updateNode(outcome, …)` or `updateNode<'outcome'>(id, …)`), only that kind's
 * fields do.
 */
export type NodeChanges<K extends NodeKind = NodeKind> = K extends NodeKind
  ? { [F in Exclude<keyof NodeOfKind<K>, 'id' | 'kind'>]?: NodeOfKind<K>[F] | undefined } & { id?: never; kind?: never }
  : never;
/** Fields of an edge that an update may change: everything but its id, kind and endpoints. */
export type EdgeChanges = Partial<Omit<PlanEdge, 'id' | 'kind' | 'source' | 'target'>>;

/** Plan-wide fields a `setPlanInfo` may change; a field set to `undefined` is removed (except the title). */
export interface PlanInfoChanges {
  title?: string;
  period?: string | undefined;
  description?: string | undefined;
  levels?: PlanLevel[] | undefined;
  checker?: CheckerSettings | undefined;
}

/**
 * One edit of a plan. Every change to a plan is one of these, so that each can be undone,
 * replayed, logged or sent elsewhere.
 */
export type Command =
  | { type: 'addNode'; node: PlanNode; view?: string; position?: Position }
  /** Set fields; a field set to `undefined` is removed. */
  | { type: 'updateNode'; id: string; changes: Readonly<Record<string, unknown>> }
  /** Remove a node, every link that touches it, and its positions. */
  | { type: 'removeNode'; id: string }
  | { type: 'connect'; edge: PlanEdge }
  | { type: 'updateEdge'; id: string; changes: EdgeChanges }
  | { type: 'disconnect'; id: string }
  | { type: 'moveNode'; view: string; id: string; position: Position }
  /** Move many boxes in one view at once (an automatic layout): the same as one moveNode each, but one write. */
  | { type: 'placeNodes'; view: string; positions: readonly (readonly [string, Position])[] }
  | { type: 'setPinned'; view: string; id: string; pinned: boolean }
  /** Which way a view's levels run; undefined goes back to left to right. */
  | { type: 'setViewDirection'; view: string; direction: ViewDirection | undefined }
  | { type: 'setPlanInfo'; changes: PlanInfoChanges }
  | { type: 'batch'; commands: Command[] };

/** Command constructors, so callers need not spell out the `type` field. */
export const commands = {
  addNode: (node: PlanNode, view?: string, position?: Position): Command => ({ type: 'addNode', node, view, position }),
  /**
   * Changes fields of a box. Pass the box itself (or `{ id, kind }`) to have its changes typed by
   * its kind; with only an id, any kind's fields type-check. Checked at run time either way.
   */
  updateNode: <K extends NodeKind = NodeKind>(target: string | { readonly id: string; readonly kind: K }, changes: NoInfer<NodeChanges<K>>): Command => ({
    type: 'updateNode',
    id: typeof target === 'string' ? target : target.id,
    changes: changes as Readonly<Record<string, unknown>>,
  }),
  removeNode: (id: string): Command => ({ type: 'removeNode', id }),
  connect: (edge: PlanEdge): Command => ({ type: 'connect', edge }),
  updateEdge: (id: string, changes: EdgeChanges): Command => ({ type: 'updateEdge', id, changes }),
  disconnect: (id: string): Command => ({ type: 'disconnect', id }),
  moveNode: (view: string, id: string, position: Position): Command => ({ type: 'moveNode', view, id, position }),
  placeNodes: (view: string, positions: Iterable<readonly [string, Position]>): Command => ({ type: 'placeNodes', view, positions: [...positions] }),
  setPinned: (view: string, id: string, pinned: boolean): Command => ({ type: 'setPinned', view, id, pinned }),
  /** Draws a view's levels top to bottom ('down') or, with undefined, left to right again. One undoable step. */
  setViewDirection: (view: string, direction: ViewDirection | undefined): Command => ({ type: 'setViewDirection', view, direction }),
  setPlanInfo: (changes: PlanInfoChanges): Command => ({
    type: 'setPlanInfo',
    changes,
  }),
  batch: (...list: Command[]): Command => ({ type: 'batch', commands: list }),
  /**
   * Replaces the plan's checker settings (profile, rule severities, thresholds); `undefined` or
   * `{}` goes back to the defaults. A rule code the checker does not know is refused with a
   * ChangemapError `invalid-checker-settings`. One undoable step.
   */
  setCheckerSettings: (settings: CheckerSettings | undefined): Command => ({
    type: 'setPlanInfo',
    changes: { checker: settings !== undefined && Object.keys(settings).length > 0 ? settings : undefined },
  }),
};
