import type { EdgeKind, Position } from '@changemap/core';
import type { Edge, Node } from '@xyflow/react';
import { MarkerType } from '@xyflow/react';
import type { FlowEdge, FlowNode } from '../adapter/to-flow.js';
import type { BoxAnnotations } from './annotations.js';
import type { ActionGroup, DrawnLink, DrawnView } from './drawn-view.js';
import { GROUP_BOX_SIZE, type PictureLayout } from './picture-graph.js';

/** What the picture adds to a box: its chips and badges, and the fold button of its unfolded actions. */
export interface BoxPicture {
  annotations?: BoxAnnotations;
  /** An unfolded group of actions leading to this box, which can fold again. */
  unfolded?: { groupId: string; count: number; noun: string };
  /** The level band the box sits in, for its label. */
  level?: number;
}

export interface GroupNodeData extends Record<string, unknown> {
  group: ActionGroup;
  /** What the group leads to, when it leads to one box or group. */
  parentTitle?: string;
  /** Chips of the folded actions (their partners, say). */
  annotations?: BoxAnnotations;
}

export type GroupFlowNode = Node<GroupNodeData, 'actionGroup'>;
export type PictureNode = FlowNode | GroupFlowNode;

export interface RoutedEdgeData extends Record<string, unknown> {
  kind: EdgeKind;
  /** The route from the last layout, while both ends are where that layout put them. */
  route?: Position[];
  /** A merged link's plan links (the folded actions' links it stands for). */
  edgeIds?: string[];
}
export type RoutedFlowEdge = Edge<RoutedEdgeData, 'routed'>;

/** Reused objects between renders, so memoised boxes and links redraw only when they change. */
export interface PictureCache {
  nodes: Map<string, { from: FlowNode | GroupFlowNode; picture: BoxPicture | undefined; position?: Position; made: PictureNode }>;
  edges: Map<string, { from: FlowEdge | undefined; route: Position[] | undefined; made: RoutedFlowEdge; link: DrawnLink; parts: (FlowEdge | undefined)[] }>;
}

export const createPictureCache = (): PictureCache => ({ nodes: new Map(), edges: new Map() });

const LEVEL_SYMBOL = 'picture';

/**
 * Turns the adapter's boxes and links into the picture's: boxes drawn as chips and folded actions
 * left out, group boxes added, links replaced by the drawn ones (merged for folded groups) with
 * the routes of the last layout, and chips and badges attached to the boxes they concern.
 */
export function toPicture(
  flow: { nodes: FlowNode[]; edges: FlowEdge[] },
  drawn: DrawnView,
  layout: PictureLayout | undefined,
  titles: (id: string) => string,
  cache: PictureCache,
): { nodes: PictureNode[]; edges: RoutedFlowEdge[] } {
  const byId = new Map(flow.nodes.map((n) => [n.id, n]));
  const unfoldedOn = new Map<string, { groupId: string; count: number; noun: string }>();
  // An unfolded group folds again from the box it leads to (a priority's actions), or from its first box (a level's).
  for (const group of drawn.groups) {
    if (group.folded) continue;
    const on = group.reason === 'actions' ? group.parentId! : group.memberIds[0]!;
    if (!unfoldedOn.has(on)) unfoldedOn.set(on, { groupId: group.id, count: group.memberIds.length, noun: group.noun });
  }
  const groupsById = new Map(drawn.groups.map((g) => [g.id, g]));
  // What a group leads to, in words: a box's title, or another group's count.
  const towards = (group: ActionGroup): string | undefined => {
    if (group.parentId === undefined) return undefined;
    const parentGroup = groupsById.get(group.parentId);
    return parentGroup ? `${parentGroup.memberIds.length} ${parentGroup.noun}` : titles(group.parentId);
  };

  const nodes: PictureNode[] = [];
  const positions = new Map<string, Position>();
  const nextNodes: PictureCache['nodes'] = new Map();
  for (const box of drawn.boxes) {
    if (box.type === 'node') {
      const from = byId.get(box.id);
      if (!from) continue;
      const annotations = drawn.annotations.byBox.get(box.id);
      const unfolded = unfoldedOn.get(box.id);
      const picture = annotations || unfolded ? { ...(annotations && { annotations }), ...(unfolded && { unfolded }) } : undefined;
      const before = cache.nodes.get(box.id);
      const made =
        before && before.from === from && samePicture(before.picture, picture)
          ? before.made
          : picture
            ? { ...from, data: { ...from.data, [LEVEL_SYMBOL]: picture } }
            : from;
      nextNodes.set(box.id, { from, picture, made });
      nodes.push(made);
      positions.set(box.id, from.position);
      continue;
    }
    // A group box sits where the layout put it, else where its first action was.
    const position = layout?.positions.get(box.id) ?? byId.get(box.group.memberIds[0]!)?.position ?? { x: 0, y: 0 };
    const before = cache.nodes.get(box.id);
    const reuse =
      before &&
      before.made.type === 'actionGroup' &&
      (before.made.data as GroupNodeData).annotations === drawn.annotations.byBox.get(box.id) &&
      (before.made.data as GroupNodeData).group.memberIds.join() === box.group.memberIds.join() &&
      (before.made.data as GroupNodeData).group.byPartners === box.group.byPartners &&
      before.position?.x === position.x &&
      before.position?.y === position.y;
    const made: GroupFlowNode = reuse
      ? (before.made as GroupFlowNode)
      : {
          id: box.id,
          type: 'actionGroup',
          position,
          draggable: false,
          selectable: false,
          // Neither draggable nor selectable, React Flow would let clicks through to the pane: the fold button must get them.
          style: { pointerEvents: 'all' },
          width: GROUP_BOX_SIZE.width,
          data: {
            group: box.group,
            ...(towards(box.group) !== undefined && { parentTitle: towards(box.group) }),
            ...(drawn.annotations.byBox.get(box.id) && { annotations: drawn.annotations.byBox.get(box.id) }),
          },
          ariaLabel: `${box.group.memberIds.length} ${box.group.noun}${towards(box.group) === undefined ? '' : ` towards ${towards(box.group)}`}, folded`,
        };
    nextNodes.set(box.id, { from: made, picture: undefined, position, made });
    nodes.push(made);
    positions.set(box.id, position);
  }
  cache.nodes = nextNodes;

  const flowEdges = new Map(flow.edges.map((e) => [e.id, e]));
  const edges: RoutedFlowEdge[] = [];
  const nextEdges: PictureCache['edges'] = new Map();
  for (const link of drawn.links) {
    const from = link.edgeIds.length === 1 && link.id === link.edgeIds[0] ? flowEdges.get(link.id) : undefined;
    if (link.id === link.edgeIds[0] && !from) continue; // not drawn by the adapter (an end outside the view)
    const route = routeIfCurrent(link, layout, positions);
    const before = cache.edges.get(link.id);
    if (
      before &&
      before.from === from &&
      before.route === route &&
      before.link.confidence === link.confidence &&
      before.link.edgeIds.join() === link.edgeIds.join() &&
      (from || link.edgeIds.every((id, i) => flowEdges.get(id) === before.parts[i]))
    ) {
      nextEdges.set(link.id, before);
      edges.push(before.made);
      continue;
    }
    const made = routedEdge(
      link,
      from,
      route,
      titles,
      link.edgeIds.map((id) => flowEdges.get(id)),
    );
    const parts = link.edgeIds.map((id) => flowEdges.get(id));
    nextEdges.set(link.id, { from, route, made, link, parts });
    edges.push(made);
  }
  cache.edges = nextEdges;
  return { nodes, edges };
}

/** The laid-out route of a link, while neither end has moved since (else the canvas draws a plain step path). */
function routeIfCurrent(link: DrawnLink, layout: PictureLayout | undefined, positions: ReadonlyMap<string, Position>): Position[] | undefined {
  const route = layout?.routes.get(link.id);
  if (!route || !layout) return undefined;
  for (const end of [link.source, link.target]) {
    const now = positions.get(end);
    const then = layout.positions.get(end);
    if (!now || !then || now.x !== then.x || now.y !== then.y) return undefined;
  }
  return route;
}

function routedEdge(
  link: DrawnLink,
  from: FlowEdge | undefined,
  route: Position[] | undefined,
  titles: (id: string) => string,
  parts: (FlowEdge | undefined)[],
): RoutedFlowEdge {
  const confidence = link.confidence ? ` confidence-${link.confidence}` : '';
  if (from) {
    const { type: _type, data: _data, ...rest } = from;
    return { ...rest, type: 'routed', className: `${from.className ?? ''}${confidence}`, data: { kind: link.kind, ...(route && { route }) } };
  }
  // A merged link shows the evidence overlay when all its links share one strength.
  const strengths = new Set(parts.map((p) => /evidence-(weak|moderate|strong)/.exec(p?.className ?? '')?.[0]));
  const [strength] = strengths.size === 1 ? [...strengths] : [undefined];
  const width = strength ? parts[0]?.style?.strokeWidth : undefined;
  return {
    id: link.id,
    source: link.source,
    target: link.target,
    type: 'routed',
    selectable: false,
    className: `edge edge-${link.kind} edge-merged${confidence}${strength ? ` ${strength}` : ''}`,
    data: { kind: link.kind, ...(route && { route }), edgeIds: link.edgeIds },
    markerEnd: { type: MarkerType.ArrowClosed, width: 16, height: 16 },
    style: { strokeWidth: width ?? 2 },
    ariaLabel: `${link.edgeIds.length} folded actions contribute to ${titles(link.target)}`,
  };
}

function samePicture(a: BoxPicture | undefined, b: BoxPicture | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return (
    a.unfolded?.groupId === b.unfolded?.groupId &&
    a.unfolded?.count === b.unfolded?.count &&
    a.unfolded?.noun === b.unfolded?.noun &&
    (a.annotations === b.annotations || JSON.stringify(a.annotations) === JSON.stringify(b.annotations))
  );
}

/** The picture's additions to a box's data, if any. */
export function boxPictureOf(data: Record<string, unknown>): BoxPicture | undefined {
  return data[LEVEL_SYMBOL] as BoxPicture | undefined;
}
