import { getKindSpec, getNodeLevel, getPlanLevels, getTheoryOfChange, validate } from '@changemap/core';
import type { IndicatorNode, Plan, PlanNode, ValidationIssue } from '@changemap/core';
import { indicatorsOf, writeAsides, writeIndicatorTable, writeRest } from './report-appendix.js';
import type { ReportContext } from './report-facts.js';
import { actionNote, kindLabel, leadsToFact, linked, linkFact, nodeFacts, reportContext, titleText } from './report-facts.js';
import { feedersOf, writeFeeders, writeTree } from './report-tree.js';
import type { StopAt } from './report-tree.js';
import { md } from './text.js';

/**
 * A report of the whole plan for a board paper, in which every box appears. With calls to action:
 * the vision and what leads to it, then each call to action (in the plan's order) with its
 * priorities and everything that feeds them, down the causal links to the actions, each link
 * named with its confidence, reasons, evidence and assumptions; then the boxes in no call to
 * action, by level. Without calls to action: the boxes level by level, first to last, each with
 * the links it starts. Then principles, partners, research questions, assumptions and evidence
 * with where each applies, and the checker's open issues.
 */
export function exportMarkdown(plan: Plan, issues: ValidationIssue[] = validate(plan)): string {
  const ctx = reportContext(plan);
  const out: string[] = [`# ${md(plan.title)}`];
  if (plan.period) out.push('', `*${md(plan.period)}*`);
  if (plan.description) out.push('', md(plan.description));
  const callsToAction = plan.nodes.toArray().filter((n) => n.kind === 'callToAction');
  if (callsToAction.length > 0) writeByCallToAction(out, ctx, callsToAction, issues);
  else writeByLevel(out, ctx, issues);
  writeAsides(out, ctx);
  writeRest(out, ctx);
  return `${out.join('\n')}\n`;
}

const stopAtCallsToAction: StopAt = (node) => (node.kind === 'callToAction' ? 'see its own section' : undefined);

function writeByCallToAction(out: string[], ctx: ReportContext, callsToAction: readonly PlanNode[], issues: readonly ValidationIssue[]): void {
  const nodes = ctx.plan.nodes.toArray();
  const top = new Set<string>();
  for (const vision of nodes.filter((n) => n.kind === 'vision')) {
    out.push('', '## Vision', '', `> ${titleText(vision)}`);
    writeFacts(out, ctx, vision);
    ctx.shown.add(vision.id);
    const lines: string[] = [];
    writeFeeders(lines, ctx, vision.id, 0, top, stopAtCallsToAction);
    if (lines.length > 0) out.push('', '### What leads to it', '', ...lines);
  }
  const aims = nodes.filter((n) => n.kind === 'aim' && !ctx.shown.has(n.id));
  if (aims.length > 0) {
    out.push('', '## Aims', '');
    for (const aim of aims) writeTree(out, ctx, aim, undefined, 0, top, stopAtCallsToAction);
  }

  const inSomeCallToAction = new Set<string>();
  for (const cta of callsToAction) {
    const toc = getTheoryOfChange(ctx.plan, cta.id);
    toc.nodeIds.forEach((id) => inSomeCallToAction.add(id));
    writeCallToAction(out, ctx, cta, toc.nodeIds, issues);
  }
  const elsewhere = nodes.filter((n) => !ctx.shown.has(n.id) && getNodeLevel(ctx.plan, n) !== undefined);
  if (elsewhere.length > 0) {
    out.push('', '## Not in any call to action');
    writeLevels(out, ctx, elsewhere, '###');
  }
  writeIndicatorTable(
    out,
    '## Other indicators',
    nodes.filter((n): n is IndicatorNode => n.kind === 'indicator' && !ctx.shown.has(n.id)),
    ctx,
  );
  writeIssues(
    out,
    '## Open issues elsewhere',
    issues.filter((i) => !i.nodeIds.some((id) => inSomeCallToAction.has(id))),
  );
}

function writeCallToAction(out: string[], ctx: ReportContext, cta: PlanNode, members: ReadonlySet<string>, issues: readonly ValidationIssue[]): void {
  out.push('', `## ${titleText(cta)}`);
  writeFacts(
    out,
    ctx,
    cta,
    linked(ctx, cta.id, 'contributesTo', 'out').map(([edge, target]) => leadsToFact(ctx, edge, target)),
  );
  ctx.shown.add(cta.id);
  const seen = new Set<string>([cta.id]);
  const stopAt: StopAt = (node) => (node.kind === 'callToAction' && node.id !== cta.id ? 'see its own section' : undefined);
  const feeders = feedersOf(ctx, cta.id);
  for (const [edge, priority] of feeders.filter(([, n]) => n.kind === 'priority')) {
    out.push('', `### ${titleText(priority)}`);
    writeFacts(out, ctx, priority, [linkFact(ctx, edge)]);
    ctx.shown.add(priority.id);
    seen.add(priority.id);
    const lines: string[] = [];
    writeFeeders(lines, ctx, priority.id, 0, seen, stopAt);
    if (lines.length > 0) out.push('', ...lines);
  }
  const others = feeders.filter(([, n]) => n.kind !== 'priority');
  if (others.length > 0) {
    out.push('', feeders.length > others.length ? '### Also contributing' : '### What leads to it', '');
    for (const [edge, node] of others) writeTree(out, ctx, node, edge, 0, seen, stopAt);
  }
  writeIndicatorTable(out, '### Indicators', indicatorsOf(ctx, members), ctx);
  writeIssues(
    out,
    '### Open issues',
    issues.filter((issue) => issue.nodeIds.some((id) => members.has(id))),
  );
}

function writeByLevel(out: string[], ctx: ReportContext, issues: readonly ValidationIssue[]): void {
  const nodes = ctx.plan.nodes.toArray();
  writeLevels(
    out,
    ctx,
    nodes.filter((n) => getNodeLevel(ctx.plan, n) !== undefined),
    '##',
  );
  const unlevelled = nodes.filter((n) => getNodeLevel(ctx.plan, n) === undefined && isOnChain(n));
  if (unlevelled.length > 0) {
    out.push('', '## Boxes on no level', '');
    for (const node of unlevelled) writeLevelBox(out, ctx, node);
  }
  writeIndicatorTable(
    out,
    '## Indicators',
    nodes.filter((n): n is IndicatorNode => n.kind === 'indicator'),
    ctx,
  );
  writeIssues(out, '## Open issues', issues);
}

/** Kinds on the causal chain (those with a default level), which a plan's declared levels may leave without one. */
function isOnChain(node: PlanNode): boolean {
  return getKindSpec(node.kind)?.defaultLevel !== undefined;
}

/** The boxes grouped by level, first level to last, each with the links it starts. */
function writeLevels(out: string[], ctx: ReportContext, boxes: readonly PlanNode[], heading: string): void {
  for (const level of getPlanLevels(ctx.plan)) {
    const onLevel = boxes.filter((n) => getNodeLevel(ctx.plan, n) === level.id);
    if (onLevel.length === 0) continue;
    out.push('', `${heading} ${md(level.title)}`);
    if (level.description) out.push('', md(level.description));
    out.push('');
    for (const node of onLevel) writeLevelBox(out, ctx, node);
  }
}

function writeLevelBox(out: string[], ctx: ReportContext, node: PlanNode): void {
  out.push(`- **${kindLabel(node)}** · ${titleText(node)}${actionNote(node)}`);
  const leads = linked(ctx, node.id, 'contributesTo', 'out').map(([edge, target]) => leadsToFact(ctx, edge, target));
  for (const fact of [...leads, ...nodeFacts(ctx, node)]) out.push(`  - ${fact}`);
  ctx.shown.add(node.id);
}

/** A heading box's description, then each of its facts, as paragraphs (a list here would run into the list below). */
function writeFacts(out: string[], ctx: ReportContext, node: PlanNode, extra: readonly (string | undefined)[] = []): void {
  const own = nodeFacts(ctx, node);
  const split = node.description ? 1 : 0;
  for (const fact of [...own.slice(0, split), ...extra, ...own.slice(split)]) if (fact !== undefined) out.push('', fact);
}

function writeIssues(out: string[], heading: string, issues: readonly ValidationIssue[]): void {
  const open = issues.filter((issue) => issue.severity !== 'info');
  if (open.length > 0) out.push('', heading, '', ...open.map((issue) => `- **${issue.severity}**: ${md(issue.message)}`));
}
