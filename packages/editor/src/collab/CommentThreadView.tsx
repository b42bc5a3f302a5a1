import { deleteComment, editComment, reply, setResolved, type CommentAuthor, type CommentThread } from '@changemap/collab';
import { useId, useState } from 'react';
import type * as Y from 'yjs';

const WHEN = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** One thread: its comments, and (for those who may comment) reply, resolve or reopen, and edit or delete one's own. */
export function CommentThreadView({
  doc,
  thread,
  me,
  canComment,
  onError,
}: {
  doc: Y.Doc;
  thread: CommentThread;
  me: CommentAuthor;
  canComment: boolean;
  onError: (error: unknown) => void;
}) {
  const replyId = useId();
  const [draft, setDraft] = useState('');
  const [editing, setEditing] = useState<{ id: string; text: string }>();
  const run = (action: () => void): boolean => {
    try {
      action();
      return true;
    } catch (error) {
      onError(error);
      return false;
    }
  };
  return (
    <article
      className={`comment-thread${thread.resolved ? ' is-resolved' : ''}`}
      aria-label={`Thread started by ${thread.comments[0]?.author.name ?? 'someone'}`}
    >
      {thread.resolved && <p className="comment-resolved">Resolved</p>}
      <ol className="comments">
        {thread.comments.map((comment) => (
          <li key={comment.id} className="comment">
            <p className="comment-meta">
              <strong>{comment.author.name}</strong> · <time dateTime={comment.createdAt}>{WHEN.format(new Date(comment.createdAt))}</time>
              {comment.editedAt !== undefined && ' · edited'}
            </p>
            {editing?.id === comment.id ? (
              <form
                onSubmit={(event) => {
                  event.preventDefault();
                  if (run(() => editComment(doc, thread.id, comment.id, me, editing.text))) setEditing(undefined);
                }}
              >
                <textarea
                  aria-label="Edit your comment"
                  value={editing.text}
                  onChange={(event) => setEditing({ id: comment.id, text: event.target.value })}
                  rows={3}
                />
                <button type="submit">Save</button>
                <button type="button" onClick={() => setEditing(undefined)}>
                  Cancel
                </button>
              </form>
            ) : (
              <p className="comment-text">{comment.text}</p>
            )}
            {canComment && comment.author.id === me.id && editing?.id !== comment.id && (
              <p className="comment-own-actions">
                <button type="button" className="link-button" onClick={() => setEditing({ id: comment.id, text: comment.text })}>
                  Edit
                </button>{' '}
                <button type="button" className="link-button" onClick={() => run(() => deleteComment(doc, thread.id, comment.id, me))}>
                  Delete
                </button>
              </p>
            )}
          </li>
        ))}
      </ol>
      {canComment && (
        <form
          className="comment-reply"
          onSubmit={(event) => {
            event.preventDefault();
            if (run(() => reply(doc, thread.id, me, draft))) setDraft('');
          }}
        >
          <label htmlFor={replyId} className="visually-hidden">
            Reply
          </label>
          <textarea id={replyId} placeholder="Reply…" value={draft} onChange={(event) => setDraft(event.target.value)} rows={2} />
          <span className="comment-buttons">
            <button type="submit">Reply</button>
            <button type="button" onClick={() => run(() => setResolved(doc, thread.id, !thread.resolved))}>
              {thread.resolved ? 'Reopen' : 'Resolve'}
            </button>
          </span>
        </form>
      )}
    </article>
  );
}
