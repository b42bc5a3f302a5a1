import { NOT_A_NODE, targetsALink } from '../../queries/structure.js';
import { NO_FINDINGS, type Finding, type LinkRule } from '../types.js';

/** A link whose end is missing means nothing and would break every walk that follows it. */
export const danglingEdge: LinkRule = {
  code: 'dangling-edge',
  scope: 'link',
  defaultSeverity: 'error',
  description: 'Both ends of every link exist.',
  hint: 'Delete the link, or reconnect it to an existing box.',
  checkLink(edge, { structure, edgeById }, e): readonly Finding[] {
    const { source, target } = structure;
    if (source[e] !== NOT_A_NODE && target[e] !== NOT_A_NODE) return NO_FINDINGS;
    const missing: string[] = [];
    if (source[e] === NOT_A_NODE) missing.push(edge.source);
    // Assumptions and evidence may point at a causal link, so a target may be an edge id.
    if (target[e] === NOT_A_NODE && !targetsALink(edgeById, edge)) missing.push(edge.target);
    if (missing.length === 0) return NO_FINDINGS;
    return [
      {
        message: `A “${edge.kind}” link points to ${missing.map((id) => `“${id}”`).join(' and ')}, which is not in the plan.`,
        edgeIds: [edge.id],
        nodeIds: [...(source[e] !== NOT_A_NODE ? [edge.source] : []), ...(target[e] !== NOT_A_NODE ? [edge.target] : [])],
      },
    ];
  },
};
