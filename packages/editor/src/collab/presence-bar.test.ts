import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { EditorCollaboration } from './collab-context.js';
import { roleBanner, statusText } from './PresenceBar.js';

function room(changes: Partial<EditorCollaboration>): EditorCollaboration {
  return {
    room: 'r',
    role: 'editor',
    user: { id: 'me', name: 'Amira', color: '#0b7285' },
    comments: new Y.Doc(),
    versions: new Y.Doc(),
    status: 'connected',
    peers: [],
    ...changes,
  };
}

describe('the shared mode in words', () => {
  it('says how many are here, or what happens to edits offline', () => {
    const ben = { clientId: 2, user: { id: 'b', name: 'Ben', color: '#c2255c' } };
    expect(statusText(room({ peers: [ben] }))).toBe('Connected · 2 here');
    expect(statusText(room({ status: 'offline' }))).toBe('Offline — edits kept on this device and sent when you reconnect');
    expect(statusText(room({ status: 'connecting' }))).toBe('Opening…');
  });

  it('tells viewers and commenters what they can do, and editors nothing', () => {
    expect(roleBanner(room({ role: 'viewer' }))).toBe('You can view this plan');
    expect(roleBanner(room({ role: 'commenter' }))).toBe('You can view and comment');
    expect(roleBanner(room({ role: 'editor' }))).toBeUndefined();
  });
});
