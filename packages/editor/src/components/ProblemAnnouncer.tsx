import { useEffect, useRef, useState } from 'react';
import { useEditor } from '../state/use-editor.js';

/**
 * Tells screen-reader users when the checker's findings change after an edit, e.g. “1 problem
 * fixed; 3 errors and warnings left.”, through a polite live region.
 */
export function ProblemAnnouncer() {
  const issues = useEditor((s) => s.issues);
  const generation = useEditor((s) => s.generation);
  const count = issues.filter((i) => i.severity !== 'info').length;
  const previous = useRef<{ count: number; generation: number } | undefined>(undefined);
  const [message, setMessage] = useState('');
  useEffect(() => {
    const before = previous.current;
    previous.current = { count, generation };
    if (!before || before.generation !== generation || before.count === count) return;
    const change =
      count > before.count
        ? `${count - before.count} new problem${count - before.count === 1 ? '' : 's'}`
        : `${before.count - count} problem${before.count - count === 1 ? '' : 's'} fixed`;
    setMessage(`${change}; ${count} error${count === 1 ? '' : 's'} and warnings left.`);
  }, [count, generation]);
  return (
    <div className="visually-hidden" role="status" aria-live="polite" data-testid="problem-announcer">
      {message}
    </div>
  );
}
