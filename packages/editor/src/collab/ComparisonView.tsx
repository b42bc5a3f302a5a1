import { useEffect, useRef } from 'react';
import { COMPARISON_GROUPS, describeComparison, summariseComparison, type PlanComparison } from '@changemap/core';
import { useEditorStore } from '../state/use-editor.js';
import { viewFor } from '../components/Outline.js';
import { setComparisonMarks, type ComparisonMark } from './comparison-marks.js';

/**
 * A comparison in words, grouped (plan, boxes, links, layout). A line about a box or link that is
 * in the open plan is a button that selects it and centres the canvas on it; a removed one is text.
 */
export function ComparisonView({ title, comparison, onClose }: { title: string; comparison: PlanComparison; onClose: () => void }) {
  const store = useEditorStore();
  const region = useRef<HTMLElement>(null);
  // The comparison opens below the list of versions: bring it into sight (jsdom has no scrolling).
  useEffect(() => {
    region.current?.scrollIntoView?.({ block: 'nearest' });
  }, [comparison]);
  // Added and changed boxes are marked on the canvas for as long as the comparison is open.
  useEffect(() => {
    const marks = new Map<string, ComparisonMark>([
      ...comparison.boxes.added.map((box) => [box.id, 'added'] as const),
      ...comparison.boxes.changed.map((change) => [change.box.id, 'changed'] as const),
    ]);
    setComparisonMarks(store, marks);
    return () => setComparisonMarks(store, new Map());
  }, [store, comparison]);
  const lines = describeComparison(comparison);
  const show = (nodeId: string | undefined, edgeId: string | undefined) => {
    const { plan, viewId } = store.getSnapshot();
    if (nodeId !== undefined && plan.nodes.has(nodeId)) store.focusNode(nodeId, viewFor(plan, nodeId, viewId));
    else if (edgeId !== undefined && plan.edges.has(edgeId)) store.select(undefined, edgeId);
  };
  return (
    <section ref={region} className="comparison" aria-label={title}>
      <header>
        <h3>{title}</h3>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </header>
      <p className="comparison-summary" role="status">
        {summariseComparison(comparison)}
      </p>
      {COMPARISON_GROUPS.map(({ group, heading }) => {
        const inGroup = lines.filter((line) => line.group === group);
        if (inGroup.length === 0) return null;
        return (
          <div key={group} className="comparison-group">
            <h4>{heading}</h4>
            <ul>
              {inGroup.map((line, index) => (
                <li key={`${index}:${line.text}`} className={`comparison-line change-${line.change}`}>
                  {line.nodeId !== undefined || line.edgeId !== undefined ? (
                    <button type="button" className="link-button" onClick={() => show(line.nodeId, line.edgeId)}>
                      {line.text}
                    </button>
                  ) : (
                    <span>{line.text}</span>
                  )}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
