import { findIdClashes } from '../../queries/structure.js';
import type { PlanRule } from '../types.js';
import { describeNode } from '../describe.js';

/**
 * An id must name one thing. In memory nodes and links are keyed by id, so the clash left to find
 * is a node and a link sharing one; duplicates inside a file are re-keyed and reported under this
 * same code by the import pipeline.
 */
export const duplicateId: PlanRule = {
  code: 'duplicate-id',
  scope: 'plan',
  defaultSeverity: 'error',
  description: 'Every node and link has its own id.',
  hint: 'Give one of them a new id (importing the file again re-keys duplicates for you).',
  check({ plan, nodeById }) {
    return findIdClashes(plan).map((id) => ({
      message: `The id “${id}” is used by both ${describeNode(nodeById.get(id))} and a link.`,
      nodeIds: [id],
      edgeIds: [id],
    }));
  },
};
