export { PLAN_MAPS, commentsDocumentName, versionsDocumentName, mayWrite, parseDocumentName, isRoomName, ROOM_NAME, type Role } from './layout.js';
export { planToDoc, docToPlan, hasPlan, type DroppedRecord } from './plan-doc.js';
export { bindHistory, type BindHistoryOptions, type HistoryBinding } from './binding.js';
export {
  readPeers,
  setPresenceSelection,
  setPresenceUser,
  type CollabUser,
  type PresencePeer,
  type PresenceSelection,
  type PresenceState,
} from './presence.js';
