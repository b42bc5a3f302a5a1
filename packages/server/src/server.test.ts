import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commentsDocumentName, PLAN_MAPS } from '@changemap/collab';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ROLE_MESSAGE_TYPE } from './access.js';
import { startServer, type RunningServer } from './start-server.js';
import { openSqliteStore } from './storage/sqlite-store.js';
import type { DocumentStore } from './storage/store.js';
import { connectClient, waitUntil, type TestClient } from './test/clients.js';
import { parseTokens } from './tokens.js';

const TOKENS = parseTokens({
  'editor-token': { rooms: '*', role: 'editor' },
  'commenter-token': { rooms: ['shared'], role: 'commenter' },
  'viewer-token': { rooms: ['shared'], role: 'viewer' },
  'other-room-token': { rooms: ['elsewhere'], role: 'editor' },
});

let dataDirectory: string;
let server: RunningServer | undefined;
const clients: TestClient[] = [];

function client(name: string, token?: string, doc?: Y.Doc): TestClient {
  const connected = connectClient({ url: server!.url, name, ...(token !== undefined && { token }), ...(doc !== undefined && { doc }) });
  clients.push(connected);
  return connected;
}

function title(doc: Y.Doc): unknown {
  return doc.getMap(PLAN_MAPS.info).get('title');
}

beforeEach(() => {
  dataDirectory = mkdtempSync(join(tmpdir(), 'changemap-server-'));
});

afterEach(async () => {
  for (const connected of clients.splice(0)) connected.close();
  await server?.stop();
  server = undefined;
  rmSync(dataDirectory, { recursive: true, force: true });
});

describe('an open server', () => {
  it('brings two clients to the same plan and tells each it is an editor', async () => {
    server = await startServer({ port: 0, dataDirectory });
    const alice = client('plan-a');
    const bob = client('plan-a');
    await Promise.all([alice.synced, bob.synced]);
    alice.doc.getMap(PLAN_MAPS.info).set('title', 'From Alice');
    bob.doc.getMap(PLAN_MAPS.nodes).set('n1', new Y.Map([['title', 'From Bob']]));
    await waitUntil(() => title(bob.doc) === 'From Alice' && alice.doc.getMap(PLAN_MAPS.nodes).has('n1'), 'both edits reach both clients');
    expect(Y.encodeStateVector(alice.doc)).toEqual(Y.encodeStateVector(bob.doc));
    await waitUntil(() => alice.stateless.length > 0, 'the role message arrives');
    expect(JSON.parse(alice.stateless[0]!)).toEqual({ type: ROLE_MESSAGE_TYPE, room: 'plan-a', role: 'editor', document: 'plan', readOnly: false });
  });

  it('refuses a room name with characters the layout does not allow', async () => {
    server = await startServer({ port: 0, dataDirectory });
    await expect(client('no spaces allowed').refusal).resolves.toMatch(/not a room name/);
  });

  it('keeps every edit across a stop and a start (SQLite)', async () => {
    server = await startServer({ port: 0, dataDirectory });
    const writer = client('kept');
    await writer.synced;
    for (let index = 0; index < 50; index++) writer.doc.getMap(PLAN_MAPS.nodes).set(`n${index}`, new Y.Map([['title', `Box ${index}`]]));
    await waitUntil(() => !writer.provider.hasUnsyncedChanges, 'the server has every edit');
    writer.close();
    await server.stop();
    server = await startServer({ port: 0, dataDirectory });
    const reader = client('kept');
    await reader.synced;
    expect(reader.doc.getMap(PLAN_MAPS.nodes).size).toBe(50);
  });
});

describe('tokens and roles', () => {
  beforeEach(async () => {
    server = await startServer({ port: 0, dataDirectory, tokens: TOKENS });
  });

  it('refuses an unknown token and a token for another room', async () => {
    await expect(client('shared', 'not-a-token').refusal).resolves.toMatch(/does not open the room/);
    await expect(client('shared', 'other-room-token').refusal).resolves.toMatch(/does not open the room “shared”/);
  });

  it.each(['viewer-token', 'commenter-token'])('the server refuses a plan change from %s: it reaches neither storage nor other clients', async (token) => {
    const editor = client('shared', 'editor-token');
    const reader = client('shared', token);
    await Promise.all([editor.synced, reader.synced]);
    editor.doc.getMap(PLAN_MAPS.info).set('title', 'Set by the editor');
    await waitUntil(() => title(reader.doc) === 'Set by the editor', 'the reader sees the editor’s title');
    expect(reader.scope()).toBe('readonly');

    reader.doc.getMap(PLAN_MAPS.info).set('title', 'Changed without the right');
    // A later editor change is the marker: once it has gone round, the refused change would have too.
    editor.doc.getMap(PLAN_MAPS.info).set('period', '2024-2029');
    const third = client('shared', 'editor-token');
    await third.synced;
    await waitUntil(() => third.doc.getMap(PLAN_MAPS.info).get('period') === '2024-2029', 'a new client sees the marker');
    expect(title(third.doc)).toBe('Set by the editor');
    expect(title(editor.doc)).toBe('Set by the editor');

    for (const connected of clients.splice(0)) connected.close();
    await server!.stop();
    const store = openSqliteStore(dataDirectory);
    const stored = new Y.Doc();
    Y.applyUpdate(stored, (await store.load('shared'))!);
    await store.close();
    expect(title(stored)).toBe('Set by the editor');
  });

  it('lets a commenter write the comments document, and says which role it has', async () => {
    const commenter = client(commentsDocumentName('shared'), 'commenter-token');
    const editor = client(commentsDocumentName('shared'), 'editor-token');
    await Promise.all([commenter.synced, editor.synced]);
    expect(commenter.scope()).toBe('read-write');
    commenter.doc.getMap('threads').set('t1', 'A question about this box');
    await waitUntil(() => editor.doc.getMap('threads').get('t1') === 'A question about this box', 'the comment reaches the editor');
    await waitUntil(() => commenter.stateless.length > 0, 'the role message arrives');
    expect(JSON.parse(commenter.stateless[0]!)).toMatchObject({ role: 'commenter', document: 'comments', readOnly: false });
  });
});

describe('a failed load', () => {
  it('refuses the connection and never stores over the stored plan', async () => {
    const real = openSqliteStore(dataDirectory);
    const stored = new Y.Doc();
    stored.getMap(PLAN_MAPS.info).set('title', 'The stored plan');
    await real.compact('precious', Y.encodeStateAsUpdate(stored), 0);
    const compactions: string[] = [];
    let failLoads = true;
    let loadAttempts = 0;
    const flaky: DocumentStore = {
      ...real,
      load: (name) => {
        loadAttempts++;
        return failLoads ? Promise.reject(new Error('database unavailable')) : real.load(name);
      },
      compact: (name, state, upTo) => {
        compactions.push(name);
        return real.compact(name, state, upTo);
      },
    };
    server = await startServer({ port: 0, dataDirectory, store: flaky, debounceMs: 50, maxDebounceMs: 100 });
    const unlucky = client('precious');
    // The client's own (empty) document is never taken for the room's.
    unlucky.doc.getMap(PLAN_MAPS.info).set('title', 'Typed while the load failed');
    await waitUntil(() => loadAttempts > 0, 'the server tries to load the room');
    // Absence of a store can only be seen over some time: long enough for a debounced store to run.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(unlucky.provider.isSynced).toBe(false);
    unlucky.close();
    clients.splice(0);
    await server.stop();
    server = undefined;
    expect(compactions).toEqual([]);

    failLoads = false;
    const check = new Y.Doc();
    Y.applyUpdate(check, (await real.load('precious'))!);
    expect(title(check)).toBe('The stored plan');
    await real.close();
  });
});

describe('a slow load', () => {
  it('keeps a client waiting, then merges what it typed meanwhile with the stored plan', async () => {
    const real = openSqliteStore(dataDirectory);
    const stored = new Y.Doc();
    stored.getMap(PLAN_MAPS.info).set('title', 'The stored plan');
    await real.compact('slow', Y.encodeStateAsUpdate(stored), 0);
    const slow: DocumentStore = { ...real, load: (name) => new Promise((resolve) => setTimeout(() => resolve(real.load(name)), 800)) };
    server = await startServer({ port: 0, dataDirectory, store: slow, debounceMs: 50, maxDebounceMs: 100 });
    const early = client('slow');
    early.doc.getMap(PLAN_MAPS.nodes).set('typed-early', new Y.Map([['title', 'Typed while loading']]));
    await early.synced;
    await waitUntil(() => title(early.doc) === 'The stored plan', 'the stored plan reaches the early client');
    expect(early.doc.getMap(PLAN_MAPS.nodes).has('typed-early')).toBe(true);
    early.close();
    clients.splice(0);
    await server.stop();
    server = undefined;
    const check = new Y.Doc();
    Y.applyUpdate(check, (await real.load('slow'))!);
    await real.close();
    expect(title(check)).toBe('The stored plan');
    expect(check.getMap(PLAN_MAPS.nodes).has('typed-early')).toBe(true);
  });
});
