import { describe, expect, it } from 'vitest';
import { commands, createPlan, Table, type Plan } from '@changemap/core';
import { exportJson } from '@changemap/schemas';
import { EditorStore } from './editor-store.js';

function plan(): Plan {
  return {
    id: 't',
    title: 'Tower plan',
    period: '2023-2028',
    nodes: Table.fromValues([
      { id: 'v', kind: 'vision', title: 'Vision' },
      { id: 'cta', kind: 'callToAction', title: 'CTA', number: 1 },
      { id: 'o', kind: 'outcome', title: 'Healthier children' },
    ]),
    edges: Table.fromValues([
      { id: 'c1', kind: 'contributesTo', source: 'cta', target: 'v' },
      { id: 'c2', kind: 'contributesTo', source: 'o', target: 'cta' },
    ]),
    views: {},
  };
}

function other(): Plan {
  const fresh = createPlan({ id: 'new-plan', title: 'Untitled plan' });
  return { ...fresh, nodes: Table.fromValues([{ id: 'vision', kind: 'vision', title: 'Our shared vision' }]) };
}

describe('EditorStore.replace', () => {
  it('as one undo step brings the replaced plan back exactly', () => {
    const store = new EditorStore(plan(), 'cta');
    store.apply(commands.updateNode('o', { title: 'Fewer hungry children' }));
    const edited = store.getSnapshot().plan;
    store.replace(other(), { tone: 'info', text: 'A new plan.' }, { undoable: true });
    expect(store.getSnapshot().plan.title).toBe('Untitled plan');
    expect(store.getSnapshot().viewId).toBe('plan'); // the new plan has no call to action
    expect(store.getSnapshot().canUndo).toBe(true);
    store.undo();
    const back = store.getSnapshot().plan;
    // Everything comes back; opening the whole-plan view on the way saved its positions too (not an undo step).
    expect(exportJson({ ...back, views: { cta: back.views['cta']! } })).toBe(exportJson(edited));
    store.redo();
    expect(store.getSnapshot().plan.title).toBe('Untitled plan');
  });

  it('brings back the view that was open on the replaced plan when the replacement is undone', () => {
    const store = new EditorStore(plan(), 'cta');
    store.replace(other(), { tone: 'info', text: 'A new plan.' }, { undoable: true });
    expect(store.getSnapshot().viewId).toBe('plan');
    store.undo();
    expect(store.getSnapshot().viewId).toBe('cta');
    // An undo of an ordinary edit leaves the open view alone.
    store.redo();
    store.apply(commands.updateNode('vision', { title: 'A fairer borough' }));
    store.undo();
    expect(store.getSnapshot().viewId).toBe('plan');
  });

  it('forgets history when not undoable (a file opened by another tab)', () => {
    const store = new EditorStore(plan(), 'cta');
    store.apply(commands.updateNode('o', { title: 'Changed' }));
    store.replace(other());
    expect(store.getSnapshot().canUndo).toBe(false);
  });
});

describe('EditorStore.unsaved', () => {
  it('is set by the officer’s edits, undos and redos only, and cleared by a replace or a save', () => {
    const store = new EditorStore(plan(), 'cta');
    store.openView('plan'); // saves positions: not a change of the officer's
    expect(store.getSnapshot().unsaved).toBe(false);
    store.apply(commands.updateNode('o', { title: 'Changed' }));
    expect(store.getSnapshot().unsaved).toBe(true);
    store.setUnsaved(false);
    expect(store.getSnapshot().unsaved).toBe(false);
    store.undo();
    expect(store.getSnapshot().unsaved).toBe(true);
    store.replace(other(), undefined, { undoable: true });
    expect(store.getSnapshot().unsaved).toBe(false);
  });
});

describe('EditorStore notices', () => {
  it('go at the next change or view opened, but outlive the change that showed them', () => {
    const store = new EditorStore(plan(), 'cta');
    store.replace(other(), { tone: 'info', text: 'Opened.' }, { undoable: true });
    expect(store.getSnapshot().notice?.text).toBe('Opened.');
    store.apply(commands.updateNode('vision', { title: 'A fairer borough' }));
    expect(store.getSnapshot().notice).toBeUndefined();

    store.notify({ tone: 'warning', text: 'That link is not allowed.' });
    store.openView('plan'); // the open view: nothing changes
    expect(store.getSnapshot().notice).toBeDefined();
    store.undo();
    expect(store.getSnapshot().notice).toBeUndefined();
  });

  it('a refused edit keeps its own message', () => {
    const store = new EditorStore(plan(), 'cta');
    expect(store.apply(commands.removeNode('ghost'))).toBe(false);
    expect(store.getSnapshot().notice?.tone).toBe('warning');
  });
});
