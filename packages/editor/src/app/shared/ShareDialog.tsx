import { isRoomName } from '@changemap/collab';
import type { Plan } from '@changemap/core';
import { useEffect, useId, useRef, useState } from 'react';
import type { RoomAddress, SharedRoom } from '../../collab/shared-room.js';
import { roomLink, suggestRoomName } from './room-link.js';
import { lastServer, rememberedUser, rememberServer, rememberUser } from './user.js';

/** A server on this machine, the usual place to try sharing first. */
const DEFAULT_SERVER = 'ws://localhost:1234';

function isServerUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'ws:' || url.protocol === 'wss:';
  } catch {
    return false;
  }
}

type Step = { state: 'form' } | { state: 'sharing' } | { state: 'error'; message: string; taken?: RoomAddress };

/**
 * Share: puts the open plan into a new room on a sync server and switches to it. The room name
 * is suggested from the plan's title; a room that already holds a plan is never overwritten —
 * the dialog says so and offers to open it instead.
 */
export function ShareDialog({
  open,
  plan,
  onClose,
  onShared,
}: {
  open: boolean;
  plan: Plan;
  onClose: () => void;
  onShared: (address: RoomAddress, room: SharedRoom) => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const ids = { server: useId(), room: useId(), token: useId(), name: useId() };
  const [server, setServer] = useState(() => new URLSearchParams(location.search).get('server') ?? lastServer() ?? DEFAULT_SERVER);
  const [room, setRoom] = useState(() => suggestRoomName(plan.title));
  const [token, setToken] = useState('');
  const [name, setName] = useState(() => rememberedUser()?.name ?? '');
  const [step, setStep] = useState<Step>({ state: 'form' });
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      setRoom(suggestRoomName(plan.title));
      setStep({ state: 'form' });
      element.showModal?.();
    }
    if (!open && element.open) element.close();
  }, [open, plan.title]);

  const roomProblem = room && !isRoomName(room) ? 'Use 1–100 letters, digits, dots, dashes or underscores.' : undefined;
  const serverProblem = server && !isServerUrl(server) ? 'A server address starts with ws:// or wss://.' : undefined;

  const share = async () => {
    if (!room || !server || roomProblem || serverProblem || !name.trim()) return;
    rememberUser(name);
    const address: RoomAddress = { server, room, ...(token && { token }) };
    setStep({ state: 'sharing' });
    const { sharePlan } = await import('./share-plan.js');
    const outcome = await sharePlan(plan, address);
    if (!outcome.ok) {
      setStep({ state: 'error', message: outcome.message, ...(outcome.reason === 'taken' && { taken: address }) });
      return;
    }
    rememberServer(server);
    onShared(address, outcome.room);
  };

  return (
    <dialog
      ref={dialog}
      className="share-dialog"
      aria-labelledby="share-title"
      onCancel={(e) => {
        e.preventDefault();
        if (step.state !== 'sharing') onClose();
      }}
    >
      <h2 id="share-title">Share this plan</h2>
      <p>The plan is put in a new room on a sync server; everyone with the link works on it together.</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void share();
        }}
      >
        <label htmlFor={ids.name}>Your name</label>
        <input id={ids.name} value={name} onChange={(e) => setName(e.target.value)} required maxLength={80} autoComplete="name" />
        <label htmlFor={ids.server}>Server</label>
        <input
          id={ids.server}
          value={server}
          onChange={(e) => setServer(e.target.value)}
          required
          aria-invalid={Boolean(serverProblem)}
          aria-describedby={`${ids.server}-problem`}
        />
        <small id={`${ids.server}-problem`}>{serverProblem}</small>
        <label htmlFor={ids.room}>Room name</label>
        <input
          id={ids.room}
          value={room}
          onChange={(e) => setRoom(e.target.value)}
          required
          aria-invalid={Boolean(roomProblem)}
          aria-describedby={`${ids.room}-problem`}
        />
        <small id={`${ids.room}-problem`}>{roomProblem}</small>
        <label htmlFor={ids.token}>Token (if the server asks for one)</label>
        <input id={ids.token} value={token} onChange={(e) => setToken(e.target.value)} autoComplete="off" />
        {step.state === 'error' && (
          <p className="share-error" role="alert">
            {step.message}{' '}
            {step.taken && (
              <a href={roomLink(step.taken)} data-action="open-room">
                Open “{step.taken.room}”
              </a>
            )}
          </p>
        )}
        <div className="dialog-buttons">
          <button type="submit" className="primary" disabled={step.state === 'sharing'} data-action="share-submit">
            {step.state === 'sharing' ? 'Sharing…' : 'Share'}
          </button>
          <button type="button" onClick={onClose} disabled={step.state === 'sharing'}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
