import { exportJson } from '@changemap/schemas';
import { useCallback, useState } from 'react';
import type { CollabUser } from '../../collab/collab-context.js';
import { RoomEditor } from '../../collab/SharedChangemapEditor.js';
import type { RoomAddress, SharedRoom } from '../../collab/shared-room.js';
import type { EditorTheme } from '../../components/ChangemapEditor.js';
import type { EditorStore } from '../../state/editor-store.js';
import { downloadText, fileNameFor } from '../../storage/files.js';
import { readThemePreference, saveThemePreference } from '../theme-preference.js';
import { NameForm } from './NameForm.js';
import { roomLink } from './room-link.js';
import { rememberedUser } from './user.js';

/**
 * The app on a shared plan (`?server=…&room=…&token=…`), loaded lazily so that local users never
 * download it: asks once for the person's name, then opens the room. The local plan and its
 * autosave are left as they were.
 */
export default function SharedApp({ address, openRoom, justShared = false }: { address: RoomAddress; openRoom?: SharedRoom; justShared?: boolean }) {
  const [user, setUser] = useState<CollabUser | undefined>(rememberedUser);
  const [theme, setTheme] = useState(readThemePreference);
  const chooseTheme = useCallback((next: EditorTheme) => {
    setTheme(next);
    saveThemePreference(next);
  }, []);
  const link = roomLink(address);
  const [copied, setCopied] = useState(false);
  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied(true);
    } catch {
      window.prompt('Copy this link:', link);
    }
  };
  const announce = useCallback(
    (store: EditorStore) => {
      if (justShared) store.notify({ tone: 'info', text: `Shared: everyone with the link can open “${address.room}”: ${link}` });
    },
    [justShared, address.room, link],
  );

  if (!user) return <NameForm room={address.room} onName={setUser} />;
  return (
    <RoomEditor
      server={address.server}
      room={address.room}
      token={address.token}
      user={user}
      openRoom={openRoom}
      theme={theme}
      onThemeChange={chooseTheme}
      onReady={announce}
      fallback={
        <p>
          <a href={localAppLink()}>Back to the plan on this device</a>
        </p>
      }
      toolbar={(_collaboration, store) => (
        <>
          <button type="button" data-action="copy-link" onClick={() => void copyLink()}>
            {copied ? 'Link copied' : 'Copy link'}
          </button>
          <button
            type="button"
            data-action="save"
            disabled={!store}
            onClick={() => store && downloadText(exportJson(store.getSnapshot().plan), fileNameFor(store.getSnapshot().plan.title))}
          >
            Save a copy
          </button>
          <a className="toolbar-link" href={localAppLink()}>
            Leave room
          </a>
        </>
      )}
    />
  );
}

/** This app without a room: the plan kept on this device. */
function localAppLink(): string {
  const url = new URL(location.href);
  url.search = '';
  return url.toString();
}
