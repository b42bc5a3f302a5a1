import type { EditorCollaboration, Peer } from './collab-context.js';

/** The room's status in words: connected and how many are here, offline and what happens to edits, or opening. */
export function statusText(collaboration: EditorCollaboration): string {
  switch (collaboration.status) {
    case 'connected':
      return `Connected · ${collaboration.peers.length + 1} here`;
    case 'offline':
      return 'Offline — edits kept on this device and sent when you reconnect';
    case 'connecting':
      return 'Opening…';
    default: {
      const never: never = collaboration.status;
      return never;
    }
  }
}

/** What the officer's role lets them do, when it is less than editing. */
export function roleBanner(collaboration: EditorCollaboration): string | undefined {
  switch (collaboration.role) {
    case 'editor':
      return undefined;
    case 'commenter':
      return 'You can view and comment';
    case 'viewer':
      return 'You can view this plan';
    default: {
      const never: never = collaboration.role;
      return never;
    }
  }
}

function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  return (words.length > 1 ? `${words[0]![0]}${words.at(-1)![0]}` : (words[0]?.slice(0, 2) ?? '?')).toUpperCase();
}

function Avatar({ name, color, you = false }: { name: string; color: string; you?: boolean }) {
  return (
    <li className="presence-person" title={you ? `${name} (you)` : name}>
      <span className="presence-avatar" style={{ background: color }} aria-hidden="true">
        {initials(name)}
      </span>
      <span className="presence-name">{you ? `${name} (you)` : name}</span>
    </li>
  );
}

/** The room's status line, who is here, and the role banner: the shared mode's part of the toolbar. */
export function PresenceBar({ collaboration, children }: { collaboration: EditorCollaboration; children?: React.ReactNode }) {
  const banner = roleBanner(collaboration);
  return (
    <span className="toolbar-group shared-room">
      <span className="room-status" role="status" data-status={collaboration.status}>
        {statusText(collaboration)}
      </span>
      <ul className="presence" aria-label="Who is here">
        <Avatar name={collaboration.user.name} color={collaboration.user.color} you />
        {collaboration.peers.map((peer: Peer) => (
          <Avatar key={peer.clientId} name={peer.user.name} color={peer.user.color} />
        ))}
      </ul>
      {banner && (
        <strong className="role-banner" data-role={collaboration.role}>
          {banner}
        </strong>
      )}
      {children}
    </span>
  );
}

/**
 * Others' selections on the canvas: a ring in their colour and their name on the box or link. A
 * stylesheet rather than props on each box, so the picture code needs no knowledge of rooms.
 */
export function PeerSelections({ peers }: { peers: readonly Peer[] }) {
  const rules = peers.flatMap((peer) => {
    const out: string[] = [];
    const name = JSON.stringify(peer.user.name); // a CSS string is quoted like a JSON string
    if (peer.selectedNodeId !== undefined) {
      const box = `.changemap-editor .react-flow__node[data-id="${CSS.escape(peer.selectedNodeId)}"]`;
      out.push(`${box}{outline:3px solid ${peer.user.color};outline-offset:3px;border-radius:6px}`);
      out.push(
        `${box}::before{content:${name};position:absolute;top:-24px;left:0;background:${peer.user.color};color:#fff;font:600 12px/1.6 system-ui,sans-serif;padding:0 6px;border-radius:4px;white-space:nowrap;z-index:5;pointer-events:none}`,
      );
    }
    if (peer.selectedEdgeId !== undefined) {
      out.push(`.changemap-editor .react-flow__edge[data-id="${CSS.escape(peer.selectedEdgeId)}"] path{stroke:${peer.user.color};stroke-width:4px}`);
    }
    return out;
  });
  return rules.length > 0 ? <style data-peer-selections="">{rules.join('\n')}</style> : null;
}
