import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A PostgreSQL server for tests: the one named by CHANGEMAP_TEST_DATABASE_URL, or Debian's PostgreSQL started in a temporary directory. */
export interface TestDatabase {
  url: string;
  stop(): void;
}

const HOW_TO =
  'The PostgreSQL tests need a real server: set CHANGEMAP_TEST_DATABASE_URL=postgres://user@127.0.0.1:5432/database, ' +
  'or install Debian’s postgresql package so the tests can start one (looked in /usr/lib/postgresql/*/bin).';

function debianBinaries(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
  return versions.map((version) => join(root, version, 'bin')).find((bin) => existsSync(join(bin, 'initdb')));
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export async function startTestDatabase(): Promise<TestDatabase> {
  const fromEnvironment = process.env['CHANGEMAP_TEST_DATABASE_URL'];
  if (fromEnvironment) return { url: fromEnvironment, stop: () => undefined };
  const bin = debianBinaries();
  if (bin === undefined) throw new Error(HOW_TO);
  const directory = mkdtempSync(join(tmpdir(), 'changemap-pg-'));
  // PostgreSQL refuses to run as root: as root, run it as the package's `postgres` user.
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    chmodSync(directory, 0o777);
    execFileSync('chown', ['postgres', directory]);
  }
  const run = (command: string, args: string[]) =>
    asRoot
      ? execFileSync('runuser', ['-u', 'postgres', '--', join(bin, command), ...args], { stdio: 'pipe' })
      : execFileSync(join(bin, command), args, { stdio: 'pipe' });
  const data = join(directory, 'data');
  const port = await freePort();
  try {
    run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync']);
    run('pg_ctl', ['-D', data, '-w', '-l', join(directory, 'log'), '-o', `-p ${port} -k ${directory} -c listen_addresses=127.0.0.1 -c fsync=off`, 'start']);
  } catch (error) {
    rmSync(directory, { recursive: true, force: true });
    throw new Error(`Could not start PostgreSQL from ${bin}: ${(error as Error).message}\n${HOW_TO}`);
  }
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop() {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']);
      } finally {
        rmSync(directory, { recursive: true, force: true });
      }
    },
  };
}
