// End-to-end tests of the built editor in real headless Chromium (Debian's, or CHROMIUM_PATH).
// Run after `vite build`: `node e2e/run.mjs`. Screenshots go to test-results/ (not committed).
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const results = join(here, '..', 'test-results');
mkdirSync(results, { recursive: true });

const chromiumPath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => p && existsSync(p));
if (!chromiumPath) {
  console.error('The browser tests need Chromium: install it (Debian: apt-get install chromium) or set CHROMIUM_PATH. `bash .ci/run` installs it for you.');
  process.exit(1);
}
const { server, url } = await serve(join(here, '..', 'dist'));
const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const context = await browser.newContext({ viewport: { width: 1600, height: 1000 }, acceptDownloads: true });
const page = await context.newPage();
const pageErrors = [];
page.on('pageerror', (error) => pageErrors.push(error.message));
page.on('dialog', (dialog) => void dialog.accept());

const tests = [];
const test = (name, fn) => tests.push({ name, fn });

const node = (id) => page.locator(`.react-flow__node[data-id="${id}"]`);
const problems = () => page.locator('.problems .problem-message').allTextContents();
const NEW_OUTCOME_WARNING = 'The outcome “New outcome” has no indicator, so progress on it cannot be shown.';

async function fitView() {
  await page.locator('.react-flow__controls-fitview').click();
  await page.waitForTimeout(200);
}

async function connect(sourceId, targetId) {
  await fitView();
  const from = await node(sourceId).locator('.react-flow__handle-right').boundingBox();
  const to = await node(targetId).locator('.react-flow__handle-left').boundingBox();
  assert.ok(from && to, `handles of ${sourceId} and ${targetId} are on screen`);
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 12 });
  await page.mouse.up();
  await page.waitForTimeout(150);
}

async function addBox(kind) {
  await page.selectOption('#add-kind', kind);
  await page.click('[data-action="add-node"]');
  await page.waitForTimeout(150);
}

async function openCallToAction(number) {
  await page.locator('.view-button.cta', { hasText: new RegExp(`^${number}\\.`) }).click();
  await page.waitForTimeout(300);
}

async function saveFile() {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="save"]')]);
  return readFileSync(await download.path(), 'utf8');
}

test('the flagship opens with five calls to action', async () => {
  await page.goto(`${url}?example`);
  await page.waitForSelector('.react-flow__node');
  assert.equal(await page.locator('.view-button.cta').count(), 5);
  for (let n = 1; n <= 5; n++) {
    await openCallToAction(n);
    await fitView();
    await page.screenshot({ path: join(results, `call-to-action-${n}.png`) });
  }
});

test('open call to action 3 and add an outcome', async () => {
  await openCallToAction(3);
  assert.equal(await node('cta-3').count(), 1);
  await addBox('outcome');
  assert.equal(await node('outcome').count(), 1);
  assert.equal(await page.locator('.inspector textarea').first().inputValue(), 'New outcome');
});

test('connect an action to it: a warning appears for the outcome without an indicator', async () => {
  await connect('a3.3-5', 'outcome');
  assert.equal(await page.locator('.react-flow__edge[data-id^="contributesTo:a3.3-5:outcome"]').count(), 1);
  assert.ok((await problems()).includes(NEW_OUTCOME_WARNING));
});

test('add an indicator and connect it: the warning disappears', async () => {
  await addBox('indicator');
  await connect('indicator', 'outcome');
  assert.equal(await page.locator('.react-flow__edge[data-id^="measures:indicator:outcome"]').count(), 1);
  assert.ok(!(await problems()).includes(NEW_OUTCOME_WARNING));
});

test('undo brings the warning back', async () => {
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await page.waitForTimeout(150);
  assert.equal(await page.locator('.react-flow__edge[data-id^="measures:indicator:outcome"]').count(), 0);
  assert.ok((await problems()).includes(NEW_OUTCOME_WARNING));
  await page.screenshot({ path: join(results, 'after-undo.png') });
});

test('a forbidden connection is refused with a reason', async () => {
  await connect('outcome', 'a3.3-5');
  const notice = await page.locator('.notice-bar').textContent();
  assert.match(notice, /That link is not allowed\. An outcome cannot link to an action\./);
  assert.equal(await page.locator('.react-flow__edge[data-id*=":outcome:a3.3-5"]').count(), 0);
});

test('reload keeps the state', async () => {
  await page.waitForTimeout(800); // autosave runs within half a second
  await page.goto(url);
  await page.waitForSelector('.react-flow__node');
  await openCallToAction(3);
  assert.equal(await node('outcome').count(), 1);
  assert.equal(await node('indicator').count(), 1);
  assert.equal(await page.locator('.react-flow__edge[data-id^="contributesTo:a3.3-5:outcome"]').count(), 1);
  assert.ok((await problems()).includes(NEW_OUTCOME_WARNING));
});

test('importing a broken file shows an error and leaves the plan unchanged', async () => {
  const before = await saveFile();
  await page.locator('[data-testid="open-file-input"]').setInputFiles({ name: 'broken.changemap.json', mimeType: 'application/json', buffer: Buffer.from('{ "format": "changemap", "version": 1, "nodes": [ }') });
  await page.waitForTimeout(200);
  const notice = await page.locator('.notice-bar').textContent();
  assert.match(notice, /“broken\.changemap\.json” could not be opened\. Your open plan has not changed\./);
  assert.match(notice, /not valid JSON/);
  assert.equal(await saveFile(), before);
  assert.equal(await node('outcome').count(), 1);
});

test('save produces a file that imports back identically', async () => {
  const saved = await saveFile();
  const data = JSON.parse(saved);
  assert.equal(data.format, 'changemap');
  assert.ok(data.nodes.some((n) => n.id === 'outcome'));
  await page.locator('[data-testid="open-file-input"]').setInputFiles({ name: 'saved.changemap.json', mimeType: 'application/json', buffer: Buffer.from(saved) });
  await page.waitForTimeout(200);
  assert.match(await page.locator('.notice-bar').textContent(), /Opened “A Tower Hamlets for All/);
  assert.equal(await saveFile(), saved);
});

test('a problem click selects and centres its box', async () => {
  await openCallToAction(3);
  await page.locator('.problems .problem', { hasText: NEW_OUTCOME_WARNING }).click();
  await page.waitForTimeout(400);
  assert.equal(await page.locator('.inspector textarea').first().inputValue(), 'New outcome');
  assert.ok(await node('outcome').evaluate((el) => el.classList.contains('selected')));
});

test('no errors were thrown in the page', async () => {
  assert.deepEqual(pageErrors, []);
});

let passed = 0;
let failed = 0;
for (const { name, fn } of tests) {
  try {
    await fn();
    passed++;
    console.log(`  ✓ ${name}`);
  } catch (error) {
    failed++;
    console.log(`  ✗ ${name}\n    ${String(error?.stack ?? error).split('\n').slice(0, 6).join('\n    ')}`);
    await page.screenshot({ path: join(results, `failed-${passed + failed}.png`) }).catch(() => {});
  }
}
await browser.close();
server.close();
console.log(`editor e2e: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
