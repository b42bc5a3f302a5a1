import Papa from 'papaparse';
import { COMPARISON_WORDS, TARGET_STATUS_WORDS, TREND_WORDS, getResultsTable, type Plan, type PlanNode, type ResultsRow } from '@changemap/core';
import type { CsvOptions } from './csv.js';
import { defuse } from './text.js';

/** The columns of the results table, as the Results view shows them. */
export const RESULTS_COLUMNS = [
  'call to action',
  'priority',
  'outcome',
  'indicator',
  'id',
  'unit',
  'better if it goes',
  'baseline',
  'baseline period',
  'target',
  'target date',
  'latest value',
  'latest period',
  'trend',
  'status',
  'why',
  'compared with',
] as const;

function titled(nodes: readonly PlanNode[]): string {
  return nodes.map((n) => ((n.kind === 'callToAction' || n.kind === 'priority') && n.number !== undefined ? `${n.number}. ${n.title}` : n.title)).join('; ');
}

/** "London region: Similar; England: Worse" for the latest reading. */
export function comparatorWords(row: ResultsRow): string {
  const names = new Map((row.indicator.comparatorSeries ?? []).map((s) => [s.code, s.name ?? s.code]));
  return Object.entries(row.status.comparisons)
    .map(([code, comparison]) => `${names.get(code) ?? code}: ${COMPARISON_WORDS[comparison]}`)
    .join('; ');
}

/** The cells of one results row, in RESULTS_COLUMNS order, as text and numbers. */
export function resultsCells(row: ResultsRow): Record<(typeof RESULTS_COLUMNS)[number], string | number> {
  const { indicator, status } = row;
  return {
    'call to action': titled(row.callsToAction),
    priority: titled(row.priorities),
    outcome: titled(row.outcomes),
    indicator: indicator.title,
    id: indicator.id,
    unit: indicator.unit ?? '',
    'better if it goes': indicator.direction ?? '',
    baseline: indicator.baseline?.value ?? '',
    'baseline period': indicator.baseline?.date ?? '',
    target: indicator.target?.value ?? indicator.target?.description ?? '',
    'target date': indicator.target?.date ?? '',
    'latest value': status.latest?.value ?? '',
    'latest period': status.latest?.date ?? status.latest?.end ?? '',
    trend: TREND_WORDS[status.trend.trend],
    status: TARGET_STATUS_WORDS[status.target.status],
    why: status.target.reason,
    'compared with': comparatorWords(row),
  };
}

/**
 * `changemap export --to results-csv`: the results framework, one row per indicator with its call
 * to action, priority and outcome, baseline, target, latest value and period, trend, status and
 * comparisons, in words. Formula-like cells are defused as in the other CSV exports.
 */
export function exportResultsCsv(plan: Plan, options: CsvOptions = {}): string {
  const data = getResultsTable(plan).map((row) => {
    const cells = resultsCells(row);
    return RESULTS_COLUMNS.map((column) => defuse(cells[column]));
  });
  return `${options.bom ? '\ufeff' : ''}${Papa.unparse({ fields: [...RESULTS_COLUMNS], data }, { newline: '\r\n' })}\r\n`;
}
