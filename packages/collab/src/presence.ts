import type { Awareness } from 'y-protocols/awareness';

/** The Yjs awareness (y-protocols) that carries presence: what a provider gives, whatever the provider. */
export type PresenceAwareness = Awareness;

/** A person in a shared room, as others see them. */
export interface CollabUser {
  /** Stable per browser, so one person's two tabs are told apart from two people. */
  readonly id: string;
  readonly name: string;
  /** A CSS colour for their selection ring and avatar. */
  readonly color: string;
}

/** What each person has selected: one box or one link, or nothing. */
export interface PresenceSelection {
  readonly nodeId?: string;
  readonly edgeId?: string;
}

/** The awareness state every Changemap client publishes. */
export interface PresenceState {
  readonly user: CollabUser;
  readonly selection: PresenceSelection;
}

/** Someone in the room (not this client), with what they have selected. */
export interface PresencePeer {
  readonly clientId: number;
  readonly user: CollabUser;
  readonly selection: PresenceSelection;
}

/** Publishes who this client is (keeps the selection). */
export function setPresenceUser(awareness: Awareness, user: CollabUser): void {
  const state = readState(awareness.getLocalState());
  awareness.setLocalState({ user: { id: user.id, name: user.name, color: user.color }, selection: state?.selection ?? {} });
}

/** Publishes what this client has selected (after `setPresenceUser`). */
export function setPresenceSelection(awareness: Awareness, selection: PresenceSelection): void {
  const state = readState(awareness.getLocalState());
  if (!state) return;
  const next: PresenceSelection = {
    ...(selection.nodeId !== undefined && { nodeId: selection.nodeId }),
    ...(selection.edgeId !== undefined && { edgeId: selection.edgeId }),
  };
  if (state.selection.nodeId === next.nodeId && state.selection.edgeId === next.edgeId) return;
  awareness.setLocalStateField('selection', next);
}

/** The others in the room, each read defensively (a state is whatever a client sent). */
export function readPeers(awareness: Awareness): PresencePeer[] {
  const peers: PresencePeer[] = [];
  for (const [clientId, raw] of awareness.getStates()) {
    if (clientId === awareness.clientID) continue;
    const state = readState(raw);
    if (state) peers.push({ clientId, ...state });
  }
  return peers.sort((a, b) => a.user.name.localeCompare(b.user.name) || a.clientId - b.clientId);
}

function readState(raw: unknown): PresenceState | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { user, selection } = raw as Record<string, unknown>;
  if (typeof user !== 'object' || user === null) return undefined;
  const { id, name, color } = user as Record<string, unknown>;
  if (typeof id !== 'string' || typeof name !== 'string' || typeof color !== 'string') return undefined;
  const chosen = typeof selection === 'object' && selection !== null ? (selection as Record<string, unknown>) : {};
  return {
    user: { id: id.slice(0, 200), name: name.slice(0, 80), color: safeColor(color) },
    selection: {
      ...(typeof chosen['nodeId'] === 'string' && { nodeId: chosen['nodeId'] }),
      ...(typeof chosen['edgeId'] === 'string' && { edgeId: chosen['edgeId'] }),
    },
  };
}

/** Only a plain colour from another client reaches a style attribute. */
function safeColor(color: string): string {
  return /^#[0-9a-f]{3,8}$/i.test(color) || /^hsl\(\s*\d{1,3}(\.\d+)?(deg)?[ ,]+\d{1,3}(\.\d+)?%[ ,]+\d{1,3}(\.\d+)?%\s*\)$/i.test(color) ? color : '#6b7280';
}
