import { expect, test } from './fixtures.js';

test('keyboard: select a focused box with Enter, move it with the arrows, link it from the inspector, see the shortcuts, hear of new problems', async ({
  editor,
  page,
}) => {
  await editor.open();
  await editor.openCallToAction(2);
  const before = await editor.position('o2-workplaces');
  await editor.node('o2-workplaces').focus();
  await page.keyboard.press('Enter');
  await expect(editor.titleField).toHaveValue('Workplaces support staff wellbeing');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => editor.position('o2-workplaces')).not.toBe(before);
  await page.keyboard.press('Control+z');
  await expect.poll(() => editor.position('o2-workplaces')).toBe(before);
  await page.keyboard.press('Control+Shift+L');
  const linkTo = page.getByLabel('Link this box to…');
  await expect(linkTo).toBeFocused();
  const option = await linkTo.locator('option', { hasText: 'contributes to outcome: Mental ill-health is prevented' }).getAttribute('value');
  await linkTo.selectOption(option!);
  await page.getByRole('button', { name: 'Link', exact: true }).click();
  await expect(page.locator('.react-flow__edge[data-id="contributesTo:o2-workplaces:o2-prevention"]')).toHaveCount(1);
  await editor.clickPane();
  await page.keyboard.press('?');
  await expect(page.locator('.shortcut-sheet[open]')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('.shortcut-sheet[open]')).toHaveCount(0);
  // A box added by keyboard has no indicator yet: screen readers hear of the new problem.
  await page.keyboard.press('Control+Shift+A');
  await expect(editor.node('outcome')).toHaveCount(1);
  await expect(page.getByTestId('problem-announcer')).toContainText(/new problem/);
});
