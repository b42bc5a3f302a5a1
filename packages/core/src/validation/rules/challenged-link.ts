import { EDGE_KIND_CODE, NOT_A_NODE } from '../../queries/structure.js';
import type { PlanEdge } from '../../model/edges.js';
import type { Finding, PlanRule } from '../types.js';
import { describeLink, describeNode, sentence } from '../describe.js';

/**
 * Evidence that challenges a causal link (stance `challenges` or `mixed`) needs an answer: the
 * link's rationale saying why it still holds, or an assumption on the link naming the condition
 * under which it does. One finding per challenged link, naming every piece of evidence against it.
 */
export const challengedLink: PlanRule = {
  code: 'challenged-link',
  scope: 'plan',
  defaultSeverity: 'warning',
  description: 'Every causal link that evidence challenges has a rationale or an assumption answering the challenge.',
  hint: 'Say in the link’s rationale why it still holds, add an assumption to the link naming when it holds, or change the link.',
  linkKinds: ['supports', 'underlies', 'contributesTo'],
  readsLinkFields: true,
  check({ structure, nodeById, edgeById }) {
    const { linkLimit, kind, source, target } = structure;
    const challenges = new Map<string, PlanEdge[]>();
    const answered = new Set<string>();
    for (let e = 0; e < linkLimit; e++) {
      // Links to a link have no node at their target end.
      if (target[e] !== NOT_A_NODE || source[e] === NOT_A_NODE) continue;
      const edge = edgeById.atOrder(e);
      if (!edge) continue;
      if (kind[e] === EDGE_KIND_CODE.underlies && structure.kindOf[source[e]!] === 'assumption') answered.add(edge.target);
      else if (kind[e] === EDGE_KIND_CODE.supports && (edge.stance === 'challenges' || edge.stance === 'mixed')) {
        const list = challenges.get(edge.target) ?? [];
        list.push(edge);
        challenges.set(edge.target, list);
      }
    }
    const findings: Finding[] = [];
    for (const [linkId, against] of challenges) {
      const link = edgeById.get(linkId);
      if (!link || link.kind !== 'contributesTo' || link.rationale?.trim() || answered.has(linkId)) continue;
      const evidence = against.map((edge) => nodeById.get(edge.source)).filter((node) => node !== undefined);
      const first = evidence[0] ? sentence(describeNode(evidence[0])) : 'Evidence';
      const others = evidence.length > 1 ? ` and ${evidence.length - 1} more piece${evidence.length === 2 ? '' : 's'} of evidence` : '';
      const mixed = against.every((edge) => edge.stance === 'mixed');
      const verb = evidence.length > 1 ? (mixed ? 'cast doubt on' : 'challenge') : mixed ? 'casts doubt on' : 'challenges';
      findings.push({
        message: `${first}${others} ${verb} ${describeLink(nodeById.get(link.source), nodeById.get(link.target), link.source, link.target)}, and nothing answers it: the link has no rationale and no assumption.`,
        nodeIds: [link.source, link.target, ...evidence.map((node) => node.id)].filter((id) => nodeById.has(id)),
        edgeIds: [link.id, ...against.map((edge) => edge.id)],
      });
    }
    return findings;
  },
};
