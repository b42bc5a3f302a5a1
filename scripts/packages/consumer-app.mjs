import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from './run.mjs';

/**
 * Installs the packed tarballs into a copy of examples/consumer-app outside the workspace, with
 * everything else from the registry, as a developer's fresh app would; then checks the install,
 * type-checks and builds the app, and uses core and schemas from plain Node (import and require).
 * Returns the app's directory.
 */
export function installConsumerApp(root, tarballs, workDir) {
  const app = join(workDir, 'consumer-app');
  cpSync(join(root, 'examples', 'consumer-app'), app, { recursive: true, filter: (source) => !/[/\\](node_modules|dist)$/.test(source) });

  const manifestPath = join(app, 'package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  for (const { name, file } of tarballs) {
    if (!(name in manifest.dependencies)) throw new Error(`examples/consumer-app/package.json does not depend on ${name}`);
    manifest.dependencies[name] = `file:${file}`;
  }
  // schemas and editor depend on @changemap/core by version; point them at the same tarball.
  manifest.overrides = Object.fromEntries(tarballs.map(({ name }) => [name, `$${name}`]));
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);

  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], { cwd: app });
  checkInstall(app, tarballs);

  run(process.execPath, [join(app, 'node_modules', 'typescript', 'bin', 'tsc'), '--noEmit', '-p', 'tsconfig.json'], { cwd: app });
  run(process.execPath, [join(app, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'], { cwd: app });
  if (!existsSync(join(app, 'dist', 'index.html'))) throw new Error('vite build wrote no dist/index.html');
  checkNode(app, tarballs);
  return app;
}

/** One copy of React, every peer satisfied, and the @changemap packages from the tarballs. */
function checkInstall(app, tarballs) {
  run('npm', ['ls', '--all'], { cwd: app, quiet: true }); // exits non-zero on a missing or unmet peer
  const lock = JSON.parse(readFileSync(join(app, 'package-lock.json'), 'utf8'));
  for (const pkg of ['react', 'react-dom', '@xyflow/react', ...tarballs.map(({ name }) => name)]) {
    const copies = Object.keys(lock.packages).filter((path) => path === `node_modules/${pkg}` || path.endsWith(`/node_modules/${pkg}`));
    if (copies.length !== 1) throw new Error(`${pkg} is installed ${copies.length} times: ${copies.join(', ')}`);
  }
  for (const { name, file } of tarballs) {
    const resolved = lock.packages[`node_modules/${name}`]?.resolved ?? '';
    if (!resolved.endsWith(file.split(/[/\\]/).pop())) throw new Error(`${name} came from ${resolved || 'nowhere'}, not from its tarball`);
  }
}

/** Core and schemas from Node: ESM import, require() of the ESM packages (Node ≥ 20.19), and the CLI (validate, and an HTML page). */
function checkNode(app, tarballs) {
  const roundTrip = `
    const plan = core.applyCommand(core.createPlan({ id: 'p', title: 'A plan' }), core.commands.addNode({ id: 'v', kind: 'vision', title: 'A vision' }));
    const reopened = schemas.importModel(schemas.exportJson(plan));
    if (!reopened.ok || reopened.model.nodes.get('v')?.title !== 'A vision') throw new Error('round trip failed');
    console.log(schemas.exportJson(plan));`;
  run(process.execPath, ['--input-type=module', '-e', `import * as core from '@changemap/core'; import * as schemas from '@changemap/schemas'; ${roundTrip}`], {
    cwd: app,
  });
  const required = run(process.execPath, ['-e', `const core = require('@changemap/core'); const schemas = require('@changemap/schemas'); ${roundTrip}`], {
    cwd: app,
  });
  const planFile = join(app, 'tiny.changemap.json');
  writeFileSync(planFile, required.stdout);

  const cli = join(app, 'node_modules', '.bin', process.platform === 'win32' ? 'changemap.cmd' : 'changemap');
  const version = run(cli, ['--version'], { cwd: app }).stdout.trim();
  const expected = tarballs.find(({ short }) => short === 'cli').version;
  if (version !== expected) throw new Error(`changemap --version printed "${version}", expected "${expected}"`);
  const validated = run(cli, ['validate', planFile, '--format', 'json'], { cwd: app, allowFailure: true });
  if (validated.code !== 0 || JSON.parse(validated.stdout).valid !== true)
    throw new Error(`changemap validate failed:\n${validated.stdout}${validated.stderr}`);
  // The published page, written by the installed command without the editor's sources.
  const pageFile = join(app, 'tiny.html');
  run(cli, ['export', planFile, '--to', 'html', '-o', pageFile], { cwd: app });
  const page = readFileSync(pageFile, 'utf8');
  if (!page.includes('id="changemap-plan"') || !page.includes('.changemap-viewer'))
    throw new Error('changemap export --to html wrote a page without the plan or the viewer');
}
