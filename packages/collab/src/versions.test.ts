import { applyCommand, commands, comparePlans, createPlan, type Plan } from '@changemap/core';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { isCollabError } from './errors.js';
import { createSharedVersionStore, createVersion, readVersionPlan } from './versions.js';

const ana = { id: 'u-ana', name: 'Ana' };

function plan(title = 'Fewer children in poverty'): Plan {
  return applyCommand(createPlan({ id: 'p', title: 'Plan', period: '2024-2029' }), commands.addNode({ id: 'o1', kind: 'outcome', title }));
}

describe('versions', () => {
  it('saves, lists newest first and loads back the same plan', async () => {
    let tick = 0;
    const store = createSharedVersionStore(new Y.Doc(), { now: () => new Date(Date.UTC(2026, 2, 1, 9, 0, tick++)) });
    const first = await store.save(' Before  the board ', plan(), ana);
    const second = await store.save('After the board', plan('Fewer families in poverty'), ana);
    expect(first).toMatchObject({ name: 'Before the board', author: ana, createdAt: '2026-03-01T09:00:00.000Z' });
    expect((await store.list()).map((version) => version.name)).toEqual(['After the board', 'Before the board']);
    const loaded = await store.load(first.id);
    expect(comparePlans(plan(), loaded).boxes.changed).toEqual([]);
    expect(comparePlans(loaded, await store.load(second.id)).boxes.changed.map((change) => change.box.id)).toEqual(['o1']);
  });

  it('keeps versions saved at once by two people, and tells observers', async () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    const mine = createSharedVersionStore(a);
    const theirs = createSharedVersionStore(b);
    let heard = 0;
    const stop = mine.observe(() => heard++);
    await mine.save('Mine', plan(), ana);
    await theirs.save('Theirs', plan(), { id: 'u-ben', name: 'Ben' });
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect((await mine.list()).map((version) => version.name).sort()).toEqual(['Mine', 'Theirs']);
    expect(await mine.list()).toEqual(await theirs.list());
    expect(heard).toBe(2);
    stop();
  });

  it('refuses an empty name and says which version is missing or unreadable', async () => {
    const store = createSharedVersionStore(new Y.Doc());
    await expect(store.save('  ', plan(), ana)).rejects.toMatchObject({ code: 'empty-text' });
    await expect(store.load('nope')).rejects.toMatchObject({ code: 'unknown-version', message: 'There is no version “nope” in this room.' });
    const broken = { ...createVersion('Broken', plan(), ana), plan: '{"format":"changemap"' };
    try {
      readVersionPlan(broken);
      throw new Error('expected a refusal');
    } catch (error) {
      expect(isCollabError(error) && error.code).toBe('unreadable-version');
      expect((error as Error).message).toMatch(/^The version “Broken” could not be read: /);
    }
  });
});
