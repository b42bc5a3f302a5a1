import { getLevelIndex, getNodeLevel, getPlanLevels } from '../../model/levels.js';
import type { PlanNode } from '../../model/nodes.js';
import type { Plan } from '../../model/plan.js';
import { NO_FINDINGS, type Finding, type LinkRule } from '../types.js';
import { describeNode, sentence } from '../describe.js';
import { causalLinkAt } from './causal-links.js';
import { NOT_A_NODE } from '../../queries/structure.js';

/**
 * An action, an output or a short-term outcome wired straight to an aim (a goal) or the vision
 * skips the outcomes that explain how it helps: the leap of faith of the theory-of-change
 * literature. The message names the levels it skips.
 */
export const leapOfFaith: LinkRule = {
  code: 'leap-of-faith',
  scope: 'link',
  defaultSeverity: 'warning',
  description: 'Actions, outputs and short-term outcomes reach aims and the vision through the outcomes between, not in one jump.',
  hint: 'Add the outcomes that come between them, and link the box → outcome → aim.',
  linkKinds: ['contributesTo'],
  checkLink(_edge, context, e): readonly Finding[] {
    const { source: sources, target: targets, kindOf } = context.structure;
    // Kinds first, from the structure: only links into an aim or the vision from an early kind are read further.
    if (sources[e] === NOT_A_NODE || targets[e] === NOT_A_NODE) return NO_FINDINGS;
    const to = kindOf[targets[e]!];
    const from = kindOf[sources[e]!];
    if ((to !== 'aim' && to !== 'vision') || (from !== 'action' && from !== 'output' && from !== 'outcome')) return NO_FINDINGS;
    const link = causalLinkAt(context, e);
    if (!link || !isEarlyStep(context.plan, link.source)) return NO_FINDINGS;
    const { edge, source, target } = link;
    return [
      {
        message: `${sentence(describeNode(source))} leads straight to ${describeNode(target)}, ${skipped(context.plan, source, target)}.`,
        nodeIds: [source.id, target.id],
        edgeIds: [edge.id],
      },
    ];
  },
};

/** What is done or produced, or its first result: too near the start of a chain to reach an aim directly. */
function isEarlyStep(plan: Plan, node: PlanNode): boolean {
  if (node.kind === 'action' || node.kind === 'output') return true;
  return node.kind === 'outcome' && (node.horizon === 'short' || getNodeLevel(plan, node) === 'outcome-short');
}

/** "skipping Medium-term outcomes and Long-term outcomes", from the plan's levels; plainer words when the levels do not say. */
function skipped(plan: Plan, source: PlanNode, target: PlanNode): string {
  const from = getLevelIndex(plan, source);
  const to = getLevelIndex(plan, target);
  const between =
    from !== undefined && to !== undefined
      ? getPlanLevels(plan)
          .slice(from + 1, to)
          .map((level) => level.title)
      : [];
  if (between.length === 0) return 'with no outcome in between';
  if (between.length > 3) return `skipping ${between.length} levels, from ${between[0]} to ${between.at(-1)}`;
  return `skipping ${between.length === 1 ? between[0] : `${between.slice(0, -1).join(', ')} and ${between.at(-1)}`}`;
}
