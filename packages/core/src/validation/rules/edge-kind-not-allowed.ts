import { explainForbiddenEdge, isEdgeAllowed, isEdgeToCausalLinkAllowed } from '../../model/edge-rules.js';
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
  check({ index, nodeById }) {
    const findings: Finding[] = [];
    for (const edge of index.edges) {
      const source = nodeById.get(edge.source);
      if (!source) continue; // dangling-edge reports it
      if (!isEdgeKind(edge.kind)) {
        findings.push({ message: `A link has the unknown kind “${String(edge.kind)}”.`, edgeIds: [edge.id], nodeIds: [source.id] });
        continue;
      }
      const target = nodeById.get(edge.target);
      if (target) {
        if (!isEdgeAllowed(edge.kind, source.kind, target.kind)) {
          findings.push({
            message: `${sentence(describeNode(source))} cannot be linked as “${EDGE_KIND_LABELS[edge.kind]}” ${describeNode(target)}.`,
            edgeIds: [edge.id],
            nodeIds: [source.id, target.id],
            hint: explainForbiddenEdge(source.kind, target.kind),
          });
        }
        continue;
      }
      const targetEdge = index.edgeById.get(edge.target);
      if (targetEdge && (targetEdge.kind !== 'contributesTo' || !isEdgeToCausalLinkAllowed(edge.kind, source.kind))) {
        findings.push({
          message: `${sentence(describeNode(source))} has a “${edge.kind}” link to a “${targetEdge.kind}” link; only assumptions and evidence can point at causal links.`,
          edgeIds: [edge.id, targetEdge.id],
          nodeIds: [source.id],
        });
      }
    }
    return findings;
  },
};
