import { isRoomName, mayWrite, parseDocumentName, type Role } from '@changemap/collab';
import type { connectedPayload, Extension, onAuthenticatePayload } from '@hocuspocus/server';
import { roleFor, type TokenTable } from './tokens.js';

/** The context the server gives each connection after authentication (read by other hooks). */
export interface AccessContext {
  room: string;
  role: Role;
}

/**
 * The stateless message the server sends each client once it is connected to a document, so the
 * editor can show the person's role: `{"type":"changemap:role","room":"…","role":"editor"|"commenter"|"viewer","document":"plan"|"comments"|"versions","readOnly":bool}`.
 * (Hocuspocus' own `authenticated` message also says `scope: "readonly" | "read-write"` per document.)
 */
export const ROLE_MESSAGE_TYPE = 'changemap:role';

/** A refusal the client sees as the reason in `onAuthenticationFailed`. */
function refuse(reason: string): Error & { reason: string } {
  return Object.assign(new Error(reason), { reason });
}

/**
 * Tokens and roles. Without a token table the server is open and everyone is an editor. With
 * one, an unknown token or a room the token does not open is refused, and a document the role
 * may not write is opened read-only: Hocuspocus then drops that connection's updates, so the
 * server itself refuses a viewer's or commenter's change to the plan.
 */
export class Access implements Extension {
  readonly extensionName = 'changemap-access';
  readonly #tokens: TokenTable | undefined;

  constructor(tokens: TokenTable | undefined) {
    this.#tokens = tokens;
  }

  onAuthenticate({ documentName, token, connectionConfig }: onAuthenticatePayload): Promise<AccessContext> {
    const { room, document } = parseDocumentName(documentName);
    if (!isRoomName(room)) {
      return Promise.reject(refuse(`“${room.slice(0, 100)}” is not a room name: use 1–100 letters, digits, . _ or -.`));
    }
    const role = this.#tokens === undefined ? 'editor' : roleFor(this.#tokens, token ?? '', room);
    if (role === undefined) return Promise.reject(refuse(`This token does not open the room “${room}”.`));
    if (!mayWrite(role, document)) connectionConfig.readOnly = true;
    return Promise.resolve({ room, role });
  }

  connected({ connection, context, documentName, connectionConfig }: connectedPayload): Promise<void> {
    const { role, room } = context as AccessContext;
    const { document } = parseDocumentName(documentName);
    connection.sendStateless(JSON.stringify({ type: ROLE_MESSAGE_TYPE, room, role, document, readOnly: connectionConfig.readOnly }));
    return Promise.resolve();
  }
}
