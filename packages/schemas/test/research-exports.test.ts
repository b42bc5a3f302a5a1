import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Plan } from '@changemap/core';
import { exportResearchAgendaCsv, exportResearchAgendaMarkdown } from '../src/export/research.js';
import { importModel } from '../src/import/import-model.js';

function load(): Plan {
  const data = JSON.parse(readFileSync(resolve(import.meta.dirname, 'fixtures/valid.changemap.json'), 'utf8'));
  data.nodes.find((n: { id: string }) => n.id === 'rq').leadPartner = 'pa';
  data.edges.push({ id: 'q2', kind: 'investigates', source: 'rq', target: 'i1' }, { id: 'q3', kind: 'investigates', source: 'rq', target: 'as' });
  const result = importModel(data);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.model;
}

describe('research agenda exports', () => {
  it('CSV: one row per question with what it informs, its status and lead', () => {
    const rows = Papa.parse<Record<string, string>>(exportResearchAgendaCsv(load()), { header: true, skipEmptyLines: true }).data;
    expect(rows).toEqual([
      {
        id: 'rq',
        question: 'Do free meals change diet?',
        'call to action': '1 A healthier borough',
        theme: 'Food',
        status: 'proposed',
        lead: 'Health and Wellbeing Board',
        method: '',
        'priority score': '',
        outcomes: 'More children eat well',
        indicators: 'Children at a healthy weight',
        assumptions: 'Families take up the offer',
        'also informs': '',
        finding: '',
      },
    ]);
  });

  it('Markdown: grouped by call to action and theme, then the evidence-gap list and assumptions to test', () => {
    const text = exportResearchAgendaMarkdown(load());
    expect(text).toContain('## 1 A healthier borough\n\n### Food\n\n- **Do free meals change diet?** — proposed · lead: Health and Wellbeing Board');
    expect(text).toContain('  - Informs: More children eat well; Children at a healthy weight; Families take up the offer');
    expect(text).toContain('## Evidence gaps');
    expect(text).toContain('| Families take up the offer | 4 | yes |');
  });
});
