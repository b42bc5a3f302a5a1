import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Opens the consumer app in headless Chromium, from its production build and from Vite's dev
 * server (where dependencies are pre-bundled, the usual place for a worker URL to break), and
 * checks what a developer would see. Saves a screenshot of each.
 */
export async function checkConsumerInBrowser(root, app, screenshots) {
  // playwright-core and the static server are the editor's end-to-end tools.
  const { chromium } = createRequire(join(root, 'packages', 'editor', 'package.json'))('playwright-core');
  const { serve } = await import(join(root, 'packages', 'editor', 'e2e', 'serve.mjs'));
  const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(
    (p) => p && existsSync(p),
  );
  if (!executablePath) throw new Error('The consumer app check needs Chromium: install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.');

  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const failures = [];
  try {
    const { server, url } = await serve(join(app, 'dist'));
    try {
      failures.push(...(await checkPage(browser, url, join(screenshots, 'consumer-app-build.png'))).map((f) => `build: ${f}`));
    } finally {
      server.close();
    }
    const dev = await startDevServer(app);
    try {
      failures.push(...(await checkPage(browser, dev.url, join(screenshots, 'consumer-app-dev.png'))).map((f) => `dev server: ${f}`));
    } finally {
      dev.stop();
    }
  } finally {
    await browser.close();
  }
  if (failures.length > 0) throw new Error(`The consumer app does not work in Chromium:\n  ${failures.join('\n  ')}`);
}

/** The editor draws the plan, the layout worker loads and lays the view out, the styles apply, and nothing fails. */
async function checkPage(browser, url, screenshot) {
  const failures = [];
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.on('pageerror', (error) => failures.push(`page error: ${error.message}`));
  page.on('console', (message) => message.type() === 'error' && failures.push(`console error: ${message.text()}`));
  page.on('response', (response) => response.status() >= 400 && failures.push(`HTTP ${response.status()} for ${response.url()}`));
  const workers = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  try {
    await page.goto(url);
    await page.waitForSelector('.changemap-editor .react-flow__node', { timeout: 30_000 });
    // The plan has no positions, so ELK lays the view out in the worker as it opens.
    await page.waitForSelector('.canvas:not([data-layout-busy])', { timeout: 30_000 });
    if (!workers.some((worker) => /elk-worker/.test(worker))) failures.push(`the layout worker never started (workers: ${workers.join(', ') || 'none'})`);
    const boxes = await page.locator('.react-flow__node').evaluateAll((nodes) => nodes.map((node) => node.getBoundingClientRect().toJSON()));
    if (boxes.length < 4) failures.push(`only ${boxes.length} boxes are drawn`);
    if (boxes.some((a, i) => boxes.some((b, j) => j > i && a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom))) {
      failures.push('boxes overlap: the view was not laid out');
    }
    // The stylesheet applies: the editor is a column of toolbar and body filling the host's area.
    const direction = await page.locator('.changemap-editor').evaluate((element) => window.getComputedStyle(element).flexDirection);
    if (direction !== 'column') failures.push('@changemap/editor/styles.css did not apply');
    const summary = await page.getByTestId('host-summary').textContent();
    if (!/^\d+ boxes · 0 errors/.test(summary ?? '')) failures.push(`the host's summary reads "${summary}"`);
    mkdirSync(dirname(screenshot), { recursive: true });
    await page.screenshot({ path: screenshot });
  } catch (error) {
    failures.push(error instanceof Error ? error.message : String(error));
  } finally {
    await page.close();
  }
  return failures;
}

/** Starts `vite` (dev) in the app on a free port; `stop` ends that process. */
async function startDevServer(app) {
  const port = await freePort();
  const child = spawn(process.execPath, [join(app, 'node_modules', 'vite', 'bin', 'vite.js'), '--port', String(port), '--strictPort', '--host', '127.0.0.1'], {
    cwd: app,
    stdio: ['ignore', 'pipe', 'pipe'],
    // CI=true turns colours on; they split "127.0.0.1:[1m39541" so the address never matched.
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  let output = '';
  const ready = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`vite dev did not start within 60 s:\n${output}`)), 60_000);
    const onData = (chunk) => {
      output += chunk;
      // eslint-disable-next-line no-control-regex
      if (output.replace(/\u001b\[[0-9;]*m/g, '').includes(`127.0.0.1:${port}`)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`vite dev exited with ${code}:\n${output}`));
    });
  });
  try {
    await ready;
  } catch (error) {
    child.kill();
    throw error;
  }
  return { url: `http://127.0.0.1:${port}/`, stop: () => child.kill() };
}

/** A port nothing listens on now (the OS picks it). */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}
