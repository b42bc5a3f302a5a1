import { describe, expect, it } from 'vitest';
import { Table, type Plan } from '@changemap/core';
import { EditorStore } from './editor-store.js';

function plan(): Plan {
  return {
    id: 't',
    title: 'T',
    nodes: Table.fromValues([
      { id: 'v', kind: 'vision', title: 'A fairer borough' },
      { id: 'o', kind: 'outcome', title: 'Fewer children in poverty' },
      { id: 'i', kind: 'indicator', title: 'Children in low-income families' },
      { id: 'p', kind: 'partner', title: 'Health and Wellbeing Board' },
    ]),
    edges: Table.fromValues([]),
    views: {},
  };
}

describe('EditorStore.connectBoxes', () => {
  it('makes a link dragged the wrong way round the right way round, when only that way is allowed, and says so', () => {
    const store = new EditorStore(plan(), 'plan');
    expect(store.connectBoxes('o', 'i')).toBe(true);
    const edges = store.getSnapshot().plan.edges.toArray();
    expect(edges).toEqual([expect.objectContaining({ kind: 'measures', source: 'i', target: 'o' })]);
    expect(store.getSnapshot().notice).toEqual({
      tone: 'info',
      text: 'Linked the other way round, the only way these two can be linked: The indicator “Children in low-income families” measures the outcome “Fewer children in poverty”.',
    });
    store.undo();
    expect(store.getSnapshot().plan.edges.size).toBe(0);
  });

  it('keeps the direction dragged when it is allowed', () => {
    const store = new EditorStore(plan(), 'plan');
    expect(store.connectBoxes('o', 'v')).toBe(true);
    expect(store.getSnapshot().plan.edges.toArray()).toEqual([expect.objectContaining({ kind: 'contributesTo', source: 'o', target: 'v' })]);
    expect(store.getSnapshot().notice).toBeUndefined();
  });

  it('refuses a link allowed neither way, without telling the officer to drag it the other way', () => {
    const store = new EditorStore(plan(), 'plan');
    expect(store.connectBoxes('v', 'p')).toBe(false);
    expect(store.getSnapshot().plan.edges.size).toBe(0);
    expect(store.getSnapshot().notice).toEqual({ tone: 'warning', text: 'That link is not allowed. Nothing can start from a vision.' });
  });
});
