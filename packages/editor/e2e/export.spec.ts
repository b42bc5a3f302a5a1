import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, FLAGSHIP_FILE, SCREENSHOTS, test } from './fixtures.js';

test('export SVG: text stays text, labels are escaped, and the picture reopens as the plan', async ({ editor, page }) => {
  await editor.open();
  await editor.openCallToAction(1);
  await editor.node('o1.1-food').click();
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
  await expect(editor.node('o1.1-food')).not.toContainText('<img src=x');
  await editor.openFile('picture.svg', svg, 'image/svg+xml');
  await expect(editor.notice).toContainText(/Opened “A Tower Hamlets for All/);
  await editor.openCallToAction(1);
  await expect(editor.node('o1.1-food')).toContainText('<img src=x onerror=alert(1)> & "quotes"');
});

test('export SVG for a board paper: title, view, date, legend and every box’s whole title', async ({ editor, page }) => {
  await editor.open();
  await editor.openCallToAction(3);
  const titles = await page.locator('.react-flow__node:not(.react-flow__node-actionGroup) .plan-node-title').allTextContents();
  // The canvas folds a priority's actions into a group box ("12 partner actions"); the board paper draws each of them in full.
  const folded = (await page.locator('.action-group').evaluateAll((els) => els.flatMap((el) => el.getAttribute('data-actions')!.split(' ')))).filter(Boolean);
  expect(folded.length).toBeGreaterThan(0);
  const example = JSON.parse(readFileSync(FLAGSHIP_FILE, 'utf8')) as { nodes: { id: string; title: string }[] };
  titles.push(...folded.map((id) => example.nodes.find((node) => node.id === id)!.title));
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="export-svg"]')]);
  const svg = readFileSync((await download.path())!, 'utf8');
  const date = new Date().toISOString().slice(0, 10);
  expect(download.suggestedFilename()).toMatch(new RegExp(`^a-tower-hamlets-for-all-partnership-plan-2023-2028_3-[a-z0-9-]+_\\d{4}-\\d{2}-\\d{2}\\.svg$`));
  expect(svg).toContain('>A Tower Hamlets for All — Partnership Plan 2023-2028</text>');
  expect(svg).toMatch(/>3\. Everyone in Tower Hamlets/);
  expect(svg).toMatch(new RegExp(`exported ${date.slice(0, 4)}-`));
  expect(svg).toContain('class="legend"');
  // Nothing cut short in what is drawn (the plan inside the picture quotes its sources, with their own “…”).
  expect(svg.replace(/<metadata>[\s\S]*<\/metadata>/, '')).not.toContain('…');
  // Every title on the canvas is in the picture in full (its words, in order, across the box's lines).
  const pictureText = [...svg.matchAll(/<text [^>]*font-size="12" fill="[^"]*">((?:<tspan[^>]*>[^<]*<\/tspan>)+)<\/text>/g)].map((m) =>
    [...m[1]!.matchAll(/>([^<]*)</g)]
      .map((t) => t[1])
      .join(' ')
      .split(/\s+/)
      .join(' ')
      .trim(),
  );
  const unescape = (text: string) =>
    text.replace(/&(lt|gt|quot|apos|amp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[name]!);
  for (const title of titles) expect(pictureText.map(unescape)).toContain(title.split(/\s+/).join(' '));
  writeFileSync(join(SCREENSHOTS, 'board-paper-cta3.svg'), svg);
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

test('printing gives each call to action readable pages: one A4 or A3 page in the orientation that fits, or A4 tiles', async ({ editor, page }) => {
  await editor.open();
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  const sections = page.locator('.print-page');
  await expect(sections.first()).toBeAttached();
  const layout = await sections.evaluateAll((all) =>
    all.map((s) => ({
      view: s.getAttribute('data-view'),
      page: [...s.classList].find((c) => c.startsWith('page-'))!,
      images: s.querySelectorAll('img').length,
    })),
  );
  // Every call to action, in order, each page with its picture.
  expect([...new Set(layout.map((l) => l.view))]).toHaveLength(5);
  expect(layout.every((l) => l.images === 1)).toBe(true);
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
