import { expect, test } from './fixtures.js';

test('research view: linking a question to an outcome in the matrix shrinks the evidence-gap list', async ({ editor, page }) => {
  await editor.open();
  await editor.openCallToAction(3);
  await page.click('[data-action="research"]');
  await page.selectOption('[data-testid="research-cta"]', 'cta-3');
  const gapCount = page.locator('[data-testid="gap-count"]');
  const gapList = page.locator('.gap-list');
  const before = Number(await gapCount.textContent());
  expect(before).toBeGreaterThan(0);
  await expect(gapList).toContainText('Outcome: Fewer children and young people offend or reoffend');
  const cell = page.locator('[data-cell="rq-violence|o3-youth-justice"]');
  await expect(cell).toHaveAttribute('aria-checked', 'false');
  await cell.click();
  await expect(cell).toHaveAttribute('aria-checked', 'true');
  await expect.poll(async () => Number(await gapCount.textContent()), { message: 'fewer gaps' }).toBeLessThan(before);
  await expect(gapList).not.toContainText('Outcome: Fewer children and young people offend or reoffend');
  await editor.screenshot('research-view');
  await page.keyboard.press('Control+z');
  await expect(gapCount).toHaveText(String(before));
});

test('evidence strength draws causal links backed by strong evidence thicker', async ({ editor, page }) => {
  await editor.open();
  await page.getByLabel('Show evidence strength').check();
  await editor.openCallToAction(2);
  await editor.fitView();
  await expect(page.locator('.react-flow__edge.evidence-strong').first()).toBeAttached();
  await editor.screenshot('evidence-overlay');
  await page.getByLabel('Show evidence strength').uncheck();
  await expect(page.locator('.react-flow__edge.evidence-strong')).toHaveCount(0);
});
