import { docToPlan, hasPlan } from '@changemap/collab';
import type { Plan } from '@changemap/core';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { ChangemapEditor, type EditorTheme } from '../components/ChangemapEditor.js';
import type { EditorStore } from '../state/editor-store.js';
import { CollaborationContext, type CollabUser, type EditorCollaboration } from './collab-context.js';
import { PeerSelections, PresenceBar } from './PresenceBar.js';
import { openSharedRoom, type RoomAddress, type SharedRoom } from './shared-room.js';
import { useSharedEditing } from './use-shared-editing.js';

/** What a host gives to open a shared plan. */
export interface SharedChangemapEditorProps {
  /** The sync server's WebSocket address, e.g. `wss://plans.example.org`. */
  server: string;
  /** The room (letters, digits, `.`, `_`, `-`). */
  room: string;
  /** The token the server's tokens file maps to this room and a role; none for an open server. */
  token?: string;
  /** Who this person is, as others in the room see them (the host knows its signed-in user). */
  user: CollabUser;
  theme?: EditorTheme;
  onThemeChange?: (theme: EditorTheme) => void;
  /** Extra toolbar content from the host, after the room's status and who is here. */
  toolbar?: ReactNode | ((collaboration: EditorCollaboration, store: EditorStore | undefined) => ReactNode);
  /** Receives the editor's store once the room's plan has opened. */
  onReady?: (store: EditorStore) => void;
  /** Shown in place of the editor when the room cannot be opened or holds no plan (besides the reason). */
  fallback?: ReactNode;
}

type Loading = { state: 'opening' } | { state: 'failed'; message: string } | { state: 'empty' } | { state: 'ready'; plan: Plan };

/** How long the room may take to answer before the page says so (it keeps trying). */
const SLOW_LOAD_MS = 8000;

/**
 * The editor on a shared plan: the room's plan document bound to the editor's history (per-person
 * undo), presence, roles from the server, and an offline copy in this browser. Nothing is written
 * to the room until its plan has loaded (from the server, or this browser's copy); a failed or
 * slow load says so and changes nothing.
 */
export function SharedChangemapEditor(props: SharedChangemapEditorProps) {
  return <RoomEditor {...props} />;
}

/** The shared editor, optionally on a room already open (Share hands over the room it uploaded to). */
export function RoomEditor({ openRoom, ...props }: SharedChangemapEditorProps & { openRoom?: SharedRoom }) {
  const { server, room: roomName, token } = props;
  const [room, setRoom] = useState<SharedRoom>();
  const [loading, setLoading] = useState<Loading>({ state: 'opening' });
  const [slow, setSlow] = useState(false);
  // The room Share opened is used once; opened again (React's development double mount) it is reopened.
  const handedOver = useRef(openRoom);
  useEffect(() => {
    const address: RoomAddress = { server, room: roomName, ...(token && { token }) };
    const opened = handedOver.current ?? openSharedRoom(address);
    handedOver.current = undefined;
    setRoom(opened);
    setLoading({ state: 'opening' });
    return () => opened.destroy();
  }, [server, roomName, token]);
  useEffect(() => {
    if (!room) return;
    let live = true;
    setSlow(false);
    const timer = setTimeout(() => setSlow(true), SLOW_LOAD_MS);
    room.loaded.then(
      () => live && setLoading(hasPlan(room.plan) ? { state: 'ready', plan: docToPlan(room.plan).plan } : { state: 'empty' }),
      (error: unknown) => live && setLoading({ state: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [room]);

  if (loading.state === 'ready' && room) return <ReadyEditor {...props} opened={room} plan={loading.plan} />;
  return (
    <div className="room-message changemap-root" aria-busy={loading.state === 'opening'}>
      {loading.state === 'opening' && (
        <>
          <h1>Opening {roomName}…</h1>
          {slow && <p role="status">The server at {server} has not answered yet. Nothing has been changed; this page keeps trying.</p>}
        </>
      )}
      {loading.state === 'failed' && (
        <>
          <h1>“{roomName}” could not be opened</h1>
          <p role="alert">{loading.message}</p>
          <p>Nothing was changed, in the room or in this browser.</p>
        </>
      )}
      {loading.state === 'empty' && (
        <>
          <h1>The room “{roomName}” holds no plan yet</h1>
          <p>Open a plan and use Share to put it in a room.</p>
        </>
      )}
      {loading.state !== 'opening' && props.fallback}
    </div>
  );
}

function ReadyEditor({ opened, plan, user, theme, onThemeChange, toolbar, onReady }: SharedChangemapEditorProps & { opened: SharedRoom; plan: Plan }) {
  const [store, setStore] = useState<EditorStore>();
  const collaboration = useSharedEditing(store, opened, user);
  useEffect(() => {
    if (store) onReady?.(store);
  }, [store, onReady]);
  return (
    <CollaborationContext.Provider value={collaboration}>
      <PeerSelections peers={collaboration.peers} />
      <ChangemapEditor
        plan={plan}
        onReady={setStore}
        theme={theme}
        onThemeChange={onThemeChange}
        toolbar={<PresenceBar collaboration={collaboration}>{typeof toolbar === 'function' ? toolbar(collaboration, store) : toolbar}</PresenceBar>}
      />
    </CollaborationContext.Provider>
  );
}
