import { useId, useState } from 'react';
import type { CollabUser } from '../../collab/collab-context.js';
import { rememberUser } from './user.js';

/** Asks once for the name others in a room will see; the app remembers it in this browser. */
export function NameForm({ room, onName }: { room: string; onName: (user: CollabUser) => void }) {
  const id = useId();
  const [name, setName] = useState('');
  return (
    <main className="room-message">
      <h1>Join “{room}”</h1>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (name.trim()) onName(rememberUser(name));
        }}
      >
        <label htmlFor={id}>Your name</label>{' '}
        <input id={id} value={name} onChange={(e) => setName(e.target.value)} autoComplete="name" required maxLength={80} /> <button type="submit">Join</button>
        <p>Others in the room see this name beside what you select.</p>
      </form>
    </main>
  );
}
