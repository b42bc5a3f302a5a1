import { createSharedVersionStore, type CommentAuthor, type VersionStore } from '@changemap/collab';
import { useMemo } from 'react';
import { createLocalVersionStore } from '../storage/local-versions.js';
import { useEditor } from '../state/use-editor.js';
import { useCollaboration } from './collab-context.js';

/** Who saves a version of a local plan: the one person at this browser. */
const LOCAL_AUTHOR: CommentAuthor = { id: 'local', name: 'You' };

/**
 * Where the open plan's versions are: the room's versions document in a shared room, this
 * browser's storage (per plan id) otherwise; and who is saving them.
 */
export function useVersionStore(): { store: VersionStore; author: CommentAuthor; shared: boolean } {
  const collaboration = useCollaboration();
  const planId = useEditor((s) => s.plan.id);
  const versions = collaboration?.versions;
  const store = useMemo(() => (versions ? createSharedVersionStore(versions) : createLocalVersionStore(planId)), [versions, planId]);
  const author = collaboration ? { id: collaboration.user.id, name: collaboration.user.name } : LOCAL_AUTHOR;
  return { store, author, shared: collaboration !== undefined };
}
