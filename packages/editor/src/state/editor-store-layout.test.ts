import { applyCommand, commands, createPlan, getSavedPosition, getViewDirection, type Plan, type Position } from '@changemap/core';
import { describe, expect, it } from 'vitest';
import { EditorStore, type LaidOut } from './editor-store.js';

/** Built through commands, as every plan the editor gets is: frozen, never changed in place. */
function plan(): Plan {
  return [
    commands.addNode({ id: 'cta', kind: 'callToAction', title: 'CTA', number: 1 }),
    commands.addNode({ id: 'o', kind: 'outcome', title: 'Healthier children' }),
    commands.connect({ id: 'c', kind: 'contributesTo', source: 'o', target: 'cta' }),
    commands.placeNodes('cta', [
      ['cta', { x: 300, y: 0 }],
      ['o', { x: 0, y: 0 }],
    ]),
  ].reduce(applyCommand, createPlan({ id: 't', title: 'T' }));
}

/** A layout engine that stacks boxes down when the view runs down, else side by side, as ELK would. */
const stacking = async (current: Plan, viewId: string) => {
  const down = getViewDirection(current, viewId) === 'down';
  return {
    positions: new Map<string, Position>([
      ['o', { x: 0, y: 0 }],
      ['cta', down ? { x: 0, y: 300 } : { x: 300, y: 0 }],
    ]),
  };
};

describe('the view’s direction in the editor', () => {
  it('turns the open view top to bottom and lays it out again, and one undo takes back both', async () => {
    const store = new EditorStore(plan(), 'cta');
    store.setLayoutEngine(stacking);
    await store.setViewDirection('down');
    const turned = store.getSnapshot().plan;
    expect(getViewDirection(turned, 'cta')).toBe('down');
    expect(getSavedPosition(turned, 'cta', 'cta')).toEqual({ x: 0, y: 300 });

    store.undo();
    const back = store.getSnapshot().plan;
    expect(getViewDirection(back, 'cta')).toBe('right');
    expect(getSavedPosition(back, 'cta', 'cta')).toEqual({ x: 300, y: 0 });
    expect(store.getSnapshot().canUndo).toBe(false);

    store.redo();
    expect(getViewDirection(store.getSnapshot().plan, 'cta')).toBe('down');
    expect(getSavedPosition(store.getSnapshot().plan, 'cta', 'cta')).toEqual({ x: 0, y: 300 });
  });

  it('changes nothing when the view already runs that way', async () => {
    const store = new EditorStore(plan(), 'cta');
    store.setLayoutEngine(stacking);
    const before = store.getSnapshot().plan;
    await store.setViewDirection('right');
    expect(store.getSnapshot().plan).toBe(before);
    expect(store.getSnapshot().canUndo).toBe(false);
  });
});

describe('layouts that overlap', () => {
  it('the editor is busy laying out until the last running layout ends, not the first', async () => {
    const store = new EditorStore(plan(), 'cta');
    const finish: (() => void)[] = [];
    store.setLayoutEngine(
      () =>
        new Promise<LaidOut>((resolve) => {
          finish.push(() => resolve({ positions: new Map([['o', { x: 0, y: 50 }]]) }));
        }),
    );
    const first = store.autoLayout();
    const second = store.autoLayout();
    expect(store.getSnapshot().layingOut).toBe(true);
    finish[0]!();
    await first;
    expect(store.getSnapshot().layingOut).toBe(true);
    finish[1]!();
    await second;
    expect(store.getSnapshot().layingOut).toBe(false);
  });

  it('a layout that ends after a newer one started places nothing: the newer one lays out what is drawn now', async () => {
    const store = new EditorStore(plan(), 'cta');
    const finish: ((y: number) => void)[] = [];
    store.setLayoutEngine(
      () =>
        new Promise<LaidOut>((resolve) => {
          finish.push((y) => resolve({ positions: new Map([['o', { x: 0, y }]]) }));
        }),
    );
    const older = store.autoLayout({ skipHistory: true });
    const newer = store.autoLayout({ skipHistory: true });
    finish[0]!(111);
    await older;
    expect(getSavedPosition(store.getSnapshot().plan, 'cta', 'o')).toEqual({ x: 0, y: 0 });
    finish[1]!(222);
    await newer;
    // Not dropped as an edit made while it ran: the older layout changed nothing.
    expect(getSavedPosition(store.getSnapshot().plan, 'cta', 'o')).toEqual({ x: 0, y: 222 });
  });

  it('a failed layout still counts as ended', async () => {
    const store = new EditorStore(plan(), 'cta');
    store.setLayoutEngine(() => Promise.reject(new Error('no room')));
    await store.autoLayout();
    expect(store.getSnapshot().layingOut).toBe(false);
    expect(store.getSnapshot().notice?.text).toMatch(/no room/);
  });
});
