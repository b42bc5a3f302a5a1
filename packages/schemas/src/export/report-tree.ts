import { getLevelIndex } from '@changemap/core';
import type { PlanEdge, PlanNode } from '@changemap/core';
import type { ReportContext } from './report-facts.js';
import { actionNote, kindLabel, linked, linkFact, nodeFacts, titleText } from './report-facts.js';

/** Where a walk down the causal links stops and only names the box (a call to action has its own section). */
export type StopAt = (node: PlanNode) => string | undefined;

/**
 * What feeds a box, as a nested list that follows the causal links down: outcomes, then the
 * outputs and actions under them, each with what its link carries and its own facts. A box met
 * again in the same walk is named, not repeated.
 */
export function writeFeeders(lines: string[], ctx: ReportContext, id: string, depth: number, seen: Set<string>, stopAt: StopAt): void {
  for (const [edge, node] of feedersOf(ctx, id)) writeBox(lines, ctx, node, edge, depth, seen, stopAt);
}

/** The boxes that contribute to `id`, highest level first (outcomes before actions), then in plan order. */
export function feedersOf(ctx: ReportContext, id: string): [PlanEdge, PlanNode][] {
  const level = (node: PlanNode) => getLevelIndex(ctx.plan, node) ?? -1;
  return linked(ctx, id, 'contributesTo', 'in')
    .filter(([, node]) => node.id !== id)
    .sort(([, a], [, b]) => level(b) - level(a));
}

function writeBox(lines: string[], ctx: ReportContext, node: PlanNode, edge: PlanEdge | undefined, depth: number, seen: Set<string>, stopAt: StopAt): void {
  const indent = '  '.repeat(depth);
  const stop = stopAt(node);
  const repeat = seen.has(node.id) && stop === undefined;
  const note = stop ?? (repeat ? 'also shown above' : undefined);
  lines.push(`${indent}- **${kindLabel(node)}** · ${titleText(node)}${actionNote(node)}${note ? ` *(${note})*` : ''}`);
  const facts = [edge ? linkFact(ctx, edge) : undefined, ...(stop || repeat ? [] : nodeFacts(ctx, node))].filter((f): f is string => f !== undefined);
  for (const fact of facts) lines.push(`${indent}  - ${fact}`);
  ctx.shown.add(node.id);
  if (stop || repeat) return;
  seen.add(node.id);
  writeFeeders(lines, ctx, node.id, depth + 1, seen, stopAt);
}

/** A box (reached by the link `via`, named first) and everything that feeds it, as a list item at `depth`. */
export function writeTree(
  lines: string[],
  ctx: ReportContext,
  node: PlanNode,
  via: PlanEdge | undefined,
  depth: number,
  seen: Set<string>,
  stopAt: StopAt,
): void {
  writeBox(lines, ctx, node, via, depth, seen, stopAt);
}
