import { getAncestors, getConfidenceBand, getPathwaysThrough, getPresentationSteps, WHOLE_PLAN_VIEW } from '@changemap/core';
import type { PathwaysThrough, Plan, PresentationStep } from '@changemap/core';
import { MarkerType } from '@xyflow/react';
import { toFlow } from '../adapter/to-flow.js';
import { SHOW_NONE } from '../picture/annotations.js';
import { getDrawnView, type DrawnView } from '../picture/drawn-view.js';
import { createPictureCache, toPicture, type PictureNode, type RoutedFlowEdge } from '../picture/to-picture.js';

/** What a presentation shows: the picture's boxes and links (placed by layoutPresentation), its steps, and the pathway when presenting one. */
export interface PresentationScope {
  /** The boxes drawn: plan nodes and groups of folded actions (`group:<parent id>`). */
  boxIds: Set<string>;
  /** The steps, level by level; their ids are the drawn boxes' (a group's actions show as their group). */
  steps: PresentationStep[];
  flow: { nodes: PictureNode[]; edges: RoutedFlowEdge[] };
  /** The plan nodes a drawn box stands for: itself, or a folded group's actions. */
  membersOf: ReadonlyMap<string, readonly string[]>;
  pathway: PathwaysThrough | undefined;
}

const NO_FOLDS: ReadonlyMap<string, boolean> = new Map();

/**
 * What a presentation goes through: the causal chain as the picture draws it. Indicators, partners
 * and principles are chips on the boxes, questions, assumptions and evidence badges, never boxes
 * of their own; a priority's actions folded into a group box stay folded as on the canvas (`folds`,
 * the officer's choice for the view), so a step of thirty actions reads as a few groups. A call to
 * action's view ends at the call to action, but its story goes on to the aims and the vision, so
 * those are added. For one pathway, only the pathway's boxes and links; a group is unfolded there
 * unless all its actions are on the pathway, so that "12 partner actions" never claims more than
 * the pathway holds.
 */
export function getPresentationScope(plan: Plan, viewId: string, pathwayOf?: string, folds = NO_FOLDS): PresentationScope {
  const pathway = pathwayOf ? getPathwaysThrough(plan, pathwayOf) : undefined;
  let drawn = getDrawnView(plan, viewId, { show: SHOW_NONE, folds });
  if (pathway) {
    const partial = drawn.groups.filter((g) => g.folded && !g.memberIds.every((id) => pathway.nodeIds.has(id)));
    if (partial.length > 0) {
      const unfolded = new Map(folds);
      for (const group of partial) unfolded.set(group.id, false);
      drawn = getDrawnView(plan, viewId, { show: SHOW_NONE, folds: unfolded });
    }
  }

  const membersOf = new Map<string, string[]>(drawn.boxes.map((box) => [box.id, box.type === 'group' ? box.group.memberIds : [box.id]]));
  const inView = new Set(drawn.boxes.map((b) => b.id));
  const beyond = viewId === WHOLE_PLAN_VIEW ? [] : getAncestors(plan, viewId).filter((n) => !inView.has(n.id));
  for (const node of beyond) membersOf.set(node.id, [node.id]);
  const wanted = (boxId: string) => !pathway || membersOf.get(boxId)!.some((id) => pathway.nodeIds.has(id));
  const boxIds = new Set([...membersOf.keys()].filter(wanted));
  for (const id of membersOf.keys()) if (!boxIds.has(id)) membersOf.delete(id);

  const flow = pictureFlow(plan, viewId, drawn, boxIds, pathway);
  for (const node of beyond) {
    if (!boxIds.has(node.id)) continue;
    flow.nodes.push({ id: node.id, type: node.kind, position: { x: 0, y: 0 }, data: { node } });
  }
  flow.edges.push(...linksBeyond(plan, boxIds, new Set(flow.edges.flatMap((e) => e.data?.edgeIds ?? [e.id])), pathway));

  const order = new Map([...membersOf.keys()].map((id, i) => [id, i]));
  return { boxIds, steps: boxSteps(plan, membersOf, order), flow, membersOf, pathway };
}

/** The picture's boxes and links for the scope: chips and badges on the boxes, groups, links merged as drawn. */
function pictureFlow(plan: Plan, viewId: string, drawn: DrawnView, boxIds: ReadonlySet<string>, pathway: PathwaysThrough | undefined) {
  const titles = (id: string) => plan.nodes.get(id)?.title ?? id;
  const picture = toPicture(toFlow(plan, viewId, [], undefined), drawn, undefined, titles, createPictureCache());
  const nodes = picture.nodes.filter((n) => boxIds.has(n.id));
  const edges = picture.edges.filter(
    (e) => boxIds.has(e.source) && boxIds.has(e.target) && (!pathway || (e.data?.edgeIds ?? [e.id]).some((id) => pathway.edgeIds.has(id))),
  );
  return { nodes, edges };
}

/** The causal links on the way up from the view to the vision, drawn as the picture draws links. */
function linksBeyond(plan: Plan, boxIds: ReadonlySet<string>, drawn: ReadonlySet<string>, pathway: PathwaysThrough | undefined): RoutedFlowEdge[] {
  const links: RoutedFlowEdge[] = [];
  for (const edge of plan.edges.toArray()) {
    if (drawn.has(edge.id) || edge.kind !== 'contributesTo' || !boxIds.has(edge.source) || !boxIds.has(edge.target)) continue;
    if (pathway && !pathway.edgeIds.has(edge.id)) continue;
    const band = getConfidenceBand(edge);
    links.push({
      id: edge.id,
      source: edge.source,
      target: edge.target,
      type: 'routed',
      className: `edge edge-contributesTo${band ? ` confidence-${band}` : ''}`,
      data: { kind: edge.kind },
      markerEnd: { type: MarkerType.ArrowClosed, width: 16, height: 16 },
      style: { strokeWidth: 2 },
    });
  }
  return links;
}

/**
 * The core's steps (level by level, from the actions up) over the plan nodes the boxes stand for,
 * told in drawn boxes: a group appears at its actions' level. Within a step, boxes keep the
 * picture's order (by branch, then number), so the links between blocks cross little.
 */
function boxSteps(plan: Plan, membersOf: ReadonlyMap<string, readonly string[]>, order: ReadonlyMap<string, number>): PresentationStep[] {
  const boxOf = new Map<string, string>();
  for (const [box, members] of membersOf) for (const id of members) boxOf.set(id, box);
  const shown = new Set<string>();
  return getPresentationSteps(plan, boxOf.keys())
    .map((step) => {
      const fresh = [...new Set(step.newNodeIds.map((id) => boxOf.get(id)!))].filter((id) => !shown.has(id));
      fresh.sort((a, b) => order.get(a)! - order.get(b)!);
      for (const id of fresh) shown.add(id);
      return { ...step, newNodeIds: fresh, shownNodeIds: new Set(shown) };
    })
    .filter((step) => step.newNodeIds.length > 0);
}
