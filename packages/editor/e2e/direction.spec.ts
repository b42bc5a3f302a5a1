import { expect, test, type Editor } from './fixtures.js';

const levelsRun = (editor: Editor) => editor.page.locator('.show-menu').getByLabel('Levels run');
/** The middle of a box on screen. */
const centre = async (editor: Editor, id: string) => {
  const box = (await editor.node(id).boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
};

/** Call to action 3 and its priority 3.1: the priority comes a level before the call to action. */
async function priorityBeforeCallToAction(editor: Editor) {
  const [priority, cta] = [await centre(editor, 'p3.1'), await centre(editor, 'cta-3')];
  return { leftToRight: cta.x - priority.x > 100, topToBottom: cta.y - priority.y > 50 };
}

test('levels run top to bottom when chosen: saved with the view in the plan, kept on reload and in the saved file, one undo step back', async ({
  editor,
  page,
}) => {
  await editor.open();
  await editor.openCallToAction(3);
  await expect(page.locator('.level-bands')).toHaveClass(/direction-RIGHT/);
  expect(await priorityBeforeCallToAction(editor)).toMatchObject({ leftToRight: true });

  await page.locator('.show-menu summary').click();
  await levelsRun(editor).selectOption('top to bottom');
  await page.locator('.show-menu summary').click();
  await editor.settled();
  await expect(page.locator('.level-bands')).toHaveClass(/direction-DOWN/);
  await expect.poll(() => priorityBeforeCallToAction(editor)).toMatchObject({ topToBottom: true });
  await editor.screenshot('direction-top-to-bottom');
  const saved = JSON.parse(await editor.saveFile()) as { views: Record<string, { direction?: string }> };
  expect(saved.views['cta-3']?.direction).toBe('down');
  expect(saved.views['cta-1']?.direction).toBeUndefined();

  // Autosaved with the plan: a reload opens the view top to bottom again.
  await expect.poll(async () => JSON.parse((await editor.autosaved()) ?? '{}').views?.['cta-3']?.direction).toBe('down');
  await editor.open('/');
  await editor.openCallToAction(3);
  await expect(page.locator('.level-bands')).toHaveClass(/direction-DOWN/);
  expect(await priorityBeforeCallToAction(editor)).toMatchObject({ topToBottom: true });
  await page.locator('.show-menu summary').click();
  await expect(levelsRun(editor)).toHaveValue('down');
  // Other views keep running left to right.
  await page.locator('.show-menu summary').click();
  await editor.openCallToAction(1);
  await expect(page.locator('.level-bands')).toHaveClass(/direction-RIGHT/);

  // One undo takes back both the direction and the places it gave the boxes.
  await editor.open();
  await editor.openCallToAction(3);
  const before = await editor.position('p3.1');
  await page.locator('.show-menu summary').click();
  await levelsRun(editor).selectOption('top to bottom');
  await editor.settled();
  await expect(page.locator('.level-bands')).toHaveClass(/direction-DOWN/);
  await page.getByRole('button', { name: /Undo/ }).click();
  await editor.settled();
  await expect(page.locator('.level-bands')).toHaveClass(/direction-RIGHT/);
  expect(await editor.position('p3.1')).toBe(before);
});
