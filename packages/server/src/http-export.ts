import { isRoomName } from '@changemap/collab';
import type { Extension, Hocuspocus, onRequestPayload } from '@hocuspocus/server';
import * as Y from 'yjs';
import { planFileOf, RoomTransferError } from './room-transfer.js';
import type { DocumentStore } from './storage/store.js';
import { roleFor, type TokenTable } from './tokens.js';

const PLAN_PATH = /^\/rooms\/([^/]+)\/plan\.json$/;

/**
 * `GET /rooms/<room>/plan.json` on the server's own port: the room's plan as a Changemap file,
 * from the live document when the room is open (so it includes the latest edits) or from storage.
 * With tokens, any role may export (reading is what a viewer does): `?token=` or `Authorization: Bearer`.
 */
export class HttpExport implements Extension {
  readonly extensionName = 'changemap-http-export';
  readonly #store: DocumentStore;
  readonly #tokens: TokenTable | undefined;

  constructor(store: DocumentStore, tokens: TokenTable | undefined) {
    this.#store = store;
    this.#tokens = tokens;
  }

  async onRequest({ request, response, instance }: onRequestPayload): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://server');
    const match = PLAN_PATH.exec(url.pathname);
    if (match === null || request.method !== 'GET') return;
    const room = decodeURIComponent(match[1]!);
    const token = url.searchParams.get('token') ?? /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1] ?? '';
    const [status, body] = await this.#answer(instance, room, token);
    response.writeHead(status, { 'Content-Type': status === 200 ? 'application/json' : 'text/plain; charset=utf-8' });
    response.end(body);
    // Hocuspocus' convention: rejecting with nothing stops its default answer.
    throw null;
  }

  async #answer(instance: Hocuspocus, room: string, token: string): Promise<[number, string]> {
    if (!isRoomName(room)) return [400, `“${room.slice(0, 100)}” is not a room name.\n`];
    if (this.#tokens !== undefined && roleFor(this.#tokens, token, room) === undefined) return [403, `This token does not open the room “${room}”.\n`];
    try {
      const live = instance.documents.get(room);
      if (live !== undefined) return [200, planFileOf(live, room)];
      const state = await this.#store.load(room);
      if (state === null) return [404, `There is no room “${room}”.\n`];
      const doc = new Y.Doc();
      Y.applyUpdate(doc, state);
      return [200, planFileOf(doc, room)];
    } catch (error) {
      if (error instanceof RoomTransferError) return [422, `${error.message}\n`];
      return [500, `The room could not be read: ${(error as Error).message}\n`];
    }
  }
}
