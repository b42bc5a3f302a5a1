import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, SCREENSHOTS, test, type Editor } from './fixtures.js';

const toggle = (editor: Editor, name: 'Outline' | 'Details') => editor.page.getByRole('button', { name, exact: true });
const canvasWidth = (editor: Editor) => editor.page.locator('.canvas').evaluate((el) => el.getBoundingClientRect().width);
/** Box titles' on-screen size: font size × zoom. */
const titleSize = (editor: Editor) =>
  editor.page.evaluate(() => {
    const title = document.querySelector<HTMLElement>('.react-flow__node .plan-node-title')!;
    const zoom = Number(/scale\(([\d.]+)\)/.exec(document.querySelector<HTMLElement>('.canvas .react-flow__viewport')!.style.transform)?.[1]);
    return parseFloat(getComputedStyle(title).fontSize) * zoom;
  });

test.describe('side panels', () => {
  test('the outline and the details fold to rails by keyboard, the canvas takes the room, a reload remembers, and they open again', async ({
    editor,
    page,
  }) => {
    await editor.open();
    await editor.openCallToAction(3);
    const wide = await canvasWidth(editor);
    await expect(toggle(editor, 'Outline')).toHaveAttribute('aria-expanded', 'true');
    await expect(toggle(editor, 'Outline')).toHaveAttribute('title', /Hide the outline/);

    await toggle(editor, 'Outline').focus();
    await page.keyboard.press('Enter');
    await expect(toggle(editor, 'Outline')).toHaveAttribute('aria-expanded', 'false');
    await expect(page.locator('.outline')).toBeHidden();
    await toggle(editor, 'Details').click();
    await expect(toggle(editor, 'Details')).toHaveAttribute('aria-expanded', 'false');
    await expect(page.locator('.inspector')).toBeHidden();
    await editor.viewportAtRest();

    const wider = await canvasWidth(editor);
    // Two panels (230 + 300 px) become two 34 px rails.
    expect(wider - wide).toBeGreaterThan(400);
    expect(await titleSize(editor)).toBeGreaterThanOrEqual(11);
    // The rail keeps the panel's name in sight.
    await expect(toggle(editor, 'Outline')).toBeVisible();
    await page.screenshot({ path: join(SCREENSHOTS, 'panels-folded.png') });

    await page.reload();
    await expect(page.locator('.react-flow__node').first()).toBeVisible();
    await editor.settled();
    await expect(toggle(editor, 'Outline')).toHaveAttribute('aria-expanded', 'false');
    await expect(toggle(editor, 'Details')).toHaveAttribute('aria-expanded', 'false');
    await expect(page.locator('.outline')).toBeHidden();
    expect(await canvasWidth(editor)).toBeCloseTo(wider, 0);

    await toggle(editor, 'Outline').focus();
    await page.keyboard.press('Space');
    await toggle(editor, 'Details').click();
    await expect(page.locator('.outline')).toBeVisible();
    await expect(page.locator('.inspector')).toBeVisible();
    await editor.viewportAtRest();
    expect(await canvasWidth(editor)).toBeCloseTo(wide, 0);
    expect(await titleSize(editor)).toBeGreaterThanOrEqual(11);
  });

  test('the tabs under the details show one panel at a time, and the choice of tab keeps what was typed in another', async ({ editor, page }) => {
    await editor.open();
    const panel = (name: string) => page.getByRole('tabpanel', { name });
    await expect(panel('Problems')).toBeVisible();
    await expect(page.getByRole('tabpanel')).toHaveCount(1);
    await expect(page.getByPlaceholder(/Agreed at the March/)).toBeHidden();

    await page.getByRole('tab', { name: 'Versions' }).click();
    await expect(panel('Versions')).toBeVisible();
    await expect(page.getByRole('tabpanel')).toHaveCount(1);
    await expect(page.locator('section.problems')).toBeHidden();
    await page.getByPlaceholder(/Agreed at the March/).fill('Draft for the board');
    await page.getByRole('tab', { name: 'Problems' }).click();
    await expect(panel('Problems')).toBeVisible();
    await page.getByRole('tab', { name: 'Versions' }).click();
    await expect(page.getByPlaceholder(/Agreed at the March/)).toHaveValue('Draft for the board');
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`folded panels meet WCAG 2.2 A and AA in the ${theme} theme (full axe scan)`, async ({ editor, page }) => {
      test.setTimeout(120_000);
      await editor.open();
      await page.getByLabel('Colour theme').selectOption(theme);
      await toggle(editor, 'Outline').click();
      await toggle(editor, 'Details').click();
      await expect(toggle(editor, 'Details')).toHaveAttribute('aria-expanded', 'false');
      await editor.viewportAtRest();
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      const found = violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1] ?? ''}`));
      expect(found).toEqual([]);
    });
  }
});
