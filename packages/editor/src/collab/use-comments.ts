import { getThreads, observeComments, type CommentThread } from '@changemap/collab';
import { useEffect, useState } from 'react';
import type * as Y from 'yjs';

/** Every thread of a comments document, read again after each local or remote change. */
export function useCommentThreads(doc: Y.Doc | undefined): readonly CommentThread[] {
  const [threads, setThreads] = useState<readonly CommentThread[]>(() => (doc ? getThreads(doc) : []));
  useEffect(() => {
    if (!doc) {
      setThreads([]);
      return;
    }
    setThreads(getThreads(doc));
    return observeComments(doc, () => setThreads(getThreads(doc)));
  }, [doc]);
  return threads;
}
