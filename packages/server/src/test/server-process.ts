import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const MAIN = fileURLToPath(new URL('../main.ts', import.meta.url));

/** The server command running as its own process, as `pnpm run server` starts it. */
export interface ServerProcess {
  url: string;
  child: ChildProcessWithoutNullStreams;
  output(): string;
  /** Resolves with the exit code (or the signal's name). */
  exited: Promise<number | string>;
}

/** Starts `main.ts` with these arguments (plus `--port 0` unless given) and waits until it listens. */
export async function startServerProcess(args: string[]): Promise<ServerProcess> {
  // `node --import tsx` (not the tsx command, which runs a second process) so that a signal
  // reaches the server itself.
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--conditions=@changemap/source', MAIN, ...(args.includes('--port') ? [] : ['--port', '0']), ...args],
    {
      cwd: REPO_ROOT,
      env: { ...process.env, NODE_ENV: 'production' },
    },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | string>((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The server did not start in 30 s:\n${output}`)), 30_000);
    const look = () => {
      const match = /at (ws:\/\/[\d.]+:\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout.on('data', look);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`The server exited (${code}) before listening:\n${output}`));
    });
  });
  return { url, child, output: () => output, exited };
}
