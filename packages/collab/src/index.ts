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
  type PresenceAwareness,
} from './presence.js';
export { CollabError, isCollabError, type CollabErrorCode } from './errors.js';
export {
  COMMENTS_MAP,
  MAX_COMMENT_LENGTH,
  addThread,
  anchorKey,
  countOpenThreads,
  deleteComment,
  editComment,
  getThread,
  getThreads,
  isAnchorInPlan,
  observeComments,
  reply,
  setResolved,
  type CommentAnchor,
  type CommentAuthor,
  type CommentThread,
  type PlanComment,
  type ThreadFilter,
  type WriteOptions,
} from './comments.js';
export {
  MAX_VERSION_NAME,
  VERSIONS_ARRAY,
  createSharedVersionStore,
  createVersion,
  isPlanVersion,
  newestFirst,
  readVersionPlan,
  versionInfo,
  type PlanVersion,
  type VersionInfo,
  type VersionStore,
} from './versions.js';
