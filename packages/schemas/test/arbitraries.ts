import fc from 'fast-check';
import {
  Table,
  ACTION_STATUSES,
  EVIDENCE_STRENGTHS,
  EVIDENCE_TYPES,
  INDICATOR_DIRECTIONS,
  UNCERTAINTY_LEVELS,
  NODE_KINDS,
  OUTCOME_HORIZONS,
  RESEARCH_STATUSES,
  inferEdgeKind,
  type NodeKind,
  type Plan,
  type PlanEdge,
  type PlanNode,
} from '@changemap/core';

/** Text with the hard cases: emoji, right-to-left scripts, combining marks, quotes and HTML. */
export const tricky = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom('👩🏽‍🔬 research', 'مرحبا بالعالم', 'שלום', 'e\u0301\u0327', '<img src=x onerror=alert(1)>', '"quoted" \\ back', 'line\nbreak', 'Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǫ̗'),
);
const title = tricky.filter((t) => t.length <= 1000);
const short = (max: number) => fc.string({ maxLength: max });
const finite = fc.double({ min: -1e12, max: 1e12, noNaN: true, noDefaultInfinity: true }).map((n) => (Object.is(n, -0) ? 0 : n));
const url = fc.constantFrom('https://example.org/a?b=c#d', 'http://data.gov.uk', 'mailto:team@example.org');
const provenance = fc.record(
  { document: short(50), section: short(50), page: fc.nat(500), quote: tricky, derived: fc.boolean(), note: short(50) },
  { requiredKeys: ['document'] },
);
const common = { title, description: tricky, tags: fc.array(short(20), { maxLength: 3 }), provenance };
const value = fc.record({ value: finite, date: short(10), note: short(20) }, { requiredKeys: ['value'] });

/** Kind-specific fields, every one of them, so a round trip exercises the whole schema. */
const FIELDS: { [K in NodeKind]: Record<string, fc.Arbitrary<unknown>> } = {
  vision: {},
  aim: {},
  callToAction: { number: fc.integer({ min: 0, max: 1000 }) },
  priority: { number: short(10) },
  outcome: { horizon: fc.constantFrom(...OUTCOME_HORIZONS) },
  output: {},
  action: { actor: short(30), status: fc.constantFrom(...ACTION_STATUSES) },
  principle: {},
  indicator: {
    unit: short(10),
    direction: fc.constantFrom(...INDICATOR_DIRECTIONS),
    baseline: value,
    target: fc.record({ value: finite, date: short(10), description: tricky }, { requiredKeys: [] }),
    comparators: fc.array(short(20), { maxLength: 3 }),
    dataSource: fc.record({ name: short(30), publisher: short(30), url }, { requiredKeys: ['name'] }),
    frequency: short(10),
    externalIds: fc.array(fc.record({ scheme: short(10), id: short(10) }), { maxLength: 2 }),
    measurements: fc.array(value, { maxLength: 3 }),
  },
  researchQuestion: {
    status: fc.constantFrom(...RESEARCH_STATUSES),
    theme: short(20),
    method: short(20),
    priorityScore: fc.integer({ min: 0, max: 100 }),
    leadPartner: fc.constantFrom('lead-1', 'partner-a'),
    finding: tricky,
  },
  assumption: { critical: fc.boolean(), uncertainty: fc.constantFrom(...UNCERTAINTY_LEVELS) },
  evidence: { citation: tricky, url, evidenceType: fc.constantFrom(...EVIDENCE_TYPES), strength: fc.constantFrom(...EVIDENCE_STRENGTHS) },
  partner: { url },
};

const nodeOf = (kind: NodeKind, id: string): fc.Arbitrary<PlanNode> =>
  fc.record({ ...common, ...FIELDS[kind] }, { requiredKeys: ['title'] }).map((fields) => ({ ...fields, id, kind }) as PlanNode);

/** Any plan the core can build: every kind and field, only allowed links, positions and pins. */
export const validPlanArb: fc.Arbitrary<Plan> = fc
  .array(fc.constantFrom(...NODE_KINDS), { minLength: 1, maxLength: 14 })
  .chain((kinds) =>
    fc.tuple(
      fc.tuple(...kinds.map((kind, i) => nodeOf(kind, `n${i}`))),
      fc.array(fc.tuple(fc.nat(kinds.length - 1), fc.nat(kinds.length - 1)), { maxLength: 20 }),
      fc.array(fc.tuple(fc.nat(kinds.length - 1), finite, finite), { maxLength: 5 }),
      fc.option(tricky, { nil: undefined }),
    ),
  )
  .map(([nodes, pairs, positions, period]): Plan => {
    const edges: PlanEdge[] = [];
    const seen = new Set<string>();
    for (const [a, b] of pairs) {
      const kind = inferEdgeKind(nodes[a]!.kind, nodes[b]!.kind);
      if (!kind || seen.has(`${a}>${b}`)) continue;
      seen.add(`${a}>${b}`);
      edges.push({ id: `e${edges.length}`, kind, source: nodes[a]!.id, target: nodes[b]!.id });
    }
    return {
      id: 'generated',
      title: 'Generated plan',
      ...(period !== undefined && period.length <= 100 && { period }),
      nodes: Table.fromValues(nodes),
      edges: Table.fromValues(edges),
      views: positions.length > 0 ? { plan: { positions: Object.fromEntries(positions.map(([i, x, y]) => [nodes[i]!.id, { x: clamp(x), y: clamp(y) }])) } } : ({} as Plan['views']),
    };
  });

function clamp(n: number): number {
  return Math.max(-1e7, Math.min(1e7, n));
}
