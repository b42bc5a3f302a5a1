import type { Browser, BrowserContext, Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import type { SyncServer } from './sync-server.js';

/** Helpers for the specs where people in real Chromium pages share a room of the real sync server. */

export interface Person {
  context: BrowserContext;
  page: Page;
}

/** A person in their own browser profile, with the name the app remembers for them. */
export async function person(browser: Browser, name: string): Promise<Person> {
  const context = await browser.newContext();
  await context.addInitScript(
    ([id, who]) => {
      if (!localStorage.getItem('changemap:user')) localStorage.setItem('changemap:user', JSON.stringify({ id, name: who }));
    },
    [`user-${name.toLowerCase()}`, name],
  );
  return { context, page: await context.newPage() };
}

export function node(page: Page, id: string): Locator {
  return page.locator(`.react-flow__node[data-id="${id}"]`);
}

function roomUrl(server: SyncServer, room: string, token: string): string {
  return `/?server=${encodeURIComponent(server.url)}&room=${room}&token=${token}`;
}

/** Opens the room and waits for its plan and the connection. */
export async function openRoom(page: Page, server: SyncServer, room: string, token = 'edit-token'): Promise<void> {
  await page.goto(roomUrl(server, room, token));
  await expect(node(page, 'vision')).toBeVisible();
  await expect(page.locator('.room-status')).toHaveText(/^Connected/);
}
