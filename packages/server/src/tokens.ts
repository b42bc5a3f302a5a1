import { readFileSync } from 'node:fs';
import type { Role } from '@changemap/collab';

/** What one token opens: every room or the listed ones, with one role. */
export interface TokenGrant {
  rooms: '*' | string[];
  role: Role;
}

/** Token → grant, as read from `--tokens <file.json>`. */
export type TokenTable = ReadonlyMap<string, TokenGrant>;

/** A tokens file that cannot be used; the message says what to fix. */
export class TokensFileError extends Error {
  override readonly name = 'TokensFileError';
}

const ROLES: readonly Role[] = ['editor', 'commenter', 'viewer'];

/** Reads and checks a tokens file: `{ "<token>": { "rooms": "*" | ["room-a", …], "role": "editor" | "commenter" | "viewer" } }`. */
export function readTokensFile(path: string): TokenTable {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new TokensFileError(`Cannot read the tokens file ${path}: ${(error as Error).message}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new TokensFileError(`The tokens file ${path} is not valid JSON: ${(error as Error).message}`);
  }
  return parseTokens(data, path);
}

/** Checks parsed tokens data; every problem is listed in one message. */
export function parseTokens(data: unknown, source = 'tokens'): TokenTable {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new TokensFileError(`${source}: expected an object of token → { "rooms": "*" or [room names], "role": "editor" | "commenter" | "viewer" }.`);
  }
  const problems: string[] = [];
  const table = new Map<string, TokenGrant>();
  for (const [token, grant] of Object.entries(data)) {
    const where = `token “${token.slice(0, 6)}…”`;
    if (token.length < 8) problems.push(`${where}: a token needs at least 8 characters.`);
    if (grant === null || typeof grant !== 'object') {
      problems.push(`${where}: expected { "rooms": …, "role": … }.`);
      continue;
    }
    const { rooms, role } = grant as { rooms?: unknown; role?: unknown };
    if (!ROLES.includes(role as Role)) problems.push(`${where}: "role" must be one of ${ROLES.join(', ')} (got ${JSON.stringify(role)}).`);
    const roomsOk = rooms === '*' || (Array.isArray(rooms) && rooms.length > 0 && rooms.every((room) => typeof room === 'string' && room.length > 0));
    if (!roomsOk) problems.push(`${where}: "rooms" must be "*" or a non-empty list of room names.`);
    if (roomsOk && ROLES.includes(role as Role)) table.set(token, { rooms: rooms as TokenGrant['rooms'], role: role as Role });
  }
  if (table.size === 0 && problems.length === 0) problems.push('no tokens: nobody could open a room (leave out --tokens for an open server).');
  if (problems.length > 0) throw new TokensFileError(`${source} has problems:\n  ${problems.join('\n  ')}`);
  return table;
}

/** The role a token has in a room, or undefined when it does not open that room. */
export function roleFor(tokens: TokenTable, token: string, room: string): Role | undefined {
  const grant = tokens.get(token);
  if (grant === undefined) return undefined;
  return grant.rooms === '*' || grant.rooms.includes(room) ? grant.role : undefined;
}
