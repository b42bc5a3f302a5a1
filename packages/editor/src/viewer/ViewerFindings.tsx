import { SEVERITIES } from '@changemap/core';
import type { Severity } from '@changemap/core';
import { useMemo } from 'react';
import { getViewMembers } from '../adapter/view-members.js';
import { viewFor } from '../components/Outline.js';
import { useEditor, useEditorStore } from '../state/use-editor.js';

const NAMES: Record<Severity, [string, string]> = { error: ['error', 'errors'], warning: ['warning', 'warnings'], info: ['note', 'notes'] };

/**
 * What the logic checker found, in a sentence for the whole plan and this view, with the
 * findings of the open view listed underneath (folded away: a reader comes for the picture).
 */
export function ViewerFindings() {
  const store = useEditorStore();
  const issues = useEditor((s) => s.issues);
  const members = useEditor((s) => getViewMembers(s.plan, s.viewId));
  const inView = useMemo(
    () => issues.filter((i) => i.nodeIds.some((id) => members.nodeIds.has(id)) || i.edgeIds.some((id) => members.edgeIds.has(id))),
    [issues, members],
  );
  return (
    <section className="viewer-findings" aria-labelledby="viewer-findings-heading">
      <h2 id="viewer-findings-heading">Checker’s findings</h2>
      <p>
        Whole plan: {describe(issues)}. This view: {describe(inView)}.
      </p>
      {inView.length > 0 && (
        <details>
          <summary>Findings in this view ({inView.length})</summary>
          <ul className="viewer-finding-list">
            {inView.map((issue, i) => (
              <li key={`${issue.code}:${issue.nodeIds.join(',')}:${issue.edgeIds.join(',')}:${i}`} className={`severity-${issue.severity}`}>
                <button
                  type="button"
                  className="problem"
                  onClick={() => {
                    const target = issue.nodeIds[0];
                    const { plan, viewId } = store.getSnapshot();
                    if (target && plan.nodes.get(target)) store.focusNode(target, viewFor(plan, target, viewId));
                  }}
                >
                  <span className="problem-message">
                    <strong>{NAMES[issue.severity][0]}:</strong> {issue.message}
                  </span>
                  {issue.hint && <span className="problem-hint">{issue.hint}</span>}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

function describe(issues: readonly { severity: Severity }[]): string {
  if (issues.length === 0) return 'no findings';
  return SEVERITIES.map((severity) => {
    const count = issues.filter((i) => i.severity === severity).length;
    return `${count} ${NAMES[severity][count === 1 ? 0 : 1]}`;
  }).join(', ');
}
