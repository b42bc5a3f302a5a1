import { describe, expect, it } from 'vitest';
import { cleanPlan } from '../test/fixtures.js';
import { commands } from './commands.js';
import { createHistory } from './history.js';

describe('PlanHistory', () => {
  it('undoes and redoes one step', () => {
    const history = createHistory(cleanPlan());
    const start = history.plan;
    history.apply(commands.updateNode('o1', { title: 'Changed' }));
    const changed = history.plan;
    expect(history.undo()).toBe(true);
    expect(history.plan).toEqual(start);
    expect(history.redo()).toBe(true);
    expect(history.plan).toEqual(changed);
    expect(history.redo()).toBe(false);
  });

  it('a new edit clears redo', () => {
    const history = createHistory(cleanPlan());
    history.apply(commands.updateNode('o1', { title: 'A' }));
    history.undo();
    history.apply(commands.updateNode('o1', { title: 'B' }));
    expect(history.canRedo).toBe(false);
  });

  it('squashes a drag into one step', () => {
    const history = createHistory(cleanPlan());
    const start = history.plan;
    for (let x = 0; x < 20; x++) history.apply(commands.moveNode('cta', 'o1', { x, y: 0 }), { squashKey: 'drag:o1' });
    expect(history.plan.views['cta']?.positions['o1']).toEqual({ x: 19, y: 0 });
    history.undo();
    expect(history.plan).toEqual(start);
    expect(history.canUndo).toBe(false);
  });

  it('does not squash across another step', () => {
    const history = createHistory(cleanPlan());
    history.apply(commands.moveNode('cta', 'o1', { x: 1, y: 0 }), { squashKey: 'drag:o1' });
    history.apply(commands.updateNode('o1', { title: 'T' }));
    history.apply(commands.moveNode('cta', 'o1', { x: 2, y: 0 }), { squashKey: 'drag:o1' });
    history.undo();
    expect(history.plan.views['cta']?.positions['o1']).toEqual({ x: 1, y: 0 });
  });

  it('records a batch as one step, nested batches included', () => {
    const history = createHistory(cleanPlan());
    const start = history.plan;
    history.batch(() => {
      history.apply(commands.addNode({ id: 'o2', kind: 'outcome', title: 'O2' }));
      history.batch(() => history.apply(commands.connect({ id: 'n', kind: 'contributesTo', source: 'o2', target: 'p1' })));
      expect(history.canUndo).toBe(false);
    });
    expect(history.plan.edges.get('n')).toBeDefined();
    history.undo();
    expect(history.plan).toEqual(start);
  });

  it('undoes back to a mark', () => {
    const history = createHistory(cleanPlan());
    history.apply(commands.updateNode('o1', { title: 'kept' }));
    history.mark('before-drag');
    history.apply(commands.updateNode('o1', { title: 'x' }));
    history.apply(commands.updateNode('o1', { title: 'y' }));
    history.undoToMark('before-drag');
    expect(history.plan.nodes.get('o1')?.title).toBe('kept');
    expect(() => history.undoToMark('before-drag')).toThrow(/No mark/);
  });

  it('can leave a change out of history', () => {
    const history = createHistory(cleanPlan());
    history.apply(commands.moveNode('cta', 'o1', { x: 1, y: 1 }), { skipHistory: true });
    expect(history.canUndo).toBe(false);
    expect(history.plan.views['cta']?.positions['o1']).toEqual({ x: 1, y: 1 });
  });

  it('keeps at most `limit` steps', () => {
    const history = createHistory(cleanPlan(), 3);
    for (let i = 0; i < 5; i++) history.apply(commands.updateNode('o1', { title: `t${i}` }));
    let undone = 0;
    while (history.undo()) undone++;
    expect(undone).toBe(3);
    expect(history.plan.nodes.get('o1')?.title).toBe('t1');
  });

  it('tells listeners about every change and stops when asked', () => {
    const history = createHistory(cleanPlan());
    const seen: string[] = [];
    const stop = history.subscribe((plan) => seen.push(plan.nodes.get('o1')!.title));
    history.apply(commands.updateNode('o1', { title: 'a' }));
    history.undo();
    stop();
    history.redo();
    expect(seen).toEqual(['a', 'More children eat well']);
  });

  it('ignores a command that changes nothing', () => {
    const history = createHistory(cleanPlan());
    history.apply(commands.updateNode('o1', { title: 'More children eat well' }));
    expect(history.canUndo).toBe(false);
  });

  it('keeps the plan unchanged when a command throws', () => {
    const history = createHistory(cleanPlan());
    const start = history.plan;
    expect(() => history.apply(commands.removeNode('nope'))).toThrow();
    expect(history.plan).toBe(start);
    expect(history.canUndo).toBe(false);
  });
});
