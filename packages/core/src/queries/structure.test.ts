import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commands, type Command } from '../edits/commands.js';
import { createHistory } from '../edits/history.js';
import type { Plan } from '../model/plan.js';
import { Table } from '../model/table.js';
import { commandArb, planArb } from '../test/arbitraries.js';
import { link, planFrom } from '../test/fixtures.js';
import { findCausalCycles } from './cycles.js';
import { deriveStructure } from './derive-structure.js';
import { buildStructure, findIdClashes, getStructure, type PlanStructure } from './structure.js';

/** The structure as plain arrays, for comparing. */
function plain(structure: PlanStructure): Record<string, unknown> {
  return Object.fromEntries(Object.entries(structure).map(([key, value]) => [key, ArrayBuffer.isView(value) ? Array.from(value as Int32Array) : value]));
}

/** The same plan in freshly built tables, so that nothing cached for the edited ones can help. */
function rebuilt(plan: Plan): Plan {
  return { ...plan, nodes: Table.fromEntries(plan.nodes.entries()), edges: Table.fromEntries(plan.edges.entries()) };
}

describe('deriveStructure (property)', () => {
  it(
    'gives the structure a fresh build gives, and the id clashes and causal loops a fresh plan gives, through any edits, undos and redos',
    { timeout: 60_000 },
    () => {
      let derivedSome = 0;
      fc.assert(
        fc.property(planArb, fc.array(fc.oneof(commandArb, fc.constantFrom('undo' as const, 'redo' as const)), { maxLength: 30 }), (start, steps) => {
          const history = createHistory(start);
          let before: Plan = history.plan;
          let structure = getStructure(before);
          findIdClashes(before);
          findCausalCycles(before);
          for (const step of steps) {
            try {
              if (step === 'undo') history.undo();
              else if (step === 'redo') history.redo();
              else history.apply(step);
            } catch {
              continue;
            }
            const plan = history.plan;
            const nodeIds = Table.changedKeys(before.nodes, plan.nodes);
            const edgeIds = Table.changedKeys(before.edges, plan.edges);
            const derived = nodeIds && edgeIds ? deriveStructure(structure, before, plan, nodeIds, edgeIds) : undefined;
            if (derived) derivedSome++;
            structure = derived?.structure ?? getStructure(plan);
            expect(plain(structure)).toEqual(plain(buildStructure(plan)));
            const fresh = rebuilt(plan);
            expect(findIdClashes(plan)).toEqual(findIdClashes(fresh));
            expect(findCausalCycles(plan)).toEqual(findCausalCycles(fresh));
            before = plan;
          }
        }),
        { numRuns: 300 },
      );
      expect(derivedSome).toBeGreaterThan(500);
    },
  );
});

describe('findCausalCycles after an edit (property)', () => {
  const id = fc.constantFrom('n0', 'n1', 'n2', 'n3');
  const step = fc.oneof(
    fc
      .record({ source: id, target: id })
      .map(({ source, target }): Command => commands.connect({ id: `${source}-${target}`, kind: 'contributesTo', source, target })),
    fc.record({ source: id, target: id }).map(({ source, target }): Command => commands.disconnect(`${source}-${target}`)),
    id.map((nodeId) => commands.removeNode(nodeId)),
    id.map((nodeId) => commands.addNode({ id: nodeId, kind: 'outcome', title: nodeId })),
    fc.constantFrom('undo' as const, 'redo' as const),
  );

  it('reuses the loops it found only when the edit cannot have changed them', { timeout: 60_000 }, () => {
    let checked = 0;
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        // A loop to start with (n0 → n1 → n2 → n0), so that edits often meet one.
        const loop = [link('contributesTo', 'n0', 'n1', 'n0-n1'), link('contributesTo', 'n1', 'n2', 'n1-n2'), link('contributesTo', 'n2', 'n0', 'n2-n0')];
        const history = createHistory(
          planFrom(
            ['n0', 'n1', 'n2', 'n3'].map((n) => ({ id: n, kind: 'outcome', title: n })),
            loop,
          ),
        );
        let before = history.plan;
        let structure = getStructure(before);
        findCausalCycles(before);
        for (const next of steps) {
          try {
            if (next === 'undo') history.undo();
            else if (next === 'redo') history.redo();
            else history.apply(next);
          } catch {
            continue;
          }
          const plan = history.plan;
          const nodeIds = Table.changedKeys(before.nodes, plan.nodes);
          const edgeIds = Table.changedKeys(before.edges, plan.edges);
          structure = (nodeIds && edgeIds && deriveStructure(structure, before, plan, nodeIds, edgeIds)?.structure) || getStructure(plan);
          const cycles = findCausalCycles(plan);
          if (cycles.length > 0) checked++;
          expect(cycles).toEqual(findCausalCycles(rebuilt(plan)));
          before = plan;
        }
      }),
      { numRuns: 300 },
    );
    expect(checked).toBeGreaterThan(250);
  });
});
