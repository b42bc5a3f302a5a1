import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, FLAGSHIP_FILE, test, withNewOutcome, type Editor } from './fixtures.js';

type Box = { x: number; y: number; width: number; height: number };

async function canvasBox(page: Page): Promise<Box> {
  return (await page.locator('.canvas').boundingBox())!;
}

function inside(box: Box, area: Box): boolean {
  return box.x >= area.x && box.y >= area.y && box.x + box.width <= area.x + area.width && box.y + box.height <= area.y + area.height;
}

function overlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** The boxes drawn on screen other than `except`, as screen rectangles. */
async function otherBoxes(page: Page, except: string): Promise<Box[]> {
  const boxes = await page.locator(`.react-flow__node:not([data-id="${except}"])`).all();
  return (await Promise.all(boxes.map((box) => box.boundingBox()))).filter((b): b is Box => b !== null);
}

/** Drags the empty canvas so the diagram slides far out of sight. */
async function panAway(editor: Editor): Promise<void> {
  const area = await canvasBox(editor.page);
  await editor.clickPane();
  await editor.page.mouse.move(area.x + 10, area.y + area.height - 10);
  await editor.page.mouse.down();
  for (let i = 1; i <= 10; i++) await editor.page.mouse.move(area.x + 10 + i * 120, area.y + area.height - 10 - i * 10);
  await editor.page.mouse.up();
  await editor.page.mouse.move(area.x + 10, area.y + area.height - 10);
  await editor.page.mouse.down();
  for (let i = 1; i <= 10; i++) await editor.page.mouse.move(area.x + 10 + i * 120, area.y + area.height - 10 - i * 10);
  await editor.page.mouse.up();
  await editor.viewportAtRest();
}

async function zoom(page: Page): Promise<number> {
  const transform = (await page.locator('.react-flow__viewport').getAttribute('style')) ?? '';
  return Number(/scale\(([\d.]+)\)/.exec(transform)?.[1]);
}

/** The box that has the keyboard, if any. */
function focusedBox(page: Page): Promise<string | null> {
  return page.evaluate(() => (document.activeElement?.classList.contains('react-flow__node') ? document.activeElement.getAttribute('data-id') : null));
}

test('a new box appears beside the selected box or mid-canvas, in view and on no other box, with the keyboard in its title', async ({ editor, page }) => {
  await editor.open();
  await editor.openCallToAction(3);
  // Call to action 3 opens with its actions folded per priority: show the ones of a3.3-5.
  await editor.unfoldActionsWith('a3.3-5');
  await editor.node('a3.3-5').focus(); // out of sight: focus brings it into view
  await page.keyboard.press('Enter');
  await editor.viewportAtRest();
  await editor.addBox('outcome');
  await expect(editor.titleField).toBeFocused();
  await expect(editor.titleField).toHaveValue('New outcome');
  await editor.viewportAtRest();
  const added = (await editor.node('outcome').boundingBox())!;
  // Where the selected box is now: the canvas may have panned to show the new box.
  const selected = (await editor.node('a3.3-5').boundingBox())!;
  expect(inside(added, await canvasBox(page)), 'the new box is in view').toBe(true);
  expect(added.x, 'to the right of the selected box').toBeGreaterThan(selected.x);
  expect(Math.abs(added.y - selected.y), 'at its height, or near').toBeLessThan(400);
  for (const other of await otherBoxes(page, 'outcome')) expect(overlap(added, other)).toBe(false);
  // Typing names it at once: the title was selected.
  await page.keyboard.type('Streets feel safer at night');
  await expect(editor.node('outcome')).toContainText('Streets feel safer at night');

  // Nothing selected and the diagram panned away: the next box lands mid-canvas, in view.
  await panAway(editor);
  await editor.addBox('assumption');
  await expect(editor.titleField).toBeFocused();
  const centred = (await editor.node('assumption').boundingBox())!;
  const area = await canvasBox(page);
  expect(inside(centred, area)).toBe(true);
  expect(Math.abs(centred.x + centred.width / 2 - (area.x + area.width / 2))).toBeLessThan(area.width / 4);
  for (const other of await otherBoxes(page, 'assumption')) expect(overlap(centred, other)).toBe(false);

  // By keyboard: Ctrl+Shift+A adds a box and the keyboard goes to its title.
  await editor.clickPane();
  await page.keyboard.press('Control+Shift+A');
  await expect(editor.node('assumption-2')).toHaveCount(1);
  await expect(page.locator('.inspector form[data-node-id="assumption-2"] textarea').first()).toBeFocused();
  await editor.screenshot('editing-flow-new-box');
});

test('Tidy layout keeps the result in view, at a readable zoom', async ({ editor, page }) => {
  await editor.open();
  await editor.openCallToAction(2);
  await panAway(editor);
  const area = await canvasBox(page);
  const inView = async () => (await otherBoxes(page, '')).filter((box) => overlap(box, area)).length;
  expect(await inView(), 'panned away: nothing in view').toBe(0);
  await page.getByRole('button', { name: /Tidy layout/ }).click();
  await editor.settled();
  expect(await inView()).toBeGreaterThan(0);
  const boxes = await otherBoxes(page, '');
  const middle = {
    x: (Math.min(...boxes.map((b) => b.x)) + Math.max(...boxes.map((b) => b.x + b.width))) / 2,
    y: (Math.min(...boxes.map((b) => b.y)) + Math.max(...boxes.map((b) => b.y + b.height))) / 2,
  };
  expect(inside({ ...middle, width: 0, height: 0 }, area), 'the diagram is centred in the canvas').toBe(true);
  expect(await zoom(page)).toBeGreaterThanOrEqual(0.45);
  await editor.screenshot('editing-flow-tidy');
});

test('“Skip to diagram” is the first tab stop and reaches a box in two key presses; a focused box is brought into view', async ({ editor, page }) => {
  await editor.open(); // call to action 1, nothing clicked yet
  let presses = 0;
  await page.keyboard.press('Tab');
  presses++;
  const skip = page.getByRole('link', { name: 'Skip to diagram' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await editor.screenshot('editing-flow-skip-link');
  await page.keyboard.press('Enter');
  presses++;
  await expect.poll(() => focusedBox(page)).not.toBeNull();
  expect(presses, 'key presses from the top of the page to a box (116 before)').toBeLessThanOrEqual(3);

  // Call to action 1 now fits the canvas whole: zoom in (as an officer does) until some boxes are out of sight, and back to a box.
  const someOutOfSight = async () => {
    const area = await canvasBox(page);
    const boxes = await Promise.all((await page.locator('.react-flow__node').all()).map((box) => box.boundingBox()));
    return boxes.some((box) => box !== null && !overlap(box, area));
  };
  for (let zoomIns = 0; zoomIns < 8 && !(await someOutOfSight()); zoomIns++) {
    await page.locator('.react-flow__controls-zoomin').click();
    await editor.viewportAtRest();
  }
  await skip.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => focusedBox(page)).not.toBeNull();

  // Tab on through the boxes: each one that takes the keyboard is on screen, panned to when it was not.
  const area = await canvasBox(page);
  let wasOutOfSight = 0;
  for (let i = 0; i < 40; i++) {
    const current = await focusedBox(page);
    const next = await page.evaluate(() => {
      const boxes = [...document.querySelectorAll('.react-flow__node')];
      const at = boxes.indexOf(document.activeElement!);
      return boxes[at + 1]?.getAttribute('data-id') ?? null;
    });
    if (!next) break;
    const before = (await editor.node(next).boundingBox())!;
    if (!overlap(before, area)) wasOutOfSight++;
    await page.keyboard.press('Tab');
    // A box's own buttons (its chips and badges, a group box's "Show all") come next in the tab order: on past them.
    for (let j = 0; j < 12 && (await focusedBox(page)) === null; j++) {
      expect(
        await page.evaluate(() => document.activeElement?.closest('.react-flow__node')?.getAttribute('data-id') ?? null),
        'a button of the box before',
      ).toBe(current);
      await page.keyboard.press('Tab');
    }
    expect(await focusedBox(page)).toBe(next);
    await editor.viewportAtRest();
    expect(overlap((await editor.node(next).boundingBox())!, area), `${next} is brought into view`).toBe(true);
  }
  expect(wasOutOfSight, 'some boxes started out of sight').toBeGreaterThan(0);
});

test('a link dragged the wrong way round is made the right way round, and the message goes at the next change', async ({ editor }) => {
  await withNewOutcome(editor);
  // Indicators as boxes (Show menu), so the link itself is drawn rather than folded into a chip.
  await editor.showAsBoxes('Indicators');
  await editor.addBox('indicator');
  await expect(editor.node('indicator')).toHaveCount(1);
  // Moved down by keyboard, clear of the search bar over the canvas's top edge, so its handle can be reached.
  await editor.node('indicator').focus();
  await editor.page.keyboard.press('Enter');
  for (let step = 0; step < 4; step++) await editor.page.keyboard.press('Shift+ArrowDown');
  await editor.connect('outcome', 'indicator');
  await expect(editor.edges('measures:indicator:outcome')).toHaveCount(1);
  await expect(editor.notice).toContainText(
    'Linked the other way round, the only way these two can be linked: The indicator “New indicator” measures the outcome “New outcome”.',
  );
  await editor.node('indicator').click();
  await editor.titleField.fill('Residents who feel safe');
  await expect(editor.notice).toHaveClass(/empty/);
});

test('with nothing selected, the inspector edits the plan’s title, period and description', async ({ editor, page }) => {
  await editor.open();
  // The whole-plan view is small: its corner is empty, so the click selects nothing.
  await page.getByRole('button', { name: 'Whole plan', exact: true }).click();
  await editor.settled();
  await editor.clickPane();
  const form = page.getByRole('form', { name: 'Details of the plan' });
  await expect(form.getByLabel('Period')).toHaveValue('2023-2028');
  const description = await form.getByLabel('Description').inputValue();
  await form.getByLabel('Title').fill('Tower Hamlets Partnership Plan');
  await form.getByLabel('Period').fill('2023–2030');
  await form.getByLabel('Description').fill('How the partnership will make Tower Hamlets fairer.');
  await expect(editor.planTitle).toHaveText('Tower Hamlets Partnership Plan');
  await expect(page.locator('.plan-period')).toHaveText('2023–2030');
  await editor.screenshot('editing-flow-plan-details');
  await editor.clickPane();
  await page.keyboard.press('Control+z');
  await expect(form.getByLabel('Description')).toHaveValue(description);
});

test('the last open view, with its pan and zoom, returns on reload', async ({ editor, page }) => {
  await editor.open();
  await editor.openCallToAction(4);
  await page.locator('.react-flow__controls-zoomin').click();
  await page.locator('.react-flow__controls-zoomin').click();
  await editor.viewportAtRest();
  const transform = await page.locator('.react-flow__viewport').getAttribute('style');
  await editor.open('/');
  await expect(editor.callToActionButton(4)).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => page.locator('.react-flow__viewport').getAttribute('style')).toBe(transform);
});

test('names in messages are shortened only at the end of a word', async ({ editor, page }) => {
  await editor.open();
  await page.getByLabel('Whole plan', { exact: true }).check();
  // Open every closed group of messages (one at a time: each opened group leaves the list of closed ones).
  const closed = page.locator('.problems details.problem-group:not([open]) summary');
  while ((await closed.count()) > 0) await closed.first().click();
  const titles = (JSON.parse(readFileSync(FLAGSHIP_FILE, 'utf8')) as { nodes: { title: string }[] }).nodes.map((n) => n.title.replace(/\s+/g, ' ').trim());
  const messages = await editor.problems.allTextContents();
  const shortened = messages.flatMap((m) => [...m.matchAll(/“([^”]*)…”/g)].map((match) => match[1]!));
  expect(shortened.length, 'some names are long enough to be shortened').toBeGreaterThan(0);
  for (const kept of shortened) {
    const whole = titles.some((title) => title.startsWith(kept) && /[\s,;:–—-]/.test(title[kept.length] ?? ''));
    expect(whole, `“${kept}…” ends at a word boundary of a title`).toBe(true);
  }
});
