import { describe, expect, it } from 'vitest';
import { bindHistory } from '@changemap/collab';
import { commands, createHistory, createPlan, Table, type Plan } from '@changemap/core';
import * as Y from 'yjs';
import { EditorStore } from './editor-store.js';

function plan(): Plan {
  return {
    ...createPlan({ id: 't', title: 'Shared' }),
    nodes: Table.fromValues([
      { id: 'o', kind: 'outcome', title: 'Healthier children' },
      { id: 'a', kind: 'action', title: 'Free meals' },
    ]),
  };
}

/** An editor's store and someone else's history on one room (two copies of the plan document, kept in step by hand). */
function storeAndColleague() {
  const mine = new Y.Doc();
  const theirs = new Y.Doc();
  mine.on('update', (update: Uint8Array, origin: unknown) => origin !== 'wire' && Y.applyUpdate(theirs, update, 'wire'));
  theirs.on('update', (update: Uint8Array, origin: unknown) => origin !== 'wire' && Y.applyUpdate(mine, update, 'wire'));
  const store = new EditorStore(plan());
  bindHistory(store.history, mine, { applyRemote: (diff) => store.applyRemote(diff) });
  const colleague = createHistory(plan());
  bindHistory(colleague, theirs);
  return { store, colleague };
}

describe('EditorStore in a shared room', () => {
  it("shows a colleague's change at once, keeps the selection, and neither marks it unsaved nor makes it undoable", () => {
    const { store, colleague } = storeAndColleague();
    store.select('o');
    colleague.apply(commands.updateNode('o', { title: 'Fewer children in poverty' }));
    const snapshot = store.getSnapshot();
    expect(snapshot.plan.nodes.get('o')?.title).toBe('Fewer children in poverty');
    expect(snapshot.selectedNodeId).toBe('o');
    expect(snapshot.unsaved).toBe(false);
    expect(snapshot.canUndo).toBe(false);
  });

  it('checks the plan again after a remote change', () => {
    const { store, colleague } = storeAndColleague();
    const before = store.getSnapshot().issues;
    colleague.apply(commands.connect({ id: 'l', kind: 'contributesTo', source: 'a', target: 'o' }));
    expect(store.getSnapshot().issues).not.toEqual(before);
  });

  it("undoes the officer's own edit only, leaving the colleague's", () => {
    const { store, colleague } = storeAndColleague();
    store.apply(commands.updateNode('o', { title: 'Mine' }));
    colleague.apply(commands.updateNode('o', { description: 'Theirs' }));
    store.undo();
    expect(store.getSnapshot().plan.nodes.get('o')).toMatchObject({ title: 'Healthier children', description: 'Theirs' });
    expect(colleague.plan.nodes.get('o')).toMatchObject({ title: 'Healthier children', description: 'Theirs' });
  });

  it('refuses edits while read-only, and says why, but still takes remote changes', () => {
    const { store, colleague } = storeAndColleague();
    store.setReadOnly(true);
    expect(store.apply(commands.updateNode('o', { title: 'Viewer edit' }))).toBe(false);
    expect(store.getSnapshot().notice?.text).toMatch(/view this plan/);
    colleague.apply(commands.updateNode('a', { title: 'Editor edit' }));
    expect(store.getSnapshot().plan.nodes.get('o')?.title).toBe('Healthier children');
    expect(store.getSnapshot().plan.nodes.get('a')?.title).toBe('Editor edit');
  });
});
