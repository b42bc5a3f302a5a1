import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { join } from 'node:path';
import { PLAN_MAPS } from '@changemap/collab';
import type { Plan } from '@changemap/core';
import { exportJson } from '@changemap/schemas';
import * as Y from 'yjs';
import { docToPlan } from '../src/plan-doc.js';
import { importRoom } from '../src/room-transfer.js';
import { openSqliteStore } from '../src/storage/sqlite-store.js';
import { connectClient, waitUntil, type TestClient } from '../src/test/clients.js';
import { startServerProcess, type ServerProcess } from '../src/test/server-process.js';
import { seededRandom } from './bench-plan.js';
import { EditTracker, holds, type EditRecord } from './edit-tracker.js';
import { SimulatedPerson, type EditKind } from './simulated-client.js';

export interface SimulationOptions {
  plan: Plan;
  clients: number;
  editsPerClient: number;
  /** Mean pause between one person's edits. */
  meanIntervalMs: number;
  seed: number;
  /** Kill the server (SIGKILL) once this share of all edits is made, and start it again. */
  killAt?: number;
}

export interface SimulationResult {
  clients: number;
  edits: number;
  editCounts: Record<EditKind, number>;
  lostEdits: number;
  converged: boolean;
  propagationMs: number[];
  storedBytes: number;
  /** The stored state's size unpacked (a Yjs update). */
  stateBytes: number;
  /** Median over 7 loads of the stored room: read it from SQLite, into a Y.Doc, converted to a checked core plan. */
  coldLoadMs: number;
  editSeconds: number;
  /** CPU time the simulated clients' process spent per edit while editing (all 30 receiving it included). */
  clientCpuMsPerEdit: number;
  clientEventLoopDelayMs: { p50: number; p99: number; max: number };
  killedAfterEdits?: number;
  downtimeMs?: number;
}

const ROOM = 'bench';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The plan document's content with keys sorted (a Y.Map's key order depends on arrival order, which differs between clients). */
function contentOf(doc: Y.Doc): string {
  return JSON.stringify(
    [PLAN_MAPS.info, PLAN_MAPS.nodes, PLAN_MAPS.edges, PLAN_MAPS.views].map((name) => doc.getMap(name).toJSON()),
    (_key, value: unknown) =>
      value !== null && typeof value === 'object' && !Array.isArray(value)
        ? Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
        : value,
  );
}

/** Simulated people editing one room on a real server process (SQLite), then every check of what arrived. */
export async function runSimulation(options: SimulationOptions): Promise<SimulationResult> {
  const dataDirectory = mkdtempSync(join(tmpdir(), 'changemap-bench-'));
  const seedStore = openSqliteStore(dataDirectory);
  await importRoom(seedStore, ROOM, exportJson(options.plan));
  await seedStore.close();
  let server: ServerProcess = await startServerProcess(['--data', dataDirectory]);
  const port = new URL(server.url).port;
  const clients: TestClient[] = [];
  try {
    for (let index = 0; index < options.clients; index++) clients.push(connectClient({ url: server.url, name: ROOM }));
    await Promise.all(clients.map((client) => client.synced));
    const tracker = new EditTracker(clients.map((client) => client.doc));
    const people = clients.map((client, index) => new SimulatedPerson(client.doc, index, options.seed, tracker));
    const editCounts: Record<EditKind, number> = { move: 0, title: 0, addLink: 0, removeLink: 0 };
    const total = options.clients * options.editsPerClient;
    let made = 0;
    let killing: Promise<void> | undefined;
    let killedAfterEdits: number | undefined;
    let downtimeMs: number | undefined;
    const killAndRestart = async () => {
      killedAfterEdits = made;
      const killedAt = performance.now();
      server.child.kill('SIGKILL');
      await server.exited;
      server = await startServerProcess(['--data', dataDirectory, '--port', port]);
      downtimeMs = Math.round(performance.now() - killedAt);
    };

    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    // How late this process's event loop ran while editing: when it is late, the machine (not the
    // server) is holding the edits back, and the propagation times say so.
    const loopDelay = monitorEventLoopDelay({ resolution: 5 });
    loopDelay.enable();
    await Promise.all(
      people.map(async (person, index) => {
        const pause = seededRandom(options.seed * 7919 + index);
        for (let count = 0; count < options.editsPerClient; count++) {
          await sleep(options.meanIntervalMs * (0.5 + pause()));
          editCounts[person.edit()]++;
          made++;
          if (options.killAt !== undefined && killing === undefined && made >= total * options.killAt) killing = killAndRestart();
        }
      }),
    );
    const editSeconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    const clientCpuMsPerEdit = (cpu.user + cpu.system) / 1000 / made;
    loopDelay.disable();
    const clientEventLoopDelayMs = { p50: loopDelay.percentile(50) / 1e6, p99: loopDelay.percentile(99) / 1e6, max: loopDelay.max / 1e6 };
    await killing;

    const edits = tracker.all();
    const vectorOf = (client: TestClient) => Buffer.from(Y.encodeStateVector(client.doc)).toString('base64');
    // Cheap checks first: this runs every few milliseconds while the last edits travel.
    const settled = () =>
      clients.every((client) => !client.provider.hasUnsyncedChanges && client.provider.isSynced) &&
      new Set(clients.map(vectorOf)).size === 1 &&
      new Set(clients.map((client) => contentOf(client.doc))).size === 1;
    await waitUntil(settled, 'every client has every edit', 60_000).catch((error: Error) => console.warn(`  ${error.message}`));
    const contents = new Set(clients.map((client) => contentOf(client.doc)));

    // A newcomer after the edits: what the server holds now.
    const newcomer = connectClient({ url: server.url, name: ROOM });
    clients.push(newcomer);
    await newcomer.synced;
    contents.add(contentOf(newcomer.doc));

    const finalDocs = clients.map((client) => client.doc);
    for (const client of clients.splice(0)) client.close();
    server.child.kill('SIGTERM');
    const code = await server.exited;
    if (code !== 0) throw new Error(`The server did not stop cleanly (${code}):\n${server.output()}`);

    const store = openSqliteStore(dataDirectory);
    const storedBytes = await store.storedBytes(ROOM);
    const loadTimes: number[] = [];
    let stored = new Y.Doc();
    let stateBytes = 0;
    for (let run = 0; run < 7; run++) {
      const start = performance.now();
      const state = (await store.load(ROOM))!;
      stored = new Y.Doc();
      Y.applyUpdate(stored, state);
      const loaded = docToPlan(stored);
      loadTimes.push(performance.now() - start);
      stateBytes = state.length;
      if (!loaded.ok) throw new Error(`The stored room is not a readable plan: ${loaded.errors.map((error) => error.message).join(' ')}`);
    }
    await store.close();
    contents.add(contentOf(stored));

    const lost = (edit: EditRecord) => !holds(stored, edit) || finalDocs.some((doc) => !holds(doc, edit));
    return {
      clients: options.clients,
      edits: edits.length,
      editCounts,
      lostEdits: edits.filter(lost).length,
      converged: contents.size === 1,
      propagationMs: edits.map((edit) => edit.propagationMs).filter((ms): ms is number => ms !== undefined),
      storedBytes,
      stateBytes,
      coldLoadMs: loadTimes.sort((a, b) => a - b)[3]!,
      editSeconds,
      clientCpuMsPerEdit,
      clientEventLoopDelayMs,
      ...(killedAfterEdits !== undefined && { killedAfterEdits }),
      ...(downtimeMs !== undefined && { downtimeMs }),
    };
  } finally {
    for (const client of clients) client.close();
    if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill('SIGKILL');
    rmSync(dataDirectory, { recursive: true, force: true });
  }
}
