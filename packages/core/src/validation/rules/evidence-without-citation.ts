import type { PlanNode } from '../../model/nodes.js';
import type { Finding, PlanRule } from '../types.js';
import { describeNode, sentence } from '../describe.js';

/** From this many uncited pieces, when they are most of the evidence, one finding names them all. */
const GROUP_FROM = 3;

/**
 * Evidence that cannot be traced to a source cannot be weighed. When most of a plan's evidence has
 * no citation (as in charts whose evidence is notes on the links), that is one habit to change, and
 * is said once, naming every box, instead of once per box.
 */
export const evidenceWithoutCitation: PlanRule = {
  code: 'evidence-without-citation',
  scope: 'plan',
  defaultSeverity: 'warning',
  description: 'Every piece of evidence has a citation (said once when most of the evidence has none).',
  hint: 'Add a citation (author, title, year) so others can find and judge the evidence.',
  linkKinds: [],
  nodeFields: ['citation'],
  check({ structure, nodeById }) {
    const { kindOf, idOf } = structure;
    let total = 0;
    const uncited: PlanNode[] = [];
    for (let v = 0; v < kindOf.length; v++) {
      if (kindOf[v] !== 'evidence') continue;
      total++;
      const node = nodeById.get(idOf[v]!);
      if (node?.kind === 'evidence' && !node.citation?.trim()) uncited.push(node);
    }
    if (uncited.length >= GROUP_FROM && uncited.length * 2 > total) {
      const share =
        uncited.length === total
          ? `None of the plan’s ${total} pieces of evidence has a citation`
          : `${uncited.length} of the plan’s ${total} pieces of evidence have no citation`;
      return [{ message: `${share}, so they cannot be traced to a source or weighed.`, nodeIds: uncited.map((node) => node.id) }];
    }
    return uncited.map((node): Finding => ({
      message: `${sentence(describeNode(node))} has no citation.`,
      nodeIds: [node.id],
      path: `/nodes/${node.id}/citation`,
    }));
  },
};
