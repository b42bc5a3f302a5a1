import type { PlanEdge } from '../model/edges.js';
import type { PlanNode } from '../model/nodes.js';
import type { Plan } from '../model/plan.js';
import { Table } from '../model/table.js';

/** Builds a plan from lists, keeping whatever it is given (even broken data), for tests. */
export function planFrom(nodes: PlanNode[], edges: PlanEdge[] = []): Plan {
  return {
    id: 'test-plan',
    title: 'Test plan',
    nodes: Table.fromValues(nodes),
    edges: Table.fromValues(edges),
    views: {},
  };
}

let counter = 0;
/** A link with a generated id. */
export function link(kind: PlanEdge['kind'], source: string, target: string, id = `e${++counter}`): PlanEdge {
  return { id, kind, source, target };
}

/**
 * A small plan with no problems at all: vision ← aim ← call to action ← priority ← outcome ← action,
 * an indicator with source, baseline and target on the outcome, a principle, a question and a partner.
 * It names its checker profile, so the checker need not say which it inferred.
 */
export function cleanPlan(): Plan {
  return withProfile(
    planFrom(
      [
        { id: 'vision', kind: 'vision', title: 'A borough for all' },
        { id: 'aim', kind: 'aim', title: 'Reduce inequality' },
        { id: 'cta', kind: 'callToAction', title: 'A healthier borough', number: 1 },
        { id: 'p1', kind: 'priority', title: 'Healthy weight', number: '1.1' },
        { id: 'o1', kind: 'outcome', title: 'More children eat well', horizon: 'medium' },
        { id: 'a1', kind: 'action', title: 'Free school meals', actor: 'partners' },
        {
          id: 'i1',
          kind: 'indicator',
          title: 'Children at a healthy weight',
          unit: '%',
          direction: 'increase',
          baseline: { value: 60, date: '2022' },
          target: { value: 65, date: '2028' },
          dataSource: { name: 'Fingertips', url: 'https://fingertips.phe.org.uk' },
        },
        { id: 'pr', kind: 'principle', title: 'Work together' },
        { id: 'rq', kind: 'researchQuestion', title: 'Do free meals change diet?' },
        { id: 'pa', kind: 'partner', title: 'Health and Wellbeing Board' },
      ],
      [
        link('contributesTo', 'aim', 'vision', 'c1'),
        link('contributesTo', 'cta', 'aim', 'c2'),
        link('contributesTo', 'p1', 'cta', 'c3'),
        link('contributesTo', 'o1', 'p1', 'c4'),
        link('contributesTo', 'a1', 'o1', 'c5'),
        link('measures', 'i1', 'o1', 'm1'),
        link('guides', 'pr', 'cta', 'g1'),
        link('investigates', 'rq', 'o1', 'q1'),
        link('deliveredBy', 'p1', 'pa', 'd1'),
      ],
    ),
  );
}

function withProfile(plan: Plan): Plan {
  return { ...plan, checker: { profile: 'partnershipPlan' } };
}
