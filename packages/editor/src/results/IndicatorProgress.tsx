import { getIndicatorStatus, type IndicatorNode } from '@changemap/core';
import { lazy, Suspense, useState } from 'react';
import { comparisonLook, targetLook, trendLook } from './status-look.js';
import { StatusBadge } from './StatusBadge.js';
import { TurnTheCurveChart } from './TurnTheCurveChart.js';

// The import dialog and the data reader behind it load when an officer first imports, not with the editor.
const ImportDataDialog = lazy(() => import('./ImportDataDialog.js').then((m) => ({ default: m.ImportDataDialog })));

/** An indicator's progress in the inspector: its status in words and colour, the turn-the-curve chart, and Import data…. */
export function IndicatorProgress({ indicator }: { indicator: IndicatorNode }) {
  const [importing, setImporting] = useState(false);
  const status = getIndicatorStatus(indicator);
  const names = new Map((indicator.comparatorSeries ?? []).map((s) => [s.code, s.name ?? s.code]));
  return (
    <section className="progress-panel" aria-label="Progress">
      <h3>Progress</h3>
      <div className="status-line">
        <StatusBadge look={targetLook(status.target.status)} label="Target" />
        <StatusBadge look={trendLook(status.trend.trend)} label="Trend" />
        {Object.entries(status.comparisons).map(([code, comparison]) => (
          <StatusBadge key={code} look={comparisonLook(comparison)} label={`vs ${names.get(code) ?? code}`} />
        ))}
      </div>
      <p className="muted" data-testid="status-reason">
        {status.target.reason}
      </p>
      {(indicator.measurements?.length ?? 0) > 0 ? (
        <TurnTheCurveChart indicator={indicator} />
      ) : (
        <p className="muted">No readings yet: import them from a CSV file (a Fingertips export, say).</p>
      )}
      <button type="button" onClick={() => setImporting(true)} data-action="import-data">
        Import data…
      </button>
      {importing && (
        <Suspense
          fallback={
            <p className="muted" role="status">
              Opening the import…
            </p>
          }
        >
          <ImportDataDialog indicator={indicator} onClose={() => setImporting(false)} />
        </Suspense>
      )}
    </section>
  );
}
