import type { IndicatorNode, IndicatorTarget, IndicatorValue, Measurement } from '../kinds/indicator.js';
import type { PlanNode } from '../model/nodes.js';
import type { Plan } from '../model/plan.js';
import { getGraphIndex } from '../queries/graph-index.js';
import { getAncestors } from '../queries/walks.js';
import { callsToActionOf } from '../research/membership.js';
import type { Comparison } from './compare.js';
import { getIndicatorStatus } from './indicator-status.js';
import type { TargetStatus } from './target.js';
import type { Trend } from './trend.js';
import { COMPARISON_WORDS, TARGET_STATUS_WORDS, TREND_WORDS } from './words.js';

/** A node a results row points at: enough to name it and to find it. */
export interface ResultsRowNode {
  id: string;
  title: string;
  /** The plan's numbering of a call to action ("3") or a priority ("3.2"). */
  number?: string;
}

/** How the latest reading compares with one comparator area. */
export interface ResultsComparator {
  code: string;
  name?: string;
  comparison: Comparison;
}

/** One row of the results framework (logframe): an indicator, where it sits in the theory of change, and its status. */
export interface ResultsRow {
  indicator: ResultsRowNode;
  unit?: string;
  /** The calls to action whose theory of change holds the indicator. */
  callsToAction: ResultsRowNode[];
  /** Priorities the measured outcomes lead to (or that the indicator measures directly). */
  priorities: ResultsRowNode[];
  /** What the indicator measures (its "measures" links), usually outcomes. */
  outcomes: ResultsRowNode[];
  /** The outcomes and aims those lead to, nearest first: the chain up the theory of change. */
  leadsTo: ResultsRowNode[];
  baseline?: IndicatorValue;
  target?: IndicatorTarget;
  latest?: Measurement;
  /** The latest reading's period in words ("2022", "2021/22"), when there is a reading. */
  latestPeriod?: string;
  trend: Trend;
  status: TargetStatus;
  /** Why the status is what it is, in a sentence. */
  statusReason: string;
  comparators: ResultsComparator[];
}

const CAUSAL_UP_KINDS = new Set(['outcome', 'output', 'aim', 'vision']);

function rowNode(node: PlanNode): ResultsRowNode {
  const number = 'number' in node && node.number !== undefined ? String(node.number) : undefined;
  return { id: node.id, title: node.title, ...(number !== undefined && { number }) };
}

function periodOf(m: Measurement): string | undefined {
  return m.date ?? (m.start !== undefined && m.end !== undefined ? `${m.start} to ${m.end}` : (m.end ?? m.start));
}

/** Numbers compare as numbers ("3.10" after "3.9"); nodes without a number go last. */
function byNumber(a: ResultsRowNode | undefined, b: ResultsRowNode | undefined): number {
  if (a?.number === undefined || b?.number === undefined) return (a?.number === undefined ? 1 : 0) - (b?.number === undefined ? 1 : 0);
  return a.number.localeCompare(b.number, 'en', { numeric: true });
}

/**
 * The plan's results framework: one row per indicator, in the order of its first call to action's
 * number, then its first priority's, then the plan's order. Where it sits comes from the causal
 * graph: what it measures, the outcomes and aims those lead to, the priorities on the way and the
 * calls to action whose theory of change holds it. Its status is `getIndicatorStatus`'s.
 * Shared by the editor's Results view and the CLI's results export.
 */
export function getResultsRows(plan: Plan): ResultsRow[] {
  const index = getGraphIndex(plan);
  const membership = callsToActionOf(plan);
  const rows = plan.nodes.toArray().flatMap((node, order) => {
    if (node.kind !== 'indicator') return [];
    const measured = (index.outgoing.get(node.id) ?? [])
      .filter((e) => e.kind === 'measures')
      .map((e) => plan.nodes.get(e.target))
      .filter((n): n is PlanNode => n !== undefined);
    const above = new Map<string, PlanNode>();
    for (const m of measured) for (const a of getAncestors(plan, m.id)) above.set(a.id, a);
    const everything = [...measured, ...above.values()];
    const priorities = unique(everything.filter((n) => n.kind === 'priority'));
    const callsToAction = unique([...(membership.get(node.id) ?? []), ...everything.filter((n) => n.kind === 'callToAction')]);
    return [{ row: toRow(node, measured, [...above.values()], priorities, callsToAction), order }];
  });
  rows.sort((a, b) => byNumber(a.row.callsToAction[0], b.row.callsToAction[0]) || byNumber(a.row.priorities[0], b.row.priorities[0]) || a.order - b.order);
  return rows.map((r) => r.row);
}

function unique(nodes: readonly PlanNode[]): ResultsRowNode[] {
  const seen = new Set<string>();
  return nodes
    .filter((n) => !seen.has(n.id) && seen.add(n.id))
    .map(rowNode)
    .sort(byNumber);
}

function toRow(indicator: IndicatorNode, measured: PlanNode[], above: PlanNode[], priorities: ResultsRowNode[], callsToAction: ResultsRowNode[]): ResultsRow {
  const status = getIndicatorStatus(indicator);
  const latestPeriod = status.latest && periodOf(status.latest);
  return {
    indicator: rowNode(indicator),
    ...(indicator.unit !== undefined && { unit: indicator.unit }),
    callsToAction,
    priorities,
    outcomes: measured.filter((n) => n.kind !== 'priority' && n.kind !== 'callToAction').map(rowNode),
    leadsTo: above.filter((n) => CAUSAL_UP_KINDS.has(n.kind)).map(rowNode),
    ...(indicator.baseline && { baseline: indicator.baseline }),
    ...(indicator.target && { target: indicator.target }),
    ...(status.latest && { latest: status.latest }),
    ...(latestPeriod !== undefined && { latestPeriod }),
    trend: status.trend.trend,
    status: status.target.status,
    statusReason: status.target.reason,
    comparators: (indicator.comparatorSeries ?? []).map((s) => ({
      code: s.code,
      ...(s.name !== undefined && { name: s.name }),
      comparison: status.comparisons[s.code] ?? 'notCompared',
    })),
  };
}

/** The columns of the results table, in order, as a spreadsheet or CSV heads them. */
export const RESULTS_COLUMNS = [
  'Indicator',
  'Indicator id',
  'Call to action',
  'Priority',
  'Outcome',
  'Unit',
  'Baseline',
  'Baseline period',
  'Target',
  'Target date',
  'Latest value',
  'Latest period',
  'Trend',
  'Status',
  'Compared with',
] as const;

export type ResultsColumn = (typeof RESULTS_COLUMNS)[number];

function names(nodes: readonly ResultsRowNode[]): string {
  return nodes.map((n) => (n.number === undefined ? n.title : `${n.number}. ${n.title}`)).join('; ');
}

/** A comparator list in words: "London: Similar; England: Worse". */
export function comparatorWords(comparators: readonly ResultsComparator[]): string {
  return comparators.map((c) => `${c.name ?? c.code}: ${COMPARISON_WORDS[c.comparison]}`).join('; ');
}

/**
 * A row as the cells of `RESULTS_COLUMNS`: text for words, numbers for figures (empty where there
 * is none), statuses in words, never codes, so the table reads the same in a spreadsheet.
 */
export function getResultsCells(row: ResultsRow): Record<ResultsColumn, string | number> {
  return {
    Indicator: row.indicator.title,
    'Indicator id': row.indicator.id,
    'Call to action': names(row.callsToAction),
    Priority: names(row.priorities),
    Outcome: names(row.outcomes),
    Unit: row.unit ?? '',
    Baseline: row.baseline?.value ?? '',
    'Baseline period': row.baseline?.date ?? '',
    Target: row.target?.value ?? row.target?.description ?? '',
    'Target date': row.target?.date ?? '',
    'Latest value': row.latest?.value ?? '',
    'Latest period': row.latestPeriod ?? '',
    Trend: TREND_WORDS[row.trend],
    Status: TARGET_STATUS_WORDS[row.status],
    'Compared with': comparatorWords(row.comparators),
  };
}
