import { docToPlan, hasPlan } from '@changemap/collab';
import type { Plan } from '@changemap/core';
import { exportJson } from '@changemap/schemas';
import { useCallback, useEffect, useRef, useState } from 'react';
import { CollaborationContext, type CollabUser } from '../../collab/collab-context.js';
import { PeerSelections, PresenceBar } from '../../collab/PresenceBar.js';
import { openSharedRoom, type RoomAddress, type SharedRoom } from '../../collab/shared-room.js';
import { useSharedEditing } from '../../collab/use-shared-editing.js';
import { ChangemapEditor, type EditorTheme } from '../../components/ChangemapEditor.js';
import type { EditorStore } from '../../state/editor-store.js';
import { downloadText, fileNameFor } from '../../storage/files.js';
import { readThemePreference, saveThemePreference } from '../theme-preference.js';
import { NameForm } from './NameForm.js';
import { roomLink } from './room-link.js';
import { rememberedUser } from './user.js';
import './shared.css';

type Loading = { state: 'opening' } | { state: 'failed'; message: string } | { state: 'empty' } | { state: 'ready'; plan: Plan };

/** How long the room may take to answer before the page says so (it keeps trying). */
const SLOW_LOAD_MS = 8000;

/**
 * The app on a shared plan (`?server=…&room=…&token=…`): loaded lazily, so local users never
 * download it. Nothing is written to the room until its plan has loaded; a failed or slow load
 * says so and changes nothing. The local plan and its autosave are left as they were.
 */
export default function SharedApp({ address, openRoom, justShared = false }: { address: RoomAddress; openRoom?: SharedRoom; justShared?: boolean }) {
  const [user, setUser] = useState<CollabUser | undefined>(rememberedUser);
  if (!user) return <NameForm room={address.room} onName={setUser} />;
  return <SharedRoomApp address={address} openRoom={openRoom} justShared={justShared} user={user} />;
}

function SharedRoomApp({ address, openRoom, justShared, user }: { address: RoomAddress; openRoom?: SharedRoom; justShared: boolean; user: CollabUser }) {
  const [room, setRoom] = useState<SharedRoom>();
  const [loading, setLoading] = useState<Loading>({ state: 'opening' });
  const [slow, setSlow] = useState(false);
  // The room Share opened is used once; opened again (React's development double mount) it is reopened.
  const handedOver = useRef(openRoom);
  useEffect(() => {
    const opened = handedOver.current ?? openSharedRoom(address);
    handedOver.current = undefined;
    setRoom(opened);
    return () => opened.destroy();
  }, [address]);
  useEffect(() => {
    if (!room) return;
    let live = true;
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

  if (loading.state === 'ready' && room) return <SharedEditor room={room} user={user} plan={loading.plan} justShared={justShared} />;
  return (
    <main className="room-message" aria-busy={loading.state === 'opening'}>
      {loading.state === 'opening' && (
        <>
          <h1>Opening {address.room}…</h1>
          {slow && <p>The server at {address.server} has not answered yet. Nothing has been changed; this page keeps trying.</p>}
        </>
      )}
      {loading.state === 'failed' && (
        <>
          <h1>“{address.room}” could not be opened</h1>
          <p>{loading.message}</p>
          <p>Nothing was changed, in the room or in this browser.</p>
        </>
      )}
      {loading.state === 'empty' && (
        <>
          <h1>The room “{address.room}” holds no plan yet</h1>
          <p>Open a plan on this device and use Share to put it in a room.</p>
        </>
      )}
      <p>
        <a href={localAppLink()}>Back to the plan on this device</a>
      </p>
    </main>
  );
}

function localAppLink(): string {
  const url = new URL(location.href);
  url.search = '';
  return url.toString();
}

function SharedEditor({ room, user, plan, justShared }: { room: SharedRoom; user: CollabUser; plan: Plan; justShared: boolean }) {
  const [store, setStore] = useState<EditorStore>();
  const [theme, setTheme] = useState(readThemePreference);
  const chooseTheme = useCallback((next: EditorTheme) => {
    setTheme(next);
    saveThemePreference(next);
  }, []);
  const collaboration = useSharedEditing(store, room, user);
  const [copied, setCopied] = useState(false);
  const link = roomLink(room.address);
  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied(true);
    } catch {
      window.prompt('Copy this link:', link);
    }
  };
  useEffect(() => {
    if (justShared && store) store.notify({ tone: 'info', text: `Shared: anyone with the link can open “${room.address.room}”. ${link}` });
  }, [justShared, store, room, link]);

  return (
    <CollaborationContext.Provider value={collaboration}>
      <PeerSelections peers={collaboration.peers} />
      <ChangemapEditor
        plan={plan}
        onReady={setStore}
        theme={theme}
        onThemeChange={chooseTheme}
        toolbar={
          <PresenceBar collaboration={collaboration}>
            <button type="button" data-action="copy-link" onClick={() => void copyLink()}>
              {copied ? 'Link copied' : 'Copy link'}
            </button>
            <button
              type="button"
              data-action="save"
              onClick={() => store && downloadText(exportJson(store.getSnapshot().plan), fileNameFor(store.getSnapshot().plan.title))}
            >
              Save a copy
            </button>
            <a className="toolbar-link" href={localAppLink()}>
              Leave room
            </a>
          </PresenceBar>
        }
      />
    </CollaborationContext.Provider>
  );
}
