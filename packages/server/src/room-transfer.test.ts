import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PLAN_MAPS } from '@changemap/collab';
import { generateSyntheticPlan } from '@changemap/core';
import { exportJson } from '@changemap/schemas';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportRoom, importRoom } from './room-transfer.js';
import { startServer, type RunningServer } from './start-server.js';
import { openSqliteStore } from './storage/sqlite-store.js';
import type { DocumentStore } from './storage/store.js';
import { connectClient, waitUntil } from './test/clients.js';
import { parseTokens } from './tokens.js';

let dataDirectory: string;
let store: DocumentStore | undefined;
let server: RunningServer | undefined;

beforeEach(() => {
  dataDirectory = mkdtempSync(join(tmpdir(), 'changemap-transfer-'));
});

afterEach(async () => {
  await server?.stop();
  await store?.close();
  server = undefined;
  store = undefined;
  rmSync(dataDirectory, { recursive: true, force: true });
});

describe('room export and import', () => {
  it('imports a file into a new room that clients then open, and exports it back unchanged', async () => {
    const text = exportJson(generateSyntheticPlan(60, 7));
    store = openSqliteStore(dataDirectory);
    await expect(importRoom(store, 'imported', text)).resolves.toMatchObject({ nodes: expect.any(Number) });
    await expect(exportRoom(store, 'imported')).resolves.toBe(text);
    await expect(importRoom(store, 'imported', text)).rejects.toThrow(/already exists/);
    await expect(exportRoom(store, 'missing')).rejects.toThrow(/There is no room “missing”/);
    await expect(importRoom(store, 'fresh', '{"not":"a plan"}')).rejects.toThrow(/cannot be imported/);
    await expect(importRoom(store, 'bad/name', text)).rejects.toThrow(/not a room name/);
    await store.close();
    store = undefined;

    server = await startServer({ port: 0, dataDirectory, tokens: parseTokens({ 'reader-token': { rooms: ['imported'], role: 'viewer' } }) });
    const reader = connectClient({ url: server.url, name: 'imported', token: 'reader-token' });
    await reader.synced;
    expect(reader.doc.getMap(PLAN_MAPS.nodes).size).toBe(generateSyntheticPlan(60, 7).nodes.size);
    reader.close();

    const exported = await fetch(`${server.httpUrl}/rooms/imported/plan.json?token=reader-token`);
    expect(exported.status).toBe(200);
    expect(await exported.text()).toBe(text);
    expect((await fetch(`${server.httpUrl}/rooms/imported/plan.json?token=wrong-token`)).status).toBe(403);
    expect((await fetch(`${server.httpUrl}/rooms/nothing-here/plan.json?token=reader-token`)).status).toBe(403);
  });

  it('exports the live document over HTTP, with edits not yet compacted', async () => {
    store = openSqliteStore(dataDirectory);
    await importRoom(store, 'live', exportJson(generateSyntheticPlan(20, 3)));
    await store.close();
    store = undefined;
    server = await startServer({ port: 0, dataDirectory, debounceMs: 60_000 });
    const editor = connectClient({ url: server.url, name: 'live' });
    await editor.synced;
    editor.doc.getMap(PLAN_MAPS.info).set('title', 'Renamed just now');
    await waitUntil(() => !editor.provider.hasUnsyncedChanges, 'the server has the edit');
    const response = await fetch(`${server.httpUrl}/rooms/live/plan.json`);
    expect(JSON.parse(await response.text())).toMatchObject({ title: 'Renamed just now' });
    expect((await fetch(`${server.httpUrl}/rooms/nothing-here/plan.json`)).status).toBe(404);
    editor.close();
  });
});
