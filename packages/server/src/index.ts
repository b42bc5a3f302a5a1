/**
 * The Changemap sync server: Hocuspocus rooms for shared plans (a plan, a comments and a versions
 * document per room, as `@changemap/collab` lays them out), stored in SQLite or PostgreSQL so that
 * nothing that reached the server is lost, with tokens and roles the server enforces.
 */
export { startServer } from './start-server.js';
export type { RunningServer, ServerOptions } from './start-server.js';
export { ROLE_MESSAGE_TYPE } from './access.js';
export type { AccessContext } from './access.js';
export { parseTokens, readTokensFile, roleFor, TokensFileError } from './tokens.js';
export type { TokenGrant, TokenTable } from './tokens.js';
export { openStore } from './storage/open-store.js';
export type { StorageOptions } from './storage/open-store.js';
export type { DocumentStore } from './storage/store.js';
export { exportRoom, importRoom, RoomTransferError } from './room-transfer.js';
