import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { Table } from '@changemap/core';
import type { Plan, PlanEdge, PlanNode } from '@changemap/core';
import { exportActionsCsv, exportIndicatorsCsv } from '../src/export/csv.js';
import { exportDot } from '../src/export/dot.js';
import { exportJson } from '../src/export/json.js';
import { exportMarkdown } from '../src/export/markdown.js';
import { exportMermaid } from '../src/export/mermaid.js';
import { exportNarrativeMarkdown } from '../src/export/narrative.js';
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

  /** The fixture with confidence on its causal links and evidence that challenges one of them. */
  function withConfidence(): Plan {
    const plan = load();
    const edge = (id: string, changes: Partial<PlanEdge>) => ({ ...plan.edges.get(id)!, ...changes });
    return {
      ...plan,
      nodes: plan.nodes.set('doubt', { id: 'doubt', kind: 'evidence', title: 'A review that doubts it' }),
      edges: plan.edges
        .set('c3', edge('c3', { confidence: 85 }))
        .set('c4', edge('c4', { confidence: 55 }))
        .set('c5', edge('c5', { confidence: 20 }))
        .set('s2', { id: 's2', kind: 'supports', source: 'doubt', target: 'c4', stance: 'challenges' }),
    };
  }

  it('Mermaid: one box per node, escaped labels, and only one call to action when asked', () => {
    const plan = load((data) => (data.nodes[4]!.title = hostile));
    const text = exportMermaid(plan);
    expect(text.split('\n')[0]).toBe('flowchart BT');
    expect(text).toContain('n5("Outcome: #lt;img src=x onerror=alert(1)#gt; #quot;quoted#quot; \\ end")');
    expect(text).not.toContain('<img');
    expect(text).toContain('n4 --> n3');
    expect(text).toContain('n7 -.->|measures| n5');
    const one = exportMermaid(plan, 'cta');
    expect(one).not.toContain('Aim:');
    expect(one).toContain('Call to action: 1 A healthier borough');
  });

  it('Mermaid: boxes coloured by kind, links dashed or dotted by confidence, evidence and assumptions joined to their link', () => {
    const text = exportMermaid(withConfidence());
    expect(text).toContain('  classDef outcome fill:#deede4,stroke:#15803d,color:#1f2328\n  class n5 outcome');
    expect(text).toContain('  n4 -->|"confidence 85"| n3\n');
    // c4 (moderate) and c5 (weak) carry evidence or an assumption, so each runs through a junction.
    expect(text).toContain('  n5 --- j2((" ")) -->|"confidence 55"| n4\n');
    expect(text).toContain('  n6 --- j1((" ")) -->|"confidence 20"| n5\n');
    expect(text).toContain('  n13 -.->|challenges| j2\n');
    expect(text).toContain('  n10 -.->|assumes| j1\n');
    const links = text.split('\n').filter((l) => /-->|---|-\.->|==>/.test(l));
    const styled = (n: number) => text.match(new RegExp(`linkStyle ${n} (.*)`))?.[1];
    const first = links.findIndex((l) => l.includes('j2(('));
    expect([styled(first), styled(first + 1)]).toEqual(['stroke-dasharray:6 4', 'stroke-dasharray:6 4']);
    const weak = links.findIndex((l) => l.includes('j1(('));
    expect([styled(weak + 1), styled(weak + 2)]).toEqual(['stroke-dasharray:2 3', 'stroke-dasharray:2 3']);
    expect(styled(links.findIndex((l) => l.includes('confidence 85')))).toBeUndefined();
  });

  it('DOT: a digraph with escaped labels', () => {
    const plan = load((data) => (data.nodes[4]!.title = hostile));
    const text = exportDot(plan);
    expect(text.startsWith('digraph "A small valid plan" {\n  rankdir=BT;')).toBe(true);
    expect(text).toContain(
      'n5 [label="Outcome\\n<img src=x onerror=alert(1)> \\"quoted\\" \\\\ end", shape=box, style="rounded,filled", fillcolor="#deede4", color="#15803d", fontcolor="#1f2328"];',
    );
    expect(text).toContain('n4 -> n3;');
    expect(text).toContain('n7 -> n5 [style=dashed, label="measures"];');
  });

  it('DOT: links solid, dashed or dotted by confidence, with evidence and assumptions joined at a point on the link', () => {
    const text = exportDot(withConfidence());
    expect(text).toContain('  n4 -> n3 [label="confidence 85"];\n');
    expect(text).toContain(
      '  j2 [shape=point, width=0.08, color="#57606a"];\n  n5 -> j2 [arrowhead=none, style=dashed];\n  j2 -> n4 [style=dashed, label="confidence 55"];\n',
    );
    expect(text).toContain('  n6 -> j1 [arrowhead=none, style=dotted];\n  j1 -> n5 [style=dotted, label="confidence 20"];\n');
    expect(text).toContain('  n13 -> j2 [style=dashed, label="challenges", color="#b91c1c"];');
    expect(text).toContain('  n10 -> j1 [style=dashed, label="assumes", color="#57606a"];');
  });
});

describe('Markdown report', () => {
  it('tells the vision, then each call to action down its causal links, then principles, partners, questions, assumptions and evidence', () => {
    const plan = load((data) => data.edges.push({ id: 'leap', kind: 'contributesTo', source: 'a1', target: 'aim' }));
    const text = exportMarkdown(plan);
    expect(text).toContain('# A small valid plan\n\n*2023-2028*');
    expect(text).toContain(
      '## Vision\n\n> A borough for all\n\n### What leads to it\n\n- **Aim** · Reduce inequality\n  - **Call to action** · 1 A healthier borough *(see its own section)*',
    );
    expect(text).toContain(
      '## 1 A healthier borough\n\nWhy it matters.\n\n*Leads to:* aim “Reduce inequality”\n\n*Guided by:* Work together\n\n' +
        '### 1.1 Healthy weight\n\n*Delivered by:* Health and Wellbeing Board\n\n' +
        '- **Outcome** · More children eat well\n' +
        '  - *Measured by:* Children at a healthy weight\n' +
        '  - *Research:* Do free meals change diet?\n' +
        '  - **Action** · Free school meals *(partners · in progress)*\n' +
        '    - *Link:* confidence 70 of 100 (strong) · why: Meals at school replace less healthy lunches. · assumes: Families take up the offer (critical, medium uncertainty)\n',
    );
    expect(text).toContain('| Children at a healthy weight | increase | 60 % (2022) | 65 % | Fingertips |');
    expect(text).toContain(
      '### Open issues\n\n- **warning**: The action “Free school meals” leads straight to the aim “Reduce inequality”, skipping 6 levels, from Outputs to Calls to action.',
    );
    expect(text).toContain('## Principles\n\n- Work together — guides call to action “A healthier borough”');
    expect(text).toContain('## Partners\n\n- Health and Wellbeing Board (mailto:hwb@example.org) — delivers priority “Healthy weight”');
    expect(text).toContain(
      '## Assumptions\n\n- Families take up the offer (critical, medium uncertainty) — underlies the link from “Free school meals” to “More children eat well”',
    );
    expect(text).toContain('## Evidence\n\n- Pilot evaluation (Council, 2023, evaluation, moderate) — supports assumption “Families take up the offer”');
  });

  it('names a link’s confidence, rationale, evidence and assumptions at that link', () => {
    const plan = load();
    const withLink: Plan = {
      ...plan,
      nodes: plan.nodes.set('trial', { id: 'trial', kind: 'evidence', title: 'Lunchbox trial', citation: 'School survey, 2022' }),
      edges: plan.edges
        .set('c5', { ...plan.edges.get('c5')!, confidence: 30, rationale: 'Free meals replace packed lunches' })
        .set('s2', { id: 's2', kind: 'supports', source: 'trial', target: 'c5', stance: 'challenges', strength: 'strong' }),
    };
    expect(exportMarkdown(withLink)).toContain(
      '  - **Action** · Free school meals *(partners · in progress)*\n' +
        '    - *Link:* confidence 30 of 100 (weak) · why: Free meals replace packed lunches · ' +
        'evidence: Lunchbox trial, School survey, 2022 (challenges, strong) · assumes: Families take up the offer (critical, medium uncertainty)\n',
    );
  });

  it('follows the causal links all the way down, names a box met twice, and keeps boxes in no call to action', () => {
    const plan = load();
    const deeper: Plan = {
      ...plan,
      nodes: plan.nodes
        .set('o0', { id: 'o0', kind: 'outcome', title: 'Families know what a balanced meal is', horizon: 'short' })
        .set('out', { id: 'out', kind: 'output', title: '40 cookery sessions held' })
        .set('a2', { id: 'a2', kind: 'action', title: 'Run cookery sessions' })
        .set('lone', { id: 'lone', kind: 'outcome', title: 'An outcome of no call to action' })
        .set('i2', { id: 'i2', kind: 'indicator', title: 'An indicator of nothing' }),
      edges: plan.edges
        .set('x1', { id: 'x1', kind: 'contributesTo', source: 'o0', target: 'o1' })
        .set('x2', { id: 'x2', kind: 'contributesTo', source: 'out', target: 'o0' })
        .set('x3', { id: 'x3', kind: 'contributesTo', source: 'a2', target: 'out' })
        .set('x4', { id: 'x4', kind: 'contributesTo', source: 'a1', target: 'o0' }),
    };
    const text = exportMarkdown(deeper);
    expect(text).toContain(
      '- **Outcome** · More children eat well\n' +
        '  - *Measured by:* Children at a healthy weight\n' +
        '  - *Research:* Do free meals change diet?\n' +
        '  - **Outcome** · Families know what a balanced meal is\n' +
        '    - **Output** · 40 cookery sessions held\n' +
        '      - **Action** · Run cookery sessions\n' +
        '    - **Action** · Free school meals *(partners · in progress)*\n' +
        '  - **Action** · Free school meals *(partners · in progress)* *(also shown above)*\n' +
        '    - *Link:* confidence 70 of 100 (strong) · why: Meals at school replace less healthy lunches. · assumes: Families take up the offer (critical, medium uncertainty)\n',
    );
    expect(text).toContain('## Not in any call to action\n\n### Medium-term outcomes\n\n- **Outcome** · An outcome of no call to action');
    expect(text).toContain(
      '## Other indicators\n\n| Indicator | Better if | Baseline | Target | Source |\n| --- | --- | --- | --- | --- |\n| An indicator of nothing |',
    );
    for (const node of deeper.nodes.values()) expect(text, node.id).toContain(node.title);
  });

  it('goes level by level, first to last, when the plan has no calls to action', () => {
    const programme = {
      id: 'food',
      title: 'Community food programme',
      levels: [
        { id: 'activities', title: 'Activities' },
        { id: 'outcomes', title: 'Outcomes', description: 'Changes for families.' },
        { id: 'impact', title: 'Impact' },
      ],
      nodes: Table.fromValues<PlanNode>([
        { id: 'goal', kind: 'aim', title: 'Healthier families', level: 'impact' },
        { id: 'skills', kind: 'outcome', title: 'Families cook healthy meals at home', level: 'outcomes' },
        { id: 'cook', kind: 'action', title: 'Run weekly cooking classes', level: 'activities' },
        { id: 'afford', kind: 'assumption', title: 'Families can afford the ingredients' },
      ]),
      edges: Table.fromValues<PlanEdge>([
        { id: 'l1', kind: 'contributesTo', source: 'cook', target: 'skills', confidence: 70 },
        { id: 'l2', kind: 'contributesTo', source: 'skills', target: 'goal' },
        { id: 'u1', kind: 'underlies', source: 'afford', target: 'l1' },
      ]),
      views: {},
    } satisfies Plan;
    const text = exportMarkdown(programme);
    expect(text).toContain(
      '## Activities\n\n- **Action** · Run weekly cooking classes\n' +
        '  - *Leads to:* outcome “Families cook healthy meals at home” — confidence 70 of 100 (strong) · assumes: Families can afford the ingredients\n\n' +
        '## Outcomes\n\nChanges for families.\n\n- **Outcome** · Families cook healthy meals at home\n  - *Leads to:* aim “Healthier families”\n\n' +
        '## Impact\n\n- **Aim** · Healthier families\n',
    );
    expect(text).toContain(
      '## Assumptions\n\n- Families can afford the ingredients — underlies the link from “Run weekly cooking classes” to “Families cook healthy meals at home”',
    );
  });

  it('escapes Markdown and HTML in titles', () => {
    const plan = load((data) => (data.nodes[1]!.title = '<b>*bold*</b> [link](x)'));
    expect(exportMarkdown(plan)).toContain('- **Aim** · \\<b\\>\\*bold\\*\\</b\\> \\[link\\](x)');
  });
});

describe('the story (narrative Markdown)', () => {
  it('tells each pathway as a paragraph under its call to action, then where the aims lead', () => {
    expect(exportNarrativeMarkdown(load())).toContain(
      '## 1 A healthier borough\n\n' +
        'If we deliver free school meals, then more children eat well, so that we reduce inequality, because meals at school replace less healthy lunches and families take up the offer; ' +
        'we will know by tracking children at a healthy weight. It is part of priority 1.1, “Healthy weight”, in call to action 1, “A healthier borough”.\n\n' +
        '## Where the aims lead\n\nIf we reduce inequality, this leads to a borough for all.\n',
    );
  });

  it('groups pathways by the aim they lead to when there are no calls to action, and lists boxes on no pathway', () => {
    const plan = load();
    const noCallToAction: Plan = {
      ...plan,
      nodes: plan.nodes.delete('cta').delete('p1').set('lone', { id: 'lone', kind: 'output', title: 'A leaflet *printed*' }),
      edges: plan.edges.set('c4', { id: 'c4', kind: 'contributesTo', source: 'o1', target: 'aim' }),
    };
    const text = exportNarrativeMarkdown(noCallToAction);
    expect(text).toContain('## Towards: Reduce inequality\n\nIf we deliver free school meals, then more children eat well, so that we reduce inequality');
    expect(text).toContain(
      '## Not yet on any pathway\n\nThese boxes have no causal link, so no story can include them yet:\n\n- **Output** · A leaflet \\*printed\\*\n',
    );
  });
});
