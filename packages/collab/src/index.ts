export { PLAN_MAPS, commentsDocumentName, versionsDocumentName, mayWrite, parseDocumentName, isRoomName, ROOM_NAME, type Role } from './layout.js';
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
