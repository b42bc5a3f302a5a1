import { getTheoryOfChange, validate } from '@changemap/core';
import type { IndicatorNode, Plan, ValidationIssue } from '@changemap/core';
import { createOutline } from './plan-outline.js';
import { labelOf } from './scope.js';
import { md, unique } from './text.js';

/**
 * A readable report of the plan for a board paper: vision, aims, then each call to action with
 * its priorities and their actions, its indicators, and the checker's open issues.
 */
export function exportMarkdown(plan: Plan, issues: ValidationIssue[] = validate(plan)): string {
  const outline = createOutline(plan);
  const out: string[] = [`# ${md(plan.title)}`];
  if (plan.period) out.push('', `*${md(plan.period)}*`);
  if (plan.description) out.push('', md(plan.description));

  const visions = outline.ofKind('vision');
  if (visions.length > 0) out.push('', '## Vision', '', ...visions.map((v) => `> ${md(v.title)}`));
  const aims = outline.ofKind('aim');
  if (aims.length > 0) out.push('', '## Aims', '', ...aims.map((a) => `- ${md(a.title)}`));

  for (const cta of outline.ofKind('callToAction')) {
    const toc = getTheoryOfChange(plan, cta.id);
    out.push('', `## ${md(labelOf(cta))}`);
    if (cta.description) out.push('', md(cta.description));
    const priorities = outline.linkedInto(cta.id, 'contributesTo').filter((n) => n.kind === 'priority');
    for (const priority of priorities) {
      out.push('', `### ${md(labelOf(priority))}`);
      const feeding = outline.linkedInto(priority.id, 'contributesTo');
      const outcomes = feeding.filter((n) => n.kind === 'outcome');
      const actions = unique([...feeding.filter((n) => n.kind === 'action'), ...outcomes.flatMap((o) => outline.linkedInto(o.id, 'contributesTo').filter((n) => n.kind === 'action'))]);
      if (outcomes.length > 0) out.push('', '**Outcomes**', '', ...outcomes.map((o) => `- ${md(o.title)}`));
      if (actions.length > 0) {
        out.push('', '**Actions**', '', ...actions.map((a) => `- ${md(a.title)}${a.kind === 'action' && a.actor ? ` *(${md(a.actor)})*` : ''}`));
      }
    }
    const indicators = [...toc.nodeIds].map((id) => plan.nodes.get(id)).filter((n): n is IndicatorNode => n?.kind === 'indicator');
    if (indicators.length > 0) {
      out.push('', '### Indicators', '', '| Indicator | Better if | Baseline | Target | Source |', '| --- | --- | --- | --- | --- |');
      for (const i of indicators) {
        const baseline = i.baseline ? `${i.baseline.value}${i.unit ? ` ${i.unit}` : ''}${i.baseline.date ? ` (${i.baseline.date})` : ''}` : '—';
        const target = i.target?.value !== undefined ? `${i.target.value}${i.unit ? ` ${i.unit}` : ''}` : (i.target?.description ?? '—');
        out.push(`| ${md(i.title)} | ${i.direction ?? '—'} | ${md(baseline)} | ${md(target)} | ${md(i.dataSource?.name ?? '—')} |`);
      }
    }
    const open = issues.filter((issue) => issue.nodeIds.some((id) => toc.nodeIds.has(id)) && issue.severity !== 'info');
    if (open.length > 0) {
      out.push('', '### Open issues', '', ...open.map((issue) => `- **${issue.severity}**: ${md(issue.message)}`));
    }
  }

  const principles = outline.ofKind('principle');
  if (principles.length > 0) out.push('', '## Principles', '', ...principles.map((p) => `- ${md(p.title)}`));
  const partners = outline.ofKind('partner');
  if (partners.length > 0) out.push('', '## Partners', '', ...partners.map((p) => `- ${md(p.title)}`));
  const questions = outline.ofKind('researchQuestion');
  if (questions.length > 0) out.push('', '## Research questions', '', ...questions.map((q) => `- ${md(q.title)}`));
  return `${out.join('\n')}\n`;
}
