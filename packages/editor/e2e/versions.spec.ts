import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test, withNewOutcome } from './fixtures.js';

/** WCAG A and AA findings in the side panel (the full-page scan is accessibility.spec's). */
async function sidePanelViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).include('.editor-side').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

test('a local plan: save a version, change the plan, compare, restore, and undo the restore', async ({ editor, page }) => {
  await editor.open();
  await editor.openCallToAction(3);
  await page.getByRole('tab', { name: 'Versions' }).click();
  const versions = page.getByRole('region', { name: 'Versions' });
  await versions.getByLabel('Name this version').fill('Before the board');
  await versions.getByRole('button', { name: 'Save version' }).click();
  await expect(versions.getByRole('status')).toHaveText('Saved the version “Before the board”.');
  await expect(versions.locator('.version-name')).toHaveText(['Before the board']);

  await editor.unfoldActionsWith('a3.3-5');
  await editor.addBox('outcome');
  await expect(editor.node('outcome')).toHaveCount(1);
  await editor.clickPane();

  await versions.getByRole('button', { name: 'Compare with current “Before the board”' }).click();
  const comparison = page.getByRole('region', { name: 'Changes since “Before the board”' });
  // Adding a box lays the view out again: the moves are counted, not listed.
  await expect(comparison.locator('.comparison-summary')).toHaveText(/^1 box: 1 added(; \d+ boxes moved)?$/);
  const added = comparison.getByRole('button', { name: 'Added outcome “New outcome”' });
  await expect(added).toBeVisible();
  // The added box is marked on the canvas while the comparison is open.
  await expect(editor.node('outcome').locator('.plan-node-change')).toHaveText('+ Added');
  await editor.screenshot('versions-compare');
  expect(await sidePanelViolations(page), 'light theme').toEqual([]);
  await page.getByLabel('Colour theme').selectOption('dark');
  await expect(page.locator('.changemap-editor')).toHaveAttribute('data-theme', 'dark');
  await editor.screenshot('versions-compare-dark');
  expect(await sidePanelViolations(page), 'dark theme').toEqual([]);
  // Each line about a box selects it.
  await added.click();
  await expect(editor.titleField).toHaveValue('New outcome');

  await versions.getByRole('button', { name: 'Restore… “Before the board”' }).click();
  await versions.getByRole('group', { name: 'Restore “Before the board”?' }).getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(editor.notice).toContainText('Restored the version “Before the board”. Undo brings back the plan as it was.');
  await expect(page.locator('.plan-node-change')).toHaveCount(0);
  await expect(editor.node('outcome')).toHaveCount(0);

  // The restore is one undo step.
  await page.getByRole('button', { name: '↶ Undo' }).click();
  await expect(editor.node('outcome')).toHaveCount(1);
});

test('Compare with file… lists what changed since a saved file, and refuses a broken one', async ({ editor, page }) => {
  await editor.open();
  await editor.openCallToAction(3);
  const saved = await editor.saveFile();
  await withNewOutcome(editor);
  await page.getByRole('tab', { name: 'Versions' }).click();
  const versions = page.getByRole('region', { name: 'Versions' });
  const input = versions.getByLabel('Plan file to compare with');
  await input.setInputFiles({ name: 'saved.changemap.json', mimeType: 'application/json', buffer: Buffer.from(saved) });
  const comparison = page.getByRole('region', { name: 'Changes from “saved.changemap.json” to this plan' });
  await expect(comparison.getByRole('button', { name: 'Added outcome “New outcome”' })).toBeVisible();

  await input.setInputFiles({ name: 'broken.changemap.json', mimeType: 'application/json', buffer: Buffer.from('{ "format": "changemap", "nodes": [ }') });
  await expect(versions.getByRole('alert')).toContainText('“broken.changemap.json” could not be opened.');
  await expect(editor.node('outcome')).toHaveCount(1);
});
