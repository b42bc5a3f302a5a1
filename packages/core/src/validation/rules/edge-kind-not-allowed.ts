import { explainForbiddenEdge, isEdgeToCausalLinkAllowed } from '../../model/edge-rules.js';
import { isLinkAllowed, NOT_A_NODE } from '../../queries/structure.js';
import { EDGE_KIND_LABELS, isEdgeKind } from '../../model/edges.js';
import type { Finding, PlanRule } from '../types.js';
import { describeNode, sentence } from '../describe.js';

/** Each kind of link joins only the kinds of box the endpoint table allows. */
export const edgeKindNotAllowed: PlanRule = {
  code: 'edge-kind-not-allowed',
  scope: 'plan',
  defaultSeverity: 'error',
  description: 'Each link joins kinds of box that its kind allows (e.g. only indicators measure).',
  hint: 'Delete the link and draw it between boxes that can be joined, or change the kind of one box.',
  check({ structure, nodeById, edgeById }) {
    const { linkLimit, source, target } = structure;
    const findings: Finding[] = [];
    for (let e = 0; e < linkLimit; e++) {
      if (source[e] === NOT_A_NODE) continue; // dangling-edge reports it (and a number no link has has no ends)
      if (target[e] !== NOT_A_NODE && isLinkAllowed(structure, e)) continue;
      const edge = edgeById.atOrder(e)!;
      const sourceNode = nodeById.get(edge.source)!;
      if (!isEdgeKind(edge.kind)) {
        findings.push({ message: `A link has the unknown kind “${String(edge.kind)}”.`, edgeIds: [edge.id], nodeIds: [sourceNode.id] });
        continue;
      }
      const targetNode = nodeById.get(edge.target);
      if (targetNode) {
        findings.push({
          message: `${sentence(describeNode(sourceNode))} cannot be linked as “${EDGE_KIND_LABELS[edge.kind]}” ${describeNode(targetNode)}.`,
          edgeIds: [edge.id],
          nodeIds: [sourceNode.id, targetNode.id],
          hint: explainForbiddenEdge(sourceNode.kind, targetNode.kind),
        });
        continue;
      }
      const targetEdge = edgeById.get(edge.target);
      if (targetEdge && (targetEdge.kind !== 'contributesTo' || !isEdgeToCausalLinkAllowed(edge.kind, sourceNode.kind))) {
        findings.push({
          message: `${sentence(describeNode(sourceNode))} has a “${edge.kind}” link to a “${targetEdge.kind}” link; only assumptions and evidence can point at causal links.`,
          edgeIds: [edge.id, targetEdge.id],
          nodeIds: [sourceNode.id],
        });
      }
    }
    return findings;
  },
};
