import { getViewDirection } from '@changemap/core';
import type { Plan, Position } from '@changemap/core';
import type { ElkNode } from 'elkjs/lib/elk-api.js';
import { getViewMembers } from '../adapter/view-members.js';

const NODE_WIDTH = 220;
const NODE_HEIGHT = 96;

/**
 * The ELK graph of a view, laid out left to right by level with ELK's layered algorithm: actions,
 * then outcomes, priorities, the call to action (or aims and the vision), with indicators,
 * principles and the rest placed by the links to what they are attached to. Kept apart from the
 * engine (a Web Worker in the page) so that benchmarks can lay out the same graph in Node.
 * `sizes` are the boxes' measured sizes where known.
 */
export function viewGraph(plan: Plan, viewId: string, sizes?: ReadonlyMap<string, { width: number; height: number }>): ElkNode {
  const members = getViewMembers(plan, viewId);
  const large = members.nodeIds.size > 250;
  return {
    id: 'view',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': getViewDirection(plan, viewId) === 'down' ? 'DOWN' : 'RIGHT',
      'elk.layered.spacing.nodeNodeBetweenLayers': '90',
      'elk.spacing.nodeNode': '28',
      'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
      'elk.layered.crossingMinimization.strategy': 'LAYER_SWEEP',
      'elk.separateConnectedComponents': 'false',
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
      // Large views trade tidiness for speed (spread last, so these win over the settings above).
      // Measured in Node on the generated 1,000-box plan: 67 s with the settings above; keeping
      // the model order was most of it (4.2 s without). With also one thoroughness pass, no
      // greedy switch and polyline routing: Brandes-Köpf placement 0.8 s (linear segments 2.6 s).
      // Edge routes are not used anyway (React Flow draws the links), only box positions.
      ...(large && {
        'elk.layered.thoroughness': '1',
        'elk.layered.considerModelOrder.strategy': 'NONE',
        'elk.layered.crossingMinimization.greedySwitch.type': 'OFF',
        'elk.edgeRouting': 'POLYLINE',
      }),
    },
    children: [...members.nodeIds].map((id) => ({ id, width: sizes?.get(id)?.width ?? NODE_WIDTH, height: sizes?.get(id)?.height ?? NODE_HEIGHT })),
    edges: [...members.edgeIds].map((id) => {
      const edge = plan.edges.get(id)!;
      const target = plan.edges.get(edge.target)?.target ?? edge.target;
      // Attached boxes (indicators, principles, questions, assumptions, evidence) go just right of
      // what they attach to, so they spread over the layers instead of piling up in the first.
      const attached = edge.kind !== 'contributesTo' && edge.kind !== 'deliveredBy';
      return attached ? { id, sources: [target], targets: [edge.source] } : { id, sources: [edge.source], targets: [target] };
    }),
  };
}

/** Positions from a laid-out graph, leaving out the boxes the officer pinned. */
export function positionsOf(result: ElkNode, pinned: ReadonlySet<string>): Map<string, Position> {
  const positions = new Map<string, Position>();
  for (const child of result.children ?? []) {
    if (pinned.has(child.id)) continue;
    positions.set(child.id, { x: Math.round(child.x ?? 0), y: Math.round(child.y ?? 0) });
  }
  return positions;
}
