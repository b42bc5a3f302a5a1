import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';

/** Every WCAG 2.x rule at levels A and AA that axe knows, not only contrast. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function violations(page: Page): Promise<string[]> {
  const { violations: found } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return found.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1] ?? ''}`));
}

for (const theme of ['light', 'dark'] as const) {
  test(`the editor meets WCAG 2.2 A and AA in the ${theme} theme (full axe scan)`, async ({ editor, page }) => {
    // A full scan of the flagship's diagram takes several seconds on a shared machine; five are made.
    test.setTimeout(300_000);
    await editor.open();
    await page.getByLabel('Colour theme').selectOption(theme);
    await expect(page.locator('.changemap-editor')).toHaveAttribute('data-theme', theme);
    expect(await violations(page), 'as it opens').toEqual([]);

    await editor.node('o1.1-health').click();
    await expect(editor.titleField).toBeVisible();
    expect(await violations(page), 'with a box selected').toEqual([]);

    await editor.clickPane();
    // One at a time: each opened group (the checker settings too) leaves the list of closed ones.
    const closed = page.locator('.problems details:not([open]) summary');
    while ((await closed.count()) > 0) await closed.first().click();
    expect(await violations(page), 'with every group of the problems panel open').toEqual([]);

    // The question before an unsaved plan is replaced.
    await editor.addBox('outcome');
    await page.getByRole('button', { name: 'New plan' }).click();
    await expect(page.getByRole('dialog', { name: 'Keep your changes?' })).toBeVisible();
    expect(await violations(page), 'with the replace question open').toEqual([]);
    await page.keyboard.press('Escape');

    // The skip link, shown when it has the keyboard.
    await page.getByRole('link', { name: 'Skip to diagram' }).focus();
    expect(await violations(page), 'with the skip link shown').toEqual([]);
  });
}
