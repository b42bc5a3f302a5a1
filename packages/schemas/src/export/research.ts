import { getEvidenceGaps, getResearchAgenda, rankAssumptions } from '@changemap/core';
import type { AgendaEntry, NodeKind, Plan, PlanNode } from '@changemap/core';
import Papa from 'papaparse';
import type { CsvOptions } from './csv.js';
import { labelOf } from './scope.js';
import { defuse, md } from './text.js';

const titles = (nodes: readonly PlanNode[] | undefined) => (nodes ?? []).map((n) => n.title).join('; ');

/** Informed nodes other than outcomes, indicators and assumptions (actions, priorities …). */
function otherInformed(entry: AgendaEntry): PlanNode[] {
  const named: NodeKind[] = ['outcome', 'indicator', 'assumption'];
  return Object.entries(entry.informs)
    .filter(([kind]) => !named.includes(kind as NodeKind))
    .flatMap(([, nodes]) => nodes ?? []);
}

/**
 * One row per research question: its calls to action, theme, status, lead, method and priority,
 * and the outcomes, indicators, assumptions and other parts of the plan it informs.
 */
export function exportResearchAgendaCsv(plan: Plan, options: CsvOptions = {}): string {
  const seen = new Set<string>();
  const rows: unknown[][] = [];
  for (const group of getResearchAgenda(plan)) {
    for (const { entries } of group.themes) {
      for (const entry of entries) {
        if (seen.has(entry.question.id)) continue;
        seen.add(entry.question.id);
        const q = entry.question;
        const lead = q.leadPartner ? (plan.nodes.get(q.leadPartner)?.title ?? q.leadPartner) : '';
        rows.push(
          [
            q.id,
            q.title,
            entry.callsToAction.map(labelOf).join('; '),
            q.theme ?? '',
            q.status ?? '',
            lead,
            q.method ?? '',
            q.priorityScore ?? '',
            titles(entry.informs.outcome),
            titles(entry.informs.indicator),
            titles(entry.informs.assumption),
            titles(otherInformed(entry)),
            q.finding ?? '',
          ].map(defuse),
        );
      }
    }
  }
  const fields = [
    'id',
    'question',
    'call to action',
    'theme',
    'status',
    'lead',
    'method',
    'priority score',
    'outcomes',
    'indicators',
    'assumptions',
    'also informs',
    'finding',
  ];
  return `${options.bom ? '\ufeff' : ''}${Papa.unparse({ fields, data: rows }, { newline: '\r\n' })}\r\n`;
}

/** The research agenda as Markdown: questions by call to action and theme, then the evidence gaps and the assumptions to test first. */
export function exportResearchAgendaMarkdown(plan: Plan): string {
  const out = [`# Research agenda: ${md(plan.title)}`];
  for (const group of getResearchAgenda(plan)) {
    out.push('', `## ${group.callToAction ? md(labelOf(group.callToAction)) : 'Not linked to a call to action'}`);
    for (const { theme, entries } of group.themes) {
      out.push('', `### ${md(theme)}`, '');
      for (const entry of entries) {
        const q = entry.question;
        const facts = [q.status, q.leadPartner ? `lead: ${plan.nodes.get(q.leadPartner)?.title ?? q.leadPartner}` : undefined, q.method]
          .filter(Boolean)
          .join(' · ');
        out.push(`- **${md(q.title)}**${facts ? ` — ${md(facts)}` : ''}`);
        const informs = Object.values(entry.informs)
          .flat()
          .filter((n): n is PlanNode => n !== undefined);
        if (informs.length > 0) out.push(`  - Informs: ${informs.map((n) => md(n.title)).join('; ')}`);
        if (q.finding) out.push(`  - Finding: ${md(q.finding)}`);
      }
    }
  }
  const gaps = getEvidenceGaps(plan);
  out.push(
    '',
    '## Evidence gaps',
    '',
    gaps.length === 0
      ? 'None: every outcome, causal link and critical assumption has evidence or a question.'
      : `${gaps.length} places have no evidence and no research question:`,
    '',
  );
  for (const gap of gaps) {
    if (gap.kind === 'causalLink') out.push(`- Link: ${md(gap.source.title)} → ${md(gap.target.title)}`);
    else out.push(`- ${gap.kind === 'outcome' ? 'Outcome' : 'Critical assumption'}: ${md(gap.node.title)}`);
  }
  const ranked = rankAssumptions(plan);
  if (ranked.length > 0) {
    out.push('', '## Assumptions to test first', '', '| Assumption | Score (criticality × uncertainty) | Tested |', '| --- | --- | --- |');
    for (const r of ranked) out.push(`| ${md(r.node.title)} | ${r.score} | ${r.tested ? 'yes' : 'no'} |`);
  }
  return `${out.join('\n')}\n`;
}
