import { PLAN_MAPS } from '@changemap/collab';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { startServer } from './start-server.js';
import { openPostgresStore } from './storage/postgres-store.js';
import { connectClient, waitUntil } from './test/clients.js';
import { startTestDatabase, type TestDatabase } from './test/postgres.js';

let database: TestDatabase;
// One prefix per run, so runs sharing a database never see each other's rooms.
const tablePrefix = `test_${process.pid}_${Date.now().toString(36)}_`;

beforeAll(async () => {
  database = await startTestDatabase();
}, 60_000);

afterAll(async () => {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  await client.query(`DROP TABLE IF EXISTS ${tablePrefix}documents, ${tablePrefix}updates`);
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
