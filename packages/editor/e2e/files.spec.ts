import { readFileSync } from 'node:fs';
import { expect, LEGACY_FILE, NEW_OUTCOME_WARNING, test, withLinkedOutcome, withNewOutcome } from './fixtures.js';

/** The ids of the boxes in a saved plan's text. */
function savedIds(text: string | undefined): string[] {
  return text ? (JSON.parse(text) as { nodes: { id: string }[] }).nodes.map((n) => n.id) : [];
}

test('reload keeps the state', async ({ editor }) => {
  await withLinkedOutcome(editor);
  await editor.addBox('indicator');
  await expect(editor.node('indicator')).toHaveCount(1);
  // Autosave runs within half a second of the last change.
  await expect.poll(async () => savedIds(await editor.autosaved())).toContain('indicator');
  await editor.open('/');
  await editor.openCallToAction(3);
  await editor.unfoldActionsWith('a3.3-5');
  await expect(editor.node('outcome')).toHaveCount(1);
  await expect(editor.node('indicator')).toHaveCount(1);
  await expect(editor.edges('contributesTo:a3.3-5:outcome')).toHaveCount(1);
  await expect(editor.problem(NEW_OUTCOME_WARNING)).toHaveCount(1);
});

test('importing a broken file shows an error and leaves the plan unchanged', async ({ editor }) => {
  await withNewOutcome(editor);
  const before = await editor.saveFile();
  await editor.openFile('broken.changemap.json', '{ "format": "changemap", "version": 1, "nodes": [ }');
  await expect(editor.notice).toContainText('“broken.changemap.json” could not be opened. Your open plan has not changed.');
  await expect(editor.notice).toContainText('not valid JSON');
  expect(await editor.saveFile()).toBe(before);
  await expect(editor.node('outcome')).toHaveCount(1);
});

test('save produces a file that imports back identically', async ({ editor }) => {
  await withNewOutcome(editor);
  const saved = await editor.saveFile();
  const data = JSON.parse(saved) as { format: string; nodes: { id: string }[] };
  expect(data.format).toBe('changemap');
  expect(data.nodes.some((n) => n.id === 'outcome')).toBe(true);
  await editor.openFile('saved.changemap.json', saved);
  await expect(editor.notice).toContainText(/Opened “A Tower Hamlets for All/);
  expect(await editor.saveFile()).toBe(saved);
});

test('two tabs on the same plan stay in step', async ({ editor, context }) => {
  await editor.open();
  await editor.openCallToAction(3);
  const other = await context.newPage();
  await other.goto('/');
  await expect(other.locator('.react-flow__node').first()).toBeVisible();
  await editor.addBox('assumption');
  await expect(other.locator('.notice-bar')).toContainText('changed in another tab');
  await other.locator('.view-button.cta', { hasText: /^3\./ }).click();
  await expect(other.locator('.react-flow__node[data-id="assumption"]')).toHaveCount(1);
  await other.close();
});

test('an older file is migrated with a notice', async ({ editor }) => {
  await editor.open();
  await editor.openFile('prototype.json', readFileSync(LEGACY_FILE));
  await expect(editor.notice).toContainText(/made with an older Changemap \(format 0\) and has been updated/);
  await expect(editor.planTitle).toHaveText('A prototype plan');
});

test('a new plan starts with a vision, and the example comes back', async ({ editor, page }) => {
  await editor.open();
  await page.getByRole('button', { name: 'New plan' }).click();
  await expect(editor.planTitle).toHaveText('Untitled plan');
  await expect(editor.node('vision')).toHaveCount(1);
  await page.getByRole('button', { name: 'Example' }).click();
  await expect(editor.planTitle).toHaveText(/^A Tower Hamlets for All/);
  await expect(page.locator('.view-button.cta')).toHaveCount(5);
});

test('when the browser cannot store the plan, the officer is told and offered a download', async ({ editor, page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', {
      get: () => ({
        open: () => {
          throw new Error('blocked');
        },
      }),
    });
  });
  await editor.open();
  await editor.addBox('outcome');
  await expect(editor.notice).toContainText('could not be saved in this browser');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download a copy' }).click()]);
  const saved = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { nodes: { id: string }[] };
  expect(saved.nodes.some((n) => n.id === 'outcome')).toBe(true);
});

test('Open…, New plan and Example ask before replacing unsaved changes, and the replaced plan comes back', async ({ editor, page }) => {
  await withNewOutcome(editor);
  const ask = page.getByRole('dialog', { name: 'Keep your changes?' });

  await page.getByRole('button', { name: 'New plan' }).click();
  await expect(ask).toBeVisible();
  await expect(ask.getByRole('button', { name: 'Save a copy first' })).toBeFocused();
  await page.keyboard.press('Escape'); // Cancel
  await expect(ask).toBeHidden();
  await expect(editor.planTitle).toHaveText(/^A Tower Hamlets for All/);
  await expect(editor.node('outcome')).toHaveCount(1);

  await page.getByRole('button', { name: 'New plan' }).click();
  await ask.getByRole('button', { name: 'Replace without saving' }).click();
  await expect(editor.planTitle).toHaveText('Untitled plan');
  await expect(editor.notice).toContainText('Undo brings back the previous plan.');
  await page.getByRole('button', { name: 'Bring back the previous plan' }).click();
  await expect(editor.planTitle).toHaveText(/^A Tower Hamlets for All/);
  expect(savedIds(await editor.saveFile())).toContain('outcome');

  // Saved just now: nothing to lose, so the file opens without a question, and Undo still brings the plan back.
  await editor.openFile('prototype.json', readFileSync(LEGACY_FILE));
  await expect(editor.planTitle).toHaveText('A prototype plan');
  await page.keyboard.press('Control+z');
  await expect(editor.planTitle).toHaveText(/^A Tower Hamlets for All/);

  // Undo changed the plan again: Example asks, and “Save a copy first” downloads it before replacing.
  await page.getByRole('button', { name: 'Example' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), ask.getByRole('button', { name: 'Save a copy first' }).click()]);
  expect(savedIds(readFileSync((await download.path())!, 'utf8'))).toContain('outcome');
  await expect(editor.notice).toContainText('The example plan is open.');
  await expect(editor.node('outcome')).toHaveCount(0);
});

test('a plan restored after a reload still asks before it is replaced', async ({ editor, page }) => {
  await withNewOutcome(editor);
  await expect.poll(async () => savedIds(await editor.autosaved())).toContain('outcome');
  await editor.open('/');
  await page.getByRole('button', { name: 'Example' }).click();
  await expect(page.getByRole('dialog', { name: 'Keep your changes?' })).toBeVisible();
});

test('Open… uses a plain file input where the browser has no file picker', async ({ editor, page }) => {
  await page.addInitScript(() => {
    delete (window as { showOpenFilePicker?: unknown }).showOpenFilePicker;
  });
  await editor.open();
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Open…' }).click()]);
  await chooser.setFiles({ name: 'prototype.json', mimeType: 'application/json', buffer: readFileSync(LEGACY_FILE) });
  await expect(editor.planTitle).toHaveText('A prototype plan');
});

test('a plan file dropped on the diagram opens like Open…, with the same checks and the same question', async ({ editor, page }) => {
  await withNewOutcome(editor);
  const drop = async (name: string, text: string) => {
    const files = await page.evaluateHandle(
      ([fileName, content]) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([content], fileName, { type: 'application/json' }));
        return transfer;
      },
      [name, text] as const,
    );
    const pane = page.locator('.react-flow__pane');
    await pane.dispatchEvent('dragover', { dataTransfer: files });
    await expect(page.locator('.canvas')).toHaveClass(/is-drop-target/);
    await pane.dispatchEvent('drop', { dataTransfer: files });
  };
  await drop('broken.changemap.json', '{ "format": "changemap", "nodes": [ }');
  await expect(editor.notice).toContainText('“broken.changemap.json” could not be opened. Your open plan has not changed.');
  await expect(page.locator('.canvas')).not.toHaveClass(/is-drop-target/);

  await drop('prototype.json', readFileSync(LEGACY_FILE, 'utf8'));
  const ask = page.getByRole('dialog', { name: 'Keep your changes?' });
  await expect(ask).toContainText('open “prototype.json”');
  await ask.getByRole('button', { name: 'Replace without saving' }).click();
  await expect(editor.planTitle).toHaveText('A prototype plan');
  await expect(editor.notice).toContainText(/made with an older Changemap/);
});
