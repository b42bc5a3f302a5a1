import Papa from 'papaparse';
import { RESULTS_COLUMNS, getResultsCells, getResultsRows, type Plan } from '@changemap/core';
import type { CsvOptions } from './csv.js';
import { defuse } from './text.js';

/**
 * `changemap export --to results-csv`: the results framework with the columns of the editor's
 * Results view (core's RESULTS_COLUMNS and getResultsCells): one row per indicator with its call
 * to action, priority and outcome, baseline, target, latest value and period, trend, status and
 * comparisons, in words. Formula-like cells are defused as in the other CSV exports.
 */
export function exportResultsCsv(plan: Plan, options: CsvOptions = {}): string {
  const data = getResultsRows(plan).map((row) => {
    const cells = getResultsCells(row);
    return RESULTS_COLUMNS.map((column) => defuse(cells[column]));
  });
  return `${options.bom ? '\ufeff' : ''}${Papa.unparse({ fields: [...RESULTS_COLUMNS], data }, { newline: '\r\n' })}\r\n`;
}
