import { useOpenThreadCount } from './comment-counts.js';

/** A box's count of open comment threads, drawn on its corner in a shared room; nothing otherwise. */
export function CommentBadge({ nodeId }: { nodeId: string }) {
  const count = useOpenThreadCount({ kind: 'node', id: nodeId });
  if (count === 0) return null;
  const words = `${count} open comment thread${count === 1 ? '' : 's'}`;
  return (
    <span className="plan-node-comments" title={words}>
      <span aria-hidden="true">❝ {count}</span>
      <span className="visually-hidden">{words}</span>
    </span>
  );
}
