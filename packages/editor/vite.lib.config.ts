import { readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
};
/** What the host installs (dependencies and peers) stays an import; everything else is bundled. */
const installed = Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies });
const isInstalled = (id: string) => installed.some((name) => id === name || id.startsWith(`${name}/`));

/**
 * Keeps `new Worker(new URL('./elk-worker.js', import.meta.url), { type: 'module' })` as written, and
 * ships the worker module beside `index.js`. Vite would otherwise bundle the worker here and point
 * the URL at its own asset folder with a `@vite-ignore` comment, which the host's bundler could
 * neither follow nor serve. Left as written, the host's bundler (Vite, webpack 5, Rollup, Parcel)
 * bundles the worker with ELK itself.
 */
function keepLayoutWorker(): Plugin {
  const rewriters = ['vite:worker-import-meta-url', 'vite:asset-import-meta-url'];
  return {
    name: 'changemap:keep-layout-worker',
    apply: 'build',
    configResolved(config) {
      const plugins = config.plugins as Plugin[];
      for (const name of rewriters) {
        const index = plugins.findIndex((plugin) => plugin.name === name);
        if (index < 0) throw new Error(`The library build expects Vite's ${name} plugin; check how this Vite version handles worker URLs.`);
        plugins.splice(index, 1);
      }
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'elk-worker.js', source: readFileSync(new URL('./src/layout/elk-worker.js', import.meta.url), 'utf8') });
    },
  };
}

// The library (`pnpm build:lib`): dist/index.js, dist/styles.css and dist/elk-worker.js, with type
// declarations from tsc (tsconfig.build.json). The app is built by vite.config.ts into dist-app/.
export default defineConfig({
  plugins: [react(), keepLayoutWorker()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The host's bundler minifies; readable code is easier to debug from node_modules.
    minify: false,
    // The stylesheet is an entry of its own (styles.css), which library mode allows only with this.
    cssCodeSplit: true,
    lib: { entry: { index: 'src/index.ts', styles: 'src/styles/package.css' }, formats: ['es'] },
    rolldownOptions: { external: isInstalled },
  },
});
