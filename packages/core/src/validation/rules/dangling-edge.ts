import type { Finding, PlanRule } from '../types.js';

/** A link whose end is missing means nothing and would break every walk that follows it. */
export const danglingEdge: PlanRule = {
  code: 'dangling-edge',
  scope: 'plan',
  defaultSeverity: 'error',
  description: 'Both ends of every link exist.',
  hint: 'Delete the link, or reconnect it to an existing box.',
  check({ index, nodeById }) {
    const findings: Finding[] = [];
    for (const edge of index.edges) {
      const missing: string[] = [];
      if (!nodeById.get(edge.source)) missing.push(edge.source);
      // Assumptions and evidence may point at a causal link, so a target may be an edge id.
      if (!nodeById.get(edge.target) && !index.edgeById.get(edge.target)) missing.push(edge.target);
      if (missing.length > 0) {
        findings.push({
          message: `A “${edge.kind}” link points to ${missing.map((id) => `“${id}”`).join(' and ')}, which is not in the plan.`,
          edgeIds: [edge.id],
          nodeIds: [edge.source, edge.target].filter((id) => nodeById.get(id) !== undefined),
        });
      }
    }
    return findings;
  },
};
