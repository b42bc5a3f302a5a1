import { commands, getEvidenceCoverage, getEvidenceGaps, rankAssumptions, shortenText, WHOLE_PLAN_VIEW } from '@changemap/core';
import type { EvidenceGap, Plan, PlanNode } from '@changemap/core';
import { useMemo, useState } from 'react';
import { getViewMembers } from '../adapter/view-members.js';
import { useEditor, useEditorStore } from '../state/use-editor.js';

const ALL = '';

/**
 * For researchers: a matrix of research questions × outcomes (a click links or unlinks a question
 * with “investigates”), the evidence gaps, evidence coverage, and the assumptions to test first.
 */
export function ResearchView() {
  const store = useEditorStore();
  const plan = useEditor((s) => s.plan);
  const viewId = useEditor((s) => s.viewId);
  const [cta, setCta] = useState(viewId === WHOLE_PLAN_VIEW ? ALL : viewId);
  const [theme, setTheme] = useState(ALL);

  const ctas = plan.nodes.toArray().filter((n) => n.kind === 'callToAction');
  const inScope = useMemo(() => (cta === ALL ? undefined : getViewMembers(plan, cta).nodeIds), [plan, cta]);
  const questions = plan.nodes.toArray().filter((n) => n.kind === 'researchQuestion' && (theme === ALL || n.theme === theme));
  const themes = [...new Set(plan.nodes.toArray().flatMap((n) => (n.kind === 'researchQuestion' && n.theme ? [n.theme] : [])))].sort();
  const outcomes = plan.nodes.toArray().filter((n) => n.kind === 'outcome' && (!inScope || inScope.has(n.id)));
  const gaps = getEvidenceGaps(plan).filter((g) => !inScope || inScope.has(gapNodeId(g)));
  const linkBetween = (q: string, o: string) => plan.edges.toArray().find((e) => e.kind === 'investigates' && e.source === q && e.target === o);

  const toggle = (question: PlanNode, outcome: PlanNode) => {
    const existing = linkBetween(question.id, outcome.id);
    if (existing) store.apply(commands.disconnect(existing.id));
    else store.connectBoxes(question.id, outcome.id);
  };

  return (
    <div className="research-view" aria-label="Research agenda">
      <div className="research-filters">
        <label>
          Call to action{' '}
          <select value={cta} onChange={(e) => setCta(e.target.value)} data-testid="research-cta">
            <option value={ALL}>All</option>
            {ctas.map((c) => (
              <option key={c.id} value={c.id}>
                {c.kind === 'callToAction' && c.number !== undefined ? `${c.number}. ` : ''}
                {shortenText(c.title, 60)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Theme{' '}
          <select value={theme} onChange={(e) => setTheme(e.target.value)}>
            <option value={ALL}>All</option>
            {themes.map((t) => (
              <option key={t}>{t}</option>
            ))}
          </select>
        </label>
        {cta !== ALL && <Coverage plan={plan} ctaId={cta} />}
      </div>

      <h2>Questions × outcomes</h2>
      {questions.length === 0 || outcomes.length === 0 ? (
        <p className="muted">No research questions or outcomes to show. Add research questions with “+ Add box”.</p>
      ) : (
        <div className="matrix-scroll">
          <table className="research-matrix">
            <thead>
              <tr>
                <th scope="col">Research question</th>
                {outcomes.map((o) => (
                  <th key={o.id} scope="col" title={o.title}>
                    <span>{o.title}</span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {questions.map((q) => (
                <tr key={q.id}>
                  <th scope="row">{q.title}</th>
                  {outcomes.map((o) => {
                    const linked = Boolean(linkBetween(q.id, o.id));
                    return (
                      <td key={o.id}>
                        <button
                          type="button"
                          role="switch"
                          aria-checked={linked}
                          aria-label={`${q.title} investigates ${o.title}`}
                          data-cell={`${q.id}|${o.id}`}
                          className={linked ? 'is-linked' : ''}
                          onClick={() => toggle(q, o)}
                        >
                          {linked ? '●' : ''}
                        </button>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h2>
        Evidence gaps{' '}
        <span className="count" data-testid="gap-count">
          {gaps.length}
        </span>
      </h2>
      <p className="muted">Outcomes, causal links and critical assumptions with no evidence and no research question.</p>
      <ul className="gap-list">
        {gaps.map((gap) => (
          <li key={gap.kind === 'causalLink' ? gap.edge.id : gap.node.id}>
            <button type="button" onClick={() => store.focusNode(gapNodeId(gap))}>
              {gap.kind === 'causalLink'
                ? `Link: ${gap.source.title} → ${gap.target.title}`
                : `${gap.kind === 'outcome' ? 'Outcome' : 'Critical assumption'}: ${gap.node.title}`}
            </button>
          </li>
        ))}
      </ul>

      <h2>Assumptions to test first</h2>
      <ol className="assumption-list">
        {rankAssumptions(plan).map((r) => (
          <li key={r.node.id}>
            {r.node.title}{' '}
            <span className="muted">
              — score {r.score}
              {r.tested ? ', being tested' : ', not tested'}
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}

function Coverage({ plan, ctaId }: { plan: Plan; ctaId: string }) {
  const c = getEvidenceCoverage(plan, ctaId);
  return (
    <span className="coverage">
      Evidence backs {c.backed} of {c.links} causal links ({Math.round(c.share * 100)}%)
    </span>
  );
}

function gapNodeId(gap: EvidenceGap): string {
  return gap.kind === 'causalLink' ? gap.target.id : gap.node.id;
}
