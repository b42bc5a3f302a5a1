import { NODE_KIND_LABELS, getKindSpec } from '@changemap/core';
import type { KindShape, NodeKind, Plan } from '@changemap/core';
import { diagramIds, exportScope, labelOf } from './scope.js';

/** Each outline as Graphviz node attributes; a kind's outline and colour come from its spec. */
const SHAPES: { readonly [S in KindShape]: string } = {
  hexagon: 'shape=hexagon, style="filled,bold"',
  stadium: 'shape=box, style="rounded,filled"',
  framed: 'shape=box, style="filled,bold", peripheries=2',
  rectangle: 'shape=box, style=filled',
  rounded: 'shape=box, style="rounded,filled"',
  invertedTrapezoid: 'shape=invtrapezium, style=filled',
  parallelogram: 'shape=parallelogram, style=filled',
  flag: 'shape=note, style=filled',
  cylinder: 'shape=cylinder, style=filled',
  diamond: 'shape=diamond, style=filled',
  leaning: 'shape=trapezium, style=filled',
  trapezoid: 'shape=folder, style=filled',
  circle: 'shape=ellipse, style=filled',
};

/** A kind's attributes: its outline, its colour as the line and a pale tint of it as the fill. */
function styleOf(kind: NodeKind): string {
  const spec = getKindSpec(kind);
  return `${SHAPES[spec.shape]}, color="${spec.colour.light}", fillcolor="${tint(spec.colour.light)}"`;
}

/** `hex` mixed with 88% white, for a fill that black text reads well on. */
function tint(hex: string): string {
  const channel = (i: number) => Math.round(parseInt(hex.slice(i, i + 2), 16) * 0.12 + 255 * 0.88).toString(16).padStart(2, '0');
  return `#${channel(1)}${channel(3)}${channel(5)}`;
}

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
    lines.push(`  ${ids.get(node.id)} [label="${escape(`${NODE_KIND_LABELS[node.kind]}\n${labelOf(node)}`)}", ${styleOf(node.kind)}];`);
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
