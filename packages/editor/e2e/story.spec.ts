import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.js';

test('the inspector tells the story of the selected box, and its other boxes lead to them', async ({ editor, page }) => {
  await editor.open();
  await editor.openCallToAction(2);
  await editor.node('o2-self-care').click();
  const story = page.locator('.inspector .story');
  await expect(story.getByRole('heading', { name: 'Story' })).toBeVisible();
  await expect(story.locator('.story-count')).toHaveText('One pathway runs through this outcome.');
  const text = story.locator('.story-text').first();
  await expect(text).toContainText('If residents take action to improve their mental health and well-being;');
  await expect(text).toContainText('because residents use mental health support once they know what is available; we will know by tracking');
  await expect(text.locator('mark')).toHaveText('residents look after their mental health and seek support early');
  await story.scrollIntoViewIfNeeded();
  await editor.screenshot('story-outcome');

  // Each other box the story names is a button that selects it.
  await text.locator('.story-box[data-node-id="r2-4"]').click();
  await expect(editor.titleField).toHaveValue(/^Get active by working out/);
  await expect(page.locator('.inspector .story-text mark').first()).toHaveText(/^get active by working out, dancing, gardening/);
});

test('the story follows edits, and a box on no pathway says how to join one', async ({ editor, page }) => {
  await editor.open();
  await editor.openCallToAction(2);
  await editor.node('o2-workplaces').click();
  const mark = page.locator('.inspector .story-text mark');
  await expect(mark).toHaveText('workplaces support staff wellbeing');
  await editor.titleField.fill('Employers look after staff wellbeing.');
  await expect(mark).toHaveText('employers look after staff wellbeing');

  await editor.addBox('outcome');
  await expect(editor.titleField).toHaveValue('New outcome');
  await expect(page.locator('.inspector .story')).toContainText(
    'No pathway runs through this outcome yet. Link it to what leads to it and to what it leads to.',
  );
});

test('a call to action lists its pathways three at a time', async ({ editor, page }) => {
  await editor.open();
  await editor.openCallToAction(3);
  await editor.node('cta-3').click();
  const story = page.locator('.inspector .story');
  const count = Number((await story.locator('.story-count').textContent())?.match(/^(\d+) pathways/)?.[1]);
  expect(count).toBeGreaterThan(3);
  await expect(story.locator('.story-list > li')).toHaveCount(3);
  await story.getByRole('button', { name: `Show all ${count} pathways` }).click();
  await expect(story.locator('.story-list > li')).toHaveCount(count);
  await expect(story.getByRole('button', { name: 'Show fewer' })).toHaveAttribute('aria-expanded', 'true');
});

for (const theme of ['light', 'dark'] as const) {
  test(`the story reads clearly in the ${theme} theme (axe)`, async ({ editor, page }) => {
    await editor.open();
    await page.getByLabel('Colour theme').selectOption(theme);
    await editor.openCallToAction(2);
    await editor.node('o2-self-care').click();
    await expect(page.locator('.inspector .story-text mark')).toBeVisible();
    await page.locator('.inspector .story').scrollIntoViewIfNeeded();
    await editor.screenshot(`story-${theme}`);
    const { violations } = await new AxeBuilder({ page }).include('.inspector .story').withRules(['color-contrast', 'link-name', 'list', 'listitem']).analyze();
    expect(violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`))).toEqual([]);
  });
}
