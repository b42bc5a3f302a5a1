import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../edits/apply.js';
import type { Command } from '../edits/commands.js';
import { createHistory } from '../edits/history.js';
import type { Plan } from '../model/plan.js';
import { commandArb, planArb } from './arbitraries.js';

/**
 * A plan as a flat map of cells, each one value: a node or link (whole record), a position, a pin,
 * a view's existence, a plan field. Order is left out: the exact-order property is elsewhere.
 */
type Cells = Map<string, unknown>;

function cellsOf(plan: Plan): Cells {
  const cells: Cells = new Map();
  for (const [id, node] of plan.nodes) cells.set(`node ${id}`, node);
  for (const [id, edge] of plan.edges) cells.set(`edge ${id}`, edge);
  for (const [viewId, view] of Object.entries(plan.views)) {
    cells.set(`view ${viewId}`, true);
    for (const [id, position] of Object.entries(view.positions)) cells.set(`position ${viewId} ${id}`, { x: position.x, y: position.y });
    for (const id of view.pinned ?? []) cells.set(`pin ${viewId} ${id}`, true);
    if (view.direction) cells.set(`direction ${viewId}`, view.direction);
  }
  for (const [key, value] of Object.entries(plan)) {
    if (!['nodes', 'edges', 'views'].includes(key) && value !== undefined) cells.set(`info ${key}`, value);
  }
  return cells;
}

/** JSON with sorted keys, so that equal data in another field order compares equal. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner) ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : 1))) : inner,
  );
const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);

/** Each changed cell of a recorded step: [before, after], undefined for absent. */
type Step = Map<string, [unknown, unknown]>;

function stepBetween(before: Cells, after: Cells): Step {
  const step: Step = new Map();
  for (const cell of new Set([...before.keys(), ...after.keys()])) {
    if (!same(before.get(cell), after.get(cell))) step.set(cell, [before.get(cell), after.get(cell)]);
  }
  return step;
}

/**
 * The reference semantics of undo and redo, written plainly over cells: take a cell back (or
 * forward) only while it still holds what the step left; of a record someone else edited since,
 * only the fields they left alone; a box that goes takes its positions and pins; nothing is placed
 * or pinned for a box that is not there; a view the step made goes only when it is empty.
 */
function replay(cells: Cells, step: Step, direction: 'undo' | 'redo'): Cells {
  const next = new Map(cells);
  const pairs = [...step].map(([cell, [before, after]]) => [cell, ...(direction === 'undo' ? [after, before] : [before, after])] as const);
  const kindOf = (cell: string) => cell.split(' ')[0]!;
  const set = (cell: string, value: unknown) => (value === undefined ? next.delete(cell) : next.set(cell, value));
  for (const [cell, from, to] of pairs) {
    if (kindOf(cell) !== 'node' && kindOf(cell) !== 'edge' && kindOf(cell) !== 'info') continue;
    const current = next.get(cell);
    if (same(current, from)) set(cell, to);
    else if (current !== undefined && from !== undefined && to !== undefined && kindOf(cell) !== 'info') {
      const merged: Record<string, unknown> = { ...(current as object) };
      for (const field of new Set([...Object.keys(from as object), ...Object.keys(to as object)])) {
        const [a, b] = [(from as Record<string, unknown>)[field], (to as Record<string, unknown>)[field]];
        if (same(a, b) || !same(merged[field], a)) continue;
        if (b === undefined) delete merged[field];
        else merged[field] = b;
      }
      set(cell, merged);
    }
  }
  const gone = [...cells.keys()].filter((cell) => cell.startsWith('node ') && !next.has(cell)).map((cell) => cell.slice(5));
  for (const [cell, , to] of pairs) {
    if (kindOf(cell) === 'view' && to === true && !next.has(cell)) next.set(cell, true);
  }
  for (const [cell, from, to] of pairs) {
    // A view's direction: back (or forward) while the view is there and still holds what the step left.
    if (kindOf(cell) === 'direction' && next.has(`view ${cell.split(' ')[1]}`) && same(next.get(cell), from)) set(cell, to);
  }
  for (const [cell, from, to] of pairs) {
    if (kindOf(cell) !== 'position' && kindOf(cell) !== 'pin') continue;
    const [, viewId, id] = cell.split(' ');
    if (!next.has(`view ${viewId}`) || (to !== undefined && !next.has(`node ${id}`))) continue;
    if (kindOf(cell) === 'pin' ? next.has(cell) === (from !== undefined) : same(next.get(cell), from)) set(cell, to);
  }
  for (const cell of [...next.keys()]) {
    const [kind, , id] = cell.split(' ');
    if ((kind === 'position' || kind === 'pin') && gone.includes(id!)) next.delete(cell);
  }
  for (const [cell, , to] of pairs) {
    if (kindOf(cell) !== 'view' || to !== undefined) continue;
    const viewId = cell.slice(5);
    const inView = (c: string) => (c.startsWith('position ') || c.startsWith('pin ') || c.startsWith('direction ')) && c.split(' ')[1] === viewId;
    if (![...next.keys()].some(inView)) next.delete(cell);
  }
  return next;
}

type Op = { type: 'apply'; command: Command; recorded: boolean } | { type: 'undo' } | { type: 'redo' };

/** Commands on a few ids and fields, so that unrecorded changes often meet what recorded steps changed. */
const id = fc.constantFrom('n0', 'n1', 'n2');
const view = fc.constantFrom('plan', 'n0');
const spot = fc.record({ x: fc.integer({ min: 0, max: 2 }), y: fc.constant(0) });
const crowdedCommandArb: fc.Arbitrary<Command> = fc.oneof(
  fc
    .record({ id, kind: fc.constantFrom('outcome' as const, 'action' as const), title: fc.constantFrom('A', 'B') })
    .map((node): Command => ({ type: 'addNode', node })),
  id.map((nodeId): Command => ({ type: 'removeNode', id: nodeId })),
  fc
    .record({ nodeId: id, title: fc.constantFrom('A', 'B', 'C'), description: fc.constantFrom('x', 'y', undefined) }, { requiredKeys: ['nodeId'] })
    .map(({ nodeId, ...changes }): Command => ({ type: 'updateNode', id: nodeId, changes })),
  fc.record({ nodeId: id, position: spot, view }).map(({ nodeId, position, view: v }): Command => ({ type: 'moveNode', id: nodeId, position, view: v })),
  fc
    .record({ moves: fc.array(fc.tuple(id, spot), { maxLength: 3 }), view })
    .map(({ moves, view: v }): Command => ({ type: 'placeNodes', view: v, positions: moves })),
  fc.record({ nodeId: id, view, pinned: fc.boolean() }).map(({ nodeId, view: v, pinned }): Command => ({ type: 'setPinned', id: nodeId, view: v, pinned })),
  fc
    .record({ view, direction: fc.constantFrom('down' as const, undefined) })
    .map(({ view: v, direction }): Command => ({ type: 'setViewDirection', view: v, direction })),
  fc
    .record({ source: id, target: id })
    .map(({ source, target }): Command => ({ type: 'connect', edge: { id: `${source}-${target}`, kind: 'contributesTo', source, target } })),
  fc.record({ source: id, target: id }).map(({ source, target }): Command => ({ type: 'disconnect', id: `${source}-${target}` })),
  fc.constantFrom('P', 'Q').map((title): Command => ({ type: 'setPlanInfo', changes: { title } })),
);

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 1, arbitrary: fc.record({ type: fc.constant('apply' as const), command: commandArb, recorded: fc.boolean() }) },
  { weight: 5, arbitrary: fc.record({ type: fc.constant('apply' as const), command: crowdedCommandArb, recorded: fc.boolean() }) },
  { weight: 2, arbitrary: fc.constant({ type: 'undo' as const }) },
  { weight: 2, arbitrary: fc.constant({ type: 'redo' as const }) },
);

describe('history against a model (property)', () => {
  it('undo and redo act on recorded steps only: interleaved unrecorded changes are never reverted', { timeout: 60_000 }, () => {
    let replays = 0;
    let conflicts = 0;
    fc.assert(
      fc.property(planArb, fc.array(opArb, { minLength: 10, maxLength: 40 }), (start, ops) => {
        const history = createHistory(start);
        let model = cellsOf(start);
        const undo: Step[] = [];
        let redo: Step[] = [];
        for (const op of ops) {
          if (op.type === 'apply') {
            let after: Plan;
            try {
              after = applyCommand(history.plan, op.command);
            } catch {
              expect(() => history.apply(op.command, { skipHistory: !op.recorded })).toThrow();
              continue;
            }
            history.apply(op.command, { skipHistory: !op.recorded });
            const step = stepBetween(model, cellsOf(after));
            model = cellsOf(after);
            if (op.recorded && step.size > 0) {
              undo.push(step);
              redo = [];
            }
          } else {
            const from = op.type === 'undo' ? undo : redo;
            const to = op.type === 'undo' ? redo : undo;
            expect(history[op.type]()).toBe(from.length > 0);
            const step = from.pop();
            if (!step) continue;
            to.push(step);
            const undisturbed = replay(model, step, op.type);
            if (![...step].every(([cell, [before, after]]) => same(model.get(cell), op.type === 'undo' ? after : before))) conflicts++;
            model = undisturbed;
            replays++;
          }
          expect(cellsOf(history.plan)).toEqual(model);
        }
      }),
      { numRuns: 200 },
    );
    // The comparison means something only if undo and redo ran often, and often met values changed since.
    expect(replays).toBeGreaterThan(200);
    expect(conflicts).toBeGreaterThan(10);
  });
});
