import fc from 'fast-check';
import { applyCommand, createPlan, type Command, type Plan } from '@changemap/core';

/** Ids from a small pool, so that generated commands often meet existing boxes and links. */
const nodeId = fc.constantFrom(...Array.from({ length: 6 }, (_, i) => `n${i}`));
const edgeId = fc.constantFrom(...Array.from({ length: 6 }, (_, i) => `e${i}`));
const text = fc.oneof(fc.string({ maxLength: 10 }), fc.constantFrom('Fewer children in poverty', '🌍 مرحبا', 'e\u0301'));
const kind = fc.constantFrom('outcome', 'action', 'indicator', 'priority', 'assumption' as const);
const view = fc.constantFrom('plan', 'n0');
const position = fc.record({ x: fc.integer({ min: -5000, max: 5000 }), y: fc.integer({ min: -5000, max: 5000 }) });

/** Commands of the kinds people make together: boxes, fields, links, moves, pins, the plan's title. */
export const commandArb: fc.Arbitrary<Command> = fc.oneof(
  fc.record({ id: nodeId, kind, title: text }).map((node): Command => ({ type: 'addNode', node: node as never })),
  fc.record({ id: nodeId, title: text }).map(({ id, title }): Command => ({ type: 'updateNode', id, changes: { title } })),
  fc
    .record({ id: nodeId, description: fc.option(text, { nil: undefined }) })
    .map(({ id, description }): Command => ({ type: 'updateNode', id, changes: { description } })),
  nodeId.map((id): Command => ({ type: 'removeNode', id })),
  fc
    .record({ id: edgeId, source: nodeId, target: nodeId })
    .map(({ id, source, target }): Command => ({ type: 'connect', edge: { id, kind: 'contributesTo', source, target } })),
  edgeId.map((id): Command => ({ type: 'disconnect', id })),
  fc.record({ id: nodeId, position, view }).map(({ id, position, view }): Command => ({ type: 'moveNode', id, position, view })),
  fc.record({ id: nodeId, view, pinned: fc.boolean() }).map(({ id, view, pinned }): Command => ({ type: 'setPinned', id, view, pinned })),
  text.map((title): Command => ({ type: 'setPlanInfo', changes: { title } })),
  fc.option(fc.constantFrom('2023-2028', '2025'), { nil: undefined }).map((period): Command => ({ type: 'setPlanInfo', changes: { period } })),
);

/** A plan as the core builds it: a start plan and random commands, the refused ones skipped. */
export const planArb: fc.Arbitrary<Plan> = fc.array(commandArb, { maxLength: 40 }).map((list) => list.reduce(tryCommand, startPlan()));

export function startPlan(): Plan {
  return createPlan({ id: 'shared', title: 'Together' });
}

export function tryCommand(plan: Plan, command: Command): Plan {
  try {
    return applyCommand(plan, command);
  } catch {
    return plan;
  }
}
