import { expect, test } from './fixtures.js';

test('the flagship opens with five calls to action, each at a readable size', async ({ editor }) => {
  await editor.open();
  await expect(editor.page.locator('.view-button.cta')).toHaveCount(5);
  for (let n = 1; n <= 5; n++) {
    await editor.openCallToAction(n);
    await expect(editor.node(`cta-${n}`)).toHaveCount(1);
    // As it opens: fitted, but not below 45% zoom (the screenshot is for a person to judge).
    await editor.screenshot(`call-to-action-${n}`);
  }
});
