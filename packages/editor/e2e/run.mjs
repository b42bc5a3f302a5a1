// End-to-end tests of the built editor in real headless Chromium (Debian's, or CHROMIUM_PATH).
// Run after `pnpm build:app` (the app in dist-app/): `node e2e/run.mjs`. Screenshots go to test-results/ (not committed).
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
const { server, url } = await serve(join(here, '..', 'dist-app'));
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

/** A box's place on the canvas (its CSS transform), whatever its stacking order. */
async function position(id) {
  return /translate\([^)]*\)/.exec(await node(id).getAttribute('style'))?.[0];
}

async function settled() {
  await page.waitForTimeout(100);
  await page.waitForSelector('.canvas:not([data-layout-busy])', { timeout: 15000 });
  await page.waitForTimeout(100);
}

async function openCallToAction(number) {
  await page.locator('.view-button.cta', { hasText: new RegExp(`^${number}\\.`) }).click();
  await page.waitForTimeout(200);
  await settled();
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
    // As it opens: at a readable size (fit, but not below 45% zoom).
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

test('editing a title in the inspector changes the box, and undo restores it', async () => {
  await node('outcome').click();
  const title = page.locator('.inspector textarea').first();
  await title.fill('Residents shape their neighbourhood');
  await page.waitForTimeout(100);
  assert.match(await node('outcome').textContent(), /Residents shape their neighbourhood/);
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await page.waitForTimeout(100);
  assert.match(await node('outcome').textContent(), /New outcome/);
});

test('dragging a box moves it, and one undo puts it back', async () => {
  await fitView();
  const before = await node('outcome').boundingBox();
  await page.mouse.move(before.x + before.width / 2, before.y + 8);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(before.x + before.width / 2 + i * 12, before.y + 8 + i * 6);
  await page.mouse.up();
  await page.waitForTimeout(150);
  const after = await node('outcome').boundingBox();
  assert.ok(after.x - before.x > 60, `moved right (${before.x} → ${after.x})`);
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await page.waitForTimeout(150);
  const back = await node('outcome').boundingBox();
  assert.ok(Math.abs(back.x - before.x) < 2 && Math.abs(back.y - before.y) < 2, 'back where it was after one undo');
});

test('deleting a box removes it and its links; undo brings both back', async () => {
  await node('i3-co2').click();
  await page.waitForTimeout(100);
  assert.equal(await page.locator('.inspector label', { hasText: 'Data source' }).count(), 1);
  await page.screenshot({ path: join(results, 'inspector-indicator.png') });
  await node('indicator').click();
  await page.keyboard.press('Delete');
  await page.waitForTimeout(150);
  assert.equal(await node('indicator').count(), 0);
  await page.keyboard.press('Control+z');
  await page.waitForTimeout(150);
  assert.equal(await node('indicator').count(), 1);
});

test('two tabs on the same plan stay in step', async () => {
  const other = await context.newPage();
  await other.goto(url);
  await other.waitForSelector('.react-flow__node');
  await addBox('assumption');
  await other.waitForFunction(() => document.querySelector('.notice-bar')?.textContent?.includes('changed in another tab'), null, { timeout: 5000 });
  await other.locator('.view-button.cta', { hasText: /^3\./ }).click();
  await other.waitForTimeout(300);
  assert.equal(await other.locator('.react-flow__node[data-id="assumption"]').count(), 1);
  await other.close();
});

test('an older file is migrated with a notice', async () => {
  const legacy = readFileSync(join(here, '../../schemas/test/fixtures/legacy-v0.changemap.json'));
  await page.locator('[data-testid="open-file-input"]').setInputFiles({ name: 'prototype.json', mimeType: 'application/json', buffer: legacy });
  await page.waitForTimeout(200);
  assert.match(await page.locator('.notice-bar').textContent(), /made with an older Changemap \(format 0\) and has been updated/);
  assert.equal(await page.locator('.plan-title').textContent(), 'A prototype plan');
});

test('a new plan starts with a vision, and the example comes back', async () => {
  await page.getByRole('button', { name: 'New plan' }).click();
  await page.waitForTimeout(200);
  assert.equal(await page.locator('.plan-title').textContent(), 'Untitled plan');
  assert.equal(await node('vision').count(), 1);
  await page.getByRole('button', { name: 'Example' }).click();
  await page.waitForTimeout(200);
  assert.match(await page.locator('.plan-title').textContent(), /^A Tower Hamlets for All/);
  assert.equal(await page.locator('.view-button.cta').count(), 5);
});

test('when the browser cannot store the plan, the officer is told and offered a download', async () => {
  const blocked = await context.newPage();
  await blocked.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { get: () => ({ open: () => { throw new Error('blocked'); } }) });
  });
  blocked.on('dialog', (dialog) => void dialog.accept());
  await blocked.goto(`${url}?example`);
  await blocked.waitForSelector('.react-flow__node');
  await blocked.selectOption('#add-kind', 'outcome');
  await blocked.click('[data-action="add-node"]');
  await blocked.waitForFunction(() => document.querySelector('.notice-bar')?.textContent?.includes('could not be saved in this browser'), null, { timeout: 5000 });
  const [download] = await Promise.all([blocked.waitForEvent('download'), blocked.getByRole('button', { name: 'Download a copy' }).click()]);
  const saved = JSON.parse(readFileSync(await download.path(), 'utf8'));
  assert.ok(saved.nodes.some((n) => n.id === 'outcome'));
  await blocked.close();
});

test('research view: linking a question to an outcome in the matrix shrinks the evidence-gap list', async () => {
  await openCallToAction(3);
  await page.click('[data-action="research"]');
  await page.selectOption('[data-testid="research-cta"]', 'cta-3');
  const before = Number(await page.locator('[data-testid="gap-count"]').textContent());
  assert.ok(before > 0);
  assert.match(await page.locator('.gap-list').textContent(), /Outcome: Fewer children and young people offend or reoffend/);
  const cell = page.locator('[data-cell="rq-violence|o3-youth-justice"]');
  assert.equal(await cell.getAttribute('aria-checked'), 'false');
  await cell.click();
  assert.equal(await cell.getAttribute('aria-checked'), 'true');
  const after = Number(await page.locator('[data-testid="gap-count"]').textContent());
  assert.ok(after < before, `gaps ${before} → ${after}`);
  assert.doesNotMatch(await page.locator('.gap-list').textContent(), /Outcome: Fewer children and young people offend or reoffend/);
  await page.screenshot({ path: join(results, 'research-view.png') });
  await page.keyboard.press('Control+z');
  assert.equal(Number(await page.locator('[data-testid="gap-count"]').textContent()), before);
  await page.click('[data-action="research"]');
  await page.getByLabel('Show evidence strength').check();
  await openCallToAction(2);
  await fitView();
  assert.ok((await page.locator('.react-flow__edge.evidence-strong').count()) >= 1);
  await page.screenshot({ path: join(results, 'evidence-overlay.png') });
  await page.getByLabel('Show evidence strength').uncheck();
});

test('tidy layout arranges the view in one undoable step, leaving pinned boxes in place', async () => {
  await openCallToAction(4);
  await node('o4-jobs').click();
  await page.getByLabel('Keep in place when tidying this view (pin)').check();
  const pinnedBefore = await position('o4-jobs');
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  // Move a box far away, then tidy: it comes back into the layout.
  await fitView();
  const box = await node('a4.1-1').boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + 8);
  await page.mouse.down();
  await page.mouse.move(box.x + 300, box.y + 300, { steps: 8 });
  await page.mouse.up();
  const moved = await position('a4.1-1');
  await page.click('[data-action="layout"]');
  await settled();
  const tidied = await position('a4.1-1');
  assert.notEqual(tidied, moved);
  assert.equal(await position('o4-jobs'), pinnedBefore);
  await fitView();
  await page.screenshot({ path: join(results, 'tidy-layout.png') });
  await page.keyboard.press('Control+z');
  await page.waitForTimeout(150);
  assert.equal(await position('a4.1-1'), moved);
});

test('export SVG: text stays text, labels are escaped, and the picture reopens as the plan', async () => {
  await openCallToAction(1);
  await node('o1.1-food').click();
  await page.locator('.inspector textarea').first().fill('<img src=x onerror=alert(1)> & "quotes"');
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="export-svg"]')]);
  const svg = readFileSync(await download.path(), 'utf8');
  assert.match(svg, /^<\?xml[^>]*>\n<svg /);
  assert.ok(svg.includes('&lt;img src=x'));
  assert.ok(svg.includes('onerror=alert(1)&gt;'));
  assert.ok(!svg.includes('<img'));
  assert.match(svg, /<text [^>]*>[^<]*CALL TO ACTION/);
  assert.match(svg, /<changemap:plan /);
  await page.locator('[data-testid="open-file-input"]').setInputFiles({ name: 'picture.svg', mimeType: 'image/svg+xml', buffer: Buffer.from(svg) });
  await page.waitForTimeout(200);
  assert.match(await page.locator('.notice-bar').textContent(), /Opened “A Tower Hamlets for All/);
  await openCallToAction(1);
  assert.match(await node('o1.1-food').textContent(), /<img src=x onerror=alert\(1\)> & "quotes"/);
});

test('export PNG: a sharp picture at twice the size', async () => {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="export-png"]')]);
  const png = readFileSync(await download.path());
  assert.equal(png.subarray(1, 4).toString(), 'PNG');
  const width = png.readUInt32BE(16);
  assert.ok(width > 1000, `width ${width}`);
});

test('printing gives one page per call to action', async () => {
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.print-page').count(), 5);
  assert.equal(await page.locator('.print-page img').count(), 5);
  const pdf = await page.pdf({ format: 'A4', landscape: true, path: join(results, 'print.pdf') });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  assert.equal(pages, 5);
  await page.emulateMedia({ media: 'screen' });
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
});

test('keyboard: select a focused box with Enter, move it with the arrows, link it from the inspector, see the shortcuts', async () => {
  await openCallToAction(2);
  const before = await position('o2-workplaces');
  await node('o2-workplaces').focus();
  await page.keyboard.press('Enter');
  await page.waitForTimeout(100);
  assert.equal(await page.locator('.inspector textarea').first().inputValue(), 'Workplaces support staff wellbeing');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.waitForTimeout(100);
  assert.notEqual(await position('o2-workplaces'), before);
  await page.keyboard.press('Control+z');
  await page.waitForTimeout(100);
  assert.equal(await position('o2-workplaces'), before);
  await page.keyboard.press('Control+Shift+L');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'link-to-target');
  const option = await page.locator('#link-to-target option', { hasText: 'contributes to outcome: Mental ill-health is prevented' }).getAttribute('value');
  await page.selectOption('#link-to-target', option);
  await page.getByRole('button', { name: 'Link', exact: true }).click();
  await page.waitForTimeout(100);
  assert.equal(await page.locator('.react-flow__edge[data-id="contributesTo:o2-workplaces:o2-prevention"]').count(), 1);
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('?');
  assert.ok(await page.locator('.shortcut-sheet[open]').isVisible());
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('.shortcut-sheet[open]').count(), 0);
  assert.match(await page.locator('[data-testid="problem-announcer"]').textContent(), /problem/);
});

test('contrast meets WCAG 2.2 AA in light and dark themes (axe)', async () => {
  const axePath = join(here, '..', 'node_modules', 'axe-core', 'axe.min.js');
  for (const theme of ['light', 'dark']) {
    await page.selectOption('select[aria-label="Colour theme"]', theme);
    await page.waitForTimeout(150);
    await page.addScriptTag({ path: axePath });
    const violations = await page.evaluate(async () => {
      const result = await window.axe.run(document, { runOnly: { type: 'rule', values: ['color-contrast'] } });
      return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1] ?? ''}`));
    });
    assert.deepEqual(violations, [], `${theme}: ${violations.slice(0, 5).join('\n')}`);
  }
  await page.selectOption('select[aria-label="Colour theme"]', 'system');
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
