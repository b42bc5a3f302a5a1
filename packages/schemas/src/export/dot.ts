import { getKindSpec } from '@changemap/core';
import type { NodeKind, Plan, PlanEdge } from '@changemap/core';
import { attachmentLabel, confidenceLabel, confidenceLine, kindColours, linksWithAttachments } from './diagram-style.js';
import { diagramIds, exportScope, labelOf } from './scope.js';

/** Shapes tell kinds apart without colour; colours come from the kinds' specs. */
const SHAPE: { [K in NodeKind]: string } = {
  vision: 'shape=hexagon, style=filled',
  aim: 'shape=box, style="rounded,filled"',
  callToAction: 'shape=box, style="filled,bold"',
  priority: 'shape=box, style=filled',
  outcome: 'shape=box, style="rounded,filled"',
  output: 'shape=box3d, style=filled',
  action: 'shape=parallelogram, style=filled',
  principle: 'shape=note, style=filled',
  indicator: 'shape=cylinder, style=filled',
  researchQuestion: 'shape=diamond, style=filled',
  assumption: 'shape=trapezium, style=filled',
  evidence: 'shape=folder, style=filled',
  partner: 'shape=ellipse, style=filled',
};

const EDGE_STYLE: Record<string, string> = {
  measures: 'style=dashed, label="measures"',
  guides: 'style=dotted, label="guides"',
  investigates: 'style=dashed, label="investigates"',
  underlies: 'style=dotted, label="underlies"',
  supports: 'style=bold, label="evidence"',
  deliveredBy: 'style=dotted, label="delivered by"',
};

/**
 * A Graphviz DOT digraph of the whole plan or one call to action; labels are escaped DOT strings.
 * Boxes are coloured by kind; a causal link is solid, dashed or dotted by its confidence band and
 * labelled with it; evidence and assumptions about a link join it at a point on its midpoint.
 */
export function exportDot(plan: Plan, callToActionId?: string): string {
  const { nodes, edges } = exportScope(plan, callToActionId);
  const ids = diagramIds(nodes);
  const lines = [
    `digraph "${escape(plan.title)}" {`,
    '  rankdir=BT;',
    '  node [fontname="Helvetica", fontsize=11];',
    '  edge [fontname="Helvetica", fontsize=9];',
  ];
  for (const node of nodes) {
    const { fill, stroke, text } = kindColours(node.kind);
    const kind = getKindSpec(node.kind)?.label ?? node.kind;
    lines.push(
      `  ${ids.get(node.id)} [label="${escape(`${kind}\n${labelOf(node)}`)}", ${SHAPE[node.kind]}, fillcolor="${fill}", color="${stroke}", fontcolor="${text}"];`,
    );
  }
  const junctions = new Map([...linksWithAttachments(plan, edges)].map((id, i) => [id, `j${i + 1}`]));
  for (const edge of edges) {
    const from = ids.get(edge.source);
    if (!from) continue;
    if (edge.kind === 'contributesTo') {
      const to = ids.get(edge.target);
      if (to) lines.push(...causalLink(edge, from, to, junctions.get(edge.id)));
      continue;
    }
    const junction = junctions.get(edge.target);
    if (junction) {
      lines.push(`  ${from} -> ${junction} [style=dashed, label="${attachmentLabel(edge)}", color="${edge.stance === 'challenges' ? '#b91c1c' : '#57606a'}"];`);
      continue;
    }
    // A link on a causal link that is not drawn here points at that link's target.
    const to = ids.get(plan.edges.get(edge.target)?.target ?? edge.target);
    if (!to) continue;
    const style =
      edge.kind === 'supports' && edge.stance && edge.stance !== 'supports' ? `style=bold, label="${attachmentLabel(edge)}"` : (EDGE_STYLE[edge.kind] ?? '');
    lines.push(`  ${from} -> ${to}${style ? ` [${style}]` : ''};`);
  }
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

/** A causal link as one edge, or as two through a point where its evidence and assumptions join it. */
function causalLink(edge: PlanEdge, from: string, to: string, junction: string | undefined): string[] {
  const line = confidenceLine(edge);
  const label = confidenceLabel(edge);
  const attributes = [line !== 'solid' ? `style=${line}` : undefined, label ? `label="${label}"` : undefined].filter(Boolean).join(', ');
  if (!junction) return [`  ${from} -> ${to}${attributes ? ` [${attributes}]` : ''};`];
  return [
    `  ${junction} [shape=point, width=0.08, color="#57606a"];`,
    `  ${from} -> ${junction} [arrowhead=none${line !== 'solid' ? `, style=${line}` : ''}];`,
    `  ${junction} -> ${to}${attributes ? ` [${attributes}]` : ''};`,
  ];
}

function escape(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r?\n/g, '\\n');
}
