import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, expect, type Locator, type Page } from '@playwright/test';

const here = dirname(fileURLToPath(import.meta.url));
/** Screenshots worth looking at (each call to action, each changed screen) go here, by name. */
export const SCREENSHOTS = join(here, '..', 'test-results');

export const FLAGSHIP_FILE = join(here, '../../../examples/tower-hamlets-partnership-plan-2023-2028/plan.changemap.json');
export const LEGACY_FILE = join(here, '../../schemas/test/fixtures/legacy-v0.changemap.json');

export const NEW_OUTCOME_WARNING = 'The outcome “New outcome” has no indicator, so progress on it cannot be shown.';

/**
 * The editor in one page, with the steps an officer takes. Every wait is for something the
 * officer would see (a box, a message, the layout finishing), never a fixed time.
 */
export class Editor {
  constructor(readonly page: Page) {}

  node(id: string): Locator {
    return this.page.locator(`.react-flow__node[data-id="${id}"]`);
  }

  /** Links whose id starts with `prefix` (`kind:source:target`; a repeat gets a suffix). */
  edges(prefix: string): Locator {
    return this.page.locator(`.react-flow__edge[data-id^="${prefix}"]`);
  }

  get notice(): Locator {
    return this.page.locator('.notice-bar');
  }

  get problems(): Locator {
    return this.page.locator('.problems .problem-message');
  }

  problem(message: string): Locator {
    return this.problems.filter({ hasText: message });
  }

  /** The first field of the inspector: the title of the selected box. */
  get titleField(): Locator {
    return this.page.locator('.inspector form[data-node-id] textarea').first();
  }

  get planTitle(): Locator {
    return this.page.locator('.plan-title');
  }

  callToActionButton(number: number): Locator {
    return this.page.locator('.view-button.cta', { hasText: new RegExp(`^${number}\\.`) });
  }

  /** Opens the app (`?example`: the flagship, whatever this browser saved) and waits for its first view. */
  async open(query = '?example'): Promise<void> {
    await this.page.goto(query);
    await expect(this.page.locator('.react-flow__node').first()).toBeVisible();
    await this.settled();
  }

  async openCallToAction(number: number): Promise<void> {
    await this.callToActionButton(number).click();
    await expect(this.callToActionButton(number)).toHaveAttribute('aria-pressed', 'true');
    await this.settled();
  }

  /** The automatic layout has finished and the viewport has stopped moving. */
  async settled(): Promise<void> {
    await expect(this.page.locator('.canvas')).not.toHaveAttribute('data-layout-busy');
    await this.viewportAtRest();
  }

  /** Waits until the canvas's pan and zoom are the same for ten frames in a row (fits and centring are animated or deferred). */
  async viewportAtRest(): Promise<void> {
    await this.page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const viewport = () => document.querySelector<HTMLElement>('.react-flow__viewport')?.style.transform;
          let last = viewport();
          let still = 0;
          const started = performance.now();
          const tick = () => {
            const now = viewport();
            still = now === last ? still + 1 : 0;
            last = now;
            if ((still >= 10 && performance.now() - started > 150) || performance.now() - started > 5000) resolve();
            else requestAnimationFrame(tick);
          };
          requestAnimationFrame(tick);
        }),
    );
  }

  async fitView(): Promise<void> {
    await this.page.locator('.react-flow__controls-fitview').click();
    await this.viewportAtRest();
  }

  /**
   * Zooms out with the canvas's − button (as an officer does on purpose) until every locator is
   * on screen and not under anything else (the legend, a neighbour's hover text), so a click
   * reaches it: a canvas does not scroll, so Playwright's scrolling into view cannot do this.
   */
  async zoomOutToShow(...locators: Locator[]): Promise<void> {
    for (let i = 0; i < 8; i++) {
      const shown = await Promise.all(
        locators.map((l) =>
          l.evaluate((el) => {
            const r = el.getBoundingClientRect();
            const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
            // Clear of the edges by more than React Flow's auto-pan distance (40 px), so a link dragged to it does not pan the view away.
            const m = 50;
            const inPane = r.left >= pane.left + m && r.right <= pane.right - m && r.top >= pane.top + m && r.bottom <= pane.bottom - m;
            const atCentre = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
            return inPane && atCentre !== null && el.contains(atCentre);
          }),
        ),
      );
      if (shown.every(Boolean)) return;
      await this.page.locator('.react-flow__controls-zoomout').click();
      await this.viewportAtRest();
    }
  }

  /** Unfolds the group of actions that holds `actionId`, as the officer would with its “Show all”. */
  async unfoldActionsWith(actionId: string): Promise<void> {
    const toggle = this.page.locator(`.action-group[data-actions~="${actionId}"] .group-toggle`);
    // An earlier unfold may have pushed this group below the canvas's edge.
    await this.zoomOutToShow(toggle);
    await toggle.click();
    await expect(this.node(actionId)).toHaveCount(1);
    await this.settled();
  }

  /** A chip or badge on a box (an indicator drawn on what it measures, say), by its accessible name. */
  chip(boxId: string, name: string | RegExp): Locator {
    return this.node(boxId).getByRole('button', { name });
  }

  /** Turns one kind of annotation back into full boxes and links with the canvas's Show menu. */
  async showAsBoxes(label: string): Promise<void> {
    await this.page.locator('.show-menu summary').click();
    await this.page.locator('.show-menu').getByLabel(label).check();
    await this.page.locator('.show-menu summary').click();
    await this.settled();
  }

  /** Clicks an empty corner of the canvas: nothing selected, keys go to the editor. */
  async clickPane(): Promise<void> {
    await this.page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  }

  /** Adds a box of `kind` with the toolbar, as an officer does. */
  async addBox(kind: string): Promise<void> {
    await this.page.selectOption('[data-field="add-kind"]', kind);
    await this.page.click('[data-action="add-node"]');
  }

  /** Drags a link from the right-hand handle of one box to the left-hand handle of another. */
  async connect(sourceId: string, targetId: string): Promise<void> {
    await this.fitView();
    await this.zoomOutToShow(this.node(sourceId), this.node(targetId));
    const from = await this.node(sourceId).locator('.react-flow__handle-right').boundingBox();
    const to = await this.node(targetId).locator('.react-flow__handle-left').boundingBox();
    expect(from, `the handle of ${sourceId} is on screen`).not.toBeNull();
    expect(to, `the handle of ${targetId} is on screen`).not.toBeNull();
    await this.page.mouse.move(from!.x + from!.width / 2, from!.y + from!.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(to!.x + to!.width / 2, to!.y + to!.height / 2, { steps: 12 });
    await this.page.mouse.up();
  }

  /** Drags a box by its top edge by (dx, dy) screen pixels, in small steps as a hand does. */
  async drag(id: string, dx: number, dy: number): Promise<void> {
    const box = await this.node(id).boundingBox();
    expect(box, `${id} is on screen`).not.toBeNull();
    const x = box!.x + box!.width / 2;
    const y = box!.y + 8;
    await this.page.mouse.move(x, y);
    await this.page.mouse.down();
    for (let i = 1; i <= 10; i++) await this.page.mouse.move(x + (dx * i) / 10, y + (dy * i) / 10);
    await this.page.mouse.up();
  }

  /** A box's place on the canvas (its CSS transform), whatever its stacking order. */
  async position(id: string): Promise<string | undefined> {
    return /translate\([^)]*\)/.exec((await this.node(id).getAttribute('style')) ?? '')?.[0];
  }

  /** Saves with the toolbar and returns the downloaded file's text. */
  async saveFile(): Promise<string> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.click('[data-action="save"]')]);
    return readFileSync((await download.path())!, 'utf8');
  }

  /** Opens a file as **Open…** does where the browser has no file picker (the file input). */
  async openFile(name: string, content: string | Buffer, mimeType = 'application/json'): Promise<void> {
    await this.page
      .locator('[data-testid="open-file-input"]')
      .setInputFiles({ name, mimeType, buffer: Buffer.isBuffer(content) ? content : Buffer.from(content) });
  }

  /** The plan text this browser has autosaved (IndexedDB), or undefined before the first save. */
  async autosaved(): Promise<string | undefined> {
    return this.page.evaluate(
      () =>
        new Promise<string | undefined>((resolve, reject) => {
          const request = indexedDB.open('keyval-store');
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const db = request.result;
            if (!db.objectStoreNames.contains('keyval')) return resolve(undefined);
            const get = db.transaction('keyval').objectStore('keyval').get('changemap:autosave:v1');
            get.onsuccess = () => resolve(get.result as string | undefined);
            get.onerror = () => reject(get.error);
          };
        }),
    );
  }

  /** A screenshot kept in test-results/ under this name, to look at. */
  async screenshot(name: string): Promise<void> {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await this.page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
  }
}

/** Call to action 3 with a new outcome added through the toolbar (selected, in the inspector). */
export async function withNewOutcome(editor: Editor): Promise<void> {
  await editor.open();
  await editor.openCallToAction(3);
  // Call to action 3 opens with its actions folded per priority: show the ones of a3.3-5 to link it.
  await editor.unfoldActionsWith('a3.3-5');
  await editor.addBox('outcome');
  await expect(editor.node('outcome')).toHaveCount(1);
  await expect(editor.titleField).toHaveValue('New outcome');
}

/** …and an action of call to action 3 linked to it: the outcome now lacks only an indicator. */
export async function withLinkedOutcome(editor: Editor): Promise<void> {
  await withNewOutcome(editor);
  await editor.connect('a3.3-5', 'outcome');
  await expect(editor.edges('contributesTo:a3.3-5:outcome')).toHaveCount(1);
  await expect(editor.problem(NEW_OUTCOME_WARNING)).toHaveCount(1);
}

/** …and an indicator that measures it: the warning is gone, and the indicator is a chip on the outcome. */
export async function withMeasuredOutcome(editor: Editor): Promise<void> {
  await withLinkedOutcome(editor);
  await editor.addBox('indicator');
  await expect(editor.node('indicator')).toHaveCount(1);
  await editor.connect('indicator', 'outcome');
  await expect(editor.chip('outcome', 'Indicator: New indicator')).toHaveCount(1);
  await expect(editor.node('indicator')).toHaveCount(0);
}

interface Fixtures {
  editor: Editor;
  /** Fails the test when any page of its browser context throws. */
  noPageErrors: void;
}

export const test = base.extend<Fixtures>({
  noPageErrors: [
    async ({ context }, use) => {
      const errors: string[] = [];
      const watch = (page: Page) => page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
      context.pages().forEach(watch);
      context.on('page', watch);
      await use();
      expect(errors, 'errors thrown in the page').toEqual([]);
    },
    { auto: true },
  ],
  editor: async ({ page }, use) => {
    await use(new Editor(page));
  },
});

export { expect };
