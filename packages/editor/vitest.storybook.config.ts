import { existsSync } from 'node:fs';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

// Stories run as tests in real headless Chromium: Debian's, or CHROMIUM_PATH.
const executablePath = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p));
const conditions = ['@changemap/source'];

export default defineConfig({
  plugins: [react(), storybookTest({ configDir: '.storybook' })],
  resolve: { conditions: [...conditions, 'module', 'browser', 'development|production'] },
  // Bundled before the first story runs: found half-way (the layout worker is imported lazily), Vite
  // re-optimises and reloads the page, and a suite loading at that moment fails (seen on a fresh clone).
  optimizeDeps: { include: ['elkjs/lib/elk-api.js', 'elkjs/lib/elk-worker.min.js', 'yjs'] },
  test: {
    name: 'storybook',
    setupFiles: ['.storybook/vitest.setup.ts'],
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({
        launchOptions: {
          executablePath,
          args: [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      }),
      instances: [{ browser: 'chromium' }],
    },
  },
});
