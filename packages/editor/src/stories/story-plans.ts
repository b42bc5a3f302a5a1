import { NODE_KINDS, Table } from '@changemap/core';
import type { NodeKind, Plan, PlanEdge, PlanNode } from '@changemap/core';
import { loadFlagship } from '../app/flagship.js';

/** A sample node of each kind, with its typical fields filled in. */
export function sampleNode(kind: NodeKind): PlanNode {
  const base = { id: `sample-${kind}`, kind, title: SAMPLE_TITLES[kind] };
  switch (kind) {
    case 'callToAction':
      return { ...base, kind, number: 3 };
    case 'priority':
      return { ...base, kind, number: '3.3' };
    case 'indicator':
      return {
        ...base,
        kind,
        unit: '%',
        direction: 'decrease',
        baseline: { value: 45, date: '2021/22' },
        dataSource: { name: 'National Child Measurement Programme' },
      };
    case 'assumption':
      return { ...base, kind, critical: true, uncertainty: 'medium' };
    case 'evidence':
      return { ...base, kind, citation: 'Council, 2023', evidenceType: 'evaluation', strength: 'moderate' };
    case 'researchQuestion':
      return { ...base, kind, status: 'proposed', theme: 'Food' };
    default:
      return base as PlanNode;
  }
}

const SAMPLE_TITLES: Record<NodeKind, string> = {
  vision: 'Residents and partners working together to improve quality of life',
  aim: 'More people are able to live, work, learn and play in ways that meet their needs',
  callToAction: 'Everyone should feel safe and live in good-quality homes',
  priority: 'Address housing needs and improve our neighbourhoods',
  outcome: 'Fewer households experience food insecurity',
  output: 'Frontline staff trained in trauma-informed practice',
  action: 'We will deliver more social and affordable homes for rent',
  principle: 'Community first and coproduction',
  indicator: 'Overweight and Obese at year 6',
  researchQuestion: 'What difference does universal free school meals make?',
  assumption: 'Residents use support once they know what is available',
  evidence: 'Pilot evaluation of holiday activities',
  partner: 'Community Safety Partnership',
};

/** A one-view plan holding the given nodes and links, placed side by side. */
export function planOf(nodes: PlanNode[], edges: PlanEdge[] = []): Plan {
  return {
    id: 'story',
    title: 'Story plan',
    nodes: Table.fromValues(nodes),
    edges: Table.fromValues(edges),
    views: { plan: { positions: Object.fromEntries(nodes.map((n, i) => [n.id, { x: i * 320, y: 0 }])) } },
  };
}

export const ALL_KINDS = NODE_KINDS;
export { loadFlagship };
