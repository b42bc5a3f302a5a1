import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests of the built editor (`vite build` first; `pnpm test:e2e` does both) in Debian's
 * Chromium: a test tool's own browser download is not possible here, so Playwright is pointed at
 * the system browser (`CHROMIUM_PATH`, else the usual places).
 */
const chromiumPath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(
  (path): path is string => !!path && existsSync(path),
);
if (!chromiumPath) {
  throw new Error('The browser tests need Chromium: install it (Debian: apt-get install chromium) or set CHROMIUM_PATH. `bash .ci/run` installs it for you.');
}

// The static server picks a free port and prints it; Playwright stores the named group in
// process.env before the workers start, so each worker's copy of this file sees it.
const port = process.env.CHANGEMAP_E2E_PORT;

export default defineConfig({
  testDir: 'e2e',
  testMatch: '*.spec.ts',
  outputDir: 'test-results',
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  // Two cores are shared with the rest of the test run: two browsers at a time at most.
  workers: process.env.CI ? 1 : 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // Traces and screenshots of failures stay in test-results/ (`npx playwright show-trace <zip>`).
  reporter: 'list',
  use: {
    ...(port && { baseURL: `http://127.0.0.1:${port}/` }),
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: chromiumPath,
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
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    command: 'node e2e/serve.mjs dist-app',
    wait: { stdout: /at http:\/\/127\.0\.0\.1:(?<changemap_e2e_port>\d+)\// },
    stdout: 'pipe',
    timeout: 30_000,
  },
});
