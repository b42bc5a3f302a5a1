/**
 * The screenshots in docs/ (editor-guide.md, publishing.md), taken from the built app and the
 * published page in headless Chromium at 1440×900, so they always show the editor as it is:
 *   pnpm --filter @changemap/editor build:app && pnpm --filter @changemap/editor build:viewer \
 *     && pnpm --filter @changemap/editor build:board && pnpm --filter @changemap/editor docs:screenshots
 * CHROMIUM_PATH picks the browser (default /usr/bin/chromium). Look at every picture before committing.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Page } from 'playwright-core';
// @ts-expect-error -- a plain JavaScript module shared with the end-to-end tests
import { serve } from '../e2e/serve.mjs';

const here = import.meta.dirname;
const root = resolve(here, '../../..');
const images = join(root, 'docs/images');
const flagship = join(root, 'examples/tower-hamlets-partnership-plan-2023-2028/plan.changemap.json');

/** The layout has finished and the pan and zoom (of the canvas inside `within`, if given) have not changed for ten frames. */
async function settled(page: Page, within = ''): Promise<void> {
  await page.locator('.canvas:not([data-layout-busy])').first().waitFor();
  // As text: tsx would name the functions inside with a helper the page does not have.
  await page.evaluate(`new Promise((done) => {
    const transform = () => document.querySelector('${within} .react-flow__viewport')?.style.transform;
    let last = transform();
    let still = 0;
    const started = performance.now();
    const tick = () => {
      const now = transform();
      still = now === last ? still + 1 : 0;
      last = now;
      if ((still >= 10 && performance.now() - started > 300) || performance.now() - started > 5000) done();
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })`);
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(images, `${name}.png`) });
  console.log(`docs/images/${name}.png`);
}

async function openEditor(page: Page, url: string, query = '?example'): Promise<void> {
  await page.goto(`${url}${query}`);
  await page.locator('.react-flow__node').first().waitFor();
  await settled(page);
}

async function openCallToAction(page: Page, n: number): Promise<void> {
  await page.locator('.view-button.cta', { hasText: new RegExp(`^${n}\\.`) }).click();
  await settled(page);
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const { server, url } = (await serve(resolve(here, '../dist-app'))) as { server: { close(): void }; url: string };
try {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, colorScheme: 'light' });
  const page = await context.newPage();

  // The editor as it opens on call to action 3.
  await openEditor(page, url);
  await openCallToAction(page, 3);
  await shot(page, 'editor-call-to-action-3');

  // A warning clicked in the problems panel: its box selected on the diagram, the panel in view.
  await page.locator('.problems .problem-message', { hasText: 'Fewer children' }).click();
  await settled(page);
  await page.locator('.problems').evaluate((panel) => panel.scrollIntoView({ block: 'start' }));
  await shot(page, 'editor-problem-and-inspector');

  // One priority's pathways highlighted.
  await page.locator('.outline-item', { hasText: 'Support safer communities' }).click();
  await settled(page);
  await shot(page, 'editor-focus-pathway');

  // Both side panels folded to rails: the canvas takes the room.
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Outline', exact: true }).click();
  await page.getByRole('button', { name: 'Details', exact: true }).click();
  await settled(page);
  await shot(page, 'editor-panels-folded');
  await page.getByRole('button', { name: 'Outline', exact: true }).click();
  await page.getByRole('button', { name: 'Details', exact: true }).click();
  await settled(page);

  // Levels running top to bottom (Show → Levels run), then back.
  await page.locator('.show-menu summary').click();
  await page.locator('.show-menu').getByLabel('Levels run').selectOption('down');
  await page.locator('.show-menu summary').click();
  await settled(page);
  await shot(page, 'editor-top-to-bottom');
  await page.getByRole('button', { name: /Undo/ }).click();
  await settled(page);

  // Presenting: the medium-term outcomes step with the speaker notes.
  await page.locator('[data-action="present"]').click();
  await page.getByTestId('presenter').waitFor();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('n');
  await settled(page, '[data-testid="presenter"]'); // the camera's move to the step ends before the picture
  await shot(page, 'present-step');
  await context.close();

  // The published page, made by the command line and opened from disk.
  const folder = mkdtempSync(join(tmpdir(), 'changemap-docs-'));
  const pageFile = join(folder, 'plan.html');
  const exported = spawnSync('pnpm', ['--silent', 'changemap', 'export', flagship, '--to', 'html', '-o', pageFile], { cwd: root, encoding: 'utf8' });
  if (exported.status !== 0) throw new Error(`changemap export --to html failed:\n${exported.stderr}`);
  const reader = await browser.newPage({ viewport: { width: 1440, height: 900 }, colorScheme: 'light' });
  await reader.goto(pathToFileURL(pageFile).href);
  await reader.locator('.react-flow__node').first().waitFor();
  await reader.getByRole('button', { name: /^3\./ }).click();
  await settled(reader);
  await reader.locator('.react-flow__node-outcome').first().click();
  await settled(reader);
  await shot(reader, 'published-page');

  // A board-paper picture from the command line, its top left at full size.
  const svgFile = join(folder, 'board.svg');
  const board = spawnSync('pnpm', ['--silent', 'changemap', 'export', flagship, '--to', 'svg', '--view', 'cta-3', '-o', svgFile], {
    cwd: root,
    encoding: 'utf8',
  });
  if (board.status !== 0) throw new Error(`changemap export --to svg failed:\n${board.stderr}`);
  await reader.goto(pathToFileURL(svgFile).href);
  await shot(reader, 'board-picture');
} finally {
  server.close();
  await browser.close();
}
