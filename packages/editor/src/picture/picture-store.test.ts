import { describe, expect, it, vi } from 'vitest';
import { commands, createPlan, Table, type Plan } from '@changemap/core';
import { EditorStore } from '../state/editor-store.js';
import { getDrawnView } from './drawn-view.js';
import { createPictureLayout } from './picture-layout.js';
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
    const { picture, layouts } = sixOutcomesCountingLayouts();
    picture.setLevelRoom(2000);
    picture.setLevelRoom(1990); // room for six boxes either way: nothing to fold, nothing to lay out
    expect(layouts()).toBe(0);
    picture.setLevelRoom(250); // six outcomes in the room of three: some fold
    expect(layouts()).toBe(1);
  });

  it('folds a view’s levels further when its layout did not fit across the canvas, and lays it out again only when that changes what it draws', () => {
    const { outcomes, editor, picture, layouts } = sixOutcomesCountingLayouts();
    picture.setLevelRoom(2000);
    const { viewId } = editor.getSnapshot();
    const drawn = () => getDrawnView(editor.getSnapshot().plan, viewId, picture.settings(viewId));
    expect(picture.narrowLevelRoom(viewId, 0.9)).toBe(false); // six one-line boxes in 1,800 units: nothing folds
    expect(layouts()).toBe(0);
    expect(picture.narrowLevelRoom(viewId, 0.2)).toBe(true); // 360 units: some fold
    expect(layouts()).toBe(1);
    expect(drawn().boxes.length).toBeLessThan(outcomes.length);
    // Another plan: its views start from the whole room.
    editor.replace({ ...createPlan({ id: 'q', title: 'q' }), nodes: Table.fromValues(outcomes) });
    expect(picture.getSnapshot().roomShares.size).toBe(0);
  });

  it('unfolds every group of a view with Unfold all, level groups and the actions they held, and Fold as opened folds them again', () => {
    // Twelve outcomes of one level, each with two actions: the actions fold under their outcome, and
    // the over-full level folds outcomes (with their folded actions) into level groups.
    const nodes = Array.from({ length: 12 }, (_, i) => [
      { id: `o${i}`, kind: 'outcome' as const, title: `Outcome ${i}` },
      { id: `a${i}x`, kind: 'action' as const, title: `Action ${i}x` },
      { id: `a${i}y`, kind: 'action' as const, title: `Action ${i}y` },
    ]).flat();
    const edges = Array.from({ length: 12 }, (_, i) => [
      { id: `e${i}x`, kind: 'contributesTo' as const, source: `a${i}x`, target: `o${i}` },
      { id: `e${i}y`, kind: 'contributesTo' as const, source: `a${i}y`, target: `o${i}` },
    ]).flat();
    const editor = new EditorStore({ ...createPlan({ id: 'p', title: 'p' }), nodes: Table.fromValues(nodes), edges: Table.fromValues(edges) });
    const picture = getPictureStore(editor);
    editor.setLayoutEngine(async () => ({ positions: new Map() }));
    picture.setLevelRoom(330);
    const { viewId } = editor.getSnapshot();
    const drawn = () => getDrawnView(editor.getSnapshot().plan, viewId, picture.settings(viewId));
    expect(drawn().groups.filter((group) => group.folded).length).toBeGreaterThan(0);
    picture.unfoldAll(viewId);
    expect(drawn().groups.filter((group) => group.folded)).toEqual([]);
    expect(
      drawn()
        .boxes.map((box) => box.id)
        .sort(),
    ).toEqual(nodes.map((node) => node.id).sort());
    picture.foldAsOpened(viewId);
    expect(drawn().boxes.length).toBeLessThan(nodes.length);
  });

  it('measures only boxes never measured before they are laid out, and lays out with the sizes measured', async () => {
    const editor = new EditorStore(planWithOutcome('first'));
    const picture = getPictureStore(editor);
    const { viewId } = editor.getSnapshot();
    const drawn = getDrawnView(editor.getSnapshot().plan, viewId, picture.settings(viewId));
    // No canvas to measure on (a test, a closed editor): nothing to wait for.
    await picture.measureNew(editor.getSnapshot().plan, viewId, drawn);
    const asked: string[][] = [];
    picture.setMeasurer(async ({ boxIds, record }) => {
      asked.push([...boxIds]);
      for (const id of boxIds) record(id, { width: 220, height: 77 });
    });
    const sizesLaidOut: (number | undefined)[] = [];
    editor.setLayoutEngine(
      createPictureLayout(editor, async (graph) => {
        sizesLaidOut.push(...(graph.children ?? []).map((child) => child.height));
        return { ...graph, children: (graph.children ?? []).map((child) => ({ ...child, x: 0, y: 0 })), edges: [] };
      }),
    );
    // Setting the engine lays the view out (it was never laid out).
    await vi.waitFor(() => expect(editor.getSnapshot().layingOut).toBe(false));
    expect(asked).toEqual([['o1']]);
    expect(sizesLaidOut.length).toBeGreaterThan(0);
    expect(sizesLaidOut.every((height) => height === 77)).toBe(true);
    await editor.autoLayout();
    expect(asked, 'nothing new to measure').toHaveLength(1);
    editor.apply(commands.updateNode('o1', { title: 'Healthier children in every ward' }));
    await editor.autoLayout();
    expect(asked, 'a new title takes other room').toEqual([['o1'], ['o1']]);
  });
});

/** A plan of six outcomes in one level, with a layout engine that counts its layouts. */
function sixOutcomesCountingLayouts() {
  const outcomes = Array.from({ length: 6 }, (_, i) => ({ id: `o${i}`, kind: 'outcome' as const, title: `Outcome ${i}` }));
  const editor = new EditorStore({ ...createPlan({ id: 'p', title: 'p' }), nodes: Table.fromValues(outcomes) });
  const picture = getPictureStore(editor);
  let count = 0;
  editor.setLayoutEngine(async () => {
    count++;
    return { positions: new Map() };
  });
  count = 0; // only the layouts the test asks for
  return { outcomes, editor, picture, layouts: () => count };
}
