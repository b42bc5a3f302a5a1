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

test('a view turned top to bottom is presented top to bottom: each level steps downwards, the camera follows, Escape returns to the editor as it was', async ({
  editor,
  page,
}) => {
  test.setTimeout(120_000); // nine steps, each waited on until the camera is still
  await editor.open();
  await editor.openCallToAction(3);
  await page.locator('.show-menu summary').click();
  await levelsRun(editor).selectOption('top to bottom');
  await page.locator('.show-menu summary').click();
  await editor.settled();
  await expect(page.locator('.level-bands')).toHaveClass(/direction-DOWN/);
  const viewport = () => page.locator('.canvas .react-flow__viewport').getAttribute('style');
  const before = await viewport();

  await page.getByRole('button', { name: '▶ Present', exact: true }).click();
  const counter = page.getByTestId('presenter-counter');
  await expect(counter).toHaveText(/^1 \/ \d+$/);
  const total = Number((await counter.textContent())!.split('/')[1]);
  /** The newest level's boxes on screen: their middle, and whether each is wholly inside the window. */
  const newest = () =>
    page.locator('.presenter .react-flow__node.is-newest').evaluateAll((nodes) => {
      const rects = nodes.map((n) => n.getBoundingClientRect());
      const inside = rects.every((r) => r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight);
      return { y: rects.reduce((sum, r) => sum + r.top + r.height / 2, 0) / rects.length, inside };
    });
  /** Where the newest level sits in the diagram itself (flow coordinates), whatever the camera does. */
  const newestPlace = () =>
    page.locator('.presenter .react-flow__node.is-newest').evaluateAll((nodes) => {
      const ys = nodes.map((n) => Number(/translate\(([-\d.]+)px, ?([-\d.]+)px\)/.exec((n as HTMLElement).style.transform)![2]));
      const xs = nodes.map((n) => Number(/translate\(([-\d.]+)px, ?([-\d.]+)px\)/.exec((n as HTMLElement).style.transform)![1]));
      return { top: Math.min(...ys), bottom: Math.max(...ys), left: Math.min(...xs) };
    });
  await editor.viewportAtRest();
  await expect(page.locator('.presenter-hint')).toContainText('↑ ↓ step');
  let previous = await newestPlace();
  for (let step = 2; step <= total; step++) {
    await page.keyboard.press('ArrowDown');
    await expect(counter).toHaveText(`${step} / ${total}`);
    await editor.viewportAtRest();
    const place = await newestPlace();
    expect(place.top, `step ${step} (${await page.locator('.presenter-level').textContent()}) is below the one before`).toBeGreaterThan(previous.bottom);
    expect((await newest()).inside, `step ${step}: the camera shows every new box`).toBe(true);
    previous = place;
    if (step === 2) await editor.screenshot('present-top-to-bottom-step-2');
  }
  await editor.screenshot('present-top-to-bottom-last-step');
  await page.keyboard.press('n');
  await expect(page.getByTestId('presenter-notes')).toBeVisible();
  await editor.viewportAtRest();
  expect((await newest()).inside, 'with the notes open, the newest level still fits').toBe(true);
  await editor.screenshot('present-top-to-bottom-notes');

  await page.keyboard.press('Escape');
  await expect(page.getByTestId('presenter')).toHaveCount(0);
  await expect(page.locator('.level-bands')).toHaveClass(/direction-DOWN/);
  expect(await viewport()).toBe(before);
});
