import { NODE_KIND_LABELS } from '@changemap/core';
import type { NodeKind, Plan } from '@changemap/core';
import { diagramIds, exportScope, labelOf } from './scope.js';

const STYLE: { [K in NodeKind]: string } = {
  vision: 'shape=hexagon, style=filled, fillcolor="#4c1d95", fontcolor=white',
  aim: 'shape=box, style="rounded,filled", fillcolor="#ede9fe"',
  callToAction: 'shape=box, style="filled,bold", fillcolor="#dbeafe"',
  priority: 'shape=box, style=filled, fillcolor="#e0f2fe"',
  outcome: 'shape=box, style="rounded,filled", fillcolor="#dcfce7"',
  output: 'shape=box3d, style=filled, fillcolor="#ecfccb"',
  action: 'shape=parallelogram, style=filled, fillcolor="#fef9c3"',
  principle: 'shape=note, style=filled, fillcolor="#f3f4f6"',
  indicator: 'shape=cylinder, style=filled, fillcolor="#ffedd5"',
  researchQuestion: 'shape=diamond, style=filled, fillcolor="#fce7f3"',
  assumption: 'shape=trapezium, style=filled, fillcolor="#fef2f2"',
  evidence: 'shape=folder, style=filled, fillcolor="#ecfeff"',
  partner: 'shape=ellipse, style=filled, fillcolor="#f5f5f4"',
};

const EDGE_STYLE: Record<string, string> = {
  contributesTo: '',
  measures: 'style=dashed, label="measures"',
  guides: 'style=dotted, label="guides"',
  investigates: 'style=dashed, label="investigates"',
  underlies: 'style=dotted, label="underlies"',
  supports: 'style=bold, label="evidence"',
  deliveredBy: 'style=dotted, label="delivered by"',
};

/** A Graphviz DOT digraph of the whole plan or one call to action; labels are escaped DOT strings. */
export function exportDot(plan: Plan, callToActionId?: string): string {
  const { nodes, edges } = exportScope(plan, callToActionId);
  const ids = diagramIds(nodes);
  const lines = [`digraph "${escape(plan.title)}" {`, '  rankdir=BT;', '  node [fontname="Helvetica", fontsize=11];'];
  for (const node of nodes) {
    lines.push(`  ${ids.get(node.id)} [label="${escape(`${NODE_KIND_LABELS[node.kind]}\n${labelOf(node)}`)}", ${STYLE[node.kind]}];`);
  }
  for (const edge of edges) {
    const targetEdge = plan.edges.get(edge.target);
    const from = ids.get(edge.source);
    const to = ids.get(targetEdge ? targetEdge.target : edge.target);
    if (!from || !to) continue;
    const style = EDGE_STYLE[edge.kind] ?? '';
    lines.push(`  ${from} -> ${to}${style ? ` [${style}]` : ''};`);
  }
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

function escape(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r?\n/g, '\\n');
}
