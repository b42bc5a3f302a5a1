import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test, type Editor } from './fixtures.js';
import { describe, measure, shortfalls, type Readability } from './readability.js';

/**
 * Plans made in other tools (ToC-Maker charts, Kumu-style spreadsheets; written by
 * data/imported/make-fixtures.mjs) open readable at 1440×900 too: the whole plan, by level, as it
 * first opens after **Open…**, measured as the flagship's calls to action are (readability.ts).
 *
 * Measured with the side panels as the app opens them (both open). A chart of seven levels cannot
 * fit across a canvas between them at a readable size (7 boxes of 180 units are 1,260 units; the
 * canvas is about 880 px wide, 1,240 units at the readable zoom of 11/16): the editor folds them
 * for that view, says so over the canvas, and the officer can open them again.
 */

const data = join(import.meta.dirname, 'data/imported');

/**
 * `short`: what of the goal a chart's overview does not meet yet, held at the ceiling given so that
 * it does not get worse unseen (issue #12). None is short since the groups of a chart from another
 * tool draw their main flows only (group-links.ts): on 28 November 2026 the crossings were 90% of
 * the links on the 150-box chart, up to 35% on others, with 3 boxes off screen.
 */
const FIXTURES: { file: string; mimeType: string; levels: number; short?: { crossingShare?: number; offScreen?: number } }[] = [
  { file: 'tocmaker-20.json', mimeType: 'application/json', levels: 4 },
  { file: 'tocmaker-60.json', mimeType: 'application/json', levels: 7 },
  { file: 'tocmaker-100.json', mimeType: 'application/json', levels: 7 },
  { file: 'tocmaker-150.json', mimeType: 'application/json', levels: 7 },
  { file: 'tocmaker-two-sections.json', mimeType: 'application/json', levels: 2 },
  { file: 'kumu-without-levels.csv', mimeType: 'text/csv', levels: 4 },
  { file: 'kumu-with-levels.csv', mimeType: 'text/csv', levels: 5 },
  // Shapes nothing was tuned for: many-to-many across three sections; levels in a Stage column under the map's own names.
  { file: 'tocmaker-40-three-sections.json', mimeType: 'application/json', levels: 3 },
  { file: 'kumu-stages.csv', mimeType: 'text/csv', levels: 5 },
];

/** The most levels that fit across the canvas with both side panels open: more, and the editor folds them for the view. */
const LEVELS_BESIDE_PANELS = 5;

/** Measures once the picture has stopped changing: a fold or a measured box can lay it out again after the first layout. */
async function measureSettled(editor: Editor, page: Page): Promise<Readability> {
  let last = '';
  for (let i = 0; i < 6; i++) {
    // A large chart's layouts can take a while on a loaded machine: wait for them as the officer would.
    await expect(page.locator('.canvas')).not.toHaveAttribute('data-layout-busy', { timeout: 60_000 });
    await editor.viewportAtRest();
    const figures = await measure(page);
    const now = JSON.stringify(figures);
    if (now === last) return figures;
    last = now;
  }
  return JSON.parse(last) as Readability;
}

for (const { file, mimeType, levels, short } of FIXTURES) {
  test(`${file} opens readable at 1440×900`, async ({ editor, page }) => {
    test.setTimeout(180_000);
    await editor.open();
    await editor.openFile(file, readFileSync(join(data, file)), mimeType);
    await expect(editor.notice).toContainText(`from “${file}”`);
    const toggles = ['Outline', 'Details'].map((panel) => page.locator(`[data-panel="${panel}"] > .panel-toggle`));
    const roomNote = page.locator('.room-note');
    const figures = await measureSettled(editor, page);
    const line = describe(file, figures);
    console.log(line);
    test.info().annotations.push({ type: 'readability', description: line });
    await editor.screenshot(`readability-${file.replace(/\.\w+$/, '')}`);
    // A link's label ("lowers (−)") is never drawn under a box, whatever the gap between levels.
    // Labels let clicks through to the boxes, so for a moment they take them, to hit-test paint order.
    const underBoxes = await page.locator('.routed-edge-label').evaluateAll((labels) =>
      labels.flatMap((label) => {
        (label as HTMLElement).style.pointerEvents = 'auto';
        const r = label.getBoundingClientRect();
        const ends = [r.left + 2, r.right - 2].map((x) => document.elementFromPoint(x, r.top + r.height / 2));
        (label as HTMLElement).style.pointerEvents = '';
        return ends.some((hit) => hit?.closest('.react-flow__node')) ? [label.textContent] : [];
      }),
    );
    expect(underBoxes, 'link labels drawn under a box').toEqual([]);
    const aside = { ...figures, ...(short?.crossingShare !== undefined && { crossings: 0 }), ...(short?.offScreen !== undefined && { offScreen: 0 }) };
    expect(shortfalls(file, aside), 'below the readability goal').toEqual([]);
    if (short?.crossingShare !== undefined) expect(figures.crossings, 'crossings, short of the goal').toBeLessThanOrEqual(short.crossingShare * figures.links);
    if (short?.offScreen !== undefined) expect(figures.offScreen, 'boxes off screen, short of the goal').toBeLessThanOrEqual(short.offScreen);

    // The count of links a group leaves out can be read (muted, small) in the light theme as drawn.
    if ((await page.locator('.group-links-not-drawn').count()) > 0) {
      const { violations } = await new AxeBuilder({ page }).include('.group-links-not-drawn').withRules(['color-contrast']).analyze();
      expect(violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`))).toEqual([]);
    }
    // The panels are folded for this chart only when its levels need the room, and open again on a press.
    const folded = levels > LEVELS_BESIDE_PANELS;
    for (const toggle of toggles) await expect(toggle).toHaveAttribute('aria-expanded', String(!folded));
    await expect(roomNote).toBeVisible({ visible: folded });
    if (folded) {
      const { violations } = await new AxeBuilder({ page }).include('.room-note').withRules(['color-contrast', 'button-name', 'target-size']).analyze();
      expect(violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`))).toEqual([]);
      await roomNote.getByRole('button', { name: 'Show panels' }).click();
      for (const toggle of toggles) await expect(toggle).toHaveAttribute('aria-expanded', 'true');
      await expect(page.locator('.inspector')).toBeVisible();
      await expect(roomNote).toBeHidden();
    }
  });
}
