import { NOT_A_NODE, targetsALink } from '../../queries/structure.js';
import type { Finding, PlanRule } from '../types.js';

/** A link whose end is missing means nothing and would break every walk that follows it. */
export const danglingEdge: PlanRule = {
  code: 'dangling-edge',
  scope: 'plan',
  defaultSeverity: 'error',
  description: 'Both ends of every link exist.',
  hint: 'Delete the link, or reconnect it to an existing box.',
  check({ structure, edgeById }) {
    const { linkLimit, source, target } = structure;
    const findings: Finding[] = [];
    for (let e = 0; e < linkLimit; e++) {
      if (source[e] !== NOT_A_NODE && target[e] !== NOT_A_NODE) continue;
      const edge = edgeById.atOrder(e);
      if (!edge) continue; // a number no link has
      const missing: string[] = [];
      if (source[e] === NOT_A_NODE) missing.push(edge.source);
      // Assumptions and evidence may point at a causal link, so a target may be an edge id.
      if (target[e] === NOT_A_NODE && !targetsALink(edgeById, edge)) missing.push(edge.target);
      if (missing.length === 0) continue;
      findings.push({
        message: `A “${edge.kind}” link points to ${missing.map((id) => `“${id}”`).join(' and ')}, which is not in the plan.`,
        edgeIds: [edge.id],
        nodeIds: [...(source[e] !== NOT_A_NODE ? [edge.source] : []), ...(target[e] !== NOT_A_NODE ? [edge.target] : [])],
      });
    }
    return findings;
  },
};
