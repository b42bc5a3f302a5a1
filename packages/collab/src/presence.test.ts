import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { readPeers, setPresenceSelection, setPresenceUser } from './presence.js';

function pair(): [Awareness, Awareness, () => void] {
  const a = new Awareness(new Y.Doc());
  const b = new Awareness(new Y.Doc());
  const exchange = () => {
    applyAwarenessUpdate(b, encodeAwarenessUpdate(a, [a.clientID]), 'peer');
    applyAwarenessUpdate(a, encodeAwarenessUpdate(b, [b.clientID]), 'peer');
  };
  return [a, b, exchange];
}

describe('presence', () => {
  it('shows who else is here and what they have selected', () => {
    const [a, b, exchange] = pair();
    setPresenceUser(a, { id: 'u-a', name: 'Amira', color: '#0b7285' });
    setPresenceUser(b, { id: 'u-b', name: 'Ben', color: 'hsl(20, 80%, 40%)' });
    setPresenceSelection(a, { nodeId: 'o1' });
    exchange();
    expect(readPeers(b)).toEqual([{ clientId: a.clientID, user: { id: 'u-a', name: 'Amira', color: '#0b7285' }, selection: { nodeId: 'o1' } }]);
    expect(readPeers(a).map((peer) => peer.user.name)).toEqual(['Ben']);
  });

  it("reads another client's state defensively: no state without a user, no colour that is not one", () => {
    const [a, b, exchange] = pair();
    a.setLocalState({ user: { id: 'x', name: 'Mallory', color: 'red;background:url(x)' }, selection: { nodeId: 3 } });
    b.setLocalState({ cursor: 1 });
    exchange();
    expect(readPeers(b)).toEqual([{ clientId: a.clientID, user: { id: 'x', name: 'Mallory', color: '#6b7280' }, selection: {} }]);
    expect(readPeers(a)).toEqual([]);
  });
});
