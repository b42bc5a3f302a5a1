import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SERVER_MAIN = fileURLToPath(new URL('../../server/src/main.ts', import.meta.url));

/** The tokens every collaboration test's server knows. */
export const TOKENS = {
  'edit-token': { rooms: '*', role: 'editor' },
  'view-token': { rooms: '*', role: 'viewer' },
  'comment-token': { rooms: '*', role: 'commenter' },
} as const;

/** A free port on this machine, so a restarted server comes back where the pages look for it. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** The real sync server (`pnpm server`), as its own process, on a fixed port and its own data directory. */
export class SyncServer {
  readonly dataDirectory = mkdtempSync(join(tmpdir(), 'changemap-e2e-sync-'));
  readonly tokensFile = join(this.dataDirectory, 'tokens.json');
  #child: ChildProcess | undefined;
  #output = '';

  constructor(readonly port: number) {
    writeFileSync(this.tokensFile, JSON.stringify(TOKENS));
  }

  get url(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  /** Starts the server and waits until it listens. */
  async start(): Promise<void> {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        '--conditions=@changemap/source',
        SERVER_MAIN,
        '--port',
        String(this.port),
        '--data',
        this.dataDirectory,
        '--tokens',
        this.tokensFile,
      ],
      { cwd: REPO_ROOT, env: { ...process.env, NODE_ENV: 'production' }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    this.#child = child;
    child.stdout!.on('data', (chunk: Buffer) => (this.#output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (this.#output += chunk.toString()));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`The sync server did not start in 30 s:\n${this.#output}`)), 30_000);
      const look = () => {
        if (this.#output.includes(`:${this.port}`)) {
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout!.on('data', look);
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`The sync server exited (${code}) before listening:\n${this.#output}`));
      });
    });
  }

  /** Stops the server with a signal and waits until it has gone: SIGKILL is a crash, SIGTERM a clean stop. */
  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    const child = this.#child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill(signal);
    await exited;
    this.#child = undefined;
  }

  async dispose(): Promise<void> {
    await this.stop('SIGTERM');
    rmSync(this.dataDirectory, { recursive: true, force: true });
  }
}

/** A client in Node, as a script or a buggy editor would connect: for seeding rooms and forcing writes. */
export class NodeClient {
  readonly doc = new Y.Doc();
  readonly #socket: HocuspocusProviderWebsocket;
  readonly #provider: HocuspocusProvider;
  readonly synced: Promise<void>;

  constructor(url: string, room: string, token: string) {
    this.#socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket as never });
    let markSynced: () => void = () => undefined;
    this.synced = new Promise((resolve) => (markSynced = resolve));
    this.#provider = new HocuspocusProvider({ websocketProvider: this.#socket, name: room, document: this.doc, token, onSynced: () => markSynced() });
    this.#provider.attach();
  }

  /** Resolves when the server has acknowledged everything sent. */
  async sent(): Promise<void> {
    while (this.#provider.hasUnsyncedChanges) await new Promise((resolve) => setTimeout(resolve, 20));
  }

  destroy(): void {
    this.#provider.destroy();
    this.#socket.destroy();
  }
}

/**
 * Puts a small plan in a room, written in the shared layout (`@changemap/collab`'s PLAN_MAPS): a
 * vision and an outcome on the whole-plan view.
 */
export async function seedRoom(url: string, room: string): Promise<void> {
  const client = new NodeClient(url, room, 'edit-token');
  await client.synced;
  const { doc } = client;
  doc.transact(() => {
    const info = doc.getMap('info');
    info.set('id', 'shared-plan');
    info.set('title', 'Our shared plan');
    const nodes = doc.getMap('nodes');
    nodes.set('vision', new Y.Map<unknown>(Object.entries({ id: 'vision', kind: 'vision', title: 'A borough where everyone can thrive' })));
    nodes.set('aim', new Y.Map<unknown>(Object.entries({ id: 'aim', kind: 'aim', title: 'Everyone has a warm home' })));
    const positions = new Y.Map<unknown>(
      Object.entries({
        vision: { x: 0, y: 0 },
        aim: { x: 0, y: 220 },
      }),
    );
    const view = new Y.Map<unknown>();
    view.set('positions', positions);
    doc.getMap('views').set('plan', view);
  });
  await client.sent();
  client.destroy();
}
