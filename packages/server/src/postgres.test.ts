import { PLAN_MAPS } from '@changemap/collab';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { startServer } from './start-server.js';
import { openPostgresStore } from './storage/postgres-store.js';
import { connectClient, waitUntil } from './test/clients.js';
import { startTestDatabase, type TestDatabase } from './test/postgres.js';
import { startServerProcess } from './test/server-process.js';

let database: TestDatabase;
// One prefix per run, so runs sharing a database never see each other's rooms.
const tablePrefix = `test_${process.pid}_${Date.now().toString(36)}_`;
const killPrefix = `${tablePrefix}kill_`;

beforeAll(async () => {
  database = await startTestDatabase();
}, 60_000);

afterAll(async () => {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  await client.query(`DROP TABLE IF EXISTS ${tablePrefix}documents, ${tablePrefix}updates, ${killPrefix}documents, ${killPrefix}updates`);
  await client.end();
  database.stop();
});

function nodeCount(doc: Y.Doc): number {
  return doc.getMap(PLAN_MAPS.nodes).size;
}

describe('PostgreSQL storage (a real server)', () => {
  it('logs each update as it arrives, keeps the plan across a restart, and compacts on stop', async () => {
    // A long debounce: nothing is compacted while the test looks at the log.
    const options = { port: 0, databaseUrl: database.url, tablePrefix, debounceMs: 60_000, maxDebounceMs: 120_000 };
    let server = await startServer(options);
    expect(server.storage).toMatch(/^PostgreSQL/);
    const alice = connectClient({ url: server.url, name: 'pg-room' });
    const bob = connectClient({ url: server.url, name: 'pg-room' });
    await Promise.all([alice.synced, bob.synced]);
    for (let index = 0; index < 40; index++) (index % 2 ? alice : bob).doc.getMap(PLAN_MAPS.nodes).set(`n${index}`, new Y.Map([['title', `Box ${index}`]]));
    await waitUntil(() => nodeCount(alice.doc) === 40 && nodeCount(bob.doc) === 40, 'both clients have all 40 boxes');
    await waitUntil(() => !alice.provider.hasUnsyncedChanges && !bob.provider.hasUnsyncedChanges, 'the server has every edit');

    // Read by a second connection while the server runs: every update is already in the log.
    const observer = await openPostgresStore({ url: database.url, tablePrefix });
    const logged = new Y.Doc();
    const deadline = Date.now() + 5000;
    while (Date.now() < deadline) {
      Y.applyUpdate(logged, (await observer.load('pg-room')) ?? new Uint8Array([0, 0]));
      if (nodeCount(logged) === 40) break;
    }
    expect(nodeCount(logged)).toBe(40);
    expect(await observer.loggedUpdates('pg-room')).toBeGreaterThan(0);

    alice.close();
    bob.close();
    await server.stop();
    expect(await observer.loggedUpdates('pg-room')).toBe(0);
    const compacted = new Y.Doc();
    Y.applyUpdate(compacted, (await observer.load('pg-room'))!);
    expect(nodeCount(compacted)).toBe(40);
    await observer.close();

    server = await startServer(options);
    const carol = connectClient({ url: server.url, name: 'pg-room' });
    await carol.synced;
    expect(nodeCount(carol.doc)).toBe(40);
    carol.close();
    await server.stop();
  });
});

describe('PostgreSQL update log', () => {
  it('gives updates appended together rising positions in call order, and compaction keeps the later ones', async () => {
    const store = await openPostgresStore({ url: database.url, tablePrefix });
    const docs = Array.from({ length: 30 }, (_, index) => {
      const doc = new Y.Doc();
      doc.getMap(PLAN_MAPS.nodes).set(`n${index}`, new Y.Map([['title', `Box ${index}`]]));
      return Y.encodeStateAsUpdate(doc);
    });
    // No awaits between appends: they queue and go to the database in batches.
    const positions = await Promise.all(docs.map((update) => store.append('ordering', update)));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(new Set(positions).size).toBe(30);
    await store.compact('ordering', docs[0]!, positions[9]!);
    expect(await store.loggedUpdates('ordering')).toBe(20);
    const loaded = new Y.Doc();
    Y.applyUpdate(loaded, (await store.load('ordering'))!);
    expect(nodeCount(loaded)).toBe(21);
    await store.close();
  });
});

describe('the server process on PostgreSQL', () => {
  // With PostgreSQL an update is in the log one database round trip after it arrives (it is
  // broadcast meanwhile). A kill inside that moment leaves it to the clients that have it, which
  // send it again when they reconnect: together, nothing is lost. This checks both halves.
  it('loses no edit when killed without warning (SIGKILL): the log and the reconnecting clients hold them all', async () => {
    const first = await startServerProcess(['--database-url', database.url, '--table-prefix', killPrefix]);
    const port = new URL(first.url).port;
    const writer = connectClient({ url: first.url, name: 'pg-kill' });
    const watcher = connectClient({ url: first.url, name: 'pg-kill' });
    await Promise.all([writer.synced, watcher.synced]);
    for (let index = 0; index < 200; index++) writer.doc.getMap(PLAN_MAPS.nodes).set(`n${index}`, new Y.Map([['title', `Box ${index}`]]));
    await waitUntil(() => nodeCount(watcher.doc) === 200, 'the watcher has every edit');
    first.child.kill('SIGKILL');
    expect(await first.exited).toBe('SIGKILL');

    const second = await startServerProcess(['--database-url', database.url, '--table-prefix', killPrefix, '--port', port]);
    const reader = connectClient({ url: second.url, name: 'pg-kill' });
    await reader.synced;
    await waitUntil(() => nodeCount(reader.doc) === 200, 'a new client sees all 200 boxes');
    for (const client of [writer, watcher, reader]) client.close();
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  });
});
