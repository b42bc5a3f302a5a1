import { commentsDocumentName, hasPlan, versionsDocumentName, type PresenceAwareness, type Role } from '@changemap/collab';
import { HocuspocusProvider, HocuspocusProviderWebsocket, WebSocketStatus } from '@hocuspocus/provider';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';

/** Where a shared plan lives: the sync server, the room, and the token that opens it. */
export interface RoomAddress {
  readonly server: string;
  readonly room: string;
  readonly token?: string;
}

export type RoomStatus = 'connecting' | 'connected' | 'offline';

/**
 * One shared room, open: its three documents, each synced with the server over one multiplexed
 * WebSocket and kept in this browser (IndexedDB) so that edits made offline survive a reload and
 * are sent on reconnecting.
 */
export interface SharedRoom {
  readonly address: RoomAddress;
  readonly plan: Y.Doc;
  readonly comments: Y.Doc;
  readonly versions: Y.Doc;
  /**
   * The plan document's awareness, which carries presence. (Not the provider itself: its type
   * declarations reach into the `ws` package's, which a host's compiler need not have.)
   */
  readonly awareness: PresenceAwareness | null;
  /** Resolves when the plan document has loaded (from the server, or this browser's copy when offline); rejects when the server refuses. */
  readonly loaded: Promise<'server' | 'this-browser'>;
  /** Resolves once the server has sent the plan document at least once. */
  readonly synced: Promise<void>;
  status(): RoomStatus;
  /** The role the server gave; undefined until it says. */
  role(): Role | undefined;
  /** Called when the status or the role changes. */
  onChange(listener: () => void): () => void;
  /** Resolves when everything made here has reached the server. */
  whenSent(): Promise<void>;
  destroy(): void;
}

/** The name this browser's copy of a room's document is kept under. */
function localName(address: RoomAddress, documentName: string): string {
  return `changemap:${address.server}:${documentName}`;
}

/** Opens a room: connects to the server and loads this browser's copy, at once. */
export function openSharedRoom(address: RoomAddress): SharedRoom {
  const socket = new HocuspocusProviderWebsocket({ url: address.server });
  const listeners = new Set<() => void>();
  const changed = () => listeners.forEach((listener) => listener());
  let role: Role | undefined;
  let status: RoomStatus = 'connecting';
  let failLoad: (reason: Error) => void = () => undefined;
  let markSynced: () => void = () => undefined;
  const synced = new Promise<void>((resolve) => (markSynced = resolve));

  const open = (name: string) => {
    const document = new Y.Doc();
    const local = new IndexeddbPersistence(localName(address, name), document);
    const provider = new HocuspocusProvider({
      websocketProvider: socket,
      name,
      document,
      token: address.token ?? null,
      onAuthenticationFailed: ({ reason }) => failLoad(new Error(reason || 'The server refused this room.')),
      onStateless: ({ payload }) => {
        const message = readRoleMessage(payload);
        if (message && name === address.room && message !== role) {
          role = message;
          changed();
        }
      },
      onAuthenticated: ({ scope }) => {
        // A server that does not say the role: a read-only plan document is at least "view".
        if (name === address.room && role === undefined && scope === 'readonly') {
          role = 'viewer';
          changed();
        }
      },
    });
    provider.attach();
    return { document, provider, local };
  };
  const plan = open(address.room);
  const comments = open(commentsDocumentName(address.room));
  const versions = open(versionsDocumentName(address.room));
  plan.provider.on('synced', ({ state }: { state: boolean }) => state && markSynced());

  socket.on('status', ({ status: next }: { status: WebSocketStatus }) => {
    status = next === WebSocketStatus.Connected ? 'connected' : next === WebSocketStatus.Connecting ? 'connecting' : 'offline';
    changed();
  });
  socket.on('close', () => {
    status = 'offline';
    changed();
  });

  // The room's plan is known once the server has sent it, or, offline, once this browser's copy
  // holds one. Until then nothing is written, so a slow load can never replace the room's plan.
  const loaded = new Promise<'server' | 'this-browser'>((resolve, reject) => {
    failLoad = reject;
    void synced.then(() => resolve('server'));
    void plan.local.whenSynced.then(() => {
      if (hasPlan(plan.document) && status !== 'connected') resolve('this-browser');
    });
  });

  return {
    address,
    plan: plan.document,
    comments: comments.document,
    versions: versions.document,
    awareness: plan.provider.awareness,
    loaded,
    synced,
    status: () => status,
    role: () => role,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    whenSent: () =>
      new Promise<void>((resolve) => {
        const check = () => {
          if (!plan.provider.hasUnsyncedChanges) {
            plan.provider.off('unsyncedChanges', check);
            resolve();
          }
        };
        plan.provider.on('unsyncedChanges', check);
        check();
      }),
    destroy() {
      for (const part of [plan, comments, versions]) {
        part.provider.destroy();
        void part.local.destroy();
      }
      socket.destroy();
    },
  };
}

/** The role in the server's `changemap:role` message, if the payload is one. */
function readRoleMessage(payload: string): Role | undefined {
  try {
    const message = JSON.parse(payload) as { type?: unknown; role?: unknown };
    if (message.type !== 'changemap:role') return undefined;
    return message.role === 'editor' || message.role === 'commenter' || message.role === 'viewer' ? message.role : undefined;
  } catch {
    return undefined;
  }
}
