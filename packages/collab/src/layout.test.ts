import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isRoomName, commentsDocumentName, mayWrite, parseDocumentName, versionsDocumentName } from './layout.js';

describe('document names', () => {
  it('gives back the room and document from any room name', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9._-]{1,100}$/), (room) => {
        expect(parseDocumentName(commentsDocumentName(room))).toEqual({ room, document: 'comments' });
        expect(parseDocumentName(versionsDocumentName(room))).toEqual({ room, document: 'versions' });
      }),
    );
  });

  it('lets a commenter write comments only, and a viewer nothing', () => {
    expect(mayWrite('commenter', 'comments')).toBe(true);
    expect(mayWrite('commenter', 'plan')).toBe(false);
    expect(mayWrite('viewer', 'comments')).toBe(false);
    expect(mayWrite('editor', 'versions')).toBe(true);
  });
});

describe('room names', () => {
  it("refuses names that would clash with a room's other documents", () => {
    expect(isRoomName('tower-hamlets_2023.plan')).toBe(true);
    expect(isRoomName('a/comments')).toBe(false);
    expect(isRoomName('')).toBe(false);
  });
});
