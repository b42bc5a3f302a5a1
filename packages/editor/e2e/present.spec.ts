import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Editor } from './fixtures.js';

const presenter = (editor: Editor) => editor.page.getByTestId('presenter');
const counter = (editor: Editor) => editor.page.getByTestId('presenter-counter');
const shownBoxes = (editor: Editor) => editor.page.locator('.presenter .react-flow__node:not(.is-future)');
/** Boxes of the kinds the picture draws as chips and badges. */
const ANNOTATION_BOXES = ['indicator', 'partner', 'principle', 'researchQuestion', 'assumption', 'evidence']
  .map((kind) => `.presenter .react-flow__node-${kind}`)
  .join(', ');

/** Every group of actions unfolded on the canvas (the presentation then unfolds them too). */
async function unfoldEveryGroup(editor: Editor) {
  const toggles = editor.page.locator('.action-group .group-toggle');
  while ((await toggles.count()) > 0) {
    // Its “Show all ▸” button, wherever the group is (the view may be larger than the screen).
    await toggles.first().dispatchEvent('click');
    await editor.settled();
  }
}

/** The step counter, as numbers: "3 / 7" → [3, 7]. */
async function stepOf(editor: Editor): Promise<[number, number]> {
  const [at, of] = ((await counter(editor).textContent()) ?? '').split('/').map((n) => Number(n.trim()));
  return [at!, of!];
}

/** What must come back unchanged after presenting: view, selection, pan and zoom, panels. */
async function editorState(editor: Editor) {
  return {
    view: await editor.page.locator('.view-button[aria-pressed="true"]').textContent(),
    selected: await editor.page.locator('.react-flow__node.selected').getAttribute('data-id'),
    viewport: await editor.page.locator('.canvas .react-flow__viewport').getAttribute('style'),
    inspector: await editor.titleField.inputValue(),
    outlineVisible: await editor.page.locator('.outline').isVisible(),
  };
}

test.describe('presenting', () => {
  test('P presents the view: focus moves in, the arrows add one level at a time, N shows notes, Escape returns to the editor as it was', async ({
    editor,
    page,
  }) => {
    test.slow(); // walks every step of the largest call to action, checking each: over a minute on a loaded machine
    await editor.open();
    await editor.openCallToAction(3);
    await page.locator('.outline-item', { hasText: 'Support safer communities' }).click();
    await editor.settled();
    const before = await editorState(editor);
    expect(before.selected).toBe('p3.1');

    await editor.node('p3.1').focus();
    await page.keyboard.press('p');
    await expect(presenter(editor)).toBeVisible();
    // The keys work at once: focus is inside the presentation, no click needed.
    await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('[data-testid="presenter"]'))).toBe(true);
    await expect(counter(editor)).toHaveText(/^1 \/ \d+$/);
    const [, total] = await stepOf(editor);
    expect(total).toBeGreaterThanOrEqual(4); // actions, outcomes, priorities, call to action … vision
    await expect(page.locator('.presenter-level')).toHaveText('Actions');
    // The diagram fills the window: where the outline and inspector were, the presentation is.
    for (const [x, y] of [
      [100, 400],
      [1300, 400],
      [720, 450],
    ]) {
      expect(await page.evaluate(([px, py]) => !!document.elementFromPoint(px!, py!)?.closest('[data-testid="presenter"]'), [x, y])).toBe(true);
    }
    await editor.screenshot('present-step-1');
    // The picture's causal chain: indicators, partners and the rest are chips and badges on the boxes, never boxes.
    await expect(page.locator(ANNOTATION_BOXES)).toHaveCount(0);
    await expect(page.locator('.presenter .react-flow__node:not(.is-future) [data-testid="presented-chip"]').first()).toBeVisible();
    expect(await page.locator('.presenter .react-flow__node:not(.is-future) .chip').count()).toBeGreaterThan(1);
    await expect(page.locator('.presenter .react-flow__edge.is-future').first()).toBeAttached(); // links are drawn, hidden until their step
    const barHeight = async () => (await page.locator('.presenter-bar').boundingBox())!.height;
    const firstBar = await barHeight();

    let shown = await shownBoxes(editor).count();
    for (let step = 2; step <= total; step++) {
      await page.keyboard.press('ArrowRight');
      await expect(counter(editor)).toHaveText(`${step} / ${total}`);
      const now = await shownBoxes(editor).count();
      expect(now, `step ${step} shows more boxes`).toBeGreaterThan(shown);
      shown = now;
      await expect(page.locator('.presenter .react-flow__node.is-newest').first()).toBeVisible();
    }
    await expect(page.locator('.presenter-level')).toHaveText('Vision');
    expect(await barHeight(), 'the header keeps its height').toBe(firstBar);
    await expect(page.locator(ANNOTATION_BOXES)).toHaveCount(0);
    // Whole titles, and room for them: no two boxes overlap.
    const boxes = await page.locator('.presenter .react-flow__node:not(.is-future) .plan-node').evaluateAll((nodes) =>
      nodes.map((n) => {
        const r = n.getBoundingClientRect();
        const title = n.querySelector('.plan-node-title')!;
        return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, cut: title.scrollHeight > title.clientHeight + 1 };
      }),
    );
    expect(boxes.filter((b) => b.cut)).toEqual([]);
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1)) expect(a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top, 'boxes overlap').toBe(true);
    await expect(page.getByTestId('presenter-announcer')).toHaveText(
      `Step ${total} of ${total}: Vision. 1 new: Residents and partners working together to improve quality of life, advance equality, opportunity, and empowered communities..`,
    );
    await editor.viewportAtRest();
    await editor.screenshot('present-last-step');
    // The overview frames every box shown so far: the camera pulls back.
    const zoomOf = async () => Number(/scale\(([\d.]+)\)/.exec((await page.locator('.presenter .react-flow__viewport').getAttribute('style')) ?? '')![1]);
    const close = await zoomOf();
    await page.keyboard.press('o');
    await expect(page.getByRole('button', { name: 'Overview' })).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(zoomOf).toBeLessThan(close);
    await page.keyboard.press('o');
    await expect.poll(zoomOf).toBeCloseTo(close, 2);
    await page.keyboard.press('ArrowRight'); // past the end: stays
    await expect(counter(editor)).toHaveText(`${total} / ${total}`);
    await page.keyboard.press('ArrowLeft');
    await expect(counter(editor)).toHaveText(`${total - 1} / ${total}`);
    await page.keyboard.press('Home');
    await expect(counter(editor)).toHaveText(`1 / ${total}`);

    // Speaker notes: the new boxes' titles and descriptions.
    await page.keyboard.press('End');
    await page.keyboard.press('n');
    const notes = page.getByTestId('presenter-notes');
    await expect(notes).toBeVisible();
    await expect(notes).toContainText('The introduction words it');
    await expect(page.getByRole('button', { name: 'Notes' })).toHaveAttribute('aria-pressed', 'true');
    await editor.viewportAtRest();
    await editor.screenshot('present-notes');
    await expect(notes).not.toContainText('No description');
    await page.keyboard.press('N');
    await expect(notes).toBeHidden();

    // Keys do not reach the editor behind: Ctrl+Z must not undo anything unseen.
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Escape');
    await expect(presenter(editor)).toHaveCount(0);
    expect(await editorState(editor)).toEqual(before);
    await expect(editor.node('p3.1')).toBeFocused();
  });

  test('the Present button works without a further click, and Exit returns focus to it', async ({ editor, page }) => {
    await editor.open();
    await editor.openCallToAction(2);
    const present = page.getByRole('button', { name: '▶ Present', exact: true });
    await present.click();
    await expect(counter(editor)).toHaveText(/^1 \//);
    await page.keyboard.press('ArrowRight');
    await expect(counter(editor)).toHaveText(/^2 \//);
    await page.keyboard.press('ArrowLeft');
    await expect(counter(editor)).toHaveText(/^1 \//);
    await page.getByRole('button', { name: 'Next ▶' }).click();
    await expect(counter(editor)).toHaveText(/^2 \//);
    await page.getByRole('button', { name: 'Exit' }).click();
    await expect(presenter(editor)).toHaveCount(0);
    await expect(present).toBeFocused();
  });

  test('“Present pathway” steps from the box’s actions up to the vision, showing only that pathway', async ({ editor, page }) => {
    test.slow(); // unfolds every group (each a new layout) before presenting: over a minute on a loaded machine
    await editor.open();
    await editor.openCallToAction(3);
    await unfoldEveryGroup(editor);
    await page.locator('.outline-item', { hasText: 'Support safer communities' }).click();
    await expect(page.getByTestId('pathway-announcer')).toContainText('Support safer communities');
    const ids = (selector: string) => page.locator(selector).evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-id')!).sort());
    const lit = await ids('.canvas .react-flow__node:not(.is-dimmed)');
    await page.getByRole('button', { name: '▶ Present pathway' }).click();
    await expect(page.locator('.presenter-pathway')).toHaveText('Pathways through “Support safer communities”');
    await expect(page.locator('.presenter-level')).toHaveText('Actions');
    await page.keyboard.press('End');
    await expect(page.locator('.presenter-level')).toHaveText('Vision');
    // Every box lit on the canvas, then beyond the call to action’s view: the aims, shared outcomes and the vision.
    const shown = await ids('.presenter .react-flow__node:not(.is-future)');
    expect(shown).toEqual(expect.arrayContaining(lit));
    const beyond = shown.filter((id) => !lit.includes(id));
    expect(beyond).toContain('vision');
    for (const id of beyond) await expect(page.locator(`.presenter .react-flow__node[data-id="${id}"]`)).toHaveClass(/react-flow__node-(aim|outcome|vision)/);
    for (const id of ['p3.2', 'p3.3']) await expect(page.locator(`.presenter .react-flow__node[data-id="${id}"]`)).toHaveCount(0);
    await editor.viewportAtRest();
    await editor.screenshot('present-pathway');
    await page.keyboard.press('Escape');
    await expect(presenter(editor)).toHaveCount(0);
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`the presentation has no WCAG 2.2 A or AA violations in the ${theme} theme (axe)`, async ({ editor, page }) => {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await editor.open();
      await page.getByLabel('Colour theme').selectOption(theme);
      await editor.openCallToAction(3);
      await page.getByRole('button', { name: '▶ Present', exact: true }).click();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('n');
      await expect(page.getByTestId('presenter-notes')).toBeVisible();
      await editor.viewportAtRest();
      await editor.screenshot(`present-axe-${theme}`);
      const { violations } = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .include('[data-testid="presenter"]')
        .analyze();
      const found = violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1] ?? ''}`));
      expect(found).toEqual([]);
    });
  }
});
