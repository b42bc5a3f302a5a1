import type { Position } from '@changemap/core';
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api.js';
import type { DrawnView } from './drawn-view.js';

/** Which way the levels run: left to right (the default) or top to bottom. */
export type PictureDirection = 'RIGHT' | 'DOWN';

export type BoxSize = { width: number; height: number };

/** The size a box is given before the browser has measured it. */
export const DEFAULT_BOX_SIZE: BoxSize = { width: 180, height: 110 };
export const GROUP_BOX_SIZE: BoxSize = { width: 180, height: 90 };

/** Overviews (a few boxes per level) are laid out thoroughly; a view of more boxes stays quick to lay out. */
const THOROUGH_UP_TO = 80;

/** Room kept at the top of each band (left to right) or its left (top to bottom) for the band's label. */
export const BAND_LABEL_ROOM = 34;

/** The space between two boxes of a band. */
export const BOX_SPACING = 16;

/**
 * The ELK graph of a drawn view: layered, each box in its level's partition (so every box sits in
 * its level's band, levels in the plan's order), the model order kept within a band (so 1.1 comes
 * before 1.2 and the picture is the same at every open), orthogonal routes, and links into one box
 * merged into a shared trunk (`keepOrder`: the model order is forced, not a tie-breaker; `numbered`: the
 * model order counts at all). Boxes without a level (annotations shown as boxes) take the level of
 * what they are linked to. Large views trade tidiness for speed, as measured for viewGraph.
 */
export function pictureGraph(
  drawn: DrawnView,
  sizes: ReadonlyMap<string, BoxSize>,
  direction: PictureDirection = 'RIGHT',
  keepOrder = false,
  numbered = true,
): ElkNode {
  const large = drawn.boxes.length > 250;
  const partition = new Map<string, number>();
  for (const box of drawn.boxes) if (box.level !== undefined) partition.set(box.id, box.level);
  // Unlevelled boxes join the band of the first levelled box they are linked to.
  for (let round = 0; round < 2; round++) {
    for (const link of drawn.links) {
      const a = partition.get(link.source);
      const b = partition.get(link.target);
      if (a === undefined && b !== undefined) partition.set(link.source, b);
      if (b === undefined && a !== undefined) partition.set(link.target, a);
    }
  }
  const children: ElkNode[] = drawn.boxes.map((box) => {
    const size = sizes.get(box.id) ?? (box.type === 'group' ? GROUP_BOX_SIZE : DEFAULT_BOX_SIZE);
    return { id: box.id, width: size.width, height: size.height, layoutOptions: { 'elk.partitioning.partition': String(partition.get(box.id) ?? 0) } };
  });
  const edges: ElkExtendedEdge[] = drawn.links.map((link) => {
    const attached = link.kind !== 'contributesTo' && link.kind !== 'deliveredBy';
    // Attached boxes go just after what they attach to, as in viewGraph.
    return attached ? { id: link.id, sources: [link.target], targets: [link.source] } : { id: link.id, sources: [link.source], targets: [link.target] };
  });
  return {
    id: 'picture',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': direction,
      'elk.partitioning.activate': 'true',
      'elk.edgeRouting': 'ORTHOGONAL',
      'elk.layered.mergeEdges': 'true',
      'elk.layered.spacing.nodeNodeBetweenLayers': '40',
      'elk.layered.spacing.edgeNodeBetweenLayers': '10',
      'elk.spacing.nodeNode': String(BOX_SPACING),
      'elk.spacing.edgeEdge': '6',
      // Network simplex packs each band's boxes together: Brandes-Köpf's straight runs spread a
      // seven-level imported chart to twice the height of its fullest band (measured on the
      // e2e/data/imported charts: 1,424 against 824 units for 100 boxes), off a readable screen.
      // A chart from another tool, its groups drawing their main flows only (group-links.ts), is
      // linked sparsely: network simplex then lines up each flow and stacks the levels unevenly (the
      // 150-box chart's overview 1,056 units tall, 11 boxes off screen); SIMPLE stacks each level
      // from the top (782 units), at no cost in crossings on e2e/data/imported.
      'elk.layered.nodePlacement.strategy': numbered ? 'NETWORK_SIMPLEX' : 'SIMPLE',
      'elk.layered.crossingMinimization.strategy': 'LAYER_SWEEP',
      // The model order is the plan's numbering (1.1 before 1.2) where the plan has priorities or
      // calls to action; a chart from another tool has none, and its ids' order would only add crossings.
      'elk.layered.considerModelOrder.strategy': numbered ? 'NODES_AND_EDGES' : 'NONE',
      // The whole plan keeps the plan's order (calls to action 1–5) even at a crossing's cost;
      // a call to action's view lets fewer crossings win (forcing the order there crossed 13% of links).
      'elk.layered.crossingMinimization.forceNodeModelOrder': String(keepOrder),
      ...(keepOrder && { 'elk.layered.crossingMinimization.greedySwitch.type': 'OFF', 'elk.layered.crossingMinimization.strategy': 'NONE' }),
      'elk.layered.considerModelOrder.crossingCounterNodeInfluence': '0.9',
      // With no numbering to keep, more sweeps of crossing minimisation pay: on the imported charts
      // of e2e/data/imported, 100 instead of 7 cut the crossings of the 150-box chart's overview
      // from 24 to 5 (of 99 links) and the 100-box one's from 12 to 6, for under a second of CPU.
      ...(!numbered && drawn.boxes.length <= THOROUGH_UP_TO && { 'elk.layered.thoroughness': '100' }),
      'elk.separateConnectedComponents': 'false',
      'elk.padding':
        direction === 'RIGHT' ? `[top=${BAND_LABEL_ROOM + 8},left=12,bottom=12,right=12]` : `[top=12,left=${BAND_LABEL_ROOM + 120},bottom=12,right=12]`,
      ...(large && {
        'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
        // The level bands (partitions) set the layers anyway; network-simplex layering under them
        // took 10.9 s for an unfolded 763-box view and 2.5 minutes in a loaded browser for 1,678
        // boxes, longest-path layering 3.8 s and 7.5 s (bench/elk in Node).
        'elk.layered.layering.strategy': 'LONGEST_PATH',
        'elk.layered.thoroughness': '1',
        'elk.layered.considerModelOrder.strategy': 'NONE',
        'elk.layered.crossingMinimization.greedySwitch.type': 'OFF',
      }),
    },
    children,
    edges,
  };
}

/** What a layout produced beyond box positions: the route of each link and where each group box went. */
export interface PictureLayout {
  /** Every drawn box's position (groups too), as laid out. */
  positions: Map<string, Position>;
  /** Each link's route, start to end (bend points included), as laid out. */
  routes: Map<string, Position[]>;
  /** The sizes the layout used. */
  sizes: Map<string, BoxSize>;
}

/** Reads positions and routes out of a laid-out picture graph. Links laid out reversed (attached boxes) are turned back. */
export function readPictureLayout(result: ElkNode, drawn: DrawnView): PictureLayout {
  const positions = new Map<string, Position>();
  const sizes = new Map<string, BoxSize>();
  for (const child of result.children ?? []) {
    positions.set(child.id, { x: Math.round(child.x ?? 0), y: Math.round(child.y ?? 0) });
    sizes.set(child.id, { width: child.width ?? 0, height: child.height ?? 0 });
  }
  const reversed = new Set(drawn.links.filter((l) => l.kind !== 'contributesTo' && l.kind !== 'deliveredBy').map((l) => l.id));
  const routes = new Map<string, Position[]>();
  for (const edge of (result.edges ?? []) as ElkExtendedEdge[]) {
    const section = edge.sections?.[0];
    if (!section) continue;
    const points = [section.startPoint, ...(section.bendPoints ?? []), section.endPoint].map((p) => ({ x: p.x, y: p.y }));
    routes.set(edge.id, reversed.has(edge.id) ? points.reverse() : points);
  }
  return { positions, routes, sizes };
}
