import { getResultsCells, TRENDS, type ResultsRow, type TargetStatus } from '@changemap/core';

/** The columns the Results view sorts by. */
export type SortKey = 'indicator' | 'callToAction' | 'priority' | 'outcome' | 'baseline' | 'target' | 'latest' | 'trend' | 'status' | 'comparators';

export interface Sort {
  key: SortKey;
  direction: 'ascending' | 'descending';
}

export interface ResultsFilter {
  /** Words to find in the indicator, its call to action, priority or outcome (any case). */
  text: string;
  /** A status, or '' for every status. */
  status: TargetStatus | '';
  /** A call to action's id, or '' for all. */
  callToAction: string;
}

export const NO_FILTER: ResultsFilter = { text: '', status: '', callToAction: '' };

/** Worst first, so an officer sorting by status sees what needs attention at the top. */
const STATUS_RANK: readonly TargetStatus[] = ['offTrack', 'onTrack', 'met', 'noData', 'noTarget'];

function sortValue(row: ResultsRow, key: SortKey): string | number | undefined {
  const cells = getResultsCells(row);
  const value = (() => {
    switch (key) {
      case 'indicator':
        return cells.Indicator;
      case 'callToAction':
        return cells['Call to action'];
      case 'priority':
        return cells.Priority;
      case 'outcome':
        return cells.Outcome;
      case 'baseline':
        return cells.Baseline;
      case 'target':
        return cells.Target;
      case 'latest':
        return cells['Latest value'];
      case 'trend':
        return TRENDS.indexOf(row.trend);
      case 'status':
        return STATUS_RANK.indexOf(row.status);
      case 'comparators':
        return cells['Compared with'];
      default:
        return key satisfies never;
    }
  })();
  return value === '' ? undefined : value;
}

/** Numbers before words, words in natural order ("3.10" after "3.9"); empty cells last whichever way. */
function compareValues(a: string | number, b: string | number): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'number') return -1;
  if (typeof b === 'number') return 1;
  return a.localeCompare(b, 'en', { numeric: true, sensitivity: 'base' });
}

/** The rows the filter lets through, in the order asked (stable: equal rows keep the framework's order). */
export function filterAndSort(rows: readonly ResultsRow[], filter: ResultsFilter, sort: Sort | undefined): ResultsRow[] {
  const words = filter.text.trim().toLowerCase();
  const kept = rows.filter((row) => {
    if (filter.status !== '' && row.status !== filter.status) return false;
    if (filter.callToAction !== '' && !row.callsToAction.some((c) => c.id === filter.callToAction)) return false;
    if (words === '') return true;
    const cells = getResultsCells(row);
    return [cells.Indicator, cells['Indicator id'], cells['Call to action'], cells.Priority, cells.Outcome].some((text) =>
      String(text).toLowerCase().includes(words),
    );
  });
  if (!sort) return kept;
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return kept
    .map((row, index) => ({ row, index, value: sortValue(row, sort.key) }))
    .sort((a, b) => {
      if (a.value === undefined || b.value === undefined) return (a.value === undefined ? 1 : 0) - (b.value === undefined ? 1 : 0) || a.index - b.index;
      return sign * compareValues(a.value, b.value) || a.index - b.index;
    })
    .map((entry) => entry.row);
}
