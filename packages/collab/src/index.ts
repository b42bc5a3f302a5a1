export { PLAN_MAPS, commentsDocumentName, versionsDocumentName, mayWrite, parseDocumentName, isRoomName, ROOM_NAME, type Role } from './layout.js';
