import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * Opens the consumer app's build in headless Chromium and checks what a developer would: the
 * editor draws the plan, the layout worker loads from the host's bundle and lays the view out,
 * the stylesheet applies, and nothing fails in the page. Saves a screenshot.
 */
export async function checkInBrowser(root, appDist, screenshot) {
  // playwright-core and the static server are the editor's end-to-end tools.
  const { chromium } = createRequire(join(root, 'packages', 'editor', 'package.json'))('playwright-core');
  const { serve } = await import(join(root, 'packages', 'editor', 'e2e', 'serve.mjs'));
  const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => p && existsSync(p));
  if (!executablePath) throw new Error('The consumer app check needs Chromium: install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.');

  const { server, url } = await serve(appDist);
  const browser = await chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const failures = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    page.on('pageerror', (error) => failures.push(`page error: ${error.message}`));
    page.on('console', (message) => message.type() === 'error' && failures.push(`console error: ${message.text()}`));
    page.on('response', (response) => response.status() >= 400 && failures.push(`HTTP ${response.status()} for ${response.url()}`));
    const workers = [];
    page.on('worker', (worker) => workers.push(worker.url()));

    await page.goto(url);
    await page.waitForSelector('.changemap-editor .react-flow__node', { timeout: 20_000 });
    // The plan has no positions, so the view is laid out by ELK in the worker as it opens.
    await page.waitForSelector('.canvas:not([data-layout-busy])', { timeout: 20_000 });
    if (!workers.some((worker) => /elk-worker/.test(worker))) failures.push(`the layout worker never started (workers: ${workers.join(', ') || 'none'})`);

    const boxes = await page.locator('.react-flow__node').evaluateAll((nodes) => nodes.map((node) => node.getBoundingClientRect().toJSON()));
    const overlapping = boxes.some((a, i) => boxes.some((b, j) => j > i && a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom));
    if (boxes.length < 4) failures.push(`only ${boxes.length} boxes are drawn`);
    if (overlapping) failures.push('boxes overlap: the view was not laid out');
    // The stylesheet applies: the editor fills the host's area as a column of toolbar and body.
    const display = await page.locator('.changemap-editor').evaluate((element) => window.getComputedStyle(element).flexDirection);
    if (display !== 'column') failures.push('@changemap/editor/styles.css did not apply');
    const summary = await page.getByTestId('host-summary').textContent();
    if (!/^\d+ boxes · 0 errors/.test(summary ?? '')) failures.push(`the host's summary reads "${summary}"`);

    mkdirSync(join(screenshot, '..'), { recursive: true });
    await page.screenshot({ path: screenshot });
  } finally {
    await browser.close();
    server.close();
  }
  if (failures.length > 0) throw new Error(`The consumer app does not work in Chromium:\n  ${failures.join('\n  ')}`);
}
