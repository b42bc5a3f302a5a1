import { Server, type Extension } from '@hocuspocus/server';
import { Access } from './access.js';
import { HttpExport } from './http-export.js';
import { Persistence } from './persistence.js';
import { openStore } from './storage/open-store.js';
import type { DocumentStore } from './storage/store.js';
import type { TokenTable } from './tokens.js';

/** Options of `startServer`. */
export interface ServerOptions {
  /** Port to listen on; 0 picks a free one (tests). Default 1234. */
  port?: number;
  /** Address to listen on. Default 127.0.0.1 (this machine only). */
  host?: string;
  /** Directory of the SQLite database. Default `./.changemap-server`. */
  dataDirectory?: string;
  /** `postgres://…`: store in PostgreSQL instead of SQLite. */
  databaseUrl?: string | undefined;
  /** PostgreSQL table prefix. Default `changemap_`. */
  tablePrefix?: string | undefined;
  /** Token → rooms and role. Without it the server is open: everyone is an editor. */
  tokens?: TokenTable;
  /** Storage to use instead of opening one from the options above (tests, embedding). */
  store?: DocumentStore;
  /** Milliseconds of quiet before a document's log is compacted (Hocuspocus' store debounce). Default 2000. */
  debounceMs?: number;
  /** More Hocuspocus extensions, after the server's own (e.g. `@hocuspocus/extension-redis` to run several servers for the same rooms). */
  extensions?: Extension[];
  /** Compact at least this often while edits keep coming. Default 30000: the log already keeps every edit, and each compaction pauses the server for a moment. */
  maxDebounceMs?: number;
}

/** A running server. */
export interface RunningServer {
  /** The WebSocket URL clients connect to, e.g. ws://127.0.0.1:1234. */
  url: string;
  /** The HTTP base URL on the same port (plan export). */
  httpUrl: string;
  port: number;
  /** What storage it uses, for messages. */
  storage: string;
  /** Stores every open document, closes all connections and the storage. Safe to call twice. */
  stop(): Promise<void>;
}

/** How long `stop` waits for Hocuspocus to close connections before closing storage anyway (the log already holds every update). */
const STOP_TIMEOUT_MS = 10_000;

export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const store =
    options.store ??
    (await openStore({ dataDirectory: options.dataDirectory ?? '.changemap-server', databaseUrl: options.databaseUrl, tablePrefix: options.tablePrefix }));
  const persistence = new Persistence(store);
  const server = new Server({
    port: options.port ?? 1234,
    address: options.host ?? '127.0.0.1',
    quiet: true,
    // Signals are handled by the command, which stops this server the same way a test does.
    stopOnSignals: false,
    debounce: options.debounceMs ?? 2000,
    maxDebounce: options.maxDebounceMs ?? 30_000,
    extensions: [new Access(options.tokens), persistence, new HttpExport(store, options.tokens), ...(options.extensions ?? [])],
  });
  try {
    await server.listen();
  } catch (error) {
    if (options.store === undefined) await store.close();
    throw error;
  }
  const port = server.address.port;
  const host = options.host ?? '127.0.0.1';
  let stopping: Promise<void> | undefined;
  const stop = async () => {
    await persistence.flushAll(server.hocuspocus.documents).catch((error: Error) => console.error(`Storing before stop failed: ${error.message}`));
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([server.destroy(), new Promise((resolve) => (timer = setTimeout(resolve, STOP_TIMEOUT_MS)))]);
    clearTimeout(timer);
    if (options.store === undefined) await store.close();
  };
  return {
    url: `ws://${host}:${port}`,
    httpUrl: `http://${host}:${port}`,
    port,
    storage: store.description,
    stop: () => (stopping ??= stop()),
  };
}
