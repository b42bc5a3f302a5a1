import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, FLAGSHIP_FILE, SCREENSHOTS, test } from './fixtures.js';

const root = resolve(import.meta.dirname, '../../..');
/** One page per worker, so that workers exporting at once never read a half-written file. */
let pageFile = '';
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** Exports the flagship with the CLI, as an officer would: `changemap export plan --to html -o flagship.html`. */
test.beforeAll(() => {
  pageFile = join(SCREENSHOTS, 'publish', `flagship-${test.info().workerIndex}.html`);
  mkdirSync(join(SCREENSHOTS, 'publish'), { recursive: true });
  if (!existsSync(join(import.meta.dirname, '../dist-viewer/viewer-page.js'))) {
    const built = spawnSync('pnpm', ['run', 'build:viewer'], { cwd: join(import.meta.dirname, '..'), encoding: 'utf8' });
    if (built.status !== 0) throw new Error(`build:viewer failed:\n${built.stdout}${built.stderr}`);
  }
  const run = spawnSync('pnpm', ['--silent', 'changemap', 'export', FLAGSHIP_FILE, '--to', 'html', '-o', pageFile], { cwd: root, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`changemap export --to html failed:\n${run.stdout}${run.stderr}`);
});

/** Opens the page from disk with every request that is not the file itself (or made from it in memory) refused. */
async function openFromDisk(page: Page, file = pageFile): Promise<{ refused: string[]; consoleErrors: string[] }> {
  const refused: string[] = [];
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  await page.context().route('**', (route) => {
    const url = route.request().url();
    if (/^(file|blob|data):/.test(url)) return route.continue();
    refused.push(url);
    return route.abort();
  });
  await page.goto(pathToFileURL(file).href);
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  await expect(page.locator('.canvas')).not.toHaveAttribute('data-layout-busy');
  return { refused, consoleErrors };
}

const nav = (page: Page) => page.getByRole('navigation', { name: 'Calls to action' });
const details = (page: Page) => page.getByRole('region', { name: 'Details' });

test('the exported page opens from disk with the network blocked: calls to action, search, details', async ({ page }) => {
  const { refused, consoleErrors } = await openFromDisk(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/A Tower Hamlets for All/);
  await expect(nav(page).getByRole('button')).toHaveCount(6);
  await expect(nav(page).getByRole('button').first()).toHaveAttribute('aria-current', 'page');
  // The plan file has no saved layout: ELK laid the view out, in a worker started from the page's own code.
  await expect.poll(() => page.evaluate(() => performance.getEntriesByName('changemap:layout-engine').length)).toBeGreaterThan(0);
  await expect(page.locator('.notice-bar.tone-error')).toHaveCount(0);
  const firstView = await page.locator('.react-flow__node').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-id')).sort());

  // Another call to action: its own boxes, laid out by ELK in a worker started from the page itself.
  await nav(page).getByRole('button', { name: /^3\./ }).click();
  await expect(nav(page).getByRole('button', { name: /^3\./ })).toHaveAttribute('aria-current', 'page');
  await expect(page.locator('.canvas')).not.toHaveAttribute('data-layout-busy');
  await expect
    .poll(async () => (await page.locator('.react-flow__node').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-id')).sort())).join())
    .not.toBe(firstView.join());
  await page.screenshot({ path: join(SCREENSHOTS, 'publish', 'call-to-action-3.png') });
  // The open call to action is in the address, so a link can point at it.
  expect(new URL(page.url()).hash).toMatch(/^#.+/);

  // A box clicked on the diagram: its details, read-only, with its pathways marked.
  const box = page.locator('.react-flow__node-outcome').first();
  const title = (await box.locator('.plan-node-title').textContent())!;
  await box.click();
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(title);
  await expect(details(page).getByRole('textbox')).toHaveCount(0);
  await expect(box.locator('.react-flow__handle').first()).toBeHidden();
  await page.screenshot({ path: join(SCREENSHOTS, 'publish', 'details.png') });

  // Search: Ctrl+F goes to the page's search box (as in the editor); matches are listed, and one opens in whichever call to action shows it.
  await page.locator('.react-flow__pane').click();
  await page.keyboard.press('Control+f');
  await expect(page.getByLabel('Search boxes')).toBeFocused();
  await page.keyboard.type('food');
  const results = page.getByRole('list', { name: 'Matching boxes' });
  await expect(page.getByRole('status').filter({ hasText: /match/ })).toHaveText(/^\d+ box(es)? match(es)?\.$/);
  const match = results.getByRole('button').first();
  const matchTitle = (await match.textContent())!.replace(/^.*?: /, '');
  await page.screenshot({ path: join(SCREENSHOTS, 'publish', 'search.png') });
  await match.click();
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(matchTitle);

  // The checker's findings, summed up.
  await expect(page.getByRole('region', { name: 'Checker’s findings' })).toContainText(/Whole plan: \d+ errors?, \d+ warnings?, \d+ notes?/);

  // Reopening the address opens the same call to action.
  const current = await nav(page).locator('[aria-current="page"]').textContent();
  await page.reload();
  await expect(nav(page).locator('[aria-current="page"]')).toHaveText(current!);

  expect(refused, 'requests that left the page').toEqual([]);
  expect(consoleErrors, 'console errors').toEqual([]);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the published page has no WCAG 2.x A/AA violations in the ${colorScheme} theme (axe)`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await openFromDisk(page);
    await page.locator('.react-flow__node-outcome').first().click();
    await page.getByLabel('Search boxes').fill('food');
    await expect(page.getByRole('list', { name: 'Matching boxes' })).toBeVisible();
    await page.getByText(/Findings in this view/).click();
    await page.getByText('Legend').click();
    await page.screenshot({ path: join(SCREENSHOTS, 'publish', `page-${colorScheme}.png`) });
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    const found = violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1] ?? ''}`));
    expect(found).toEqual([]);
  });
}

test('the published page presents from disk with the network blocked: keys, notes, Escape back', async ({ page }) => {
  const { refused, consoleErrors } = await openFromDisk(page);
  await nav(page).getByRole('button', { name: /^3\./ }).click();
  await expect(page.locator('.canvas')).not.toHaveAttribute('data-layout-busy');
  const present = page.getByRole('button', { name: 'Present', exact: true });
  await present.click();
  const presenter = page.getByTestId('presenter');
  await expect(presenter).toBeVisible();
  await expect(presenter.getByRole('heading', { level: 2 })).toHaveText(/Tower Hamlets should feel safe/);
  // Focus moved into the presentation: the keys work without a click.
  await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('[data-testid="presenter"]'))).toBe(true);
  const counter = page.getByTestId('presenter-counter');
  await expect(counter).toHaveText(/^1 \/ \d+$/);
  await expect(page.locator('.presenter-level')).toHaveText('Actions');
  const shown = page.locator('.presenter .react-flow__node:not(.is-future)');
  const atFirst = await shown.count();
  await page.keyboard.press('ArrowRight');
  await expect(counter).toHaveText(/^2 \/ \d+$/);
  await expect.poll(() => shown.count()).toBeGreaterThan(atFirst);
  await page.keyboard.press('ArrowLeft');
  await expect(counter).toHaveText(/^1 \/ \d+$/);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('n');
  await expect(page.locator('.presenter-notes')).toBeVisible();
  await page.screenshot({ path: join(SCREENSHOTS, 'publish', 'presenting.png') });
  await page.keyboard.press('Escape');
  await expect(presenter).toHaveCount(0);
  // Back on the page as it was: the same call to action, focus on the button that started it.
  await expect(nav(page).getByRole('button', { name: /^3\./ })).toHaveAttribute('aria-current', 'page');
  await expect(present).toBeFocused();
  expect(refused, 'requests that left the page').toEqual([]);
  expect(consoleErrors, 'console errors').toEqual([]);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the published page's presentation has no WCAG 2.x A/AA violations in the ${colorScheme} theme (axe)`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await openFromDisk(page);
    await page.locator('.react-flow__node-outcome').first().click();
    await page.getByRole('button', { name: 'Present pathway' }).click();
    await expect(page.getByTestId('presenter')).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('n');
    await expect(page.locator('.presenter-notes')).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    const found = violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1] ?? ''}`));
    expect(found).toEqual([]);
  });
}

test('a view saved to run top to bottom is drawn top to bottom in the published page', async ({ page }) => {
  const plan = JSON.parse(readFileSync(FLAGSHIP_FILE, 'utf8')) as { views?: Record<string, unknown> };
  plan.views = { ...plan.views, 'cta-3': { positions: {}, direction: 'down' } };
  const planFile = join(SCREENSHOTS, 'publish', `top-to-bottom-${test.info().workerIndex}.changemap.json`);
  writeFileSync(planFile, JSON.stringify(plan));
  const topToBottomPage = planFile.replace(/\.changemap\.json$/, '.html');
  const run = spawnSync('pnpm', ['--silent', 'changemap', 'export', planFile, '--to', 'html', '-o', topToBottomPage], { cwd: root, encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  await openFromDisk(page, topToBottomPage);
  await expect(page.locator('.level-bands')).toHaveClass(/direction-RIGHT/);
  await nav(page).getByRole('button', { name: /^3\./ }).click();
  await expect(page.locator('.canvas')).not.toHaveAttribute('data-layout-busy');
  await expect(page.locator('.level-bands')).toHaveClass(/direction-DOWN/);
  const centre = async (id: string) => {
    const box = (await page.locator(`.react-flow__node[data-id="${id}"]`).boundingBox())!;
    return box.y + box.height / 2;
  };
  await expect.poll(async () => (await centre('cta-3')) - (await centre('p3.1'))).toBeGreaterThan(50);
  await page.screenshot({ path: join(SCREENSHOTS, 'publish', 'top-to-bottom.png') });
});
