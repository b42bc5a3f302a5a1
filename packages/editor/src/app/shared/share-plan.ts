import { hasPlan, planToDoc } from '@changemap/collab';
import type { Plan } from '@changemap/core';
import { openSharedRoom, type RoomAddress, type SharedRoom } from '../../collab/shared-room.js';

/** How long the server may take to answer or to take the plan before Share gives up (changing nothing). */
const ANSWER_MS = 10_000;

export type ShareOutcome = { ok: true; room: SharedRoom } | { ok: false; reason: 'taken' | 'failed'; message: string };

function within<T>(promise: Promise<T>, what: string): Promise<T> {
  return Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(what)), ANSWER_MS))]);
}

/**
 * Puts a local plan into a new room: connects, waits for the server's copy of the room, refuses
 * a room that already holds a plan (it is never overwritten), uploads, and waits until the server
 * has it. The open room is handed on, so the editor switches to it without loading again.
 */
export async function sharePlan(plan: Plan, address: RoomAddress): Promise<ShareOutcome> {
  const room = openSharedRoom(address);
  const fail = (reason: 'taken' | 'failed', message: string): ShareOutcome => {
    room.destroy();
    return { ok: false, reason, message };
  };
  try {
    await within(Promise.race([room.synced, room.loaded.then(() => room.synced)]), `The server at ${address.server} did not answer. Nothing was shared.`);
  } catch (error) {
    return fail('failed', error instanceof Error ? error.message : String(error));
  }
  if (hasPlan(room.plan)) return fail('taken', `The room “${address.room}” already holds a plan. Open it instead, or choose another name.`);
  const role = room.role();
  if (role !== undefined && role !== 'editor')
    return fail('failed', `This token lets you ${role === 'viewer' ? 'view' : 'comment on'} “${address.room}”, not put a plan in it.`);
  planToDoc(plan, room.plan);
  try {
    await within(room.whenSent(), `The server did not take the plan. Nothing was shared; your plan is still here.`);
  } catch (error) {
    return fail('failed', error instanceof Error ? error.message : String(error));
  }
  return { ok: true, room };
}
