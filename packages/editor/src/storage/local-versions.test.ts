import { applyCommand, commands, comparePlans, createPlan } from '@changemap/core';
import { describe, expect, it, vi } from 'vitest';
import { createLocalVersionStore, MAX_LOCAL_VERSIONS } from './local-versions.js';

// IndexedDB as a Map: jsdom has none; the e2e tests save and load versions in real Chromium.
const stored = new Map<string, unknown>();
vi.mock('idb-keyval', () => ({
  get: async (key: string) => structuredClone(stored.get(key)),
  set: async (key: string, value: unknown) => void stored.set(key, structuredClone(value)),
}));

const ana = { id: 'local', name: 'You' };
const plan = (title: string) => applyCommand(createPlan({ id: 'plan-a', title: 'Plan' }), commands.addNode({ id: 'o1', kind: 'outcome', title }));

describe('local versions', () => {
  it('saves, lists newest first, loads back and tells observers, per plan', async () => {
    let tick = 0;
    const store = createLocalVersionStore('plan-a', { now: () => new Date(Date.UTC(2026, 0, 1, 0, 0, tick++)) });
    let heard = 0;
    store.observe(() => heard++);
    const first = await store.save('First', plan('One'), ana);
    await store.save('Second', plan('Two'), ana);
    expect((await store.list()).map((version) => version.name)).toEqual(['Second', 'First']);
    expect(comparePlans(plan('One'), await store.load(first.id)).boxes.changed).toEqual([]);
    expect(heard).toBe(2);
    expect(await createLocalVersionStore('plan-b').list()).toEqual([]);
    await expect(store.load('nope')).rejects.toMatchObject({ code: 'unknown-version' });
  });

  it(`keeps the newest ${MAX_LOCAL_VERSIONS} versions`, async () => {
    let tick = 0;
    const store = createLocalVersionStore('plan-c', { now: () => new Date(Date.UTC(2026, 0, 1, 0, 0, tick++)) });
    for (let i = 0; i <= MAX_LOCAL_VERSIONS; i++) await store.save(`v${i}`, plan('One'), ana);
    const names = (await store.list()).map((version) => version.name);
    expect(names).toHaveLength(MAX_LOCAL_VERSIONS);
    expect(names[0]).toBe(`v${MAX_LOCAL_VERSIONS}`);
    expect(names).not.toContain('v0');
  });
});
