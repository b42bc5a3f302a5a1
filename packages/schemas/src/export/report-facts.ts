import { getConfidenceBand, getGraphIndex, getKindSpec, shortenText } from '@changemap/core';
import type { GraphIndex, Plan, PlanEdge, PlanNode } from '@changemap/core';
import { labelOf } from './scope.js';
import { md } from './text.js';

/** What the report reads of a plan, worked out once per report. */
export interface ReportContext {
  readonly plan: Plan;
  readonly index: GraphIndex;
  /** Boxes the report has written so far (the appendix lists only what it has not). */
  readonly shown: Set<string>;
}

export function reportContext(plan: Plan): ReportContext {
  return { plan, index: getGraphIndex(plan), shown: new Set() };
}

/** "Outcome", "Call to action": a box's kind as a label. */
export function kindLabel(node: PlanNode): string {
  return getKindSpec(node.kind)?.label ?? String(node.kind);
}

/** "*(partners · inProgress)*" after an action's title: who does it and how far it has got. */
export function actionNote(node: PlanNode): string {
  if (node.kind !== 'action') return '';
  const status = typeof node.status === 'string' ? node.status.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase() : undefined;
  const parts = [node.actor, status].filter((p): p is string => typeof p === 'string' && p !== '');
  return parts.length > 0 ? ` *(${parts.map(md).join(' · ')})*` : '';
}

/** A box's title, escaped, with its plan number; "(untitled)" for an empty one. */
export function titleText(node: PlanNode): string {
  const label = typeof node.title === 'string' && node.title.trim() !== '' ? labelOf(node) : '(untitled)';
  return md(label);
}

/** Boxes joined to `id` by `kind` links, as [link, box] in the plan's link order. */
export function linked(ctx: ReportContext, id: string, kind: PlanEdge['kind'], direction: 'in' | 'out'): [PlanEdge, PlanNode][] {
  const edges = (direction === 'in' ? ctx.index.incoming : ctx.index.outgoing).get(id) ?? [];
  const pairs: [PlanEdge, PlanNode][] = [];
  for (const edge of edges) {
    if (edge.kind !== kind) continue;
    const node = ctx.plan.nodes.get(direction === 'in' ? edge.source : edge.target);
    if (node) pairs.push([edge, node]);
  }
  return pairs;
}

/** "“Pilot survey” (challenges, strong)": evidence with what its link says of it. */
function evidenceText(edge: PlanEdge, node: PlanNode): string {
  const citation = node.kind === 'evidence' && node.citation ? `, ${md(node.citation)}` : '';
  const qualities = [edge.stance ?? 'supports', edge.strength ?? (node.kind === 'evidence' ? node.strength : undefined)].filter(Boolean).join(', ');
  return `${titleText(node)}${citation} (${qualities})`;
}

function assumptionText(node: PlanNode): string {
  if (node.kind !== 'assumption') return titleText(node);
  const qualities = [node.critical ? 'critical' : undefined, node.uncertainty ? `${node.uncertainty} uncertainty` : undefined].filter(Boolean);
  return `${titleText(node)}${qualities.length > 0 ? ` (${qualities.join(', ')})` : ''}`;
}

/** What stands at a box or a link: its evidence, assumptions and research questions, each as one fact. */
function attachedFacts(ctx: ReportContext, id: string): string[] {
  const facts: string[] = [];
  const evidence = linked(ctx, id, 'supports', 'in');
  if (evidence.length > 0) facts.push(`*Evidence:* ${evidence.map(([e, n]) => evidenceText(e, n)).join('; ')}`);
  const assumptions = linked(ctx, id, 'underlies', 'in');
  if (assumptions.length > 0) facts.push(`*Assumes:* ${assumptions.map(([, n]) => assumptionText(n)).join('; ')}`);
  const questions = linked(ctx, id, 'investigates', 'in');
  if (questions.length > 0) facts.push(`*Research:* ${questions.map(([, n]) => titleText(n)).join('; ')}`);
  [...evidence, ...assumptions, ...questions].forEach(([, n]) => ctx.shown.add(n.id));
  return facts;
}

/** "confidence 30 of 100 (weak)". */
export function confidenceText(edge: PlanEdge): string | undefined {
  const band = getConfidenceBand(edge);
  return band === undefined ? undefined : `confidence ${edge.confidence} of 100 (${band})`;
}

/**
 * Everything a causal link carries, in a line: its confidence, why it holds, its note, and the
 * evidence and assumptions attached to it.
 */
export function linkParts(ctx: ReportContext, edge: PlanEdge): string[] {
  return [
    confidenceText(edge),
    edge.rationale ? `why: ${md(edge.rationale)}` : undefined,
    edge.description ? `note: ${md(edge.description)}` : undefined,
    ...attachedFacts(ctx, edge.id).map((fact) => fact.replace(/^\*(\w+):\* /, (_all, label: string) => `${label.toLowerCase()}: `)),
  ].filter((part): part is string => part !== undefined);
}

/** "*Link:* confidence 30 of 100 (weak) · why: …", or undefined when the link carries nothing. */
export function linkFact(ctx: ReportContext, edge: PlanEdge): string | undefined {
  const parts = linkParts(ctx, edge);
  return parts.length > 0 ? `*Link:* ${parts.join(' · ')}` : undefined;
}

/** "*Leads to:* <box> — confidence …": a link named from the box it starts at. */
export function leadsToFact(ctx: ReportContext, edge: PlanEdge, target: PlanNode): string {
  const parts = linkParts(ctx, edge);
  return `*Leads to:* ${kindLabel(target).toLowerCase()} “${titleText(target)}”${parts.length > 0 ? ` — ${parts.join(' · ')}` : ''}`;
}

/** What an id names, briefly: a box by kind and shortened title, or a link by its two ends. */
export function targetName(ctx: ReportContext, id: string): string {
  const node = ctx.plan.nodes.get(id);
  if (node) return `${kindLabel(node).toLowerCase()} ${shortTitle(node)}`;
  const edge = ctx.plan.edges.get(id);
  if (!edge) return md(id);
  const end = (end: string) => {
    const n = ctx.plan.nodes.get(end);
    return n ? shortTitle(n) : md(end);
  };
  return `the link from ${end(edge.source)} to ${end(edge.target)}`;
}

/** A title in quotes, cut at 80 characters: for naming a box that the report shows in full elsewhere. */
export function shortTitle(node: PlanNode): string {
  return `“${md(shortenText(typeof node.title === 'string' ? node.title : '', 80))}”`;
}

/** Facts about a box: who does it, how it is measured, its evidence, assumptions, research, principles and partners. */
export function nodeFacts(ctx: ReportContext, node: PlanNode): string[] {
  const facts: string[] = [];
  if (node.description) facts.push(md(node.description));
  const indicators = linked(ctx, node.id, 'measures', 'in');
  if (indicators.length > 0) facts.push(`*Measured by:* ${indicators.map(([, n]) => titleText(n)).join('; ')}`);
  facts.push(...attachedFacts(ctx, node.id));
  const principles = linked(ctx, node.id, 'guides', 'in');
  if (principles.length > 0) facts.push(`*Guided by:* ${principles.map(([, n]) => titleText(n)).join('; ')}`);
  const partners = linked(ctx, node.id, 'deliveredBy', 'out');
  if (partners.length > 0) facts.push(`*Delivered by:* ${partners.map(([, n]) => titleText(n)).join('; ')}`);
  [...indicators, ...principles, ...partners].forEach(([, n]) => ctx.shown.add(n.id));
  return facts;
}
