import type { RoomAddress } from '../../collab/shared-room.js';

/** The room a page address names (`?server=…&room=…&token=…`), or undefined for a local plan. */
export function roomFromLocation(search: string): RoomAddress | undefined {
  const params = new URLSearchParams(search);
  const server = params.get('server');
  const room = params.get('room');
  if (!server || !room) return undefined;
  const token = params.get('token') ?? undefined;
  return { server, room, ...(token && { token }) };
}

/** The link that opens a room in this app. */
export function roomLink(address: RoomAddress, base: string = location.href): string {
  const url = new URL(base);
  url.search = '';
  url.hash = '';
  url.searchParams.set('server', address.server);
  url.searchParams.set('room', address.room);
  if (address.token) url.searchParams.set('token', address.token);
  return url.toString();
}

/** A room name suggested from a plan's title: letters, digits and dashes. */
export function suggestRoomName(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-')
    .replace(/-+/g, '-')
    .slice(0, 60);
  return slug || 'shared-plan';
}
