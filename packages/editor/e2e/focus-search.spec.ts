import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Editor } from './fixtures.js';

const dimmed = (editor: Editor) => editor.page.locator('.react-flow__node.is-dimmed');
const lit = (editor: Editor) => editor.page.locator('.react-flow__node:not(.is-dimmed)');

/** Annotations drawn back as boxes, and the groups of actions that `selector` picks unfolded: each box of those drawn on its own. */
async function showAsBoxes(editor: Editor, groups: string) {
  for (const label of ['Indicators', 'Partners', 'Principles', 'Research questions', 'Assumptions & evidence']) await editor.showAsBoxes(label);
  const toggles = editor.page.locator(`${groups} .group-toggle[aria-expanded="false"]`);
  while ((await toggles.count()) > 0) {
    // Its “Show all ▸” button, wherever the group is (the view may be larger than the screen).
    await toggles.first().dispatchEvent('click');
    await editor.settled();
  }
}

/** Clicks the canvas where no box, link or control is (the picture fills more of it than it did). */
async function clickBackground(editor: Editor) {
  const pane = editor.page.locator('.react-flow__pane');
  const box = (await pane.boundingBox())!;
  const spot = await editor.page.evaluate((b) => {
    for (let y = b.y + b.height - 10; y > b.y; y -= 20)
      for (let x = b.x + b.width - 10; x > b.x; x -= 20)
        if (document.elementFromPoint(x, y)?.classList.contains('react-flow__pane')) return { x: x - b.x, y: y - b.y };
    return undefined;
  }, box);
  await pane.click({ position: spot! });
}

test.describe('focus: a selected box highlights its pathways', () => {
  test('selecting a box dims everything off its pathways, announces them, and Escape clears it', async ({ editor, page }) => {
    await editor.open();
    await editor.openCallToAction(3);
    await expect(dimmed(editor)).toHaveCount(0);
    await page.locator('.outline-item', { hasText: 'Support safer communities' }).click();
    await editor.viewportAtRest();

    const announcer = page.getByTestId('pathway-announcer');
    await expect(announcer).toHaveText(/^Showing \d+ boxes on pathways through “Support safer communities”\.$/);
    const shown = Number(/Showing (\d+)/.exec((await announcer.textContent()) ?? '')![1]);
    // Folded, a group of actions is lit when its actions are on the pathways, dimmed when none is.
    await expect(page.locator('.react-flow__node:has(.action-group[data-actions~="a3.1-1"])')).not.toHaveClass(/is-dimmed/);
    await expect(page.locator('.react-flow__node:has(.action-group[data-actions~="a3.3-5"])')).toHaveClass(/is-dimmed/);
    // What is announced is what is lit: the box, its call to action up to the vision, its actions.
    test.slow(); // each kind shown as boxes and each group unfolded lays the view out again
    await showAsBoxes(editor, '.react-flow__node:not(.is-dimmed)');
    await expect(editor.node('p3.1')).toHaveClass(/selected/);
    await expect(lit(editor)).toHaveCount(shown);
    for (const id of ['p3.1', 'cta-3', 'a3.1-1']) await expect(editor.node(id)).not.toHaveClass(/is-dimmed/);
    for (const id of ['p3.2', 'p3.3'])
      // a3.3-5: its group, folded, is dimmed (above)
      await expect(editor.node(id)).toHaveClass(/is-dimmed/);
    await expect(page.locator('.react-flow__edge.is-dimmed').first()).toBeAttached();
    await editor.screenshot('focus-pathway-cta3');

    // Dimmed boxes are greyed, not faded: every text on the canvas keeps AA contrast.
    const { violations } = await new AxeBuilder({ page }).include('.canvas').withRules(['color-contrast']).analyze();
    expect(violations.flatMap((v) => v.nodes.map((n) => n.target.join(' ')))).toEqual([]);

    await page.keyboard.press('Escape');
    await expect(dimmed(editor)).toHaveCount(0);
    await expect(announcer).toHaveText('');
  });

  test('clicking the background clears the highlight, and the switch turns it off', async ({ editor, page }) => {
    await editor.open();
    await editor.openCallToAction(3);
    await page.locator('.outline-item', { hasText: 'Support safer communities' }).click();
    await expect(dimmed(editor).first()).toBeVisible();
    await editor.viewportAtRest();
    await clickBackground(editor);
    await expect(dimmed(editor)).toHaveCount(0);

    await page.getByLabel('Highlight pathways').uncheck();
    await page.locator('.outline-item', { hasText: 'Support safer communities' }).click();
    await expect(editor.node('p3.1')).toHaveClass(/selected/);
    await expect(dimmed(editor)).toHaveCount(0);
    await page.getByLabel('Highlight pathways').check();
    await expect(dimmed(editor).first()).toBeVisible();
  });
});

test.describe('search', () => {
  test('Ctrl+F searches the whole plan; the arrow keys and Enter open the view, select and centre the box', async ({ editor, page }) => {
    await editor.open();
    await editor.openCallToAction(1);
    await editor.clickPane();
    await page.keyboard.press('Control+f');
    const search = page.getByRole('combobox', { name: 'Search boxes' });
    await expect(search).toBeFocused();

    // Any case, any accents: “RÉSIDENTS’ CONCERNS” finds “… our residents’ concerns …” in call to action 3.
    await search.fill('RÉSIDENTS’ CONCERNS');
    const options = page.getByRole('listbox', { name: 'Matching boxes' }).getByRole('option');
    await expect(options.first()).toBeVisible();
    await expect(search).toHaveAttribute('aria-expanded', 'true');
    await expect(options.filter({ hasText: /listen to our residents’ concerns/ })).toContainText('in Call to action 3');
    await editor.screenshot('search-results');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await expect(options.first()).toHaveAttribute('aria-selected', 'true');
    await expect(search).toHaveAttribute('aria-activedescendant', (await options.first().getAttribute('id'))!);
    await page.keyboard.press('Enter');

    await expect(editor.callToActionButton(3)).toHaveAttribute('aria-pressed', 'true');
    await expect(editor.node('a3.3-5')).toHaveClass(/selected/);
    await expect(editor.node('a3.3-5')).toBeFocused();
    await editor.settled();
    const box = (await editor.node('a3.3-5').boundingBox())!;
    const canvas = (await page.locator('.canvas').boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(canvas.x);
    expect(box.x + box.width).toBeLessThanOrEqual(canvas.x + canvas.width);
    expect(box.y).toBeGreaterThanOrEqual(canvas.y);
    expect(box.y + box.height).toBeLessThanOrEqual(canvas.y + canvas.height);
    // The matches drawn on this view are marked on the canvas.
    await expect(editor.node('a3.3-5')).toHaveClass(/is-search-match/);
    await editor.screenshot('search-chosen');
  });

  test('"/" focuses the search; Escape closes the list, then empties the box', async ({ editor, page }) => {
    await editor.open();
    await editor.openCallToAction(3);
    // Every match drawn as a box of its own (the groups that hold one unfolded), so that each one is marked.
    await page.getByRole('combobox', { name: 'Search boxes' }).fill('housing');
    test.slow(); // each kind shown as boxes and each group unfolded lays the view out again
    await showAsBoxes(editor, '.react-flow__node.is-search-match');
    await page.getByRole('combobox', { name: 'Search boxes' }).fill('');
    await clickBackground(editor);
    await page.keyboard.press('/');
    const search = page.getByRole('combobox', { name: 'Search boxes' });
    await expect(search).toBeFocused();
    await page.keyboard.type('housing');
    await expect(page.getByRole('listbox', { name: 'Matching boxes' })).toBeVisible();
    const marked = page.locator('.react-flow__node.is-search-match');
    await expect(marked.first()).toBeVisible();
    await expect(page.locator('.lens-search-summary')).toHaveText(new RegExp(`^${await marked.count()} in this view`));
    await page.keyboard.press('Escape');
    await expect(page.getByRole('listbox', { name: 'Matching boxes' })).toBeHidden();
    await page.keyboard.press('Escape');
    await expect(search).toHaveValue('');
    await expect(marked).toHaveCount(0);
  });
});

test.describe('filters', () => {
  test('a partner filter dims the boxes it does not deliver, without moving anything; Clear undoes it', async ({ editor, page }) => {
    await editor.open();
    await editor.openCallToAction(3);
    await editor.unfoldActionsWith('a3.1-1');
    await editor.unfoldActionsWith('a3.3-5');
    await page.getByRole('button', { name: /^Filter/ }).click();
    const panel = page.getByRole('group', { name: 'Filter boxes' });
    await expect(panel.getByRole('group', { name: 'Partner' })).toBeVisible();
    await expect(panel.getByRole('group', { name: 'Level' })).toBeVisible();
    // The flagship has no tags: that list is not offered.
    await expect(panel.getByRole('group', { name: 'Tag' })).toHaveCount(0);
    await editor.settled();
    const before = await editor.position('a3.3-5');
    await panel.getByLabel(/Community Safety Partnership/).check();
    await editor.screenshot('filters-partner');
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();

    await expect(page.getByTestId('filters-on')).toHaveText('1 filter on · Clear');
    await expect(editor.node('cta-3')).not.toHaveClass(/is-dimmed/);
    await expect(editor.node('a3.1-1')).not.toHaveClass(/is-dimmed/);
    await expect(editor.node('a3.3-5')).toHaveClass(/is-dimmed/);
    expect(await editor.position('a3.3-5')).toBe(before);

    // Facets combine: the partner's boxes on the Actions level only.
    await page.getByRole('button', { name: /^Filter/ }).click();
    await panel.getByLabel(/^Actions/).check();
    await expect(page.getByTestId('filters-on')).toHaveText('2 filters on · Clear');
    await expect(editor.node('cta-3')).toHaveClass(/is-dimmed/);
    await expect(editor.node('a3.1-1')).not.toHaveClass(/is-dimmed/);

    await page.getByRole('button', { name: 'Clear' }).click();
    await expect(page.getByTestId('filters-on')).toHaveCount(0);
    await expect(dimmed(editor)).toHaveCount(0);
  });
});

for (const theme of ['light', 'dark'] as const) {
  test(`the search list and the filter menu have no WCAG 2.2 A or AA violations in the ${theme} theme (axe)`, async ({ editor, page }) => {
    await editor.open();
    await page.getByLabel('Colour theme').selectOption(theme);
    await editor.openCallToAction(3);
    const scan = async () => {
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).include('.lens-bar').analyze();
      return violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1] ?? ''}`));
    };
    await page.getByRole('combobox', { name: 'Search boxes' }).fill('safe');
    await expect(page.getByRole('listbox', { name: 'Matching boxes' })).toBeVisible();
    expect(await scan()).toEqual([]);
    await page.getByRole('button', { name: /^Filter/ }).click();
    await page
      .getByRole('group', { name: 'Filter boxes' })
      .getByLabel(/^Actions/)
      .check();
    await expect(page.getByTestId('filters-on')).toBeVisible();
    expect(await scan()).toEqual([]);
    await editor.screenshot(`lens-bar-axe-${theme}`);
  });
}
