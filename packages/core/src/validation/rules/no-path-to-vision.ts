import type { PlanNode } from '../../model/nodes.js';
import type { GraphIndex } from '../../queries/graph-index.js';
import type { Table } from '../../model/table.js';
import type { Finding, PlanRule } from '../types.js';
import { linksOut } from '../links.js';
import { describeNode, sentence } from '../describe.js';

const CHAIN_KINDS = ['outcome', 'priority', 'callToAction', 'aim'] as const;

/**
 * Every causal chain should end at the vision. The rule reports the box where a chain stops
 * short (one issue per break, not one per box behind it), with how many boxes are stranded.
 */
export const noPathToVision: PlanRule = {
  code: 'no-path-to-vision',
  scope: 'plan',
  defaultSeverity: 'warning',
  description: 'Every causal chain leads up to the vision.',
  hint: 'Link this box to what it contributes to next (an outcome, priority, call to action, aim or the vision).',
  check(context) {
    const { index, nodesOfKind, nodeById } = context;
    if (nodesOfKind('vision').length === 0) return []; // missing-vision says it once
    const findings: Finding[] = [];
    for (const kind of CHAIN_KINDS) {
      for (const node of nodesOfKind(kind)) {
        const leads = linksOut(context, node.id, 'contributesTo');
        if (leads) continue;
        const behind = countContributors(node, nodeById, index.incoming);
        const stranded = behind > 0 ? ` ${behind} box${behind === 1 ? '' : 'es'} behind it cannot reach the vision either.` : '';
        findings.push({ message: `${sentence(describeNode(node))} does not lead to the vision.${stranded}`, nodeIds: [node.id] });
      }
    }
    return findings;
  },
};

function countContributors(
  node: PlanNode,
  nodeById: Table<PlanNode>,
  incoming: GraphIndex['incoming'],
): number {
  const seen = new Set([node.id]);
  const queue = [node.id];
  for (let head = 0; head < queue.length; head++) {
    for (const edge of incoming.get(queue[head]!) ?? []) {
      if (edge.kind !== 'contributesTo' || seen.has(edge.source) || !nodeById.get(edge.source)) continue;
      seen.add(edge.source);
      queue.push(edge.source);
    }
  }
  return seen.size - 1;
}
