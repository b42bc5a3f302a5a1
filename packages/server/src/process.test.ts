import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PLAN_MAPS } from '@changemap/collab';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { openSqliteStore } from './storage/sqlite-store.js';
import { connectClient, waitUntil, type TestClient } from './test/clients.js';
import { startServerProcess, type ServerProcess } from './test/server-process.js';

let dataDirectory: string;
const processes: ServerProcess[] = [];
const clients: TestClient[] = [];

async function server(args: string[] = []): Promise<ServerProcess> {
  const started = await startServerProcess(['--data', dataDirectory, ...args]);
  processes.push(started);
  return started;
}

function client(url: string, name = 'room'): TestClient {
  const connected = connectClient({ url, name });
  clients.push(connected);
  return connected;
}

function nodeTitles(doc: Y.Doc): string[] {
  return [...doc.getMap<Y.Map<unknown>>(PLAN_MAPS.nodes).values()].map((node) => String(node.get('title'))).sort();
}

beforeEach(() => {
  dataDirectory = mkdtempSync(join(tmpdir(), 'changemap-server-process-'));
});

afterEach(async () => {
  for (const connected of clients.splice(0)) connected.close();
  for (const running of processes.splice(0)) {
    if (running.child.exitCode === null && running.child.signalCode === null) running.child.kill('SIGKILL');
    await running.exited;
  }
  rmSync(dataDirectory, { recursive: true, force: true });
});

describe('the server as a process', () => {
  it('loses nothing that reached it when killed without warning (SIGKILL)', async () => {
    const first = await server();
    await waitUntil(() => first.output().includes('WARNING: no --tokens file'), 'the open-server warning is printed');
    const writer = client(first.url);
    const watcher = client(first.url);
    await Promise.all([writer.synced, watcher.synced]);
    const expected: string[] = [];
    for (let index = 0; index < 200; index++) {
      const title = `Box ${index}`;
      expected.push(title);
      writer.doc.getMap(PLAN_MAPS.nodes).set(`n${index}`, new Y.Map([['title', title]]));
      if (index % 20 === 0) writer.doc.getMap(PLAN_MAPS.info).set('title', `Plan after ${index}`);
    }
    // The watcher only gets an edit through the server, so once it has all of them they reached it.
    await waitUntil(() => watcher.doc.getMap(PLAN_MAPS.nodes).size === 200, 'the watcher has every edit');
    first.child.kill('SIGKILL');
    expect(await first.exited).toBe('SIGKILL');
    for (const connected of clients.splice(0)) connected.close();

    const second = await server();
    const reader = client(second.url);
    await reader.synced;
    expect(nodeTitles(reader.doc)).toEqual(expected.sort());
    expect(reader.doc.getMap(PLAN_MAPS.info).get('title')).toBe('Plan after 180');
  });

  it('stores every open room and exits 0 on SIGTERM, compacting the log', async () => {
    const running = await server();
    const writer = client(running.url);
    await writer.synced;
    for (let index = 0; index < 30; index++) writer.doc.getMap(PLAN_MAPS.nodes).set(`n${index}`, new Y.Map([['title', `Box ${index}`]]));
    await waitUntil(() => !writer.provider.hasUnsyncedChanges, 'the server has every edit');
    running.child.kill('SIGTERM');
    expect(await running.exited).toBe(0);
    expect(running.output()).toMatch(/SIGTERM: storing every open room/);

    const store = openSqliteStore(dataDirectory);
    const stored = new Y.Doc();
    Y.applyUpdate(stored, (await store.load('room'))!);
    const logged = await store.loggedUpdates('room');
    await store.close();
    expect(nodeTitles(stored)).toHaveLength(30);
    // Compacted: the log of 30 updates was folded into the stored state.
    expect(logged).toBe(0);
  });

  it('exits 2 with a clear message on a bad tokens file', async () => {
    const tokens = join(dataDirectory, 'tokens.json');
    writeFileSync(tokens, JSON.stringify({ short: { rooms: '*', role: 'owner' } }));
    await expect(server(['--tokens', tokens])).rejects.toThrow(/exited \(2\)[\s\S]*"role" must be one of editor, commenter, viewer/);
  });
});
