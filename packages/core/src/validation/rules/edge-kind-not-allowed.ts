import { explainForbiddenEdge, isEdgeToCausalLinkAllowed } from '../../model/edge-rules.js';
import { isLinkAllowed, NOT_A_NODE } from '../../queries/structure.js';
import { EDGE_KIND_LABELS, isEdgeKind } from '../../model/edges.js';
import { NO_FINDINGS, type Finding, type LinkRule } from '../types.js';
import { describeNode, sentence } from '../describe.js';

/** Each kind of link joins only the kinds of box the endpoint table allows. */
export const edgeKindNotAllowed: LinkRule = {
  code: 'edge-kind-not-allowed',
  scope: 'link',
  defaultSeverity: 'error',
  description: 'Each link joins kinds of box that its kind allows (e.g. only indicators measure).',
  hint: 'Delete the link and draw it between boxes that can be joined, or change the kind of one box.',
  checkLink(edge, { structure, nodeById, edgeById }, e): readonly Finding[] {
    const { source, target } = structure;
    if (source[e] === NOT_A_NODE) return NO_FINDINGS; // dangling-edge reports it
    if (target[e] !== NOT_A_NODE && isLinkAllowed(structure, e)) return NO_FINDINGS;
    const sourceNode = nodeById.get(edge.source)!;
    if (!isEdgeKind(edge.kind)) {
      return [{ message: `A link has the unknown kind “${String(edge.kind)}”.`, edgeIds: [edge.id], nodeIds: [sourceNode.id] }];
    }
    const targetNode = nodeById.get(edge.target);
    if (targetNode) {
      return [
        {
          message: `${sentence(describeNode(sourceNode))} cannot be linked as “${EDGE_KIND_LABELS[edge.kind]}” ${describeNode(targetNode)}.`,
          edgeIds: [edge.id],
          nodeIds: [sourceNode.id, targetNode.id],
          hint: explainForbiddenEdge(sourceNode.kind, targetNode.kind),
        },
      ];
    }
    const targetEdge = edgeById.get(edge.target);
    if (targetEdge && (targetEdge.kind !== 'contributesTo' || !isEdgeToCausalLinkAllowed(edge.kind, sourceNode.kind))) {
      return [
        {
          message: `${sentence(describeNode(sourceNode))} has a “${edge.kind}” link to a “${targetEdge.kind}” link; only assumptions and evidence can point at causal links.`,
          edgeIds: [edge.id, targetEdge.id],
          nodeIds: [sourceNode.id],
        },
      ];
    }
    return NO_FINDINGS;
  },
};
