import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.js';

for (const theme of ['light', 'dark'] as const) {
  test(`contrast meets WCAG 2.2 AA in the ${theme} theme (axe)`, async ({ editor, page }) => {
    await editor.open();
    await page.getByLabel('Colour theme').selectOption(theme);
    await expect(page.locator('.changemap-editor')).toHaveAttribute('data-theme', theme);
    const { violations } = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
    const found = violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1] ?? ''}`));
    expect(found).toEqual([]);
  });
}
