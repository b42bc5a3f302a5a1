import { EDGE_KIND_CODE, hasLinkOut, NOT_A_NODE, type PlanStructure } from '../../queries/structure.js';
import type { Finding, PlanRule } from '../types.js';
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
  linkKinds: ['contributesTo'],
  check({ structure, nodeById }) {
    const { kindOf, idOf } = structure;
    if (!kindOf.includes('vision')) return []; // missing-vision says it once
    const findings: Finding[] = [];
    for (const kind of CHAIN_KINDS) {
      for (let v = 0; v < kindOf.length; v++) {
        if (kindOf[v] !== kind || hasLinkOut(structure, v, 'contributesTo')) continue;
        const behind = countContributors(structure, v);
        const stranded = behind > 0 ? ` ${behind} box${behind === 1 ? '' : 'es'} behind it cannot reach the vision either.` : '';
        const node = nodeById.get(idOf[v]!)!;
        findings.push({ message: `${sentence(describeNode(node))} does not lead to the vision.${stranded}`, nodeIds: [node.id] });
      }
    }
    return findings;
  },
};

/** How many nodes lead, through causal links, to node `start`. */
function countContributors(structure: PlanStructure, start: number): number {
  const { inStart, inLinks, kind, source } = structure;
  const seen = new Set([start]);
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head]!;
    for (let i = inStart[v]!; i < inStart[v + 1]!; i++) {
      const e = inLinks[i]!;
      const s = source[e]!;
      if (kind[e] !== EDGE_KIND_CODE.contributesTo || s === NOT_A_NODE || seen.has(s)) continue;
      seen.add(s);
      queue.push(s);
    }
  }
  return seen.size - 1;
}
