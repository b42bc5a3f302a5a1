import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const conditions = ['@changemap/source'];

// The app is static files (dist-app/index.html and assets) that any static host can serve:
// no server of ours, and nothing leaves the officer's browser.
export default defineConfig({
  plugins: [react()],
  base: './',
  resolve: { conditions: [...conditions, 'module', 'browser', 'development|production'] },
  build: { outDir: 'dist-app', sourcemap: true, chunkSizeWarningLimit: 1500 },
  test: {
    name: 'editor',
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test-setup.ts', '../../scripts/fast-check-setup.ts'],
    // Component tests render the real panels; on a loaded machine 5 s is not always enough.
    testTimeout: 30_000,
  },
});
