import { getResultsRows, TARGET_STATUSES, TARGET_STATUS_WORDS, type IndicatorNode, type ResultsRow, type ResultsRowNode } from '@changemap/core';
import { useId, useMemo, useState } from 'react';
import { useEditor, useEditorStore } from '../state/use-editor.js';
import { downloadBlob, fileNameFor } from '../storage/files.js';
import { EditableCell } from './EditableCell.js';
import { resultsToCsv, resultsToXlsx } from './results-export.js';
import { filterAndSort, NO_FILTER, type ResultsFilter, type Sort, type SortKey } from './results-table.js';
import { comparisonLook, targetLook, trendLook } from './status-look.js';
import { StatusBadge } from './StatusBadge.js';

const COLUMNS: readonly { key: SortKey; label: string }[] = [
  { key: 'indicator', label: 'Indicator' },
  { key: 'callToAction', label: 'Call to action' },
  { key: 'priority', label: 'Priority' },
  { key: 'status', label: 'Status' },
  { key: 'latest', label: 'Latest' },
  { key: 'trend', label: 'Trend' },
  { key: 'target', label: 'Target' },
  { key: 'baseline', label: 'Baseline' },
  { key: 'comparators', label: 'Compared with' },
  { key: 'outcome', label: 'Outcome' },
];

/**
 * The results framework (logframe): one row per indicator with where it sits in the theory of
 * change and how it is doing. Sortable by any column, filtered by words, status and call to
 * action; baseline, target and unit edited in place (each edit one undo step); exported as CSV or XLSX.
 */
export function ResultsView() {
  const store = useEditorStore();
  const plan = useEditor((s) => s.plan);
  const searchId = useId();
  const rows = useMemo(() => getResultsRows(plan), [plan]);
  const [filter, setFilter] = useState<ResultsFilter>(NO_FILTER);
  const [sort, setSort] = useState<Sort | undefined>();
  const [exportError, setExportError] = useState<string | undefined>();
  const shown = useMemo(() => filterAndSort(rows, filter, sort), [rows, filter, sort]);
  const ctas = useMemo(() => uniqueNodes(rows.flatMap((r) => r.callsToAction)), [rows]);

  const sortBy = (key: SortKey) =>
    setSort((current) =>
      current?.key === key ? { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' } : { key, direction: 'ascending' },
    );
  const baseName = fileNameFor(`${plan.title} results`, '');
  const downloadCsv = () => downloadBlob(new Blob([resultsToCsv(shown)], { type: 'text/csv;charset=utf-8' }), `${baseName}.csv`);
  const downloadXlsx = async () => {
    try {
      setExportError(undefined);
      downloadBlob(await resultsToXlsx(shown, plan.title), `${baseName}.xlsx`);
    } catch (error) {
      setExportError(
        `The workbook could not be made (${error instanceof Error ? error.message : String(error)}). Try the CSV instead; your plan has not changed.`,
      );
    }
  };

  return (
    <section className="results-view" aria-labelledby={`${searchId}-title`}>
      <h2 id={`${searchId}-title`}>Results framework</h2>
      <div className="results-filters">
        <label htmlFor={searchId}>Find</label>
        <input
          id={searchId}
          type="search"
          placeholder="Indicator, outcome, priority…"
          value={filter.text}
          onChange={(e) => setFilter({ ...filter, text: e.target.value })}
        />
        <label>
          Status{' '}
          <select
            value={filter.status}
            onChange={(e) => setFilter({ ...filter, status: e.target.value as ResultsFilter['status'] })}
            data-testid="results-status"
          >
            <option value="">All</option>
            {TARGET_STATUSES.map((s) => (
              <option key={s} value={s}>
                {TARGET_STATUS_WORDS[s]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Call to action{' '}
          <select value={filter.callToAction} onChange={(e) => setFilter({ ...filter, callToAction: e.target.value })} data-testid="results-cta">
            <option value="">All</option>
            {ctas.map((c) => (
              <option key={c.id} value={c.id}>
                {numbered(c).slice(0, 70)}
              </option>
            ))}
          </select>
        </label>
        <span className="muted" role="status">
          {shown.length === rows.length ? `${rows.length} indicator${rows.length === 1 ? '' : 's'}` : `${shown.length} of ${rows.length} indicators`}
        </span>
        <span className="results-export">
          <button type="button" onClick={downloadCsv} disabled={shown.length === 0} title="The rows shown, as a CSV file">
            Download CSV
          </button>
          <button type="button" onClick={() => void downloadXlsx()} disabled={shown.length === 0} title="The rows shown, as an Excel workbook">
            Download Excel
          </button>
        </span>
      </div>
      {exportError && (
        <p className="field-error" role="alert">
          {exportError}
        </p>
      )}
      {rows.length === 0 ? (
        <p className="muted">This plan has no indicators yet. Add one with “+ Add box” and link it to the outcome it measures.</p>
      ) : (
        <div className="results-scroll">
          <table className="results-table">
            <caption className="visually-hidden">
              Indicators with their place in the theory of change, figures and status. Column headers sort the table.
            </caption>
            <thead>
              <tr>
                {COLUMNS.map((c) => (
                  <th key={c.key} scope="col" aria-sort={sort?.key === c.key ? sort.direction : undefined}>
                    <button type="button" onClick={() => sortBy(c.key)} data-sort={c.key}>
                      {c.label}
                      <span aria-hidden="true" className="sort-mark">
                        {sort?.key === c.key ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ' ⇅'}
                      </span>
                    </button>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {shown.map((row) => (
                <ResultsTableRow
                  key={row.indicator.id}
                  row={row}
                  indicator={plan.nodes.get(row.indicator.id) as IndicatorNode}
                  onOpen={() => store.select(row.indicator.id)}
                />
              ))}
            </tbody>
          </table>
          {shown.length === 0 && <p className="muted">No indicator matches. Clear the search or choose “All”.</p>}
        </div>
      )}
    </section>
  );
}

function ResultsTableRow({ row, indicator, onOpen }: { row: ResultsRow; indicator: IndicatorNode; onOpen: () => void }) {
  return (
    <tr data-indicator={row.indicator.id}>
      <th scope="row">
        <button type="button" className="link-button" onClick={onOpen} title="Show its details in the inspector">
          {row.indicator.title}
        </button>
        <span className="results-unit">
          <EditableCell indicator={indicator} path={['unit']} label="Unit" />
        </span>
      </th>
      <td>
        <Numbered nodes={row.callsToAction} />
      </td>
      <td>
        <Numbered nodes={row.priorities} />
      </td>
      <td title={row.statusReason}>
        <StatusBadge look={targetLook(row.status)} />
      </td>
      <td>
        {row.latest ? (
          <>
            <span className="results-figure">{row.latest.value.toLocaleString('en-GB')}</span>
            <div className="muted">{row.latestPeriod}</div>
          </>
        ) : (
          <span className="muted">No data</span>
        )}
      </td>
      <td>
        <StatusBadge look={trendLook(row.trend)} />
      </td>
      <td>
        <EditableCell indicator={indicator} path={['target', 'value']} label="Target" />
        {row.target?.date && <div className="muted">by {row.target.date}</div>}
        {row.target?.value === undefined && row.target?.description && (
          <div className="muted clamp" title={row.target.description}>
            {row.target.description}
          </div>
        )}
      </td>
      <td>
        <EditableCell indicator={indicator} path={['baseline', 'value']} label="Baseline" />
        {row.baseline?.date && <div className="muted">{row.baseline.date}</div>}
      </td>
      <td>
        {row.comparators.length === 0 ? (
          <span className="muted">—</span>
        ) : (
          <ul className="results-comparators">
            {row.comparators.map((c) => (
              <li key={c.code}>
                <StatusBadge look={comparisonLook(c.comparison)} label={c.name ?? c.code} />
              </li>
            ))}
          </ul>
        )}
      </td>
      <td>
        <Clamped nodes={row.outcomes} />
        {row.leadsTo.length > 0 && (
          <div className="muted results-chain clamp" title={`Leads to: ${row.leadsTo.map((n) => n.title).join(' → ')}`}>
            → {row.leadsTo.map((n) => n.title).join(' → ')}
          </div>
        )}
      </td>
    </tr>
  );
}

function numbered(node: ResultsRowNode): string {
  return node.number === undefined ? node.title : `${node.number}. ${node.title}`;
}

/**
 * Calls to action and priorities by their numbers ("1", "1.1"), as officers name them, so the
 * figures fit beside them; the full title on hover and for screen readers. Unnumbered ones by title.
 */
function Numbered({ nodes }: { nodes: readonly ResultsRowNode[] }) {
  if (nodes.length === 0) return <span className="muted">—</span>;
  return (
    <>
      {nodes.map((n, i) => (
        <span key={n.id} className={n.number === undefined ? 'clamp' : 'results-number'} title={numbered(n)}>
          {i > 0 && '; '}
          {n.number ?? n.title}
          {n.number !== undefined && <span className="visually-hidden"> {n.title}</span>}
        </span>
      ))}
    </>
  );
}

/** Names of calls to action, priorities or outcomes, three lines at most; the whole text on hover. */
function Clamped({ nodes }: { nodes: readonly ResultsRowNode[] }) {
  if (nodes.length === 0) return <span className="muted">—</span>;
  const text = nodes.map(numbered).join('; ');
  return (
    <div className="clamp" title={text}>
      {text}
    </div>
  );
}

function uniqueNodes(nodes: readonly ResultsRowNode[]): ResultsRowNode[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  return [...byId.values()].sort((a, b) => (a.number ?? '~').localeCompare(b.number ?? '~', 'en', { numeric: true }));
}
