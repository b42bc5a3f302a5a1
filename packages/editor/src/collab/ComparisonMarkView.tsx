import { useComparisonMark } from './comparison-marks.js';

const WORDS = { added: 'Added', changed: 'Changed' } as const;

/** "Added" or "Changed" on a box's lower corner while a comparison that lists it is open. */
export function ComparisonMarkView({ nodeId }: { nodeId: string }) {
  const mark = useComparisonMark(nodeId);
  if (mark === undefined) return null;
  return (
    <span className={`plan-node-change change-${mark}`} title={`${WORDS[mark]} since the version or file being compared`}>
      {mark === 'added' ? '+' : '~'} {WORDS[mark]}
    </span>
  );
}
