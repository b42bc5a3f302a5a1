import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.js';

/** The flagship names no data source for 7 of its indicators (examples/README.md). */
const NO_SOURCE = /has no data source/;

test('switching a rule off removes its findings, undo brings them back, and reload keeps the setting', async ({ editor, page }) => {
  await editor.open();
  await page.getByLabel('Whole plan').check();
  await expect(editor.problem('has no data source')).toHaveCount(7);

  await page.locator('.checker-settings summary').click();
  const grade = page.getByLabel('Every indicator names where its data comes from.');
  await expect(grade).toHaveValue('');
  await grade.selectOption('off');
  await expect(editor.problems.filter({ hasText: NO_SOURCE })).toHaveCount(0);
  await editor.screenshot('checker-settings-open');

  await page.getByRole('button', { name: /Undo/ }).click();
  await expect(editor.problems.filter({ hasText: NO_SOURCE })).toHaveCount(7);
  await expect(grade).toHaveValue('');

  await page.getByRole('button', { name: /Redo/ }).click();
  await expect(editor.problems.filter({ hasText: NO_SOURCE })).toHaveCount(0);
  // Autosave runs within half a second of the last change; the setting is part of the plan it saves.
  await expect.poll(async () => JSON.parse((await editor.autosaved()) ?? '{}').checker?.rules).toEqual({ 'indicator-without-source': 'off' });

  await editor.open('/');
  await page.getByLabel('Whole plan').check();
  await expect(editor.problems.filter({ hasText: NO_SOURCE })).toHaveCount(0);
  await page.locator('.checker-settings summary').click();
  await expect(page.getByLabel('Every indicator names where its data comes from.')).toHaveValue('off');
  await expect(page.locator('.checker-settings summary')).toHaveText('Checker settings · 1 changed for this plan');

  await page.getByRole('button', { name: 'Rules back to the defaults' }).click();
  await expect(editor.problems.filter({ hasText: NO_SOURCE })).toHaveCount(7);
  await expect(page.getByLabel('Profile', { exact: true })).toHaveValue('partnershipPlan');
});

for (const theme of ['light', 'dark'] as const) {
  test(`the open checker settings have no accessibility violations in the ${theme} theme (axe)`, async ({ editor, page }) => {
    await editor.open();
    await page.getByLabel('Colour theme').selectOption(theme);
    await page.locator('.checker-settings summary').click();
    await expect(page.getByLabel('Profile', { exact: true })).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).include('.checker-settings').analyze();
    expect(violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`))).toEqual([]);
    if (theme === 'dark') await editor.screenshot('checker-settings-dark');
  });
}
