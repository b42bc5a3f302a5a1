import { defineConfig } from 'vite';

const conditions = ['@changemap/source'];

// The board-paper pictures for the command line (`pnpm build:board`): one self-contained ES module
// in dist-board/ (the picture code, the import pipeline and ELK), which `changemap export --to svg`
// loads in Node. No React, no DOM: only src/export/board-node.ts and what it imports.
export default defineConfig({
  resolve: { conditions: [...conditions, 'module', 'node', 'production'] },
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: 'dist-board',
    emptyOutDir: true,
    target: 'node20',
    minify: true,
    lib: { entry: 'src/export/board-node.ts', formats: ['es'], fileName: () => 'board-pictures.js' },
    rolldownOptions: { external: [/^node:/] },
  },
});
