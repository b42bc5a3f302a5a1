import { getSavedPosition, type Plan, type Position } from '@changemap/core';
import { fallbackLayout, LANE_OFFSET, ROW_HEIGHT } from './fallback-layout.js';
import { getViewMembers } from './view-members.js';

/**
 * Positions for the boxes of a view that have none saved. A view opened for the first time is
 * laid out whole; a box that joins a laid-out view later (through a new link) is placed beside the
 * box it is linked to, so nothing the officer arranged moves.
 */
export function placeMissing(plan: Plan, viewId: string): Map<string, Position> {
  const members = getViewMembers(plan, viewId);
  const saved = (id: string) => getSavedPosition(plan, viewId, id);
  const missing = [...members.nodeIds].filter((id) => !saved(id));
  if (missing.length === 0) return new Map();
  if (missing.length === members.nodeIds.size) return fallbackLayout(plan, members);
  const placed = new Map<string, Position>();
  const taken = new Map<string, number>();
  for (const id of missing) {
    const link = plan.edges.toArray().find((e) => (e.source === id && saved(e.target)) || (e.target === id && saved(e.source)));
    const anchor = link ? saved(link.source === id ? link.target : link.source)! : { x: 0, y: 0 };
    const key = `${anchor.x}:${anchor.y}`;
    const count = taken.get(key) ?? 0;
    taken.set(key, count + 1);
    placed.set(id, { x: anchor.x + (link?.source === id ? -LANE_OFFSET : LANE_OFFSET), y: anchor.y + (count + 1) * (ROW_HEIGHT / 2) });
  }
  return placed;
}
