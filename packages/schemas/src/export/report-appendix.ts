import { EDGE_KIND_LABELS } from '@changemap/core';
import type { IndicatorNode, PlanNode } from '@changemap/core';
import type { ReportContext } from './report-facts.js';
import { kindLabel, linked, targetName, titleText } from './report-facts.js';
import { md } from './text.js';

/** A table of indicators: what is better, baseline, target and source. */
export function writeIndicatorTable(out: string[], heading: string, indicators: readonly IndicatorNode[], ctx: ReportContext): void {
  if (indicators.length === 0) return;
  out.push('', heading, '', '| Indicator | Better if | Baseline | Target | Source |', '| --- | --- | --- | --- | --- |');
  for (const i of indicators) {
    const baseline = i.baseline ? `${i.baseline.value}${i.unit ? ` ${i.unit}` : ''}${i.baseline.date ? ` (${i.baseline.date})` : ''}` : '—';
    const target = i.target?.value !== undefined ? `${i.target.value}${i.unit ? ` ${i.unit}` : ''}` : (i.target?.description ?? '—');
    out.push(`| ${titleText(i)} | ${i.direction ?? '—'} | ${md(baseline)} | ${md(target)} | ${md(i.dataSource?.name ?? '—')} |`);
    ctx.shown.add(i.id);
  }
}

/** " — guides: action “A”; action “B”": where a box that stands beside the chain applies, by kind of link. */
function appliesTo(ctx: ReportContext, node: PlanNode): string {
  const outgoing = ctx.index.outgoing.get(node.id) ?? [];
  const incoming = (ctx.index.incoming.get(node.id) ?? []).filter((e) => e.kind === 'deliveredBy');
  const byVerb = new Map<string, string[]>();
  const add = (verb: string, name: string) => byVerb.set(verb, [...(byVerb.get(verb) ?? []), name]);
  for (const e of outgoing) add(e.kind === 'supports' ? (e.stance ?? 'supports') : (EDGE_KIND_LABELS[e.kind] ?? e.kind), targetName(ctx, e.target));
  for (const e of incoming) add('delivers', targetName(ctx, e.source));
  const parts = [...byVerb].map(([verb, names]) => `${verb} ${names.join('; ')}`);
  return parts.length > 0 ? ` — ${parts.join('; ')}` : ' — not linked to anything yet';
}

function qualities(node: PlanNode): string[] {
  switch (node.kind) {
    case 'assumption':
      return [node.critical ? 'critical' : '', node.uncertainty ? `${node.uncertainty} uncertainty` : ''];
    case 'evidence':
      return [node.citation ?? '', node.evidenceType ?? '', node.strength ?? ''];
    case 'researchQuestion':
      return [node.status ?? '', node.finding ? `finding: ${node.finding}` : ''];
    case 'partner':
      return [node.url ?? ''];
    default:
      return [];
  }
}

/** Sections that list every principle, partner, research question, assumption and piece of evidence, with where each applies. */
export function writeAsides(out: string[], ctx: ReportContext): void {
  const sections: [PlanNode['kind'], string][] = [
    ['principle', 'Principles'],
    ['partner', 'Partners'],
    ['researchQuestion', 'Research questions'],
    ['assumption', 'Assumptions'],
    ['evidence', 'Evidence'],
  ];
  const nodes = ctx.plan.nodes.toArray();
  for (const [kind, heading] of sections) {
    const ofKind = nodes.filter((n) => n.kind === kind);
    if (ofKind.length === 0) continue;
    out.push('', `## ${heading}`, '');
    for (const node of ofKind) {
      const facts = qualities(node).filter(Boolean).map(md);
      out.push(`- ${titleText(node)}${facts.length > 0 ? ` (${facts.join(', ')})` : ''}${appliesTo(ctx, node)}`);
      ctx.shown.add(node.id);
    }
  }
}

/** Any box no section has named yet (whatever its kind), so that nothing in the plan is left out. */
export function writeRest(out: string[], ctx: ReportContext): void {
  const rest = ctx.plan.nodes.toArray().filter((n) => !ctx.shown.has(n.id));
  if (rest.length === 0) return;
  out.push('', '## Other boxes', '');
  for (const node of rest) {
    out.push(`- **${kindLabel(node)}** · ${titleText(node)}${appliesTo(ctx, node)}`);
    ctx.shown.add(node.id);
  }
}

/** The indicators that measure any of `ids`, in plan order. */
export function indicatorsOf(ctx: ReportContext, ids: Iterable<string>): IndicatorNode[] {
  const found = new Set<string>();
  for (const id of ids) for (const [, n] of linked(ctx, id, 'measures', 'in')) found.add(n.id);
  return ctx.plan.nodes.toArray().filter((n): n is IndicatorNode => n.kind === 'indicator' && found.has(n.id));
}
