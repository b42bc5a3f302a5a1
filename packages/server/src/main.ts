#!/usr/bin/env node
/**
 * `pnpm run server` (`changemap-server` when installed): the Changemap sync server, and `room export` / `room import` to move a plan
 * between a file and a room's storage. Run from the repository root; paths are relative to it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { Command, InvalidArgumentError } from 'commander';
import { exportRoom, importRoom, RoomTransferError } from './room-transfer.js';
import { startServer } from './start-server.js';
import { openStore } from './storage/open-store.js';
import { readTokensFile, TokensFileError, type TokenTable } from './tokens.js';

const DEFAULT_DATA = '.changemap-server';
/** Exit code for bad arguments or a bad tokens file (as a shell's usage error). */
const USAGE_ERROR = 2;

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new InvalidArgumentError('a port is a whole number from 0 to 65535.');
  return port;
}

interface StorageFlags {
  data: string;
  databaseUrl?: string;
  tablePrefix?: string;
}

function addStorageOptions(command: Command): Command {
  return command
    .option('--data <dir>', 'directory of the SQLite database (created if missing)', DEFAULT_DATA)
    .option('--database-url <url>', 'store in PostgreSQL instead: postgres://user:password@host:5432/database')
    .option('--table-prefix <prefix>', 'PostgreSQL table name prefix (to share a database)', 'changemap_');
}

async function serve(flags: StorageFlags & { port: number; host: string; tokens?: string }): Promise<void> {
  let tokens: TokenTable | undefined;
  if (flags.tokens !== undefined) {
    try {
      tokens = readTokensFile(flags.tokens);
    } catch (error) {
      if (!(error instanceof TokensFileError)) throw error;
      console.error(error.message);
      process.exit(USAGE_ERROR);
    }
  }
  const server = await startServer({
    port: flags.port,
    host: flags.host,
    dataDirectory: flags.data,
    databaseUrl: flags.databaseUrl,
    tablePrefix: flags.tablePrefix,
    tokens,
  });
  console.log(`Changemap sync server at ${server.url}`);
  console.log(`  storage: ${server.storage}`);
  console.log(`  open a room in the editor: http://localhost:5173/?server=${server.url}&room=my-plan${tokens ? '&token=<token>' : ''}`);
  console.log(`  export a room's plan: ${server.httpUrl}/rooms/<room>/plan.json${tokens ? '?token=<token>' : ''}`);
  if (tokens === undefined) {
    console.warn('WARNING: no --tokens file, so this server is OPEN: anyone who can reach it can open and change any room.');
    console.warn('         Fine on your own machine; give --tokens <file.json> before sharing it (see docs/collaboration.md).');
  } else {
    console.log(`  ${tokens.size} token(s) from ${flags.tokens}`);
  }
  let signalled = false;
  const shutDown = (signal: string) => {
    if (signalled) process.exit(1);
    signalled = true;
    console.log(`${signal}: storing every open room, then stopping…`);
    server.stop().then(
      () => process.exit(0),
      (error: Error) => {
        console.error(`Stopping failed: ${error.message}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => shutDown('SIGTERM'));
  process.on('SIGINT', () => shutDown('SIGINT'));
}

async function withStore<T>(flags: StorageFlags, work: (store: Awaited<ReturnType<typeof openStore>>) => Promise<T>): Promise<T> {
  const store = await openStore({ dataDirectory: flags.data, databaseUrl: flags.databaseUrl, tablePrefix: flags.tablePrefix });
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

const program = new Command('changemap-server')
  .description('The Changemap sync server: shared plans in rooms, stored in SQLite (default) or PostgreSQL.')
  .option('--port <port>', 'port to listen on', parsePort, 1234)
  .option('--host <address>', 'address to listen on (0.0.0.0 for every interface)', '127.0.0.1')
  .option('--tokens <file.json>', 'tokens, rooms and roles: { "<token>": { "rooms": "*" | ["room-a"], "role": "editor" | "commenter" | "viewer" } }')
  .enablePositionalOptions()
  .showHelpAfterError();
addStorageOptions(program).action(serve);

const room = program.command('room').description('move a plan between a file and a room (run while the room is not open, or on a new room)');
addStorageOptions(
  room.command('export <room>').description("write a room's plan as a Changemap file").requiredOption('-o, --output <file>', 'file to write'),
).action(async (name: string, flags: StorageFlags & { output: string }) => {
  const text = await withStore(flags, (store) => exportRoom(store, name));
  writeFileSync(flags.output, text);
  console.log(`Wrote the plan of room “${name}” to ${flags.output}.`);
});
addStorageOptions(room.command('import <file>').description('put a Changemap file into a new room').requiredOption('--room <name>', 'the new room')).action(
  async (file: string, flags: StorageFlags & { room: string }) => {
    const text = readFileSync(file, 'utf8');
    const { nodes, edges } = await withStore(flags, (store) => importRoom(store, flags.room, text));
    console.log(`Imported ${file} into room “${flags.room}”: ${nodes} boxes, ${edges} links.`);
  },
);

program.parseAsync().catch((error: Error) => {
  console.error(error instanceof RoomTransferError ? error.message : `changemap-server: ${error.message}`);
  process.exit(1);
});
