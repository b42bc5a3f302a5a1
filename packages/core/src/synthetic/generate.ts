import type { PlanEdge } from '../model/edges.js';
import type { PlanNode } from '../model/nodes.js';
import type { Plan } from '../model/plan.js';
import { Table } from '../model/table.js';

/** A small, fast, seeded random generator (mulberry32), so generated plans are the same every run. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Generates a plan shaped like a real partnership plan — vision → aims → calls to action →
 * priorities → outcomes → actions, with indicators, partners and principles, about 1.5 links per
 * node — with roughly `size` nodes. For benchmarks, demos and load tests; deterministic per seed.
 */
export function generateSyntheticPlan(size: number, seed = 1): Plan {
  const random = seeded(seed);
  const nodes: PlanNode[] = [];
  const edges: PlanEdge[] = [];
  let edgeCount = 0;
  const connect = (kind: PlanEdge['kind'], source: string, target: string) => edges.push({ id: `e${++edgeCount}`, kind, source, target });

  nodes.push({ id: 'vision', kind: 'vision', title: 'A borough where everyone can thrive' });
  const aims = ['aim-1', 'aim-2'];
  for (const [i, id] of aims.entries()) {
    nodes.push({ id, kind: 'aim', title: `Aim ${i + 1}` });
    connect('contributesTo', id, 'vision');
  }
  const partners = Array.from({ length: Math.max(2, Math.round(size / 200)) }, (_, i) => `partner-${i}`);
  for (const id of partners) nodes.push({ id, kind: 'partner', title: `Partnership board ${id}` });
  const principles = Array.from({ length: 10 }, (_, i) => `principle-${i}`);
  for (const id of principles) nodes.push({ id, kind: 'principle', title: `Principle ${id}` });

  const ctaCount = 5;
  // Each outcome block is one outcome, three actions and one indicator; enough blocks to reach `size`.
  const blocks = Math.max(ctaCount, Math.round((size - nodes.length - ctaCount * 3) / 5));
  const prioritiesPerCta = Math.max(1, Math.round(Math.sqrt(blocks / ctaCount)));
  const outcomes: string[] = [];
  for (let c = 1; c <= ctaCount; c++) {
    const cta = `cta-${c}`;
    nodes.push({ id: cta, kind: 'callToAction', title: `Call to action ${c}`, number: c });
    connect('contributesTo', cta, aims[c % 2]!);
    connect('guides', principles[(2 * c) % principles.length]!, cta);
    connect('guides', principles[(2 * c + 1) % principles.length]!, cta);
    const perPriority = Math.max(1, Math.round(blocks / ctaCount / prioritiesPerCta));
    for (let p = 1; p <= prioritiesPerCta; p++) {
      const priority = `${cta}-p${p}`;
      nodes.push({ id: priority, kind: 'priority', title: `Priority ${c}.${p}`, number: `${c}.${p}` });
      connect('contributesTo', priority, cta);
      connect('deliveredBy', priority, partners[Math.floor(random() * partners.length)]!);
      for (let o = 1; o <= perPriority; o++) {
        const outcome = `${priority}-o${o}`;
        nodes.push({ id: outcome, kind: 'outcome', title: `Outcome ${c}.${p}.${o}: residents are better off`, horizon: 'medium' });
        connect('contributesTo', outcome, priority);
        outcomes.push(outcome);
        const indicator = `${outcome}-i`;
        nodes.push({
          id: indicator,
          kind: 'indicator',
          title: `Share of residents reporting change ${c}.${p}.${o}`,
          unit: '%',
          direction: 'increase',
          baseline: { value: Math.round(random() * 50), date: '2023' },
          target: { value: 60 + Math.round(random() * 30), date: '2028' },
          dataSource: { name: 'Annual Residents Survey', publisher: 'Council' },
        });
        connect('measures', indicator, outcome);
        for (let a = 1; a <= 3; a++) {
          const action = `${outcome}-a${a}`;
          nodes.push({ id: action, kind: 'action', title: `Action ${c}.${p}.${o}.${a}`, actor: 'partners', status: 'planned' });
          connect('contributesTo', action, outcome);
          // Some actions also feed an earlier outcome: real plans are webs, not trees.
          if (random() < 0.85 && outcomes.length > 1) {
            connect('contributesTo', action, outcomes[Math.floor(random() * (outcomes.length - 1))]!);
          }
        }
      }
    }
  }
  return {
    id: `synthetic-${size}`,
    title: `Synthetic plan of about ${size} nodes`,
    period: '2023-2028',
    nodes: Table.fromValues(nodes),
    edges: Table.fromValues(edges),
    views: {},
  };
}
