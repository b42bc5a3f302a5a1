import { getKindSpec } from '@changemap/core';
import type { NodeKind, Plan, PlanEdge } from '@changemap/core';
import { attachmentLabel, confidenceLabel, confidenceLine, kindColours, linksWithAttachments } from './diagram-style.js';
import { diagramIds, exportScope, labelOf } from './scope.js';

const SHAPES: { [K in NodeKind]: [string, string] } = {
  vision: ['{{', '}}'],
  aim: ['([', '])'],
  callToAction: ['[[', ']]'],
  priority: ['[', ']'],
  outcome: ['(', ')'],
  output: ['[', ']'],
  action: ['[/', '/]'],
  principle: ['>', ']'],
  indicator: ['[(', ')]'],
  researchQuestion: ['{', '}'],
  assumption: ['[\\', '\\]'],
  evidence: ['[/', '\\]'],
  partner: ['((', '))'],
};

const ARROWS: Record<string, string> = {
  measures: '-.->|measures|',
  guides: '-.->|guides|',
  investigates: '-.->|investigates|',
  underlies: '-.->|underlies|',
  supports: '==>|evidence|',
  deliveredBy: '-.->|delivered by|',
};

/** Mermaid's dash patterns for the editor's dashed and dotted confidence lines. */
const DASHES = { dashed: 'stroke-dasharray:6 4', dotted: 'stroke-dasharray:2 3' } as const;

/**
 * A Mermaid flowchart (bottom to top: actions at the bottom, the vision at the top) of the
 * whole plan or one call to action. Boxes are coloured by kind; a causal link is solid, dashed or
 * dotted by its confidence band and labelled with it; evidence and assumptions about a link join
 * it at a small junction on its midpoint. Labels are quoted and their quotes and angle brackets
 * written as Mermaid entities, so no title can break out of its box.
 */
export function exportMermaid(plan: Plan, callToActionId?: string): string {
  const { nodes, edges } = exportScope(plan, callToActionId);
  const ids = diagramIds(nodes);
  const lines = ['flowchart BT'];
  for (const node of nodes) {
    const [open, close] = SHAPES[node.kind];
    lines.push(`  ${ids.get(node.id)}${open}"${escape(`${getKindSpec(node.kind)?.label ?? node.kind}: ${labelOf(node)}`)}"${close}`);
  }
  const junctions = new Map([...linksWithAttachments(plan, edges)].map((id, i) => [id, `j${i + 1}`]));
  const styles: string[] = [];
  let linkCount = 0;
  const link = (text: string, line: 'solid' | 'dashed' | 'dotted' = 'solid', count = 1) => {
    lines.push(`  ${text}`);
    if (line !== 'solid') for (let i = 0; i < count; i++) styles.push(`  linkStyle ${linkCount + i} ${DASHES[line]}`);
    linkCount += count;
  };
  for (const edge of edges) {
    const from = ids.get(edge.source);
    if (!from) continue;
    if (edge.kind === 'contributesTo') {
      const to = ids.get(edge.target);
      if (!to) continue;
      const label = confidenceLabel(edge);
      const arrow = label ? `-->|"${label}"|` : '-->';
      const junction = junctions.get(edge.id);
      if (junction) link(`${from} --- ${junction}((" ")) ${arrow} ${to}`, confidenceLine(edge), 2);
      else link(`${from} ${arrow} ${to}`, confidenceLine(edge));
      continue;
    }
    const junction = junctions.get(edge.target);
    if (junction) {
      link(`${from} -.->|${attachmentLabel(edge)}| ${junction}`);
      continue;
    }
    // A link on a causal link that is not drawn here points at that link's target.
    const to = ids.get(plan.edges.get(edge.target)?.target ?? edge.target);
    if (to) link(`${from} ${arrowFor(edge)} ${to}`);
  }
  lines.push(...styles);
  for (const kind of Object.keys(SHAPES) as NodeKind[]) {
    const members = nodes.filter((n) => n.kind === kind).map((n) => ids.get(n.id));
    if (members.length === 0) continue;
    const { fill, stroke, text } = kindColours(kind);
    lines.push(`  classDef ${kind} fill:${fill},stroke:${stroke},color:${text}`, `  class ${members.join(',')} ${kind}`);
  }
  if (junctions.size > 0) lines.push('  classDef junction fill:#57606a,stroke:#57606a', `  class ${[...junctions.values()].join(',')} junction`);
  return `${lines.join('\n')}\n`;
}

function arrowFor(edge: PlanEdge): string {
  if (edge.kind === 'supports' && edge.stance === 'challenges') return '==>|challenges|';
  if (edge.kind === 'supports' && edge.stance === 'mixed') return '==>|mixed evidence|';
  return ARROWS[edge.kind] ?? '-->';
}

function escape(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/&/g, '#amp;')
    .replace(/"/g, '#quot;')
    .replace(/</g, '#lt;')
    .replace(/>/g, '#gt;');
}
