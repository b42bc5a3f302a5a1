import { expect, NEW_OUTCOME_WARNING, test, withLinkedOutcome, withMeasuredOutcome, withNewOutcome } from './fixtures.js';

test('open call to action 3 and add an outcome', async ({ editor }) => {
  await editor.open();
  await editor.openCallToAction(3);
  await expect(editor.node('cta-3')).toHaveCount(1);
  await editor.addBox('outcome');
  await expect(editor.node('outcome')).toHaveCount(1);
  await expect(editor.titleField).toHaveValue('New outcome');
});

test('connect an action to it: a warning appears for the outcome without an indicator', async ({ editor }) => {
  await withNewOutcome(editor);
  await editor.connect('a3.3-5', 'outcome');
  await expect(editor.edges('contributesTo:a3.3-5:outcome')).toHaveCount(1);
  await expect(editor.problem(NEW_OUTCOME_WARNING)).toHaveCount(1);
});

test('add an indicator and connect it: the warning disappears', async ({ editor }) => {
  await withLinkedOutcome(editor);
  await editor.addBox('indicator');
  await editor.connect('indicator', 'outcome');
  // The indicator is drawn as a chip on the outcome it measures, not as a box and a link.
  await expect(editor.chip('outcome', 'Indicator: New indicator')).toHaveCount(1);
  await expect(editor.problem(NEW_OUTCOME_WARNING)).toHaveCount(0);
});

test('undo brings the warning back', async ({ editor, page }) => {
  await withMeasuredOutcome(editor);
  await expect(editor.problem(NEW_OUTCOME_WARNING)).toHaveCount(0);
  await editor.clickPane();
  await page.keyboard.press('Control+z');
  await expect(editor.chip('outcome', 'Indicator: New indicator')).toHaveCount(0);
  await expect(editor.node('indicator')).toHaveCount(1);
  await expect(editor.problem(NEW_OUTCOME_WARNING)).toHaveCount(1);
  await editor.screenshot('after-undo');
});

test('a forbidden connection is refused with a reason', async ({ editor }) => {
  await withNewOutcome(editor);
  // Partners are chips on what they deliver; drawn as boxes, one can be a link's end.
  await editor.showAsBoxes('Partners');
  await editor.connect('outcome', 'csp');
  await expect(editor.notice).toContainText(
    /That link is not allowed\. An outcome cannot link to a partner\. It can link to: vision, aim, call to action, priority, outcome, output, action\./,
  );
  await expect(editor.page.locator('.react-flow__edge[data-id*=":outcome:csp"], .react-flow__edge[data-id*=":csp:outcome"]')).toHaveCount(0);
});

test('a problem click selects and centres its box', async ({ editor }) => {
  await withLinkedOutcome(editor);
  await editor.clickPane();
  await expect(editor.titleField).toHaveCount(0);
  await editor.page.locator('.problems .problem', { hasText: NEW_OUTCOME_WARNING }).click();
  await expect(editor.titleField).toHaveValue('New outcome');
  await expect(editor.node('outcome')).toHaveClass(/selected/);
  await editor.viewportAtRest();
  await expect(editor.node('outcome')).toBeInViewport();
});

test('editing a title in the inspector changes the box, and undo restores it', async ({ editor, page }) => {
  await withNewOutcome(editor);
  await editor.node('outcome').click();
  await editor.titleField.fill('Residents shape their neighbourhood');
  await expect(editor.node('outcome')).toContainText('Residents shape their neighbourhood');
  await editor.clickPane();
  await page.keyboard.press('Control+z');
  await expect(editor.node('outcome')).toContainText('New outcome');
});

test('dragging a box moves it, and one undo puts it back', async ({ editor, page }) => {
  await withNewOutcome(editor);
  // The new box is in view where it was added (the whole view, its unfolded actions' titles whole, is taller than the canvas).
  await editor.viewportAtRest();
  await expect(editor.node('outcome')).toBeInViewport();
  const before = (await editor.node('outcome').boundingBox())!;
  await editor.drag('outcome', 120, 60);
  await expect.poll(async () => (await editor.node('outcome').boundingBox())!.x - before.x, { message: 'moved right' }).toBeGreaterThan(60);
  await editor.clickPane();
  await page.keyboard.press('Control+z');
  await expect
    .poll(
      async () => {
        const back = (await editor.node('outcome').boundingBox())!;
        return Math.max(Math.abs(back.x - before.x), Math.abs(back.y - before.y));
      },
      { message: 'back where it was after one undo' },
    )
    .toBeLessThan(2);
});

test('deleting a box removes it and its links; undo brings both back', async ({ editor, page }) => {
  await withMeasuredOutcome(editor);
  // A chip opens its indicator in the inspector (its outcome folded with another: whole titles make their level too tall).
  await editor.unfoldActionsWith('o3-green');
  await editor.chip('o3-green', /^Indicator: Level of CO2/).click();
  await expect(editor.titleField).toHaveValue(/^Level of CO2/);
  // Indicators as boxes again (Show menu), to delete one with its link.
  await editor.showAsBoxes('Indicators');
  await editor.zoomOutToShow(editor.node('i3-co2'));
  await editor.node('i3-co2').click();
  await expect(editor.page.locator('.inspector label', { hasText: 'Data source' })).toHaveCount(1);
  await editor.screenshot('inspector-indicator');
  await editor.node('indicator').click();
  await page.keyboard.press('Delete');
  await expect(editor.node('indicator')).toHaveCount(0);
  await expect(editor.edges('measures:indicator:outcome')).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(editor.node('indicator')).toHaveCount(1);
  await expect(editor.edges('measures:indicator:outcome')).toHaveCount(1);
});

test('tidy layout arranges the view in one undoable step, leaving pinned boxes in place', async ({ editor, page }) => {
  await editor.open();
  await editor.openCallToAction(4);
  await editor.node('o4-jobs').click();
  await page.getByLabel('Keep in place when tidying this view (pin)').check();
  const pinnedBefore = await editor.position('o4-jobs');
  await editor.clickPane();
  // Move a box far away, then tidy: it comes back into the layout.
  await editor.fitView();
  const start = await editor.position('o4-skills');
  await editor.drag('o4-skills', 300, 300);
  await expect.poll(() => editor.position('o4-skills')).not.toBe(start);
  const moved = await editor.position('o4-skills');
  await page.click('[data-action="layout"]');
  await expect.poll(() => editor.position('o4-skills')).not.toBe(moved);
  await editor.settled();
  expect(await editor.position('o4-jobs')).toBe(pinnedBefore);
  await editor.fitView();
  await editor.screenshot('tidy-layout');
  await page.keyboard.press('Control+z');
  await expect.poll(() => editor.position('o4-skills')).toBe(moved);
});
