import fc from 'fast-check';
import type { Command } from '../edits/commands.js';
import { EDGE_KINDS } from '../model/edges.js';
import { NODE_KINDS } from '../model/node-kinds.js';
import { Table } from '../model/table.js';
import type { PlanEdge } from '../model/edges.js';
import type { PlanNode } from '../model/nodes.js';
import type { Plan } from '../model/plan.js';
import { CHECKER_PROFILES, type CheckerSettings } from '../model/checker-settings.js';
import { RULES } from '../validation/rules/index.js';
import type { Severity } from '../validation/types.js';

/** Ids drawn from a small pool so that generated commands often hit existing nodes and links. */
const nodeId = fc.constantFrom(...Array.from({ length: 8 }, (_, i) => `n${i}`));
const edgeId = fc.constantFrom(...Array.from({ length: 8 }, (_, i) => `e${i}`));
const text = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('Fewer children in poverty', '🌍 مرحبا', 'e\u0301'));

export const nodeArb: fc.Arbitrary<PlanNode> = fc.record({ id: nodeId, kind: fc.constantFrom(...NODE_KINDS), title: text }).map((n) => n as PlanNode);

export const edgeArb: fc.Arbitrary<PlanEdge> = fc.record({
  id: edgeId,
  kind: fc.constantFrom(...EDGE_KINDS),
  source: fc.oneof(nodeId, fc.constant('ghost')),
  target: fc.oneof(nodeId, edgeId, fc.constant('ghost')),
});

/** Field edits that the per-box rules look at (whatever the box's kind: malformed data must not break them either). */
const fieldChangesArb = fc.record(
  {
    title: fc.constantFrom('', '  ', 'Renamed'),
    baseline: fc.option(fc.record({ value: fc.integer({ min: -5, max: 5 }) }), { nil: undefined }),
    target: fc.option(fc.record({ value: fc.integer({ min: -5, max: 5 }) }), { nil: undefined }),
    direction: fc.constantFrom('increase', 'decrease', 'maintain', undefined),
    dataSource: fc.option(fc.record({ name: fc.constantFrom('', 'ONS'), url: fc.constantFrom('https://x.org', 'javascript:x') }), { nil: undefined }),
    citation: fc.constantFrom('', 'Council 2023', undefined),
    critical: fc.boolean(),
    uncertainty: fc.constantFrom('low', 'high', undefined),
    status: fc.constantFrom('answered', 'open', undefined),
    finding: fc.constantFrom('', 'It works', undefined),
    url: fc.constantFrom('https://x.org', 'data:text/html,x', undefined),
    horizon: fc.constantFrom('short', 'medium', 'long', undefined),
    level: fc.constantFrom('action', 'output', 'aim', 'outcome-short', 'stage-2', undefined),
  },
  { requiredKeys: [] },
);

const position = fc.record({ x: fc.integer({ min: -5000, max: 5000 }), y: fc.integer({ min: -5000, max: 5000 }) });

/** Link fields the link rules read: confidence, rationale, evidence stance. */
const edgeChangesArb = fc.record(
  {
    confidence: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
    rationale: fc.constantFrom('', 'Trials show it', undefined),
    stance: fc.constantFrom('supports', 'challenges', 'mixed', undefined),
  },
  { requiredKeys: [] },
);

/** Checker settings as a plan may hold them: a profile, some rules off or regraded, a threshold. */
export const checkerSettingsArb: fc.Arbitrary<CheckerSettings> = fc.record(
  {
    profile: fc.constantFrom(...CHECKER_PROFILES),
    rules: fc.dictionary(
      fc.constantFrom(...RULES.map((rule) => rule.code)),
      fc.constantFrom('error', 'warning', 'info', 'off') as fc.Arbitrary<Severity | 'off'>,
      { maxKeys: 6 },
    ),
    lowConfidenceThreshold: fc.integer({ min: 0, max: 100 }),
  },
  { requiredKeys: [] },
);

/** Any command, valid or not, against the id pool. */
export const commandArb: fc.Arbitrary<Command> = fc.oneof(
  nodeArb.map((node): Command => ({ type: 'addNode', node })),
  fc.record({ id: nodeId, title: text }).map(({ id, title }): Command => ({ type: 'updateNode', id, changes: { title, description: title || undefined } })),
  fc.record({ id: nodeId, changes: fieldChangesArb }).map(({ id, changes }): Command => ({ type: 'updateNode', id, changes })),
  nodeId.map((id): Command => ({ type: 'removeNode', id })),
  edgeArb.map((edge): Command => ({ type: 'connect', edge })),
  edgeId.map((id): Command => ({ type: 'disconnect', id })),
  fc.record({ id: nodeId, position, view: fc.constantFrom('plan', 'n0') }).map(({ id, position, view }): Command => ({ type: 'moveNode', id, position, view })),
  fc
    .record({ moves: fc.array(fc.tuple(nodeId, position), { maxLength: 5 }), view: fc.constantFrom('plan', 'n0') })
    .map(({ moves, view }): Command => ({ type: 'placeNodes', view, positions: moves })),
  text.map((title): Command => ({ type: 'setPlanInfo', changes: { title } })),
  fc.record({ id: edgeId, changes: edgeChangesArb }).map(({ id, changes }): Command => ({ type: 'updateEdge', id, changes })),
  fc.option(checkerSettingsArb, { nil: undefined }).map((checker): Command => ({ type: 'setPlanInfo', changes: { checker } })),
  fc.boolean().map((declared): Command => {
    const levels = [
      { id: 'stage-1', title: 'Stage 1' },
      { id: 'aim', title: 'Aims' },
      { id: 'stage-2', title: 'Stage 2' },
      { id: 'output', title: 'Outputs' },
    ];
    return { type: 'setPlanInfo', changes: { levels: declared ? levels : undefined } };
  }),
);

/** Any plan over the id pool, including dangling links, forbidden links and causal loops. */
export const planArb: fc.Arbitrary<Plan> = fc
  .record({ nodes: fc.array(nodeArb, { maxLength: 12 }), edges: fc.array(edgeArb, { maxLength: 16 }) })
  .map(({ nodes, edges }) => ({
    id: 'p',
    title: 'Generated',
    nodes: Table.fromValues(nodes),
    edges: Table.fromValues(edges),
    views: {},
  }));
