import { NODE_KIND_LABELS, NODE_KINDS, getKindSpec } from '@changemap/core';
import type { KindShape, Plan } from '@changemap/core';
import { diagramIds, exportScope, labelOf } from './scope.js';

/** Each outline in Mermaid's flowchart syntax; a kind's outline comes from its spec. */
const SHAPES: { readonly [S in KindShape]: readonly [string, string] } = {
  hexagon: ['{{', '}}'],
  stadium: ['([', '])'],
  framed: ['[[', ']]'],
  rectangle: ['[', ']'],
  rounded: ['(', ')'],
  invertedTrapezoid: ['[\\', '/]'],
  parallelogram: ['[/', '/]'],
  flag: ['>', ']'],
  cylinder: ['[(', ')]'],
  diamond: ['{', '}'],
  leaning: ['[\\', '\\]'],
  trapezoid: ['[/', '\\]'],
  circle: ['((', '))'],
};

const ARROWS: Record<string, string> = {
  contributesTo: '-->',
  measures: '-.->|measures|',
  guides: '-.->|guides|',
  investigates: '-.->|investigates|',
  underlies: '-.->|underlies|',
  supports: '==>|evidence|',
  deliveredBy: '-.->|delivered by|',
};

/**
 * A Mermaid flowchart (bottom to top: actions at the bottom, the vision at the top) of the
 * whole plan or one call to action. Labels are quoted and their quotes and angle brackets written
 * as Mermaid entities, so no title can break out of its box.
 */
export function exportMermaid(plan: Plan, callToActionId?: string): string {
  const { nodes, edges } = exportScope(plan, callToActionId);
  const ids = diagramIds(nodes);
  const lines = ['flowchart BT'];
  for (const node of nodes) {
    const [open, close] = SHAPES[getKindSpec(node.kind).shape];
    lines.push(`  ${ids.get(node.id)}${open}"${escape(`${NODE_KIND_LABELS[node.kind]}: ${labelOf(node)}`)}"${close}`);
  }
  for (const edge of edges) {
    const from = ids.get(edge.source);
    // A link on a causal link is drawn to the link's target: Mermaid cannot point at a link.
    const targetEdge = plan.edges.get(edge.target);
    const to = ids.get(targetEdge ? targetEdge.target : edge.target);
    if (from && to) lines.push(`  ${from} ${ARROWS[edge.kind] ?? '-->'} ${to}`);
  }
  for (const kind of NODE_KINDS) {
    const members = nodes.filter((n) => n.kind === kind).map((n) => ids.get(n.id));
    if (members.length > 0) lines.push(`  class ${members.join(',')} ${kind}`);
  }
  return `${lines.join('\n')}\n`;
}

function escape(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/&/g, '#amp;')
    .replace(/"/g, '#quot;')
    .replace(/</g, '#lt;')
    .replace(/>/g, '#gt;');
}
