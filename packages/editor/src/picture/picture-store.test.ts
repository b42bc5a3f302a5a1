import { describe, expect, it } from 'vitest';
import { createPlan, Table, type Plan } from '@changemap/core';
import { EditorStore } from '../state/editor-store.js';
import { getPictureStore } from './picture-store.js';

function planWithOutcome(id: string): Plan {
  return { ...createPlan({ id, title: id }), nodes: Table.fromValues([{ id: 'o1', kind: 'outcome', title: 'Healthier children' }]) };
}

describe('PictureStore', () => {
  it('forgets the last plan’s routes, folds and sizes when another plan opens, and keeps them through edits', () => {
    const editor = new EditorStore(planWithOutcome('first'));
    const picture = getPictureStore(editor);
    const layout = { positions: new Map([['o1', { x: 10, y: 20 }]]), routes: new Map([['l1', [{ x: 0, y: 0 }]]]), sizes: new Map() };
    picture.rememberLayout('plan', layout);
    picture.measured.set('o1', { width: 180, height: 90 });
    editor.select('o1');
    expect(picture.getSnapshot().layouts.get('plan')).toBe(layout);
    // Another plan with ids in common: the old routes must not be drawn on it.
    editor.replace(planWithOutcome('second'));
    expect(picture.getSnapshot().layouts.size).toBe(0);
    expect(picture.measured.size).toBe(0);
    picture.rememberLayout('plan', layout);
    editor.select(undefined);
    expect(picture.getSnapshot().layouts.get('plan')).toBe(layout);
  });

  it('folds the side panels for a view’s room once: panels opened again stay open, and another plan starts afresh', () => {
    const editor = new EditorStore(planWithOutcome('first'));
    const picture = getPictureStore(editor);
    picture.foldPanelsForRoom('plan');
    expect([...picture.getSnapshot().roomFolds.get('plan')!]).toEqual(['outline', 'details']);
    picture.reopenPanels('plan', ['details']);
    expect([...picture.getSnapshot().roomFolds.get('plan')!]).toEqual(['outline']);
    // Back to the view later: the officer's reopened panel is not folded again.
    picture.foldPanelsForRoom('plan');
    expect([...picture.getSnapshot().roomFolds.get('plan')!]).toEqual(['outline']);
    expect(picture.getSnapshot().roomFolds.has('cta-1')).toBe(false);
    editor.replace(planWithOutcome('second'));
    expect(picture.getSnapshot().roomFolds.size).toBe(0);
  });

  it('lays the view out again for a new canvas size only when that folds or unfolds a level (a notice bar must not move boxes)', () => {
    const outcomes = Array.from({ length: 6 }, (_, i) => ({ id: `o${i}`, kind: 'outcome' as const, title: `Outcome ${i}` }));
    const editor = new EditorStore({ ...createPlan({ id: 'p', title: 'p' }), nodes: Table.fromValues(outcomes) });
    const picture = getPictureStore(editor);
    let layouts = 0;
    editor.setLayoutEngine(async () => {
      layouts++;
      return new Map();
    });
    layouts = 0;
    picture.setLevelCapacity(40);
    picture.setLevelCapacity(39); // room for six boxes either way: nothing to fold, nothing to lay out
    expect(layouts).toBe(0);
    picture.setLevelCapacity(3); // six outcomes in a level of three: some fold
    expect(layouts).toBe(1);
  });
});
