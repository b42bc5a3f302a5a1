import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import type * as Y from 'yjs';
import { node, openRoom, person } from './room-pages.js';
import { NodeClient, SyncServer, freePort, seedRoom } from './sync-server.js';

/**
 * Two (or three) people in real Chromium pages on one room of the real sync server, started per
 * test as its own process with its own data directory and tokens.
 */

function field(page: Page, label: string): Locator {
  return page.locator('.inspector').getByLabel(label, { exact: true });
}

function status(page: Page): Locator {
  return page.locator('.room-status');
}

/** WCAG 2.x A and AA, as the accessibility spec checks the local editor. */
async function violations(page: Page): Promise<string[]> {
  const { violations: found } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return found.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1] ?? ''}`));
}

let server: SyncServer;
const ROOM = 'together';

test.beforeEach(async () => {
  server = new SyncServer(await freePort());
  await server.start();
  await seedRoom(server.url, ROOM);
});

test.afterEach(async () => {
  await server.dispose();
});

test("an edit appears in the other person's page within 2 s, and each sees who is here and what they selected", async ({ browser }) => {
  const amira = await person(browser, 'Amira');
  const ben = await person(browser, 'Ben');
  await openRoom(amira.page, server, ROOM);
  await openRoom(ben.page, server, ROOM);
  await expect(status(amira.page)).toHaveText('Connected · 2 here');
  await expect(amira.page.getByRole('list', { name: 'Who is here' })).toContainText('Ben');

  await node(amira.page, 'vision').click();
  await field(amira.page, 'Title').fill('A borough where every child thrives');
  await expect(node(ben.page, 'vision')).toContainText('A borough where every child thrives', { timeout: 2000 });
  // Ben sees Amira's selection: a ring in her colour with her name.
  await expect(node(ben.page, 'vision')).toHaveCSS('outline-style', 'solid', { timeout: 2000 });
  const label = await node(ben.page, 'vision').evaluate((element) => getComputedStyle(element, '::before').content);
  expect(label).toBe('"Amira"');

  await Promise.all([amira.page.screenshot({ path: 'test-results/collab-amira.png' }), ben.page.screenshot({ path: 'test-results/collab-ben.png' })]);
  await amira.context.close();
  await ben.context.close();
});

test('undo is per person: both edit one box within the same second, each undo takes back only their own edit', async ({ browser }) => {
  const amira = await person(browser, 'Amira');
  const ben = await person(browser, 'Ben');
  await openRoom(amira.page, server, ROOM);
  await openRoom(ben.page, server, ROOM);
  await node(amira.page, 'vision').click();
  await node(ben.page, 'vision').click();

  // Within the same second: Amira the title, Ben the description, of the same box.
  await Promise.all([field(amira.page, 'Title').fill('Amira’s vision'), field(ben.page, 'Description').fill('Ben’s description')]);
  for (const page of [amira.page, ben.page]) {
    await expect(field(page, 'Title')).toHaveValue('Amira’s vision', { timeout: 2000 });
    await expect(field(page, 'Description')).toHaveValue('Ben’s description', { timeout: 2000 });
  }

  await amira.page.getByRole('button', { name: /Undo/ }).click();
  for (const page of [amira.page, ben.page]) {
    await expect(field(page, 'Title')).toHaveValue('A borough where everyone can thrive', { timeout: 2000 });
    await expect(field(page, 'Description')).toHaveValue('Ben’s description');
  }
  // Amira has nothing more to undo: Ben's edit is not hers.
  await expect(amira.page.getByRole('button', { name: /Undo/ })).toBeDisabled();

  await ben.page.getByRole('button', { name: /Undo/ }).click();
  for (const page of [amira.page, ben.page]) await expect(field(page, 'Description')).toHaveValue('', { timeout: 2000 });

  await amira.page.getByRole('button', { name: /Redo/ }).click();
  await expect(field(ben.page, 'Title')).toHaveValue('Amira’s vision', { timeout: 2000 });
  await expect(field(ben.page, 'Description')).toHaveValue('');
  await amira.context.close();
  await ben.context.close();
});

test('a viewer cannot change the plan: controls are off, and the server refuses a forced write', async ({ browser }) => {
  const amira = await person(browser, 'Amira');
  const vera = await person(browser, 'Vera');
  await openRoom(amira.page, server, ROOM);
  await openRoom(vera.page, server, ROOM, 'view-token');
  await expect(vera.page.locator('.role-banner')).toHaveText('You can view this plan');
  await expect(vera.page.locator('[data-action="add-node"]')).toBeDisabled();
  await node(vera.page, 'vision').click();
  await expect(field(vera.page, 'Title')).toBeDisabled();
  await vera.page.screenshot({ path: 'test-results/collab-viewer.png' });
  expect(await violations(vera.page), 'a viewer with presence and the role banner').toEqual([]);

  // A client with the viewer's token writes to the plan anyway: the server drops it.
  const forced = new NodeClient(server.url, ROOM, 'view-token');
  await forced.synced;
  forced.doc.transact(() => (forced.doc.getMap('nodes').get('vision') as Y.Map<unknown>).set('title', 'Forced by a viewer'));
  // An editor's change made after it does arrive, so the forced one had every chance to.
  await node(amira.page, 'aim').click();
  await field(amira.page, 'Title').fill('Everyone has a warm, dry home');
  await expect(node(vera.page, 'aim')).toContainText('Everyone has a warm, dry home', { timeout: 2000 });
  await expect(node(amira.page, 'vision')).toContainText('A borough where everyone can thrive');
  await expect(node(vera.page, 'vision')).toContainText('A borough where everyone can thrive');
  forced.destroy();

  // A new page loads what the server stored: no forced title there either.
  const newcomer = await person(browser, 'Nia');
  await openRoom(newcomer.page, server, ROOM);
  await expect(node(newcomer.page, 'vision')).toContainText('A borough where everyone can thrive');
  await expect(node(newcomer.page, 'aim')).toContainText('Everyone has a warm, dry home');
  for (const someone of [amira, vera, newcomer]) await someone.context.close();
});

test('the plan survives the server being killed and restarted: pages reconnect with their content, a new page loads it', async ({ browser }) => {
  const amira = await person(browser, 'Amira');
  const ben = await person(browser, 'Ben');
  await openRoom(amira.page, server, ROOM);
  await openRoom(ben.page, server, ROOM);
  await node(amira.page, 'vision').click();
  await field(amira.page, 'Title').fill('Stored before the crash');
  await expect(node(ben.page, 'vision')).toContainText('Stored before the crash', { timeout: 2000 });

  await server.stop('SIGKILL');
  await expect(status(amira.page)).toHaveText(/^Offline/);
  await server.start();
  await expect(status(amira.page)).toHaveText(/^Connected/, { timeout: 20_000 });
  await expect(status(ben.page)).toHaveText(/^Connected/, { timeout: 20_000 });
  await expect(node(amira.page, 'vision')).toContainText('Stored before the crash');

  // Still live after the restart.
  await field(amira.page, 'Title').fill('Edited after the restart');
  await expect(node(ben.page, 'vision')).toContainText('Edited after the restart', { timeout: 2000 });

  const newcomer = await person(browser, 'Nia');
  await openRoom(newcomer.page, server, ROOM);
  await expect(node(newcomer.page, 'vision')).toContainText('Edited after the restart');
  for (const someone of [amira, ben, newcomer]) await someone.context.close();
});

test('edits made offline are kept on the device (a reload included) and merge when the connection returns', async ({ browser }) => {
  const amira = await person(browser, 'Amira');
  const ben = await person(browser, 'Ben');
  await openRoom(amira.page, server, ROOM);
  await openRoom(ben.page, server, ROOM);

  // The connection goes (the server stops): both keep working, each on another box.
  await server.stop('SIGTERM');
  await expect(status(amira.page)).toHaveText('Offline — edits kept on this device and sent when you reconnect', { timeout: 20_000 });
  await node(amira.page, 'vision').click();
  await field(amira.page, 'Title').fill('Written on the train');
  await node(ben.page, 'aim').click();
  await field(ben.page, 'Title').fill('Written at the office');
  await expect(node(ben.page, 'vision')).not.toContainText('Written on the train');

  // Amira's page is reloaded while offline: the plan opens from this browser's copy, edit included.
  await amira.page.reload();
  await expect(node(amira.page, 'vision')).toContainText('Written on the train');
  await expect(status(amira.page)).not.toHaveText(/^Connected/);

  await server.start();
  await expect(status(amira.page)).toHaveText(/^Connected/, { timeout: 20_000 });
  await expect(status(ben.page)).toHaveText(/^Connected/, { timeout: 20_000 });
  for (const page of [amira.page, ben.page]) {
    await expect(node(page, 'vision')).toContainText('Written on the train', { timeout: 5000 });
    await expect(node(page, 'aim')).toContainText('Written at the office', { timeout: 5000 });
  }
  await amira.context.close();
  await ben.context.close();
});

test('Share puts a local plan in a new room and switches to it; a room that holds a plan is never overwritten', async ({ browser }) => {
  const amira = await person(browser, 'Amira');
  const { page } = amira;
  await page.goto('/?example');
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  await page.getByRole('button', { name: 'New plan' }).click();
  await expect(node(page, 'vision')).toBeVisible();

  const share = async (room: string) => {
    await page.locator('[data-action="share"]').click();
    const dialog = page.getByRole('dialog', { name: 'Share this plan' });
    await dialog.getByLabel('Server', { exact: true }).fill(server.url);
    await dialog.getByLabel('Room name').fill(room);
    await dialog.getByLabel(/^Token/).fill('edit-token');
    await dialog.getByRole('button', { name: 'Share' }).click();
    return dialog;
  };

  // The seeded room already holds a plan: refused, with a way to open it.
  const dialog = await share(ROOM);
  await expect(dialog.getByRole('alert')).toContainText(`The room “${ROOM}” already holds a plan`);
  expect(await violations(page), 'the Share dialog with its refusal').toEqual([]);
  await expect(dialog.getByRole('link', { name: `Open “${ROOM}”` })).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  await share('fresh-room');
  await expect(page).toHaveURL(/[?&]room=fresh-room/);
  await expect(status(page)).toHaveText(/^Connected/);
  await expect(page.locator('[data-action="copy-link"]')).toBeVisible();

  const ben = await person(browser, 'Ben');
  await openRoom(ben.page, server, 'fresh-room');
  await expect(node(ben.page, 'vision')).toContainText('Our shared vision');
  await amira.context.close();
  await ben.context.close();
});
