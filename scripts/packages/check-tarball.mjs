import { readFileSync, statSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { join } from 'node:path';
import { run } from './run.mjs';

/** What each package may ship besides package.json, README.md and LICENSE. */
const SHIPPED = {
  core: [/^dist\//],
  schemas: [/^dist\//, /^schema\/[^/]+\.schema\.json$/],
  collab: [/^dist\//],
  editor: [/^dist\//],
  cli: [/^dist\//, /^bin\/changemap\.js$/],
};
/** A tarball larger than this has picked up something it should not ship (the app, ELK, tests). */
// The CLI carries the published page's code (React, React Flow, the viewer and ELK, minified,
// about 690 kB packed) and the board-picture module for `export --to svg|png` (the picture code,
// the import pipeline with its validators, and ELK again, about 560 kB packed). The editor's own
// code is about 157 kB packed (its picture, presenter, board pictures and co-editing); ELK or the
// app would add well over a megabyte, so 200 kB still catches them.
const MAX_PACKED_BYTES = { core: 150_000, schemas: 150_000, collab: 60_000, editor: 200_000, cli: 1_400_000 };

/**
 * Checks one packed package the way a consumer meets it. Returns a list of problems (empty when
 * it is fine); publint and arethetypeswrong run on the same tarball.
 */
export function checkTarball(pkg, root) {
  const problems = [];
  const { files, manifest, short } = pkg;

  for (const required of ['package.json', 'README.md', 'LICENSE']) {
    if (!files.includes(required)) problems.push(`ships no ${required}`);
  }
  if (files.includes('LICENSE') && pkg.read('LICENSE') !== readFileSync(join(root, 'LICENSE'), 'utf8')) problems.push('LICENSE differs from the repository’s');
  const stray = files.filter((path) => !['package.json', 'README.md', 'LICENSE'].includes(path) && !SHIPPED[short].some((allowed) => allowed.test(path)));
  if (stray.length > 0) problems.push(`ships files outside dist/: ${stray.slice(0, 10).join(', ')}${stray.length > 10 ? ' …' : ''}`);
  const tests = files.filter((path) => /\.(test|spec|stories)\.|(^|\/)(test|e2e|bench|stories)\//.test(path));
  if (tests.length > 0) problems.push(`ships tests, stories or benchmarks: ${tests.slice(0, 5).join(', ')}`);

  const { exports, main, module, types, imports, publishConfig, dependencies, peerDependencies, optionalDependencies } = manifest;
  if (JSON.stringify({ exports, main, module, types, imports, publishConfig }).includes('@changemap/source')) {
    problems.push('package.json still has the workspace-only "@changemap/source" condition');
  }
  if (JSON.stringify({ dependencies, peerDependencies, optionalDependencies }).includes('workspace:'))
    problems.push('package.json still has a "workspace:" version range');
  // publishConfig.exports repeats the exports map without the source condition: keep them in step.
  const workspace = JSON.parse(readFileSync(join(root, 'packages', short, 'package.json'), 'utf8'));
  if (JSON.stringify(withoutSourceCondition(workspace.exports)) !== JSON.stringify(exports)) {
    problems.push(
      `the published exports differ from the workspace's exports without "@changemap/source": update publishConfig.exports in packages/${short}/package.json`,
    );
  }
  if (manifest.license !== 'MIT') problems.push(`license is ${manifest.license}, not MIT`);

  const size = statSync(pkg.file).size;
  if (size > MAX_PACKED_BYTES[short]) problems.push(`tarball is ${size} bytes, over the ${MAX_PACKED_BYTES[short]} expected`);
  problems.push(...undeclaredImports(pkg, root));

  const publint = run('pnpm', ['exec', 'publint', 'run', pkg.file, '--strict'], { cwd: root, allowFailure: true });
  if (publint.code !== 0 || !publint.stdout.includes('All good!')) problems.push(`publint --strict:\n${publint.stdout}${publint.stderr}`);
  // The editor's CSS entry has no types, by design: arethetypeswrong checks its main entry.
  const entrypoints = short === 'editor' ? ['--entrypoints', '.'] : [];
  // The CLI is a command with no module to import, so there are no types to check.
  const attw =
    short === 'cli'
      ? { code: 0 }
      : run('pnpm', ['exec', 'attw', pkg.file, '--profile', 'esm-only', '--format', 'ascii', ...entrypoints], { cwd: root, allowFailure: true });
  if (attw.code !== 0) problems.push(`arethetypeswrong --profile esm-only:\n${attw.stdout}${attw.stderr}`);

  if (short === 'editor') problems.push(...checkEditorBuild(pkg));
  if (short === 'cli') problems.push(...checkCliBuild(pkg));
  return { size, problems };
}

/** An exports map as published: the source condition removed, `{ default: x }` written as `x`. */
function withoutSourceCondition(map) {
  if (typeof map !== 'object' || map === null) return map;
  const entries = Object.entries(map)
    .filter(([key]) => key !== '@changemap/source')
    .map(([key, value]) => [key, withoutSourceCondition(value)]);
  return entries.length === 1 && entries[0][0] === 'default' ? entries[0][1] : Object.fromEntries(entries);
}

/** Every package a shipped module imports must be one the consumer installs with it. */
function undeclaredImports({ files, manifest, read }, root) {
  // TypeScript's own scanner finds imports (static, dynamic, type) without tripping on comments or strings.
  const ts = createRequire(join(root, 'package.json'))('typescript');
  const declared = new Set([manifest.name, ...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.peerDependencies ?? {})]);
  const builtins = new Set(builtinModules);
  const problems = new Set();
  // The CLI's viewer page is one browser script with everything bundled: it imports nothing.
  for (const path of files.filter((f) => /\.(m?js|d\.ts)$/.test(f) && !f.startsWith('dist/viewer-page/'))) {
    const { importedFiles } = ts.preProcessFile(read(path), true, true);
    for (const specifier of importedFiles.map((file) => file.fileName).filter((name) => !name.startsWith('.'))) {
      const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];
      if (name.startsWith('node:') || builtins.has(name) || declared.has(name)) continue;
      problems.add(`${path} imports "${specifier}", which is neither a dependency nor a peer dependency`);
    }
  }
  return [...problems];
}

/** The editor's library build: one entry, its stylesheet, and a layout worker any bundler can follow. */
function checkEditorBuild({ files, read }) {
  const problems = [];
  for (const file of ['dist/index.js', 'dist/index.d.ts', 'dist/styles.css', 'dist/elk-worker.js']) {
    if (!files.includes(file)) problems.push(`ships no ${file}`);
  }
  if (problems.length > 0) return problems;
  if (!/new Worker\(new URL\(["']\.\/elk-worker\.js["'], import\.meta\.url\), \{ type: "module" \}\)/.test(read('dist/index.js'))) {
    problems.push('dist/index.js no longer creates its layout worker with new Worker(new URL("./elk-worker.js", import.meta.url), { type: "module" })');
  }
  const css = read('dist/styles.css');
  if (!css.includes('.react-flow') || !css.includes('.changemap-editor')) problems.push('dist/styles.css lacks React Flow’s or the editor’s styles');
  return problems;
}

/** The CLI: its command, the published page's code it inlines into `export --to html`, and the board-picture module of `export --to svg|png`. */
function checkCliBuild({ files, read, manifest }) {
  const problems = [];
  for (const file of [
    'bin/changemap.js',
    'dist/main.js',
    'dist/viewer-page/viewer-page.js',
    'dist/viewer-page/viewer-page.css',
    'dist/board-pictures/board-pictures.js',
  ]) {
    if (!files.includes(file)) problems.push(`ships no ${file}`);
  }
  if (manifest.bin?.changemap !== './bin/changemap.js') problems.push('package.json does not declare the changemap command');
  if (problems.length > 0) return problems;
  if (/^\s*import[\s{]/m.test(read('dist/viewer-page/viewer-page.js')))
    problems.push('dist/viewer-page/viewer-page.js is a module; a page opened from a file needs a classic script');
  return problems;
}
