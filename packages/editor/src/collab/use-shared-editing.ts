import { bindHistory, readPeers, setPresenceSelection, setPresenceUser, type Role } from '@changemap/collab';
import { useEffect, useState } from 'react';
import type { EditorStore } from '../state/editor-store.js';
import type { CollabUser, EditorCollaboration, Peer } from './collab-context.js';
import type { SharedRoom } from './shared-room.js';

/** Whether a role may change the plan; until the server says, the server's own refusal is the guard. */
function mayEditPlan(role: Role | undefined): boolean {
  return role === undefined || role === 'editor';
}

/**
 * Binds an editor's store to an open room: the officer's changes go to the plan document, everyone
 * else's come in as remote changes (per-person undo), the role from the server turns editing off
 * for viewers and commenters, and presence says who is here and what each has selected. Returns
 * what the collaboration context gives the panels.
 */
export function useSharedEditing(store: EditorStore | undefined, room: SharedRoom, user: CollabUser): EditorCollaboration {
  const [status, setStatus] = useState(room.status());
  const [role, setRole] = useState(room.role());
  const [peers, setPeers] = useState<readonly Peer[]>([]);

  useEffect(
    () =>
      room.onChange(() => {
        setStatus(room.status());
        setRole(room.role());
      }),
    [room],
  );

  useEffect(() => {
    if (!store) return;
    store.setReadOnly(!mayEditPlan(role));
  }, [store, role]);

  useEffect(() => {
    if (!store) return;
    const binding = bindHistory(store.history, room.plan, {
      applyRemote: (diff) => store.applyRemote(diff),
      canWrite: () => mayEditPlan(room.role()),
      onRefused: (refused) =>
        store.notify({
          tone: 'warning',
          text: `A change made by someone else could not be shown here (${refused.length === 1 ? 'one record' : `${refused.length} records`}): ${refused[0]?.reason ?? ''} The rest of the plan is up to date.`,
        }),
    });
    return () => binding.destroy();
  }, [store, room]);

  useEffect(() => {
    const awareness = room.awareness;
    if (!awareness || !store) return;
    setPresenceUser(awareness, user);
    const publishSelection = () => {
      const { selectedNodeId, selectedEdgeId } = store.getSnapshot();
      setPresenceSelection(awareness, { nodeId: selectedNodeId, edgeId: selectedEdgeId });
    };
    publishSelection();
    const stopSelection = store.subscribe(publishSelection);
    const onPeers = () =>
      setPeers(
        readPeers(awareness).map(({ clientId, user: peer, selection }) => ({
          clientId,
          user: peer,
          ...(selection.nodeId !== undefined && { selectedNodeId: selection.nodeId }),
          ...(selection.edgeId !== undefined && { selectedEdgeId: selection.edgeId }),
        })),
      );
    onPeers();
    awareness.on('change', onPeers);
    return () => {
      stopSelection();
      awareness.off('change', onPeers);
    };
  }, [room, store, user]);

  return { room: room.address.room, role: role ?? 'editor', user, comments: room.comments, versions: room.versions, status, peers };
}
