import { addThread, isAnchorInPlan, isCollabError, mayWrite, type CommentAnchor } from '@changemap/collab';
import { describeNode, type Plan } from '@changemap/core';
import { useId, useState } from 'react';
import { viewFor } from '../components/Outline.js';
import { useEditor, useEditorStore } from '../state/use-editor.js';
import { useCollaboration } from './collab-context.js';
import { CommentThreadView } from './CommentThreadView.js';
import { useCommentThreads } from './use-comments.js';

/**
 * Comments on the selected box or link (open threads first, resolved ones on request), a new
 * thread, and every open thread of the plan. Only in a shared room: comments are for talking with
 * others. Commenters and editors write; viewers read.
 */
export function CommentsPanel() {
  const collaboration = useCollaboration();
  if (!collaboration) {
    return (
      <section className="comments-panel" aria-label="Comments">
        <h2>Comments</h2>
        <p className="muted">Share the plan to comment on it with others.</p>
      </section>
    );
  }
  return <SharedComments />;
}

function SharedComments() {
  const collaboration = useCollaboration()!;
  const store = useEditorStore();
  const plan = useEditor((s) => s.plan);
  const selectedNodeId = useEditor((s) => s.selectedNodeId);
  const selectedEdgeId = useEditor((s) => s.selectedEdgeId);
  const threads = useCommentThreads(collaboration.comments);
  const draftId = useId();
  const [draft, setDraft] = useState('');
  const [showResolved, setShowResolved] = useState(false);
  const [error, setError] = useState<string>();
  const me = { id: collaboration.user.id, name: collaboration.user.name };
  const canComment = mayWrite(collaboration.role, 'comments');
  const anchor: CommentAnchor | undefined =
    selectedNodeId !== undefined ? { kind: 'node', id: selectedNodeId } : selectedEdgeId !== undefined ? { kind: 'edge', id: selectedEdgeId } : undefined;
  const onAnchor = anchor ? threads.filter((thread) => thread.anchor.kind === anchor.kind && thread.anchor.id === anchor.id) : [];
  const shown = onAnchor.filter((thread) => showResolved || !thread.resolved);
  const resolvedCount = onAnchor.filter((thread) => thread.resolved).length;
  const open = threads.filter((thread) => !thread.resolved);
  const report = (caught: unknown) => setError(isCollabError(caught) ? caught.message : `The comment could not be saved: ${String(caught)}`);

  const start = () => {
    if (!anchor) return;
    try {
      addThread(collaboration.comments, plan, anchor, me, draft);
      setDraft('');
      setError(undefined);
    } catch (caught) {
      report(caught);
    }
  };

  return (
    <section className="comments-panel" aria-label="Comments">
      <h2>
        Comments <span className="count">{open.length}</span>
      </h2>
      {!canComment && <p className="muted">You can read comments: your link to this room is view-only.</p>}
      {error && (
        <p className="comment-error" role="alert">
          {error}
        </p>
      )}
      {anchor ? (
        <div className="comments-selected">
          <h3>On {anchorName(plan, anchor)}</h3>
          {shown.length === 0 && <p className="muted">No {resolvedCount > 0 ? 'open ' : ''}comments here yet.</p>}
          {shown.map((thread) => (
            <CommentThreadView key={thread.id} doc={collaboration.comments} thread={thread} me={me} canComment={canComment} onError={report} />
          ))}
          {resolvedCount > 0 && (
            <label className="toggle">
              <input type="checkbox" checked={showResolved} onChange={(event) => setShowResolved(event.target.checked)} /> Show resolved ({resolvedCount})
            </label>
          )}
          {canComment && (
            <form
              className="comment-new"
              onSubmit={(event) => {
                event.preventDefault();
                start();
              }}
            >
              <label htmlFor={draftId}>New comment</label>
              <textarea id={draftId} value={draft} onChange={(event) => setDraft(event.target.value)} rows={3} />
              <button type="submit" data-action="add-comment">
                Comment
              </button>
            </form>
          )}
        </div>
      ) : (
        <p className="muted">Select a box or link to see its comments{canComment ? ' or start one' : ''}.</p>
      )}
      <details className="comments-open" open={open.length > 0 && open.length <= 8}>
        <summary>All open threads ({open.length})</summary>
        <ul>
          {open.map((thread) => (
            <li key={thread.id}>
              {!isAnchorInPlan(plan, thread.anchor) ? (
                <span>
                  {anchorName(plan, thread.anchor)}: {thread.comments[0]?.text ?? ''}
                </span>
              ) : (
                <button
                  type="button"
                  className="link-button"
                  onClick={() => {
                    const { plan: current, viewId } = store.getSnapshot();
                    if (thread.anchor.kind === 'node' && current.nodes.has(thread.anchor.id))
                      store.focusNode(thread.anchor.id, viewFor(current, thread.anchor.id, viewId));
                    else if (thread.anchor.kind === 'edge' && current.edges.has(thread.anchor.id)) store.select(undefined, thread.anchor.id);
                  }}
                >
                  {anchorName(plan, thread.anchor)}: {thread.comments[0]?.text ?? ''}
                </button>
              )}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}

/** "the outcome “Fewer children in poverty”", "the link from … to …", or "a removed box". */
function anchorName(plan: Plan, anchor: CommentAnchor): string {
  if (!isAnchorInPlan(plan, anchor)) return anchor.kind === 'node' ? 'a removed box' : 'a removed link';
  if (anchor.kind === 'node') return describeNode(plan.nodes.get(anchor.id));
  const edge = plan.edges.get(anchor.id)!;
  return `the link from ${describeNode(plan.nodes.get(edge.source), edge.source)} to ${describeNode(plan.nodes.get(edge.target), edge.target)}`;
}
