import { spawnSync } from 'node:child_process';

/**
 * Runs a command, echoing it, and returns its standard output. Throws with the command's own
 * output when it fails, so CI shows why.
 */
export function run(command, args, { cwd, env, allowFailure = false, quiet = false } = {}) {
  if (!quiet) console.log(`  $ ${[command, ...args].map(shorten).join(' ')}${cwd ? `   (in ${cwd})` : ''}`);
  const result = spawnSync(command, args, { cwd, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw result.error;
  if (result.status !== 0 && !allowFailure) {
    throw new Error(`${command} ${args.join(' ')} exited with ${result.status}\n${result.stdout}\n${result.stderr}`);
  }
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** An argument as echoed: inline scripts on one line, cut short. */
function shorten(arg) {
  const line = arg.replace(/\s+/g, ' ').trim();
  return line.length > 80 ? `${line.slice(0, 77)}…` : line;
}
