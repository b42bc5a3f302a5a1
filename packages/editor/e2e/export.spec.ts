import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, SCREENSHOTS, test } from './fixtures.js';

test('export SVG: text stays text, labels are escaped, and the picture reopens as the plan', async ({ editor, page }) => {
  await editor.open();
  await editor.openCallToAction(1);
  await editor.node('o1.1-food').click();
  await editor.titleField.fill('<img src=x onerror=alert(1)> & "quotes"');
  await editor.clickPane();
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="export-svg"]')]);
  const svg = readFileSync((await download.path())!, 'utf8');
  expect(svg).toMatch(/^<\?xml[^>]*>\n<svg /);
  expect(svg).toContain('&lt;img src=x');
  expect(svg).toContain('onerror=alert(1)&gt;');
  expect(svg).not.toContain('<img');
  expect(svg).toMatch(/<text [^>]*>[^<]*CALL TO ACTION/);
  expect(svg).toMatch(/<changemap:plan /);
  // Open the picture into the example again: the edited plan comes back from inside it.
  await page.getByRole('button', { name: 'Example' }).click();
  await page.getByRole('dialog', { name: 'Keep your changes?' }).getByRole('button', { name: 'Replace without saving' }).click();
  await expect(editor.node('o1.1-food')).not.toContainText('<img src=x');
  await editor.openFile('picture.svg', svg, 'image/svg+xml');
  await expect(editor.notice).toContainText(/Opened “A Tower Hamlets for All/);
  await editor.openCallToAction(1);
  await expect(editor.node('o1.1-food')).toContainText('<img src=x onerror=alert(1)> & "quotes"');
});

test('export PNG: a sharp picture at twice the size', async ({ editor, page }) => {
  await editor.open();
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="export-png"]')]);
  const png = readFileSync((await download.path())!);
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  expect(png.readUInt32BE(16), 'width in pixels').toBeGreaterThan(1000);
});

test('printing gives one page per call to action', async ({ editor, page }) => {
  await editor.open();
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.print-page')).toHaveCount(5);
  await expect(page.locator('.print-page img')).toHaveCount(5);
  const pdf = await page.pdf({ format: 'A4', landscape: true, path: join(SCREENSHOTS, 'print.pdf') });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBe(5);
  await page.emulateMedia({ media: 'screen' });
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(page.locator('.print-page')).toHaveCount(0);
});
