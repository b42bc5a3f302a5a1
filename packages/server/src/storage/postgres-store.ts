import pg from 'pg';
import { mergeUpdates } from 'yjs';
import { mergeWithStored, packState, unpackState, type DocumentStore } from './store.js';

/** Options for PostgreSQL storage. */
export interface PostgresStoreOptions {
  /** A `postgres://` connection string. */
  url: string;
  /** Prefix of the two tables (`<prefix>documents`, `<prefix>updates`); letters, digits and `_`. Default `changemap_`. */
  tablePrefix?: string;
}

const TABLE_PREFIX = /^[a-z_][a-z0-9_]{0,40}$/;
/** At most this many updates in one INSERT. */
const MAX_BATCH = 500;

interface PendingAppend {
  update: Uint8Array;
  resolve(position: number): void;
  reject(error: Error): void;
}

/**
 * PostgreSQL storage for a real deployment: the same log-then-compact design as SQLite. Writes are
 * asynchronous, so appends to one document are written in order (compaction deletes "everything
 * up to position n" and must never drop an update it has not folded in).
 */
export async function openPostgresStore(options: PostgresStoreOptions): Promise<DocumentStore> {
  const prefix = options.tablePrefix ?? 'changemap_';
  if (!TABLE_PREFIX.test(prefix)) throw new Error(`The table prefix “${prefix}” may hold only lower-case letters, digits and _.`);
  const documents = `${prefix}documents`;
  const updates = `${prefix}updates`;
  const pool = new pg.Pool({ connectionString: options.url, max: 4 });
  // A dropped idle connection must not crash the server: the pool replaces it on the next query.
  pool.on('error', (error) => console.error(`PostgreSQL connection lost: ${error.message}`));
  await pool.query(`
    CREATE TABLE IF NOT EXISTS ${documents} (name TEXT PRIMARY KEY, state BYTEA NOT NULL, stored_at TIMESTAMPTZ NOT NULL DEFAULT now());
    CREATE TABLE IF NOT EXISTS ${updates} (id BIGSERIAL PRIMARY KEY, name TEXT NOT NULL, data BYTEA NOT NULL);
    CREATE INDEX IF NOT EXISTS ${updates}_by_name ON ${updates} (name, id);
  `);
  // Per document, the updates waiting to be written. One INSERT at a time per document keeps the
  // log in arrival order; every update that arrived meanwhile goes into the next INSERT together,
  // so a burst waits one round trip to the database, not one per update.
  const queues = new Map<string, PendingAppend[]>();
  const draining = new Set<Promise<void>>();
  const drain = async (name: string, queue: PendingAppend[]): Promise<void> => {
    // Started from `append`, which pushes right after: the first batch is never empty.
    await Promise.resolve();
    while (queue.length > 0) {
      const batch = queue.splice(0, MAX_BATCH);
      try {
        const rows = batch.map((_, index) => `($1, $${index + 2})`).join(', ');
        const result = await pool.query<{ id: string }>(`INSERT INTO ${updates} (name, data) VALUES ${rows} RETURNING id`, [
          name,
          ...batch.map((pending) => Buffer.from(pending.update)),
        ]);
        // Each update gets its own row's position (a compaction may fall between two updates of one
        // batch). PostgreSQL numbers the rows of one INSERT … VALUES in the order they are listed.
        const positions = result.rows.map((row) => Number(row.id)).sort((a, b) => a - b);
        batch.forEach((pending, index) => pending.resolve(positions[index]!));
      } catch (error) {
        for (const pending of batch) pending.reject(error as Error);
      }
    }
    queues.delete(name);
  };

  return {
    description: `PostgreSQL ${redactPassword(options.url)} (tables ${documents}, ${updates})`,
    async load(name) {
      const stored = await pool.query<{ state: Buffer }>(`SELECT state FROM ${documents} WHERE name = $1`, [name]);
      const logged = await pool.query<{ data: Buffer }>(`SELECT data FROM ${updates} WHERE name = $1 ORDER BY id`, [name]);
      const parts = [...stored.rows.map((row) => unpackState(row.state)), ...logged.rows.map((row) => new Uint8Array(row.data))];
      if (parts.length <= 1) return parts[0] ?? null;
      return mergeUpdates(parts);
    },
    append(name, update) {
      return new Promise<number>((resolve, reject) => {
        let queue = queues.get(name);
        if (queue === undefined) {
          queue = [];
          queues.set(name, queue);
          const running: Promise<void> = drain(name, queue).finally(() => draining.delete(running));
          draining.add(running);
        }
        queue.push({ update, resolve, reject });
      });
    },
    async compact(name, state, upTo) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const stored = await client.query<{ state: Buffer }>(`SELECT state FROM ${documents} WHERE name = $1 FOR UPDATE`, [name]);
        const previous = stored.rows[0]?.state;
        const merged = packState(mergeWithStored(previous && unpackState(previous), state));
        await client.query(
          `INSERT INTO ${documents} (name, state, stored_at) VALUES ($1, $2, now()) ON CONFLICT (name) DO UPDATE SET state = excluded.state, stored_at = excluded.stored_at`,
          [name, merged],
        );
        await client.query(`DELETE FROM ${updates} WHERE name = $1 AND id <= $2`, [name, upTo]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    async listDocuments() {
      const result = await pool.query<{ name: string }>(`SELECT name FROM ${documents} UNION SELECT DISTINCT name FROM ${updates} ORDER BY name`);
      return result.rows.map((row) => row.name);
    },
    async storedBytes(name) {
      const result = await pool.query<{ bytes: string }>(
        `SELECT (SELECT COALESCE(SUM(octet_length(state)), 0) FROM ${documents} WHERE name = $1) + (SELECT COALESCE(SUM(octet_length(data)), 0) FROM ${updates} WHERE name = $1) AS bytes`,
        [name],
      );
      return Number(result.rows[0]?.bytes ?? 0);
    },
    async loggedUpdates(name) {
      const result = await pool.query<{ count: string }>(`SELECT COUNT(*) AS count FROM ${updates} WHERE name = $1`, [name]);
      return Number(result.rows[0]?.count ?? 0);
    },
    async close() {
      while (draining.size > 0) await Promise.allSettled([...draining]);
      await pool.end();
    },
  };
}

/** The connection string without its password, for messages. */
export function redactPassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres://…';
  }
}
