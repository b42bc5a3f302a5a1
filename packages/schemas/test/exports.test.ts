import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Plan } from '@changemap/core';
import { exportActionsCsv, exportIndicatorsCsv } from '../src/export/csv.js';
import { exportDot } from '../src/export/dot.js';
import { exportJson } from '../src/export/json.js';
import { exportMarkdown } from '../src/export/markdown.js';
import { exportMermaid } from '../src/export/mermaid.js';
import { importModel } from '../src/import/import-model.js';

/** The fixture as plain JSON, to change before importing. */
interface Doc {
  nodes: Record<string, unknown>[];
  edges: Record<string, unknown>[];
}

function load(mutate: (data: Doc) => void = () => {}): Plan {
  const data = JSON.parse(readFileSync(resolve(import.meta.dirname, 'fixtures/valid.changemap.json'), 'utf8'));
  mutate(data);
  const result = importModel(data);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.model;
}

describe('canonical JSON', () => {
  it('orders keys the same way whatever order they came in', () => {
    const plan = load();
    const shuffled = load((data) => {
      data.nodes[6] = Object.fromEntries(Object.entries(data.nodes[6]!).reverse());
    });
    expect(exportJson(shuffled)).toBe(exportJson(plan));
    const text = exportJson(plan);
    expect(text.startsWith('{\n  "$schema": "https://changemap.org/schema/v2/plan.schema.json",\n  "format": "changemap",\n  "version": 2,')).toBe(true);
    expect(text).toContain('{\n      "id": "i1",\n      "kind": "indicator",\n      "title": "Children at a healthy weight",\n      "baseline"');
    expect(text.endsWith('}\n')).toBe(true);
  });
});

describe('CSV', () => {
  it('has one row per indicator with its call to action, what it measures, and its data', () => {
    const rows = Papa.parse<Record<string, string>>(exportIndicatorsCsv(load()), { header: true, skipEmptyLines: true }).data;
    expect(rows).toEqual([
      {
        id: 'i1',
        indicator: 'Children at a healthy weight',
        'call to action': '1. A healthier borough',
        measures: 'More children eat well',
        unit: '%',
        direction: 'increase',
        baseline: '60',
        'baseline date': '2022',
        target: '65',
        'target date': '2028',
        comparators: 'London; England',
        'data source': 'Fingertips',
        publisher: '',
        'source link': 'https://fingertips.phe.org.uk',
        frequency: '',
      },
    ]);
  });

  it('has one row per action with call to action, priority and partners', () => {
    const plan = load((data) => data.edges.push({ id: 'd2', kind: 'deliveredBy', source: 'a1', target: 'pa' }));
    const rows = Papa.parse<Record<string, string>>(exportActionsCsv(plan), { header: true, skipEmptyLines: true }).data;
    expect(rows).toEqual([
      {
        id: 'a1',
        action: 'Free school meals',
        actor: 'partners',
        status: 'inProgress',
        'call to action': '1. A healthier borough',
        priority: '1.1. Healthy weight',
        'contributes to': 'More children eat well',
        partners: 'Health and Wellbeing Board',
      },
    ]);
  });

  it('quotes commas, quotes and line breaks, defuses formulas, and adds a BOM on request', () => {
    const plan = load((data) => (data.nodes[5]!.title = '=HYPERLINK("x"), with "quotes"\nand a break'));
    const csv = exportActionsCsv(plan, { bom: true });
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true }).data;
    expect(rows[0]!.action).toBe(`'=HYPERLINK("x"), with "quotes"\nand a break`);
  });
});

describe('diagrams', () => {
  const hostile = '<img src=x onerror=alert(1)> "quoted" \\ end';

  it('Mermaid: one box per node, escaped labels, and only one call to action when asked', () => {
    const plan = load((data) => (data.nodes[4]!.title = hostile));
    const text = exportMermaid(plan);
    expect(text.split('\n')[0]).toBe('flowchart BT');
    expect(text).toContain('n5("outcome: #lt;img src=x onerror=alert(1)#gt; #quot;quoted#quot; \\ end")');
    expect(text).not.toContain('<img');
    expect(text).toContain('n6 --> n5');
    expect(text).toContain('n7 -.->|measures| n5');
    const one = exportMermaid(plan, 'cta');
    expect(one).not.toContain('aim:');
    expect(one).toContain('call to action: 1 A healthier borough');
  });

  it('DOT: a digraph with escaped labels', () => {
    const plan = load((data) => (data.nodes[4]!.title = hostile));
    const text = exportDot(plan);
    expect(text.startsWith('digraph "A small valid plan" {\n  rankdir=BT;')).toBe(true);
    expect(text).toContain('n5 [label="outcome\\n<img src=x onerror=alert(1)> \\"quoted\\" \\\\ end"');
    expect(text).toContain('n6 -> n5;');
    expect(text).toContain('n7 -> n5 [style=dashed, label="measures"];');
  });
});

describe('Markdown report', () => {
  it('lists vision, aims, each call to action with priorities, actions, indicators and open issues', () => {
    const plan = load((data) => data.edges.push({ id: 'leap', kind: 'contributesTo', source: 'a1', target: 'aim' }));
    const text = exportMarkdown(plan);
    expect(text).toContain('# A small valid plan\n\n*2023-2028*');
    expect(text).toContain('## Vision\n\n> A borough for all');
    expect(text).toContain('## Aims\n\n- Reduce inequality');
    expect(text).toContain('## 1 A healthier borough\n\nWhy it matters.\n\n### 1.1 Healthy weight\n\n**Outcomes**\n\n- More children eat well\n\n**Actions**\n\n- Free school meals *(partners)*');
    expect(text).toContain('| Children at a healthy weight | increase | 60 % (2022) | 65 % | Fingertips |');
    expect(text).toContain('## Principles\n\n- Work together');
    expect(text).toContain('### Open issues\n\n- **warning**: The action “Free school meals” leads straight to the aim “Reduce inequality” with no outcome in between.');
  });

  it('escapes Markdown and HTML in titles', () => {
    const plan = load((data) => (data.nodes[1]!.title = '<b>*bold*</b> [link](x)'));
    expect(exportMarkdown(plan)).toContain('- \\<b\\>\\*bold\\*\\</b\\> \\[link\\](x)');
  });
});
