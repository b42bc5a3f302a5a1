import { applyCommand, commands, createPlan, getSavedPosition, type Plan, type Position } from '@changemap/core';
import { describe, expect, it } from 'vitest';
import { EditorStore } from './editor-store.js';

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

describe('layouts that overlap', () => {
  it('the editor is busy laying out until the last running layout ends, not the first', async () => {
    const store = new EditorStore(plan(), 'cta');
    const finish: (() => void)[] = [];
    store.setLayoutEngine(
      () =>
        new Promise<Map<string, Position>>((resolve) => {
          finish.push(() => resolve(new Map([['o', { x: 0, y: 50 }]])));
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
        new Promise<Map<string, Position>>((resolve) => {
          finish.push((y) => resolve(new Map([['o', { x: 0, y }]])));
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
