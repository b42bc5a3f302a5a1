import { describe, expect, it } from 'vitest';
import { cleanPlan } from '../test/fixtures.js';
import { commands } from './commands.js';
import type { PlanDiff } from './diff.js';
import { emptyDiff } from './diff.js';
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

  it('never reverts a change made without history when undoing or redoing an earlier, unrelated step', () => {
    const history = createHistory(cleanPlan());
    history.apply(commands.updateNode('o1', { title: 'Renamed' }));
    // Changes after it that are not undo steps: another box's field, and positions saved as a layout saves them.
    history.apply(commands.updateNode('a1', { title: 'Set elsewhere' }), { skipHistory: true });
    history.apply(
      commands.placeNodes('cta', [
        ['o1', { x: 10, y: 20 }],
        ['a1', { x: 30, y: 40 }],
      ]),
      { skipHistory: true },
    );
    const unrecorded = () => [history.plan.nodes.get('a1')?.title, history.plan.views['cta']?.positions];
    const expected = ['Set elsewhere', { o1: { x: 10, y: 20 }, a1: { x: 30, y: 40 } }];
    history.undo();
    expect(history.plan.nodes.get('o1')?.title).toBe('More children eat well');
    expect(unrecorded()).toEqual(expected);
    history.redo();
    expect(history.plan.nodes.get('o1')?.title).toBe('Renamed');
    expect(unrecorded()).toEqual(expected);
  });

  it('undoing a layout keeps positions saved without history after it', () => {
    const history = createHistory(cleanPlan());
    history.apply(commands.placeNodes('cta', [['o1', { x: 1, y: 1 }]]));
    history.apply(commands.placeNodes('cta', [['a1', { x: 2, y: 2 }]]), { skipHistory: true });
    history.undo();
    expect(history.plan.views['cta']?.positions).toEqual({ a1: { x: 2, y: 2 } });
    history.redo();
    expect(history.plan.views['cta']?.positions).toEqual({ o1: { x: 1, y: 1 }, a1: { x: 2, y: 2 } });
  });

  it('reverts only the fields a step changed when another change edited the same box since', () => {
    const history = createHistory(cleanPlan());
    history.apply(commands.updateNode('o1', { title: 'Renamed' }));
    history.apply(commands.updateNode('o1', { description: 'From a co-editor' }), { skipHistory: true });
    history.undo();
    expect(history.plan.nodes.get('o1')).toMatchObject({ title: 'More children eat well', description: 'From a co-editor' });
    history.redo();
    expect(history.plan.nodes.get('o1')).toMatchObject({ title: 'Renamed', description: 'From a co-editor' });
  });

  it('leaves a value that a later change owns: undoing a move after a layout moved the box keeps the layout', () => {
    const history = createHistory(cleanPlan());
    history.apply(commands.moveNode('cta', 'o1', { x: 1, y: 1 }));
    history.apply(commands.moveNode('cta', 'o1', { x: 5, y: 5 }), { skipHistory: true });
    history.undo();
    expect(history.plan.views['cta']?.positions['o1']).toEqual({ x: 5, y: 5 });
  });

  it('keeps a drag one step when a layout runs in the middle of it, without reverting the layout', () => {
    const history = createHistory(cleanPlan());
    history.apply(commands.moveNode('cta', 'o1', { x: 1, y: 0 }), { squashKey: 'drag:o1' });
    history.apply(commands.moveNode('cta', 'a1', { x: 50, y: 50 }), { skipHistory: true });
    history.apply(commands.moveNode('cta', 'o1', { x: 2, y: 0 }), { squashKey: 'drag:o1' });
    history.undo();
    expect(history.canUndo).toBe(false);
    expect(history.plan.views['cta']?.positions).toEqual({ a1: { x: 50, y: 50 } });
  });

  it('gives the order back when undoing a removal of a box whose id was then used again', () => {
    const history = createHistory(cleanPlan());
    const start = history.plan;
    history.apply(commands.removeNode('o1'));
    history.apply(commands.addNode({ id: 'o1', kind: 'outcome', title: 'Again' }));
    expect([...history.plan.nodes.keys()].at(-1)).toBe('o1');
    history.undo();
    history.undo();
    expect(history.plan).toEqual(start);
    expect([...history.plan.nodes.keys()]).toEqual([...start.nodes.keys()]);
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

  it('rolls a batch back whole when it throws, and rethrows', () => {
    const history = createHistory(cleanPlan());
    const start = history.plan;
    const heard: string[] = [];
    history.subscribe((_plan, change) => heard.push(change.origin));
    expect(() =>
      history.batch(() => {
        history.apply(commands.updateNode('o1', { title: 'A' }));
        history.apply(commands.moveNode('cta', 'o1', { x: 1, y: 1 }), { skipHistory: true });
        history.apply(commands.removeNode('nope'));
      }),
    ).toThrow(/No node has the id "nope"/);
    expect(history.plan).toBe(start);
    expect(history.canUndo).toBe(false);
    expect(heard).toEqual([]);
  });

  it('rolls back only the inner batch when the outer one catches its error', () => {
    const history = createHistory(cleanPlan());
    const start = history.plan;
    history.batch(() => {
      history.apply(commands.updateNode('o1', { title: 'Kept' }));
      expect(() =>
        history.batch(() => {
          history.apply(commands.updateNode('a1', { title: 'Dropped' }));
          throw new Error('cancelled');
        }),
      ).toThrow('cancelled');
    });
    expect(history.plan.nodes.get('o1')?.title).toBe('Kept');
    expect(history.plan.nodes.get('a1')?.title).toBe('Free school meals');
    history.undo();
    expect(history.plan).toEqual(start);
  });

  it('leaves out of a batch step what a change without history inside it set', () => {
    const history = createHistory(cleanPlan());
    history.batch(() => {
      history.apply(commands.updateNode('o1', { title: 'Mine' }));
      history.apply(commands.updateNode('o1', { description: 'Generated' }), { skipHistory: true });
      history.apply(commands.moveNode('cta', 'o1', { x: 1, y: 1 }));
      history.apply(commands.moveNode('cta', 'o1', { x: 9, y: 9 }), { skipHistory: true });
    });
    history.undo();
    expect(history.plan.nodes.get('o1')).toMatchObject({ title: 'More children eat well', description: 'Generated' });
    expect(history.plan.views['cta']?.positions['o1']).toEqual({ x: 9, y: 9 });
    history.redo();
    expect(history.plan.nodes.get('o1')).toMatchObject({ title: 'Mine', description: 'Generated' });
  });

  it('tells listeners once per batch, with the whole change', () => {
    const history = createHistory(cleanPlan());
    const heard: { origin: string; nodes: string[] }[] = [];
    history.subscribe((_plan, { origin, diff }) => heard.push({ origin, nodes: [...diff.nodes.updated.keys(), ...diff.nodes.added.keys()] }));
    history.batch(() => {
      history.apply(commands.updateNode('o1', { title: 'A' }));
      history.apply(commands.updateNode('a1', { title: 'B' }));
      history.apply(commands.addNode({ id: 'o2', kind: 'outcome', title: 'C' }));
    });
    expect(heard).toEqual([{ origin: 'local', nodes: ['o1', 'a1', 'o2'] }]);
  });

  it('says where each change came from, with its diff', () => {
    const history = createHistory(cleanPlan());
    const heard: string[] = [];
    history.subscribe((plan, { origin, diff }) => {
      const [id, [from, to]] = [...diff.nodes.updated][0] ?? ['', [undefined, undefined]];
      heard.push(`${origin} ${id} ${from?.title ?? ''}→${to?.title ?? ''} ${plan.nodes.get('o1')!.title}`);
    });
    history.apply(commands.updateNode('o1', { title: 'A' }));
    history.undo();
    history.redo();
    history.apply(commands.updateNode('o1', { title: 'B' }), { skipHistory: true });
    expect(heard).toEqual([
      'local o1 More children eat well→A A',
      'undo o1 A→More children eat well More children eat well',
      'redo o1 More children eat well→A A',
      'unrecorded o1 A→B B',
    ]);
  });

  it('applies a remote diff that local undo never reverts', () => {
    const remote = createHistory(cleanPlan());
    const diffs: PlanDiff[] = [];
    remote.subscribe((_plan, change) => diffs.push(change.diff));
    remote.apply(commands.addNode({ id: 'o2', kind: 'outcome', title: 'From afar' }));
    remote.apply(commands.connect({ id: 'c9', kind: 'contributesTo', source: 'o2', target: 'p1' }));

    const local = createHistory(cleanPlan());
    const origins: string[] = [];
    local.subscribe((_plan, change) => origins.push(change.origin));
    local.apply(commands.updateNode('o1', { title: 'Mine' }));
    for (const diff of diffs) local.applyDiff(diff);
    expect(local.plan.edges.get('c9')).toEqual({ id: 'c9', kind: 'contributesTo', source: 'o2', target: 'p1' });
    local.undo();
    expect(local.plan.nodes.get('o1')?.title).toBe('More children eat well');
    expect(local.plan.nodes.get('o2')?.title).toBe('From afar');
    expect(local.plan.edges.has('c9')).toBe(true);
    expect(local.canUndo).toBe(false);
    expect(origins).toEqual(['local', 'remote', 'remote', 'undo']);
  });

  it('refuses a diff whose record is filed under another id, leaving the plan as it was', () => {
    const history = createHistory(cleanPlan());
    const start = history.plan;
    const diff = {
      ...emptyDiff(),
      nodes: { added: new Map([['x', { id: 'y', kind: 'outcome', title: 'Y' } as const]]), updated: new Map(), removed: new Map() },
    };
    expect(() => history.applyDiff(diff)).toThrow(/under the id “x”/);
    expect(history.plan).toBe(start);
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
