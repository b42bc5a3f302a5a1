import type { StatusLook } from './status-look.js';

/** A status as a mark, words and a colour: the words carry the meaning, the mark and colour help the eye. */
export function StatusBadge({ look, label }: { look: StatusLook; label?: string }) {
  return (
    <span className={`status-badge tone-${look.tone}`}>
      <span aria-hidden="true">{look.mark}</span> {label ? `${label}: ` : ''}
      {look.words}
    </span>
  );
}
