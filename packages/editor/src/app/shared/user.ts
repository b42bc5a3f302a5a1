import type { CollabUser } from '../../collab/collab-context.js';

const USER_KEY = 'changemap:user';
const SERVER_KEY = 'changemap:last-server';

/** Colours for people, each readable as a ring and a label on both themes. */
const PEOPLE_COLOURS = ['#0b7285', '#c2255c', '#5f3dc4', '#2b8a3e', '#d9480f', '#1864ab', '#862e9c', '#a61e4d'];

/** The person this browser is, as the app remembers them (the library never stores who you are). */
export function rememberedUser(): CollabUser | undefined {
  try {
    const stored = JSON.parse(localStorage.getItem(USER_KEY) ?? 'null') as Partial<CollabUser> | null;
    if (stored && typeof stored.id === 'string' && typeof stored.name === 'string' && stored.name.trim()) return userFor(stored.id, stored.name);
  } catch {
    // Storage blocked or unreadable: the app asks for the name again.
  }
  return undefined;
}

/** Remembers the name given once; the id stays this browser's. */
export function rememberUser(name: string): CollabUser {
  const id = rememberedUser()?.id ?? crypto.randomUUID();
  const user = userFor(id, name.trim().slice(0, 80));
  try {
    localStorage.setItem(USER_KEY, JSON.stringify({ id: user.id, name: user.name }));
  } catch {
    // Not remembered: asked again next time, which loses nothing.
  }
  return user;
}

function userFor(id: string, name: string): CollabUser {
  let hash = 0;
  for (const char of id) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return { id, name, color: PEOPLE_COLOURS[hash % PEOPLE_COLOURS.length]! };
}

/** The server last shared to, to prefill the Share dialog. */
export function lastServer(): string | undefined {
  try {
    return localStorage.getItem(SERVER_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

export function rememberServer(server: string): void {
  try {
    localStorage.setItem(SERVER_KEY, server);
  } catch {
    // Only a convenience.
  }
}
