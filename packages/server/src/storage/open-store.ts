import { openPostgresStore } from './postgres-store.js';
import { openSqliteStore } from './sqlite-store.js';
import type { DocumentStore } from './store.js';

/** Where to store rooms: a PostgreSQL URL when given, else SQLite in the data directory. */
export interface StorageOptions {
  /** Directory of the SQLite database (created if missing). */
  dataDirectory: string;
  /** `postgres://…`: store in PostgreSQL instead of SQLite. */
  databaseUrl?: string | undefined;
  /** PostgreSQL table prefix (tests use one per run). */
  tablePrefix?: string | undefined;
}

export async function openStore(options: StorageOptions): Promise<DocumentStore> {
  if (options.databaseUrl === undefined) return openSqliteStore(options.dataDirectory);
  if (!/^postgres(ql)?:\/\//.test(options.databaseUrl)) {
    throw new Error(`--database-url must start with postgres:// (got “${options.databaseUrl.slice(0, 40)}”).`);
  }
  return openPostgresStore({ url: options.databaseUrl, ...(options.tablePrefix !== undefined && { tablePrefix: options.tablePrefix }) });
}
