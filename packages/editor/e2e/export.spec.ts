import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, SCREENSHOTS, test } from './fixtures.js';
import type { Page } from '@playwright/test';

test('export SVG: text stays text, labels are escaped, and the picture reopens as the plan', async ({ editor, page }) => {
  await editor.open();
  await editor.openCallToAction(1);
  await editor.node('o1.1-homeless').click();
  await editor.titleField.fill('<img src=x onerror=alert(1)> & "quotes"');
  await editor.clickPane();
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="export-svg"]')]);
  const svg = readFileSync((await download.path())!, 'utf8');
  // A whole file name: plan, view and date, cut at no word.
  expect(download.suggestedFilename()).toMatch(
    /^a-tower-hamlets-for-all-partnership-plan-2023-2028_1-tower-hamlets-will-be-a-fair-inclusive-and-anti-racist-borough_\d{4}-\d{2}-\d{2}\.svg$/,
  );
  expect(svg).toMatch(/^<\?xml[^>]*>\n<svg /);
  expect(svg).toContain('&lt;img src=x');
  expect(svg).toContain('onerror=alert(1)&gt;');
  expect(svg).not.toContain('<img');
  expect(svg).toMatch(/<text [^>]*>[^<]*CALL TO ACTION/);
  expect(svg).toMatch(/<changemap:plan /);
  // Open the picture into the example again: the edited plan comes back from inside it.
  await page.getByRole('button', { name: 'Example' }).click();
  await page.getByRole('dialog', { name: 'Keep your changes?' }).getByRole('button', { name: 'Replace without saving' }).click();
  await expect(editor.node('o1.1-homeless')).not.toContainText('<img src=x');
  await editor.openFile('picture.svg', svg, 'image/svg+xml');
  await expect(editor.notice).toContainText(/Opened “A Tower Hamlets for All/);
  await editor.openCallToAction(1);
  await expect(editor.node('o1.1-homeless')).toContainText('<img src=x onerror=alert(1)> & "quotes"');
});

test('export SVG for a board paper: the canvas’s picture, with title, view, date, legend and every box’s whole title', async ({ editor, page }) => {
  await editor.open();
  await editor.openCallToAction(3);
  const titles = await page.locator('.react-flow__node:not(.react-flow__node-actionGroup) .plan-node-title').allTextContents();
  // The canvas folds a priority's actions into a group box ("12 partner actions"); so does the board picture.
  const groups = await page.locator('.action-group .plan-node-title').allTextContents();
  expect(groups.length).toBeGreaterThan(0);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="export-svg"]')]);
  const svg = readFileSync((await download.path())!, 'utf8');
  const date = new Date().toISOString().slice(0, 10);
  expect(download.suggestedFilename()).toMatch(new RegExp(`^a-tower-hamlets-for-all-partnership-plan-2023-2028_3-[a-z0-9-]+_\\d{4}-\\d{2}-\\d{2}\\.svg$`));
  expect(svg).toContain('>A Tower Hamlets for All — Partnership Plan 2023-2028</text>');
  expect(svg).toMatch(/>3\. Everyone in Tower Hamlets/);
  expect(svg).toMatch(new RegExp(`exported ${date.slice(0, 4)}-`));
  expect(svg).toContain('class="legend"');
  expect(svg).toContain('class="band-label"');
  expect(svg).toContain('class="chip chip-indicator"');
  // Nothing cut short in what is drawn (the plan inside the picture quotes its sources, with their own “…”).
  expect(svg.replace(/<metadata>[\s\S]*<\/metadata>/, '')).not.toContain('…');
  // The same boxes as on the canvas, each title in full (its words, in order, across the box's lines).
  const pictureText = [...svg.matchAll(/<text [^>]*font-size="12" fill="[^"]*">((?:<tspan[^>]*>[^<]*<\/tspan>)+)<\/text>/g)].map((m) =>
    [...m[1]!.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)]
      .map((t) => t[1])
      .join(' ')
      .split(/\s+/)
      .join(' ')
      .trim(),
  );
  const unescape = (text: string) =>
    text.replace(/&(lt|gt|quot|apos|amp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[name]!);
  for (const title of [...titles, ...groups]) expect(pictureText.map(unescape)).toContain(title.split(/\s+/).join(' '));
  expect((svg.match(/<g class="box" /g) ?? []).length).toBe(titles.length + groups.length);
  writeFileSync(join(SCREENSHOTS, 'board-paper-cta3.svg'), svg);
});

test('export SVG follows what the officer unfolded on the canvas', async ({ editor, page }) => {
  await editor.open();
  await editor.openCallToAction(3);
  const group = page.locator('.action-group').first();
  const actions = (await group.getAttribute('data-actions'))!.split(' ');
  await group.getByRole('button', { name: /Show all/ }).click();
  await editor.settled();
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="export-svg"]')]);
  const svg = readFileSync((await download.path())!, 'utf8');
  for (const id of actions) expect(svg).toContain(`<g class="box" data-id="${id}">`);
});

test('export PNG: a sharp picture at twice the size', async ({ editor, page }) => {
  await editor.open();
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="export-png"]')]);
  expect(download.suggestedFilename()).toMatch(/_1-tower-hamlets-will-be-a-fair-inclusive-and-anti-racist-borough_\d{4}-\d{2}-\d{2}\.png$/);
  await download.saveAs(join(SCREENSHOTS, 'board-paper-cta1.png'));
  const png = readFileSync((await download.path())!);
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  expect(png.readUInt32BE(16), 'width in pixels').toBeGreaterThan(1000);
});

/** Makes window.print() open the print report without the browser's dialogue (headless Chromium has none to wait for). */
async function printFromToolbar(page: Page): Promise<void> {
  await page.evaluate(() => {
    window.print = () => void window.dispatchEvent(new Event('beforeprint'));
  });
  await page.click('[data-action="print"]');
}

test('Print gives the open call to action readable pages: one A4 or A3 page in the orientation that fits, or A4 tiles and a legend page', async ({
  editor,
  page,
}) => {
  await editor.open();
  await editor.openCallToAction(3);
  await printFromToolbar(page);
  await page.emulateMedia({ media: 'print' });
  const sections = page.locator('.print-page');
  await expect(sections.first()).toBeAttached();
  const layout = await sections.evaluateAll((all) =>
    all.map((s) => ({
      view: s.getAttribute('data-view'),
      page: [...s.classList].find((c) => c.startsWith('page-'))!,
      images: s.querySelectorAll('img').length,
      legends: [...s.querySelectorAll('img')].filter((img) => decodeURIComponent(img.getAttribute('src')!).includes('class="legend"')).length,
    })),
  );
  // Only the open call to action, each page with its picture, and the legend on exactly one page.
  expect([...new Set(layout.map((l) => l.view))]).toEqual(['cta-3']);
  expect(layout.every((l) => l.images === 1)).toBe(true);
  expect(layout.reduce((sum, l) => sum + l.legends, 0)).toBe(1);
  await expect(sections.filter({ hasText: /A Tower Hamlets for All/ })).toHaveCount(layout.length);
  const pdf = await page.pdf({ preferCSSPageSize: true, path: join(SCREENSHOTS, 'print.pdf') });
  const text = pdf.toString('latin1');
  const pages = (text.match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBe(layout.length);
  // Each page is the paper and orientation its section asked for (A4 landscape 842 × 595 points …).
  const SIZES: Record<string, [number, number]> = {
    'page-A4-landscape': [842, 595],
    'page-A4-portrait': [595, 842],
    'page-A3-landscape': [1191, 842],
    'page-A3-portrait': [842, 1191],
  };
  const boxes = [...text.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [Math.round(Number(m[1])), Math.round(Number(m[2]))]);
  expect(boxes).toEqual(layout.map((l) => SIZES[l.page]));
  await page.emulateMedia({ media: 'screen' });
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(page.locator('.print-page')).toHaveCount(0);
});

test('Print from the whole plan gives every call to action in order', async ({ editor, page }) => {
  await editor.open();
  await page.locator('.view-button', { hasText: /^Whole plan$/ }).click();
  await editor.settled();
  await printFromToolbar(page);
  const sections = page.locator('.print-page');
  await expect(sections.first()).toBeAttached();
  const views = await sections.evaluateAll((all) => [...new Set(all.map((s) => s.getAttribute('data-view')))]);
  expect(views).toEqual(['cta-1', 'cta-2', 'cta-3', 'cta-4', 'cta-5']);
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ preferCSSPageSize: true, path: join(SCREENSHOTS, 'print-whole-plan.pdf') });
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
});
