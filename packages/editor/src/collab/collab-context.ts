import { createContext, useContext } from 'react';
import type { Role } from '@changemap/collab';
import type * as Y from 'yjs';

/** A person in a shared room, as others see them. */
export interface CollabUser {
  /** Stable per browser (a random id remembered by the host app), so one person's two tabs are told apart from two people. */
  readonly id: string;
  readonly name: string;
  /** A CSS colour for their cursor, selection ring and avatar (contrast-checked against both themes). */
  readonly color: string;
}

/** Someone else in the room now, and what they have selected. */
export interface Peer {
  readonly clientId: number;
  readonly user: CollabUser;
  readonly selectedNodeId?: string;
  readonly selectedEdgeId?: string;
}

/**
 * What the editor knows of the shared room it is in: given by the collaboration mode (the binding,
 * the provider) and read by the panels that need it (comments, versions, presence, the read-only
 * banner). Absent when the plan is local only.
 */
export interface EditorCollaboration {
  readonly room: string;
  readonly role: Role;
  readonly user: CollabUser;
  /** The room's comments document (`commentsDocumentName(room)`). */
  readonly comments: Y.Doc;
  /** The room's versions document (`versionsDocumentName(room)`). */
  readonly versions: Y.Doc;
  readonly status: 'connecting' | 'connected' | 'offline';
  readonly peers: readonly Peer[];
}

export const CollaborationContext = createContext<EditorCollaboration | undefined>(undefined);

/** The shared room the editor is in, or undefined when the plan is local only. */
export function useCollaboration(): EditorCollaboration | undefined {
  return useContext(CollaborationContext);
}
