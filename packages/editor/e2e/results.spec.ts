import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';

const DATA_FILE = join(dirname(fileURLToPath(import.meta.url)), 'data', 'healthy-life-expectancy-men.csv');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function openResults(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Results', exact: true }).click();
  await expect(page.locator('.results-table tbody tr').first()).toBeVisible();
}

const titles = (page: Page) => page.locator('.results-table tbody tr th[scope="row"] .link-button').allTextContents();

test('results view: sort, filter, edit a target in place and undo it, export CSV', async ({ editor, page }) => {
  await editor.open();
  await openResults(page);
  const rows = page.locator('.results-table tbody tr');
  const total = await rows.count();
  expect(total).toBe(30);
  await expect(page.getByRole('status').filter({ hasText: 'indicators' })).toHaveText('30 indicators');

  // Sort by indicator, both ways.
  const header = page.locator('th:has([data-sort="indicator"])');
  await page.click('[data-sort="indicator"]');
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  const ascending = await titles(page);
  expect(ascending).toEqual([...ascending].sort((a, b) => a.localeCompare(b, 'en', { numeric: true, sensitivity: 'base' })));
  await page.click('[data-sort="indicator"]');
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  expect(await titles(page)).toEqual([...ascending].reverse());

  // Filter by words, then by call to action.
  await page.getByRole('searchbox', { name: 'Find' }).fill('life expectancy');
  await expect(rows).not.toHaveCount(total);
  for (const title of await titles(page)) expect(title.toLowerCase()).toContain('life expectancy');
  await page.getByRole('searchbox', { name: 'Find' }).fill('');
  await page.selectOption('[data-testid="results-cta"]', 'cta-1');
  const inCta1 = await rows.count();
  expect(inCta1).toBeGreaterThan(0);
  expect(inCta1).toBeLessThan(total);
  for (const cell of await rows.locator('td:nth-child(2)').allTextContents()) expect(cell).toMatch(/(^|; )1 /);
  await page.selectOption('[data-testid="results-cta"]', '');
  await page.selectOption('[data-testid="results-status"]', 'met');
  await expect(page.locator('.results-table, .results-view p.muted').first()).toBeVisible();
  await page.selectOption('[data-testid="results-status"]', '');
  await expect(rows).toHaveCount(total);

  // Edit a target in place, then undo it with the toolbar.
  const target = page.getByLabel(/^Target of “Percentage of adult residents agreeing/);
  await expect(target).toHaveValue('');
  await target.fill('90');
  await target.press('Enter');
  await page.click('[data-sort="indicator"]');
  await expect(target).toHaveValue('90');
  await editor.screenshot('results-view');
  await page.getByRole('button', { name: /Undo/ }).click();
  await expect(target).toHaveValue('');
  await target.fill('ninety');
  await target.press('Enter');
  await expect(page.locator('.editable-cell [role="alert"]')).toHaveText('Enter a number, e.g. 42 or 26.7.');
  await target.press('Escape');
  await expect(target).toHaveValue('');

  // Export what is shown as CSV.
  await page.getByRole('searchbox', { name: 'Find' }).fill('get on well');
  await expect(rows).toHaveCount(1);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
  expect(download.suggestedFilename()).toMatch(/results\.csv$/);
  const csv = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
  const lines = csv.trim().split('\r\n');
  expect(lines[0]).toBe(
    'Indicator,Indicator id,Call to action,Priority,Outcome,Unit,Baseline,Baseline period,Target,Target date,Latest value,Latest period,Trend,Status,Compared with',
  );
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain('i1-get-on');
  expect(lines[1]).toContain(',87,2022,');
  // The plan states one reading (87% in 2022): the latest value, and too few readings for a trend.
  expect(lines[1]).toContain(',87,2022,Not enough data,No target,');

  const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download Excel' }).click()]);
  expect(xlsx.suggestedFilename()).toMatch(/results\.xlsx$/);
  // An XLSX workbook is a zip file: it starts with "PK".
  expect(
    readFileSync((await xlsx.path())!)
      .subarray(0, 2)
      .toString('latin1'),
  ).toBe('PK');
});

test('import data… previews the file, imports it as one undo step, and the chart and status show', async ({ editor, page }) => {
  await editor.open();
  await openResults(page);
  await page.getByRole('button', { name: 'Healthy life expectancy for men (at birth) compared to London and England' }).click();
  const inspector = page.locator('.inspector');
  // Before the import: only the reading the plan itself states (State of the borough), too few for a trend.
  await expect(inspector.getByRole('region', { name: 'Progress' })).toContainText('Trend: Not enough data');
  await expect(inspector.getByTestId('curve-chart').locator('circle.reading')).toHaveCount(1);
  await inspector.getByRole('button', { name: 'Import data…' }).click();
  const dialog = page.getByRole('dialog', { name: /Import data for/ });
  await dialog.getByLabel('CSV file').setInputFiles(DATA_FILE);
  const preview = dialog.getByTestId('import-preview');
  await expect(preview).toContainText('Recognised: a table read through a column map.');
  await expect(preview.locator('table')).toContainText('Year');
  // Three areas in the file: the indicator's own area (Tower Hamlets, E09000030) is chosen for it.
  await expect(dialog.getByTestId('import-area')).toHaveValue('E09000030');
  await dialog.getByTestId('import-area').selectOption('E09000030');
  await dialog.getByRole('checkbox', { name: 'England (E92000001)' }).check();
  await dialog.getByRole('checkbox', { name: 'London (E12000007)' }).check();
  await expect(preview).toContainText('3 readings for Tower Hamlets (E09000030) — this indicator');
  await expect(preview).toContainText('3 readings for England (E92000001) — a comparator');
  await expect(preview).toContainText('1 row refused');
  await expect(preview).toContainText('Row 5');
  await editor.screenshot('results-import-preview');
  await dialog.getByRole('button', { name: 'Import 9 readings' }).click();
  await expect(dialog).toBeHidden();

  const chart = inspector.getByTestId('curve-chart');
  await expect(chart).toBeVisible();
  await expect(chart.locator('circle.reading')).toHaveCount(3);
  await expect(chart.locator('.whisker')).toHaveCount(3);
  await expect(chart.locator('path.comparator')).toHaveCount(2);
  await expect(chart.locator('svg[role="img"] desc')).toContainText('Tower Hamlets: 3 readings, from 60.1 years in 2017 - 19 to 62.4 years in 2019 - 21');
  const progress = inspector.getByRole('region', { name: 'Progress' });
  await expect(progress).toContainText('Trend: Improving');
  await expect(progress).toContainText('vs England: Similar');
  await expect(progress).toContainText('vs London: Similar');
  await inspector.locator('.progress-panel').scrollIntoViewIfNeeded();
  await editor.screenshot('results-chart');
  await expect(page.locator('tr[data-indicator="i1-hle-men"]')).toContainText('62.4');

  await page.getByRole('button', { name: /Undo/ }).click();
  // One undo step takes the whole import back: the plan's own reading again, and no comparators.
  await expect(inspector.getByTestId('curve-chart').locator('circle.reading')).toHaveCount(1);
  await expect(inspector.getByTestId('curve-chart').locator('path.comparator')).toHaveCount(0);
  await expect(page.locator('tr[data-indicator="i1-hle-men"]')).not.toContainText('62.4');
  await expect(page.locator('tr[data-indicator="i1-hle-men"]')).toContainText('Not enough data');
});

test('an action’s delivery update is recorded with its status in words', async ({ editor, page }) => {
  await editor.open();
  await editor.openCallToAction(3);
  await editor.fitView();
  await editor.unfoldActionsWith('a3.3-5');
  await editor.node('a3.3-5').click();
  const delivery = page.locator('.inspector').getByRole('region', { name: 'Delivery' });
  await delivery.getByLabel('Date').fill('2025-03-31');
  await delivery.getByLabel('Status', { exact: true }).selectOption('done');
  await delivery.getByLabel('What happened').fill('Pilot finished in four schools.');
  await delivery.getByLabel('Reported by').fill('Youth Justice Board');
  await delivery.getByRole('button', { name: 'Add update' }).click();
  await expect(delivery.locator('.status-line')).toContainText('Status: Done');
  await expect(delivery.getByRole('list', { name: /Delivery updates/ })).toContainText('2025-03-31');
  await expect(delivery.getByRole('list', { name: /Delivery updates/ })).toContainText('Reported by Youth Justice Board');
  await page.getByRole('button', { name: /Undo/ }).click();
  await expect(delivery).toContainText('No delivery updates yet.');
});

for (const theme of ['light', 'dark'] as const) {
  test(`the Results view and the progress panel have no WCAG A/AA violations in the ${theme} theme (axe)`, async ({ editor, page }) => {
    test.slow(); // axe over a table of 30 rows and a dialog, on a shared machine
    await editor.open();
    await page.getByLabel('Colour theme').selectOption(theme);
    await expect(page.locator('.changemap-editor')).toHaveAttribute('data-theme', theme);
    await openResults(page);
    await page.getByRole('button', { name: 'Healthy life expectancy for men (at birth) compared to London and England' }).click();
    await page.locator('.inspector').getByRole('button', { name: 'Import data…' }).click();
    const dialog = page.getByRole('dialog', { name: /Import data for/ });
    await dialog.getByLabel('CSV file').setInputFiles(DATA_FILE);
    await dialog.getByTestId('import-area').selectOption('E09000030');
    await dialog.getByRole('checkbox', { name: 'England (E92000001)' }).check();
    const inDialog = await new AxeBuilder({ page }).include('.import-data-dialog').withTags(WCAG_TAGS).analyze();
    expect(inDialog.violations).toEqual([]);
    await dialog.getByRole('button', { name: /^Import \d+ readings$/ }).click();
    await expect(page.getByTestId('curve-chart')).toBeVisible();
    await editor.screenshot(`results-${theme}`);
    const { violations } = await new AxeBuilder({ page })
      .include('.results-view')
      .include('.inspector .progress-panel')
      .include('.toolbar')
      .withTags(WCAG_TAGS)
      .analyze();
    expect(violations).toEqual([]);
  });
}

for (const theme of ['light', 'dark'] as const) {
  test(`an indicator chip on the diagram says its status in words once it has readings and a target (${theme} theme, axe)`, async ({ editor, page }) => {
    await editor.open();
    await page.getByLabel('Colour theme').selectOption(theme);
    const chip = page.locator('.box-chips').getByRole('button', { name: /^Indicator: Percentage of adult residents agreeing/ });
    // A reading (2019) but no target: the chip is the name alone.
    await expect(chip).toBeVisible();
    await expect(chip).not.toHaveAccessibleName(/ — /);
    await openResults(page);
    const target = page.getByLabel(/^Target of “Percentage of adult residents agreeing/);
    await target.fill('70');
    await target.press('Enter');
    await page.getByRole('button', { name: 'Results', exact: true }).click();
    // 78 in 2019 against a target of 70 to increase to: met, said in words, with a mark.
    await expect(chip).toHaveAccessibleName(/ — Target met$/);
    await expect(chip.locator('.chip-status')).toHaveText('✓ Target met');
    await editor.screenshot(`chip-status-${theme}`);
    const { violations } = await new AxeBuilder({ page }).include('.box-chips').withTags(WCAG_TAGS).analyze();
    expect(violations).toEqual([]);
    await page.getByRole('button', { name: /Undo/ }).click();
    await expect(chip).not.toHaveAccessibleName(/ — /);
  });
}
