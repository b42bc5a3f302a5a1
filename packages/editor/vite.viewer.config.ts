import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * The page starts ELK's worker from a Blob URL (src/viewer/page/layout-worker.ts), so the editor's
 * `new Worker(new URL('./elk-worker.js', import.meta.url))` is never reached here: left as written
 * instead of Vite bundling a second copy of ELK into a file the page could not load anyway.
 */
function skipWorkerFile(): Plugin {
  return {
    name: 'changemap:skip-worker-file',
    apply: 'build',
    configResolved(config) {
      const plugins = config.plugins as Plugin[];
      const index = plugins.findIndex((plugin) => plugin.name === 'vite:worker-import-meta-url');
      if (index < 0) throw new Error("The viewer build expects Vite's vite:worker-import-meta-url plugin.");
      plugins.splice(index, 1);
    },
  };
}

const conditions = ['@changemap/source'];

// The published page's code (`pnpm build:viewer`): one script and one stylesheet in dist-viewer/,
// which `changemap export --to html` inlines into a single page with the plan. An IIFE, not a
// module: a page opened from a file may run inline classic scripts only.
export default defineConfig({
  plugins: [react(), skipWorkerFile()],
  resolve: { conditions: [...conditions, 'module', 'browser', 'production'] },
  define: { 'process.env.NODE_ENV': JSON.stringify('production'), 'import.meta.url': JSON.stringify('') },
  build: {
    outDir: 'dist-viewer',
    emptyOutDir: true,
    cssCodeSplit: false,
    assetsInlineLimit: Number.MAX_SAFE_INTEGER,
    lib: { entry: 'src/viewer/page/main.tsx', formats: ['iife'], name: 'ChangemapPage', fileName: () => 'viewer-page.js', cssFileName: 'viewer-page' },
  },
});
