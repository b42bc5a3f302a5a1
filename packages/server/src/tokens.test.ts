import { describe, expect, it } from 'vitest';
import { parseTokens, roleFor, TokensFileError } from './tokens.js';

describe('tokens file', () => {
  it('reads rooms and roles', () => {
    const tokens = parseTokens({ 'all-rooms-editor': { rooms: '*', role: 'editor' }, 'one-room-viewer': { rooms: ['a'], role: 'viewer' } });
    expect(roleFor(tokens, 'all-rooms-editor', 'anything')).toBe('editor');
    expect(roleFor(tokens, 'one-room-viewer', 'a')).toBe('viewer');
    expect(roleFor(tokens, 'one-room-viewer', 'b')).toBeUndefined();
    expect(roleFor(tokens, 'unknown-token', 'a')).toBeUndefined();
  });

  it.each([
    [[], /expected an object/],
    [{}, /no tokens/],
    [{ short: { rooms: '*', role: 'editor' } }, /at least 8 characters/],
    [{ 'long-enough': { rooms: '*', role: 'owner' } }, /"role" must be one of editor, commenter, viewer/],
    [{ 'long-enough': { rooms: [], role: 'viewer' } }, /"rooms" must be "\*" or a non-empty list/],
    [{ 'long-enough': 'editor' }, /expected \{ "rooms"/],
  ])('refuses %j with a clear message', (data, message) => {
    expect(() => parseTokens(data)).toThrow(TokensFileError);
    expect(() => parseTokens(data)).toThrow(message);
  });
});
