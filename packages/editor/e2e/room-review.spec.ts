import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { node, openRoom, person } from './room-pages.js';
import { SyncServer, freePort, seedRoom } from './sync-server.js';

/** Comments and versions between two people in real Chromium pages on one room of the real sync server. */

/** The Comments tab of the side panel, opened. */
async function commentsOf(page: Page): Promise<Locator> {
  await page.getByRole('tab', { name: /^Comments/ }).click();
  return page.getByRole('region', { name: 'Comments' });
}

let server: SyncServer;
const ROOM = 'review';

test.beforeEach(async () => {
  server = new SyncServer(await freePort());
  await server.start();
  await seedRoom(server.url, ROOM);
});

test.afterEach(async () => {
  await server.dispose();
});

test('a commenter comments on a box and cannot edit the plan; an editor sees the thread, replies and resolves it', async ({ browser }) => {
  const amira = await person(browser, 'Amira');
  const cleo = await person(browser, 'Cleo');
  await openRoom(amira.page, server, ROOM, 'edit-token');
  await openRoom(cleo.page, server, ROOM, 'comment-token');

  // Cleo may comment, not edit.
  await expect(cleo.page.locator('[data-action="add-node"]')).toBeDisabled();
  await node(cleo.page, 'aim').click();
  await expect(cleo.page.locator('.inspector').getByLabel('Title', { exact: true })).toBeDisabled();
  const cleoComments = await commentsOf(cleo.page);
  await expect(cleoComments.getByRole('heading', { name: 'On the aim “Everyone has a warm home”' })).toBeVisible();
  await cleoComments.getByLabel('New comment').fill('Which homes count as warm?');
  await cleoComments.getByRole('button', { name: 'Comment', exact: true }).click();
  await expect(cleoComments.locator('.comment-text')).toHaveText(['Which homes count as warm?']);

  // Amira sees it on the box and in her panel, within 2 s, and replies.
  await expect(node(amira.page, 'aim').locator('.plan-node-comments')).toContainText('1', { timeout: 2000 });
  await expect(amira.page.getByRole('tab', { name: /^Comments/ })).toContainText('1 open');
  await node(amira.page, 'aim').click();
  const amiraComments = await commentsOf(amira.page);
  await expect(amiraComments.locator('.comment-text')).toHaveText(['Which homes count as warm?']);
  await amiraComments.getByPlaceholder('Reply…').fill('Homes that meet the Decent Homes Standard.');
  await amiraComments.getByRole('button', { name: 'Reply', exact: true }).click();
  await expect(cleoComments.locator('.comment-text')).toHaveText(['Which homes count as warm?', 'Homes that meet the Decent Homes Standard.'], {
    timeout: 2000,
  });
  await cleo.page.screenshot({ path: 'test-results/comments-commenter.png' });
  const { violations } = await new AxeBuilder({ page: cleo.page })
    .include('.editor-side')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`))).toEqual([]);

  // Only the author may edit a comment: Cleo's reply controls are hers alone.
  await expect(amiraComments.getByRole('button', { name: 'Edit' })).toHaveCount(1);
  await amiraComments.getByRole('button', { name: 'Resolve' }).click();
  await expect(node(cleo.page, 'aim').locator('.plan-node-comments')).toHaveCount(0, { timeout: 2000 });
  await expect(cleoComments.getByText('No open comments here yet.')).toBeVisible();
  for (const someone of [amira, cleo]) await someone.context.close();
});

test('versions in a room: an editor saves one, a commenter sees it and may compare but not save or restore; a restore and its undo reach everyone', async ({
  browser,
}) => {
  const amira = await person(browser, 'Amira');
  const cleo = await person(browser, 'Cleo');
  await openRoom(amira.page, server, ROOM, 'edit-token');
  await openRoom(cleo.page, server, ROOM, 'comment-token');
  await amira.page.getByRole('tab', { name: 'Versions' }).click();
  const amiraVersions = amira.page.getByRole('region', { name: 'Versions' });
  await amiraVersions.getByLabel('Name this version').fill('Before the workshop');
  await amiraVersions.getByRole('button', { name: 'Save version' }).click();
  await node(amira.page, 'aim').click();
  await amira.page.locator('.inspector').getByLabel('Title', { exact: true }).fill('Everyone has a warm, dry home');
  await expect(node(cleo.page, 'aim')).toContainText('Everyone has a warm, dry home', { timeout: 2000 });

  await cleo.page.getByRole('tab', { name: 'Versions' }).click();
  const cleoVersions = cleo.page.getByRole('region', { name: 'Versions' });
  await expect(cleoVersions.locator('.version-meta')).toContainText('Amira');
  await expect(cleoVersions.getByText('You can compare versions; only editors of this room can save or restore them.')).toBeVisible();
  await expect(cleoVersions.getByRole('button', { name: /^Restore/ })).toHaveCount(0);
  await cleoVersions.getByRole('button', { name: 'Compare with current “Before the workshop”' }).click();
  await expect(cleo.page.getByRole('region', { name: 'Changes since “Before the workshop”' })).toContainText(
    'Changed title of aim: “Everyone has a warm home” → “Everyone has a warm, dry home”',
  );

  // Amira restores it: the room goes back for everyone, and her Undo brings her edit back for everyone.
  await amiraVersions.getByRole('button', { name: 'Restore… “Before the workshop”' }).click();
  await amiraVersions.getByRole('group', { name: 'Restore “Before the workshop”?' }).getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(node(cleo.page, 'aim')).toContainText('Everyone has a warm home', { timeout: 2000 });
  await amira.page.getByRole('button', { name: '↶ Undo' }).click();
  await expect(node(cleo.page, 'aim')).toContainText('Everyone has a warm, dry home', { timeout: 2000 });
  for (const someone of [amira, cleo]) await someone.context.close();
});
