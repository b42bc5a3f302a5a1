import { describe, expect, it } from 'vitest';
import { isChangemapError } from '../model/errors.js';
import { getViewDirection } from '../model/plan.js';
import { Table } from '../model/table.js';
import { cleanPlan } from '../test/fixtures.js';
import { applyCommand, applyCommandWithPatches } from './apply.js';
import { commands } from './commands.js';
import { createHistory } from './history.js';

function expectMisuse(fn: () => unknown, code: string): void {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  expect(isChangemapError(caught)).toBe(true);
  expect((caught as { code: string }).code).toBe(code);
}

describe('addNode', () => {
  it('adds the node, and a position when a view is given', () => {
    const plan = applyCommand(cleanPlan(), commands.addNode({ id: 'o2', kind: 'outcome', title: 'New' }, 'cta', { x: 1, y: 2 }));
    expect(plan.nodes.get('o2')).toEqual({ id: 'o2', kind: 'outcome', title: 'New' });
    expect(plan.views['cta']?.positions['o2']).toEqual({ x: 1, y: 2 });
  });

  it('does not freeze or keep the caller’s object', () => {
    const node = { id: 'o2', kind: 'outcome' as const, title: 'New', tags: ['a'] };
    const plan = applyCommand(cleanPlan(), commands.addNode(node));
    node.tags.push('b');
    expect(Object.isFrozen(node)).toBe(false);
    expect(plan.nodes.get('o2')).toMatchObject({ tags: ['a'] });
  });

  it('refuses an id already used by a node or a link', () => {
    expectMisuse(() => applyCommand(cleanPlan(), commands.addNode({ id: 'o1', kind: 'outcome', title: 'x' })), 'id-taken');
    expectMisuse(() => applyCommand(cleanPlan(), commands.addNode({ id: 'c1', kind: 'outcome', title: 'x' })), 'id-taken');
  });

  it('leaves the original plan untouched', () => {
    const before = cleanPlan();
    applyCommand(before, commands.addNode({ id: 'o2', kind: 'outcome', title: 'New' }));
    expect(before.nodes.get('o2')).toBeUndefined();
  });
});

describe('updateNode', () => {
  it('sets fields and removes those set to undefined', () => {
    const plan = applyCommand(cleanPlan(), commands.updateNode('o1', { title: 'Renamed', horizon: undefined }));
    expect(plan.nodes.get('o1')).toEqual({ id: 'o1', kind: 'outcome', title: 'Renamed' });
  });

  it('refuses to change a kind or id, and a missing node', () => {
    expectMisuse(() => applyCommand(cleanPlan(), commands.updateNode('o1', { kind: 'aim' } as never)), 'kind-change-not-allowed');
    expectMisuse(() => applyCommand(cleanPlan(), commands.updateNode('nope', { title: 'x' })), 'node-not-found');
  });

  it('records one patch each way that swaps the nodes table, which shares all but the edited node', () => {
    const plan = cleanPlan();
    const [next, patches, inverse] = applyCommandWithPatches(plan, commands.updateNode('o1', { title: 'Renamed' }));
    expect(patches).toEqual([{ op: 'replace', path: ['nodes'], value: next.nodes }]);
    expect(inverse).toHaveLength(1);
    expect(inverse[0]!.value).toBe(plan.nodes);
    expect(Table.changedKeys(plan.nodes, next.nodes)).toEqual(['o1']);
    expect(next.edges).toBe(plan.edges);
    expect(Object.isFrozen(next.nodes.get('o1'))).toBe(true);
  });
});

describe('removeNode', () => {
  it('removes the node, its links, links pointing at those links, and its positions', () => {
    let plan = applyCommand(cleanPlan(), commands.addNode({ id: 'as', kind: 'assumption', title: 'A' }));
    plan = applyCommand(plan, commands.connect({ id: 'u', kind: 'underlies', source: 'as', target: 'c5' }));
    plan = applyCommand(plan, commands.moveNode('cta', 'a1', { x: 5, y: 5 }));
    plan = applyCommand(plan, commands.setPinned('cta', 'a1', true));
    plan = applyCommand(plan, commands.removeNode('a1'));
    expect(plan.nodes.get('a1')).toBeUndefined();
    expect(plan.edges.get('c5')).toBeUndefined();
    expect(plan.edges.get('u')).toBeUndefined();
    expect(plan.views['cta']?.positions['a1']).toBeUndefined();
    expect(plan.views['cta']?.pinned).toEqual([]);
    expect(plan.nodes.get('as')).toBeDefined();
  });

  it('sees links added earlier in the same batch', () => {
    const plan = applyCommand(
      cleanPlan(),
      commands.batch(
        commands.addNode({ id: 'o2', kind: 'outcome', title: 'B' }),
        commands.connect({ id: 'n', kind: 'contributesTo', source: 'o2', target: 'p1' }),
        commands.removeNode('o2'),
      ),
    );
    expect(plan.edges.get('n')).toBeUndefined();
  });
});

describe('connect', () => {
  it('adds an allowed link', () => {
    const plan = applyCommand(cleanPlan(), commands.connect({ id: 'n', kind: 'contributesTo', source: 'a1', target: 'p1' }));
    expect(plan.edges.get('n')).toEqual({ id: 'n', kind: 'contributesTo', source: 'a1', target: 'p1' });
  });

  it('throws a typed error for a missing end or a forbidden kind', () => {
    expectMisuse(() => applyCommand(cleanPlan(), commands.connect({ id: 'n', kind: 'contributesTo', source: 'ghost', target: 'p1' })), 'node-not-found');
    expectMisuse(() => applyCommand(cleanPlan(), commands.connect({ id: 'n', kind: 'contributesTo', source: 'a1', target: 'ghost' })), 'node-not-found');
    expectMisuse(() => applyCommand(cleanPlan(), commands.connect({ id: 'n', kind: 'measures', source: 'a1', target: 'o1' })), 'edge-kind-not-allowed');
    expectMisuse(() => applyCommand(cleanPlan(), commands.connect({ id: 'n', kind: 'guides', source: 'pr', target: 'c5' })), 'edge-kind-not-allowed');
  });
});

describe('updateEdge and disconnect', () => {
  it('updates a link’s fields and removes it', () => {
    let plan = applyCommand(cleanPlan(), commands.updateEdge('c5', { description: 'because' }));
    expect(plan.edges.get('c5')?.description).toBe('because');
    plan = applyCommand(plan, commands.disconnect('c5'));
    expect(plan.edges.get('c5')).toBeUndefined();
  });

  it('throws for a missing link', () => {
    expectMisuse(() => applyCommand(cleanPlan(), commands.disconnect('nope')), 'edge-not-found');
    expectMisuse(() => applyCommand(cleanPlan(), commands.updateEdge('nope', {})), 'edge-not-found');
  });
});

describe('moveNode, setPinned and setPlanInfo', () => {
  it('keeps positions per view', () => {
    let plan = applyCommand(cleanPlan(), commands.moveNode('cta', 'o1', { x: 10, y: 20 }));
    plan = applyCommand(plan, commands.moveNode('plan', 'o1', { x: 99, y: 0 }));
    expect(plan.views['cta']?.positions['o1']).toEqual({ x: 10, y: 20 });
    expect(plan.views['plan']?.positions['o1']).toEqual({ x: 99, y: 0 });
  });

  it('places many boxes at once exactly as one move each would, and refuses unknown boxes whole', () => {
    const start = applyCommand(cleanPlan(), commands.moveNode('cta', 'o1', { x: 1, y: 1 }));
    const moves = [
      ['o1', { x: 10, y: 20 }],
      ['a1', { x: 30, y: 40 }],
      ['o1', { x: 50, y: 60 }],
    ] as const;
    const placed = applyCommand(start, commands.placeNodes('cta', moves));
    const oneByOne = moves.reduce((plan, [id, position]) => applyCommand(plan, commands.moveNode('cta', id, position)), start);
    expect(placed).toEqual(oneByOne);
    expect(Object.isFrozen(placed.views['cta']!.positions)).toBe(true);
    expectMisuse(
      () =>
        applyCommand(
          start,
          commands.placeNodes('cta', [
            ['a1', { x: 0, y: 0 }],
            ['ghost', { x: 0, y: 0 }],
          ]),
        ),
      'node-not-found',
    );
    const history = createHistory(start);
    history.apply(commands.placeNodes('new-view', moves));
    history.undo();
    expect(history.plan).toEqual(start);
  });

  it('pins and unpins', () => {
    let plan = applyCommand(cleanPlan(), commands.setPinned('cta', 'o1', true));
    expect(plan.views['cta']?.pinned).toEqual(['o1']);
    plan = applyCommand(plan, commands.setPinned('cta', 'o1', false));
    expect(plan.views['cta']?.pinned).toEqual([]);
  });

  it('sets a view’s direction as one undoable step, keeping its positions, and refuses a direction it does not know', () => {
    const start = applyCommand(cleanPlan(), commands.moveNode('cta', 'o1', { x: 10, y: 20 }));
    const history = createHistory(start);
    history.apply(commands.setViewDirection('cta', 'down'));
    expect(getViewDirection(history.plan, 'cta')).toBe('down');
    expect(getViewDirection(history.plan, 'plan')).toBe('right');
    expect(history.plan.views['cta']?.positions['o1']).toEqual({ x: 10, y: 20 });
    history.apply(commands.setViewDirection('cta', undefined));
    expect('direction' in history.plan.views['cta']!).toBe(false);
    history.undo();
    expect(getViewDirection(history.plan, 'cta')).toBe('down');
    history.undo();
    expect(history.plan).toEqual(start);
    history.redo();
    expect(history.plan.views['cta']?.direction).toBe('down');
    expectMisuse(() => applyCommand(start, commands.setViewDirection('cta', 'up' as 'down')), 'wrong-type');
  });

  it('changes the plan’s title and removes its period', () => {
    let plan = applyCommand(cleanPlan(), commands.setPlanInfo({ title: 'New', period: '2023-2028' }));
    expect([plan.title, plan.period]).toEqual(['New', '2023-2028']);
    plan = applyCommand(plan, commands.setPlanInfo({ period: undefined }));
    expect('period' in plan).toBe(false);
  });
});

describe('batch', () => {
  it('applies all or nothing', () => {
    const before = cleanPlan();
    expect(() => applyCommand(before, commands.batch(commands.addNode({ id: 'z', kind: 'outcome', title: 'Z' }), commands.removeNode('nope')))).toThrow();
    expect(before.nodes.get('z')).toBeUndefined();
  });
});

describe('ids', () => {
  it('refuses ids that are not in the id alphabet', () => {
    for (const id of ['', ' a', 'a b', '-a', '.a', 'x'.repeat(129), 'é']) {
      expectMisuse(() => applyCommand(cleanPlan(), commands.addNode({ id, kind: 'outcome', title: 'x' })), 'invalid-id');
    }
  });
});

describe('layout writes to a plan built with plain-object views', () => {
  it('moves a box in a view that already has frozen positions', () => {
    const plan = { ...cleanPlan(), views: Object.freeze({ cta: Object.freeze({ positions: Object.freeze({ aim: Object.freeze({ x: 0, y: 0 }) }) }) }) };
    const moved = applyCommand(plan, commands.moveNode('cta', 'aim', { x: 5, y: 6 }));
    expect(moved.views['cta']?.positions['aim']).toEqual({ x: 5, y: 6 });
    expect(plan.views.cta.positions.aim).toEqual({ x: 0, y: 0 });
  });
});
