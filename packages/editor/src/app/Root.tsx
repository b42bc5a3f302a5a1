import type { Plan } from '@changemap/core';
import { lazy, Suspense, useState } from 'react';
import type { RoomAddress, SharedRoom } from '../collab/shared-room.js';
import { App } from './App.js';
import { roomLink } from './shared/room-link.js';

// The shared mode (Yjs, the sync provider, IndexedDB) loads only when a room is opened.
const SharedApp = lazy(() => import('./shared/SharedApp.js'));

type Mode = { kind: 'local' } | { kind: 'shared'; address: RoomAddress; room?: SharedRoom; justShared?: boolean };

/** The app on a local plan (the default) or on a shared room (`?server=…&room=…`), and the switch Share makes between them. */
export function Root({
  room,
  initialPlan,
  startupNotice,
  unsavedAtStart,
}: {
  room?: RoomAddress;
  initialPlan: () => Plan;
  startupNotice?: string;
  unsavedAtStart?: boolean;
}) {
  const [mode, setMode] = useState<Mode>(room ? { kind: 'shared', address: room } : { kind: 'local' });
  // Read once: a new plan object would make the editor open it again.
  const [plan] = useState(() => (room ? undefined : initialPlan()));
  if (mode.kind === 'shared') {
    return (
      <Suspense fallback={<p className="room-loading">Opening {mode.address.room}…</p>}>
        <SharedApp address={mode.address} openRoom={mode.room} justShared={mode.justShared} />
      </Suspense>
    );
  }
  return (
    <App
      initialPlan={plan ?? initialPlan()}
      startupNotice={startupNotice}
      unsavedAtStart={unsavedAtStart}
      onShared={(address, open) => {
        history.replaceState(null, '', roomLink(address));
        setMode({ kind: 'shared', address, room: open, justShared: true });
      }}
    />
  );
}
