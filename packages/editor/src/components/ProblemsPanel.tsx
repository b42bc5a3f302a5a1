import { SEVERITIES } from '@changemap/core';
import type { Severity } from '@changemap/core';
import { useMemo, useState } from 'react';
import { getViewMembers } from '../adapter/view-members.js';
import { CheckerSettings } from './CheckerSettings.js';
import { useEditor, useEditorStore } from '../state/use-editor.js';
import { viewFor } from './Outline.js';

const HEADINGS: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', info: 'Notes' };

/** The checker's findings for the open view (or the whole plan), grouped by severity, each with its fix. */
export function ProblemsPanel() {
  const store = useEditorStore();
  // The view's members are cached while boxes only move, so moving does not redraw the list.
  const members = useEditor((s) => getViewMembers(s.plan, s.viewId));
  const issues = useEditor((s) => s.issues);
  const viewId = useEditor((s) => s.viewId);
  const [wholePlan, setWholePlan] = useState(false);

  const shown = useMemo(() => {
    if (wholePlan) return issues;
    return issues.filter(
      (i) =>
        i.nodeIds.some((id) => members.nodeIds.has(id)) ||
        i.edgeIds.some((id) => members.edgeIds.has(id)) ||
        (i.nodeIds.length === 0 && i.edgeIds.length === 0),
    );
  }, [issues, members, wholePlan]);

  return (
    <section className="problems" aria-label="Problems">
      <header>
        <h2>
          Problems{' '}
          <span className="count" aria-live="polite">
            {shown.filter((i) => i.severity !== 'info').length}
          </span>
        </h2>
        <label className="toggle">
          <input type="checkbox" checked={wholePlan} onChange={(e) => setWholePlan(e.target.checked)} /> Whole plan
        </label>
      </header>
      {/* Notes (info) are not problems: a plan with only notes has none. */}
      {shown.every((i) => i.severity === 'info') && <p className="muted">No problems found{wholePlan ? '' : ' in this view'}.</p>}
      {SEVERITIES.map((severity) => {
        const group = shown.filter((i) => i.severity === severity);
        if (group.length === 0) return null;
        return (
          <details key={severity} open={severity !== 'info'} className={`problem-group severity-${severity}`}>
            <summary>
              {HEADINGS[severity]} ({group.length})
            </summary>
            <ul>
              {group.map((issue, i) => (
                <li key={`${issue.code}:${issue.nodeIds.join(',')}:${issue.edgeIds.join(',')}:${i}`}>
                  <button
                    type="button"
                    className="problem"
                    data-code={issue.code}
                    onClick={() => {
                      const target = issue.nodeIds[0];
                      const { plan } = store.getSnapshot();
                      if (target && plan.nodes.get(target)) store.focusNode(target, viewFor(plan, target, viewId));
                      else if (issue.edgeIds[0]) store.select(undefined, issue.edgeIds[0]);
                    }}
                  >
                    <span className="problem-message">{issue.message}</span>
                    {issue.hint && <span className="problem-hint">{issue.hint}</span>}
                  </button>
                </li>
              ))}
            </ul>
          </details>
        );
      })}
      <CheckerSettings />
    </section>
  );
}
