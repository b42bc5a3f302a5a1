import { describe, expect, it, vi } from 'vitest';
import * as core from '@changemap/core';
import { commands, Table, type Plan } from '@changemap/core';
import { EditorStore } from './editor-store.js';

// Counts validations while running the real checker.
vi.mock('@changemap/core', async (importOriginal) => {
  const original = await importOriginal<typeof core>();
  return { ...original, validate: vi.fn(original.validate) };
});

function plan(): Plan {
  return {
    id: 't',
    title: 'T',
    nodes: Table.fromValues([
      { id: 'v', kind: 'vision', title: 'Vision' },
      { id: 'cta', kind: 'callToAction', title: 'CTA', number: 1 },
      { id: 'o', kind: 'outcome', title: 'Healthier children' },
      { id: 'a', kind: 'action', title: 'Free meals' },
    ]),
    edges: Table.fromValues([
      { id: 'c1', kind: 'contributesTo', source: 'cta', target: 'v' },
      { id: 'c2', kind: 'contributesTo', source: 'o', target: 'cta' },
      { id: 'c3', kind: 'contributesTo', source: 'a', target: 'o' },
    ]),
    views: {},
  };
}

/** A store with its first positions saved, and counters of what it tells the outside. */
function watched() {
  const store = new EditorStore(plan(), 'cta');
  const counts = { snapshots: 0, plans: 0 };
  store.subscribe(() => counts.snapshots++);
  store.onPlanChange(() => counts.plans++);
  vi.mocked(core.validate).mockClear();
  return { store, counts, validations: () => vi.mocked(core.validate).mock.calls.length };
}

describe('EditorStore.batch', () => {
  it('makes three edits one change: one event, one validation, one undo step', () => {
    const { store, counts, validations } = watched();
    const before = store.getSnapshot().plan;
    const applied = store.batch(() => {
      store.apply(commands.updateNode('o', { title: 'Fewer hungry children' }));
      store.apply(commands.addNode({ id: 'o2', kind: 'outcome', title: 'Better diets' }, 'cta', { x: 0, y: 0 }));
      store.apply(commands.connect({ id: 'c4', kind: 'contributesTo', source: 'o2', target: 'cta' }));
    });
    expect(applied).toBe(true);
    expect(counts).toEqual({ snapshots: 1, plans: 1 });
    expect(validations()).toBe(1);
    const { plan: after, issues } = store.getSnapshot();
    expect(after.edges.get('c4')).toBeDefined();
    expect(issues.flatMap((issue) => issue.nodeIds)).toContain('o2'); // checked after the batch: o2 is among the outcomes nobody measures
    store.undo();
    expect(store.getSnapshot().plan.nodes).toEqual(before.nodes);
    expect(store.getSnapshot().plan.edges).toEqual(before.edges);
    expect(store.getSnapshot().canUndo).toBe(false);
  });

  it('applies nothing when an edit half-way is refused, and says why', () => {
    const { store, counts, validations } = watched();
    const before = store.getSnapshot().plan;
    const applied = store.batch(() => {
      store.apply(commands.updateNode('o', { title: 'Changed' }));
      store.apply(commands.connect({ id: 'bad', kind: 'measures', source: 'a', target: 'o' }));
      store.apply(commands.updateNode('a', { title: 'Never reached' }));
    });
    expect(applied).toBe(false);
    expect(store.getSnapshot().plan).toBe(before);
    expect(store.getSnapshot().canUndo).toBe(false);
    expect(store.getSnapshot().notice).toMatchObject({ tone: 'warning', text: expect.stringMatching(/cannot join action to outcome.*Nothing was changed\./) });
    expect(counts.plans).toBe(0);
    expect(validations()).toBe(0);
  });

  it('stays all or nothing when the code inside swallows the refusal', () => {
    const { store } = watched();
    const before = store.getSnapshot().plan;
    const applied = store.batch(() => {
      store.apply(commands.removeNode('a'));
      try {
        store.apply(commands.removeNode('ghost'));
      } catch {
        // carry on regardless
      }
    });
    expect(applied).toBe(false);
    expect(store.getSnapshot().plan).toBe(before);
  });

  it('shows the code inside the plan so far, as the canvas reads it when deleting', () => {
    const { store } = watched();
    store.batch(() => {
      store.apply(commands.removeNode('o'));
      // Removing the box removed its links; the plan read here must know, or disconnecting them again would be refused.
      const current = store.getSnapshot().plan;
      for (const id of ['c2', 'c3']) if (current.edges.get(id)) store.apply(commands.disconnect(id));
    });
    expect(store.getSnapshot().plan.nodes.has('o')).toBe(false);
    expect(store.getSnapshot().canUndo).toBe(true);
  });
});

describe('EditorStore and history', () => {
  it('keeps positions saved without history when an earlier edit is undone', () => {
    const store = new EditorStore(plan(), 'cta');
    store.apply(commands.updateNode('o', { title: 'Renamed' }));
    store.openView('plan'); // saves the whole-plan view's positions, not as an undo step
    const saved = store.getSnapshot().plan.views['plan']?.positions;
    expect(Object.keys(saved ?? {})).toEqual(['v', 'cta']);
    store.undo();
    expect(store.getSnapshot().plan.nodes.get('o')?.title).toBe('Healthier children');
    expect(store.getSnapshot().plan.views['plan']?.positions).toEqual(saved);
  });
});
