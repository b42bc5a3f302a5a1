import { describe, expect, it } from 'vitest';
import { isChangemapError, type ChangemapErrorCode } from '../model/errors.js';
import type { OutcomeNode, PlanNode } from '../model/nodes.js';
import { getSavedPosition, type Plan } from '../model/plan.js';
import { cleanPlan } from '../test/fixtures.js';
import { validate } from '../validation/validate.js';
import { applyCommand } from './apply.js';
import { commands, type Command } from './commands.js';
import { createHistory } from './history.js';

/** Applies a command that must be refused with `code`, and proves the plan did not change. */
function expectRefused(plan: Plan, command: Command, code: ChangemapErrorCode): string {
  let caught: unknown;
  let result: Plan | undefined;
  try {
    result = applyCommand(plan, command);
  } catch (error) {
    caught = error;
  }
  expect(result, `${JSON.stringify(command)} was accepted`).toBeUndefined();
  expect(isChangemapError(caught), String(caught)).toBe(true);
  expect((caught as { code: string }).code).toBe(code);
  return (caught as Error).message;
}

describe('every write is checked against its kind', () => {
  const plan = cleanPlan();

  it('refuses a field the kind does not have, naming the box and the fields it has', () => {
    const message = expectRefused(plan, { type: 'updateNode', id: 'o1', changes: { titel: 'typo' } }, 'unknown-field');
    expect(message).toMatch(/outcome “o1” has no field “titel”/);
    expect(message).toMatch(/title, description, tags, level, provenance, horizon/);
    expectRefused(plan, { type: 'updateNode', id: 'a1', changes: { horizon: 'long' } }, 'unknown-field');
    expectRefused(plan, commands.addNode({ id: 'n', kind: 'vision', title: 'V', number: 3 } as unknown as PlanNode), 'unknown-field');
  });

  it('refuses a value outside the choices, of the wrong type, out of range or too long', () => {
    expectRefused(plan, { type: 'updateNode', id: 'o1', changes: { horizon: 'sometime' } }, 'invalid-option');
    expectRefused(plan, { type: 'updateNode', id: 'o1', changes: { title: 5 } }, 'wrong-type');
    expectRefused(plan, { type: 'updateNode', id: 'o1', changes: { tags: 'a, b' } }, 'wrong-type');
    expectRefused(plan, { type: 'updateNode', id: 'o1', changes: { title: null } }, 'wrong-type');
    expectRefused(plan, { type: 'updateNode', id: 'i1', changes: { baseline: { value: Number.NaN } } }, 'wrong-type');
    expectRefused(plan, { type: 'updateNode', id: 'i1', changes: { baseline: { value: 2e15 } } }, 'out-of-range');
    expectRefused(plan, { type: 'updateNode', id: 'rq', changes: { priorityScore: 101 } }, 'out-of-range');
    expectRefused(plan, { type: 'updateNode', id: 'cta', changes: { number: 1.5 } }, 'wrong-type');
    expectRefused(plan, { type: 'updateNode', id: 'o1', changes: { title: 'x'.repeat(1001) } }, 'too-long');
    expectRefused(plan, { type: 'updateNode', id: 'o1', changes: { tags: Array.from({ length: 51 }, (_, i) => `t${i}`) } }, 'too-many-items');
    // Length counts characters as the file format does: 1,000 emoji fit, 1,001 do not.
    expect(applyCommand(plan, commands.updateNode('o1', { title: '😀'.repeat(1000) })).nodes.get('o1')?.title).toHaveLength(2000);
    expectRefused(plan, { type: 'updateNode', id: 'o1', changes: { title: '😀'.repeat(1001) } }, 'too-long');
  });

  it('checks nested parts: no unknown part, required parts present', () => {
    expectRefused(plan, { type: 'updateNode', id: 'i1', changes: { dataSource: { name: 'ONS', owner: 'x' } } }, 'unknown-field');
    expectRefused(plan, { type: 'updateNode', id: 'i1', changes: { baseline: { date: '2022' } } }, 'missing-field');
    expectRefused(plan, { type: 'updateNode', id: 'o1', changes: { provenance: { section: 'no document' } } }, 'missing-field');
    expectRefused(plan, { type: 'updateNode', id: 'i1', changes: { measurements: [{ value: 1 }, { value: '2' }] } }, 'wrong-type');
  });

  it('refuses an unsafe link, encoded or not, wherever it is', () => {
    for (const url of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<b>', 'java\tscript:x', '%6A%61vascript:alert(1)']) {
      expectRefused(plan, commands.addNode({ id: 'e9', kind: 'evidence', title: 'E', url }), 'unsafe-url');
      expectRefused(plan, { type: 'updateNode', id: 'i1', changes: { dataSource: { name: 'ONS', url } } }, 'unsafe-url');
    }
    expect(applyCommand(plan, commands.updateNode('i1', { dataSource: { name: 'ONS', url: 'https://www.ons.gov.uk' } })).nodes.get('i1')).toMatchObject({
      dataSource: { url: 'https://www.ons.gov.uk' },
    });
  });

  it('refuses an unknown kind, a missing title and a change of id or kind', () => {
    expectRefused(plan, commands.addNode({ id: 'n', kind: 'goal', title: 'G' } as unknown as PlanNode), 'unknown-kind');
    expectRefused(plan, commands.addNode({ id: 'n', kind: 'aim' } as unknown as PlanNode), 'missing-field');
    expectRefused(plan, { type: 'updateNode', id: 'o1', changes: { title: undefined } }, 'missing-field');
    expectRefused(plan, { type: 'updateNode', id: 'o1', changes: { kind: 'aim' } }, 'kind-change-not-allowed');
    expectRefused(plan, commands.addNode(new Date() as unknown as PlanNode), 'wrong-type');
  });

  it('checks links against their kind: confidence and rationale on causal links, strength and stance on evidence', () => {
    const withLink = applyCommand(
      plan,
      commands.connect({ id: 'c9', kind: 'contributesTo', source: 'a1', target: 'o1', confidence: 70, rationale: 'Pilots worked' }),
    );
    expect(withLink.edges.get('c9')).toEqual({ id: 'c9', kind: 'contributesTo', source: 'a1', target: 'o1', confidence: 70, rationale: 'Pilots worked' });
    expectRefused(plan, commands.connect({ id: 'c9', kind: 'contributesTo', source: 'a1', target: 'o1', confidence: 101 }), 'out-of-range');
    expectRefused(plan, commands.connect({ id: 'm9', kind: 'measures', source: 'i1', target: 'o1', confidence: 50 }), 'unknown-field');
    expectRefused(plan, commands.connect({ id: 'm9', kind: 'measures', source: 'i1', target: 'o1', stance: 'supports' }), 'unknown-field');
    expectRefused(plan, commands.connect({ id: 'm9', kind: 'causes', source: 'i1', target: 'o1' } as never), 'unknown-kind');
    const edgeId = [...withLink.edges.keys()].find((id) => withLink.edges.get(id)?.kind === 'measures')!;
    expectRefused(withLink, commands.updateEdge('c9', { stance: 'mixed' }), 'unknown-field');
    expectRefused(withLink, commands.updateEdge(edgeId, { rationale: 'because' }), 'unknown-field');
    expectRefused(withLink, { type: 'updateEdge', id: 'c9', changes: { target: 'cta' } as never }, 'endpoint-change-not-allowed');
    expect(applyCommand(withLink, commands.updateEdge('c9', { confidence: undefined })).edges.get('c9')).not.toHaveProperty('confidence');
  });

  it('checks the plan’s own fields, levels and checker settings', () => {
    const levels = [
      { id: 'activities', title: 'Activities' },
      { id: 'outputs', title: 'Outputs' },
    ];
    const next = applyCommand(
      plan,
      commands.setPlanInfo({ period: '2024-2027', levels, checker: { profile: 'programme', rules: { 'orphan-node': 'off' }, lowConfidenceThreshold: 30 } }),
    );
    expect(next.levels).toEqual(levels);
    expect(next.checker).toEqual({ profile: 'programme', rules: { 'orphan-node': 'off' }, lowConfidenceThreshold: 30 });
    expectRefused(plan, commands.setPlanInfo({ levels: [...levels, { id: 'outputs', title: 'Again' }] }), 'id-taken');
    expectRefused(plan, commands.setPlanInfo({ levels: [{ id: 'a b', title: 'A' }] }), 'invalid-id');
    expectRefused(plan, commands.setPlanInfo({ checker: { profile: 'council' as 'programme' } }), 'invalid-option');
    expectRefused(plan, commands.setPlanInfo({ checker: { rules: { 'Orphan Node': 'off' } } }), 'invalid-key');
    expectRefused(plan, commands.setPlanInfo({ checker: { rules: { 'orphan-node': 'loud' as 'off' } } }), 'invalid-option');
    expectRefused(plan, commands.setPlanInfo({ title: undefined }), 'missing-field');
    expectRefused(plan, { type: 'setPlanInfo', changes: { nodes: [] } as never }, 'unknown-field');
  });

  it('checks positions and view ids', () => {
    expectRefused(plan, commands.moveNode('cta', 'o1', { x: Number.NaN, y: 0 }), 'wrong-type');
    expectRefused(plan, commands.moveNode('cta', 'o1', { x: 2e7, y: 0 }), 'out-of-range');
    expectRefused(plan, commands.moveNode('a view', 'o1', { x: 0, y: 0 }), 'invalid-id');
    expectRefused(plan, commands.placeNodes('cta', [['o1', { x: 0, y: Number.POSITIVE_INFINITY }]]), 'wrong-type');
    expectRefused(plan, commands.setPinned('', 'o1', true), 'invalid-id');
  });

  it('lets a batch move or add a box on a view after placing many on it (a layout, then the officer’s own move)', () => {
    const placed = applyCommand(
      plan,
      commands.batch(
        commands.placeNodes('cta', [
          ['o1', { x: 10, y: 20 }],
          ['cta', { x: 300, y: 0 }],
        ]),
        commands.moveNode('cta', 'o1', { x: 50, y: 60 }),
        commands.addNode({ id: 'o-new', kind: 'outcome', title: 'New' }, 'cta', { x: 0, y: 200 }),
      ),
    );
    expect(getSavedPosition(placed, 'cta', 'o1')).toEqual({ x: 50, y: 60 });
    expect(getSavedPosition(placed, 'cta', 'cta')).toEqual({ x: 300, y: 0 });
    expect(getSavedPosition(placed, 'cta', 'o-new')).toEqual({ x: 0, y: 200 });
    expect(Object.isFrozen(placed.views['cta']!.positions)).toBe(true);
  });

  it('refuses a whole batch when one command in it is refused', () => {
    const history = createHistory(plan);
    expect(() =>
      history.apply(commands.batch(commands.updateNode('o1', { title: 'Fine' }), commands.updateNode('o1', { horizon: 'soon' as 'short' }))),
    ).toThrow(/Horizon/);
    expect(history.plan).toBe(plan);
    expect(history.canUndo).toBe(false);
  });

  it('stores a clean copy: no undefined parts, 0 for -0, nothing shared with the caller', () => {
    const baseline = { value: -0, date: undefined, note: 'first' };
    const next = applyCommand(plan, { type: 'updateNode', id: 'i1', changes: { baseline } });
    const stored = next.nodes.get('i1') as { baseline: object };
    expect(stored.baseline).toEqual({ value: 0, note: 'first' });
    expect(Object.is((stored.baseline as { value: number }).value, 0)).toBe(true);
    expect(Object.keys(stored.baseline)).toEqual(['value', 'note']);
    expect(stored.baseline).not.toBe(baseline);
    expect(Object.isFrozen(stored.baseline)).toBe(true);
  });
});

describe('updateNode is typed by kind', () => {
  const outcome: OutcomeNode = { id: 'o1', kind: 'outcome', title: 'Fewer children in poverty' };

  it('accepts the fields of the box’s kind', () => {
    const plan = applyCommand(cleanPlan(), commands.updateNode(outcome, { horizon: 'long', level: 'outcome-long' }));
    expect(plan.nodes.get('o1')).toMatchObject({ horizon: 'long', level: 'outcome-long' });
    expect(applyCommand(plan, commands.updateNode<'outcome'>('o1', { horizon: undefined })).nodes.get('o1')).not.toHaveProperty('horizon');
    // Existing callers: an id and any kind's fields.
    expect(applyCommand(plan, commands.updateNode('a1', { status: 'done' })).nodes.get('a1')).toMatchObject({ status: 'done' });
  });

  it('does not type-check a field the kind lacks (and the run-time check agrees)', () => {
    // @ts-expect-error -- "titel" is no kind's field
    const typo = commands.updateNode('o1', { titel: 'typo' });
    // @ts-expect-error -- "sometime" is not a horizon
    const badHorizon = commands.updateNode('o1', { horizon: 'sometime' });
    // @ts-expect-error -- an outcome has no status
    const wrongKind = commands.updateNode(outcome, { status: 'done' });
    // @ts-expect-error -- nor, named by its kind, an actor
    const named = commands.updateNode<'outcome'>('o1', { actor: 'partners' });
    // @ts-expect-error -- the id cannot change
    const id = commands.updateNode('o1', { id: 'o2' });
    for (const command of [typo, badHorizon, wrongKind, named, id]) expect(() => applyCommand(cleanPlan(), command)).toThrow();
  });
});

describe('ids that are ordinary words to JavaScript', () => {
  const WORDS = ['constructor', '__proto__', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'];

  it('work as box, link and view ids: add, link, place, pin, edit, remove', () => {
    const history = createHistory(cleanPlan());
    for (const [i, id] of WORDS.entries()) {
      history.apply(commands.addNode({ id, kind: 'outcome', title: `Outcome ${id}` }, id, { x: i, y: i }));
      history.apply(commands.connect({ id: `${id}:to:o1`, kind: 'contributesTo', source: id, target: 'o1' }));
      history.apply(commands.moveNode('constructor', id, { x: 10 * i, y: 0 }));
      history.apply(commands.setPinned('__proto__', id, true));
      history.apply(commands.updateNode(id, { horizon: 'short' }));
    }
    const plan = history.plan;
    expect(Object.getPrototypeOf(Object.prototype)).toBeNull();
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    for (const [i, id] of WORDS.entries()) {
      expect(plan.nodes.get(id)).toEqual({ id, kind: 'outcome', title: `Outcome ${id}`, horizon: 'short' });
      expect(plan.edges.has(`${id}:to:o1`)).toBe(true);
      expect(getSavedPosition(plan, id, id)).toEqual({ x: i, y: i });
      expect(getSavedPosition(plan, 'constructor', id)).toEqual({ x: 10 * i, y: 0 });
    }
    expect(plan.views['__proto__']?.pinned).toEqual(WORDS);
    expect(Object.keys(plan.views).sort()).toEqual([...WORDS].sort());
    // A box never placed has no position, whatever its name.
    expect(getSavedPosition(plan, 'cta', 'constructor')).toBeUndefined();
    expect(validate(plan).filter((issue) => issue.severity === 'error')).toEqual([]);

    history.apply(commands.removeNode('__proto__'));
    expect(history.plan.nodes.has('__proto__')).toBe(false);
    expect(history.plan.edges.has('__proto__:to:o1')).toBe(false);
    expect(getSavedPosition(history.plan, 'constructor', '__proto__')).toBeUndefined();
    expect(history.plan.views['__proto__']?.pinned).not.toContain('__proto__');
    history.undo();
    expect(getSavedPosition(history.plan, 'constructor', '__proto__')).toEqual({ x: 10, y: 0 });
  });
});
