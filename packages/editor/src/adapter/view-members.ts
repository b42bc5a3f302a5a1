import { emptyRecord, getTheoryOfChange, getView, WHOLE_PLAN_VIEW } from '@changemap/core';
import type { Plan, Position } from '@changemap/core';

/** The nodes and links one view shows. */
export interface ViewMembers {
  nodeIds: Set<string>;
  edgeIds: Set<string>;
}

const WHOLE_PLAN_KINDS = new Set(['vision', 'aim', 'callToAction']);

/**
 * What a view shows. A call to action's view is its derived theory of change; the whole-plan view
 * is the top of the plan — vision, aims, calls to action, and the outcomes on the way from aims to
 * the vision — so that it reads vision ← aims ← calls to action; a plan without calls to action
 * shows its whole graph there.
 */
export function getViewMembers(plan: Plan, viewId: string): ViewMembers {
  // Cached per nodes and edges tables, then per view: moving a box changes the plan but not what
  // a view shows, so the walk is redone only when the set of boxes placed on the view grows.
  let perView = cache.get(plan.nodes)?.get(plan.edges);
  if (!perView) {
    perView = new Map();
    let byEdges = cache.get(plan.nodes);
    if (!byEdges) cache.set(plan.nodes, (byEdges = new WeakMap()));
    byEdges.set(plan.edges, perView);
  }
  const positions = getView(plan, viewId)?.positions ?? NO_POSITIONS;
  const known = perView.get(viewId);
  if (known && (known.positions === positions || sameExtras(plan, known, positions))) {
    known.positions = positions;
    return known.members;
  }
  const base = viewId === WHOLE_PLAN_VIEW ? wholePlanNodes(plan) : getTheoryOfChange(plan, viewId).nodeIds;
  const extras = placedExtras(plan, base, positions);
  const nodeIds = new Set([...base, ...extras]);
  const edgeIds = new Set<string>();
  for (const edge of plan.edges.toArray()) {
    const target = plan.edges.get(edge.target)?.target ?? edge.target;
    if (nodeIds.has(edge.source) && nodeIds.has(target)) edgeIds.add(edge.id);
  }
  const members = { nodeIds, edgeIds };
  perView.set(viewId, { base, extras, positions, members });
  return members;
}

interface CachedView {
  /** What the view shows by its links alone. */
  base: ReadonlySet<string>;
  /** Boxes placed on the view that the links alone would not show (a new box, say). */
  extras: ReadonlySet<string>;
  positions: Record<string, Position>;
  members: ViewMembers;
}

/** The positions of a view with none saved (one shared, empty, null-prototype record). */
const NO_POSITIONS: Record<string, Position> = Object.freeze(emptyRecord<Position>());

const cache = new WeakMap<Plan['nodes'], WeakMap<Plan['edges'], Map<string, CachedView>>>();

/** A box placed on this view stays on it even before it is linked in. */
function placedExtras(plan: Plan, base: ReadonlySet<string>, positions: Record<string, Position>): Set<string> {
  const extras = new Set<string>();
  for (const id of Object.keys(positions)) if (!base.has(id) && plan.nodes.has(id)) extras.add(id);
  return extras;
}

function sameExtras(plan: Plan, known: CachedView, positions: Record<string, Position>): boolean {
  const extras = placedExtras(plan, known.base, positions);
  if (extras.size !== known.extras.size) return false;
  for (const id of extras) if (!known.extras.has(id)) return false;
  return true;
}

function wholePlanNodes(plan: Plan): Set<string> {
  // A plan without calls to action (an imported chart, say) has no other view: show all of it, by level.
  if (!plan.nodes.toArray().some((n) => n.kind === 'callToAction')) return new Set(plan.nodes.toArray().map((n) => n.id));
  const nodeIds = new Set(
    plan.nodes
      .toArray()
      .filter((n) => WHOLE_PLAN_KINDS.has(n.kind))
      .map((n) => n.id),
  );
  // Outcomes that aims lead to (the plan's shared outcomes) belong at the top too.
  for (const edge of plan.edges.toArray()) {
    if (edge.kind === 'contributesTo' && plan.nodes.get(edge.source)?.kind === 'aim' && plan.nodes.get(edge.target)?.kind === 'outcome')
      nodeIds.add(edge.target);
  }
  return nodeIds;
}
