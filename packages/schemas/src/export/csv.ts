import Papa from 'papaparse';
import type { IndicatorNode, Plan, PlanNode } from '@changemap/core';
import { createOutline } from './plan-outline.js';
import { defuse, unique } from './text.js';

/** Options for CSV exports. */
export interface CsvOptions {
  /** Start with a UTF-8 byte-order mark so that Excel reads accents and symbols correctly. */
  bom?: boolean;
}

const titles = (nodes: readonly PlanNode[]) => nodes.map((n) => numbered(n)).join('; ');

function numbered(node: PlanNode): string {
  const number = node.kind === 'callToAction' || node.kind === 'priority' ? node.number : undefined;
  return number !== undefined ? `${number}. ${node.title}` : node.title;
}

/**
 * One row per indicator: its call to action, what it measures, unit, direction, baseline, target
 * and data source. Cells that a spreadsheet would run as a formula (=, +, -, @) are prefixed with
 * an apostrophe, so an exported plan cannot carry a spreadsheet attack.
 */
export function exportIndicatorsCsv(plan: Plan, options: CsvOptions = {}): string {
  const outline = createOutline(plan);
  const rows = outline.ofKind('indicator').map((indicator: IndicatorNode) => {
    const measured = outline.measuredBy(indicator.id);
    const ctas = unique([...outline.callsToActionOf(indicator.id), ...measured.filter((n) => n.kind === 'callToAction')]);
    return {
      id: indicator.id,
      indicator: indicator.title,
      'call to action': titles(ctas),
      measures: titles(measured),
      unit: indicator.unit ?? '',
      direction: indicator.direction ?? '',
      baseline: indicator.baseline?.value ?? '',
      'baseline date': indicator.baseline?.date ?? '',
      target: indicator.target?.value ?? indicator.target?.description ?? '',
      'target date': indicator.target?.date ?? '',
      comparators: (indicator.comparators ?? []).join('; '),
      'data source': indicator.dataSource?.name ?? '',
      publisher: indicator.dataSource?.publisher ?? '',
      'source link': indicator.dataSource?.url ?? '',
      frequency: indicator.frequency ?? '',
    };
  });
  return toCsv(rows, INDICATOR_COLUMNS, options);
}

const INDICATOR_COLUMNS = [
  'id',
  'indicator',
  'call to action',
  'measures',
  'unit',
  'direction',
  'baseline',
  'baseline date',
  'target',
  'target date',
  'comparators',
  'data source',
  'publisher',
  'source link',
  'frequency',
];
const ACTION_COLUMNS = ['id', 'action', 'actor', 'status', 'call to action', 'priority', 'contributes to', 'partners'];

/** One row per action: its call to action, priority, what it contributes to, and delivering partners. */
export function exportActionsCsv(plan: Plan, options: CsvOptions = {}): string {
  const outline = createOutline(plan);
  const rows = outline.ofKind('action').map((action) => {
    const upstream = outline.callsToActionOf(action.id);
    const direct = outline.contributesTo(action.id);
    const priorities = unique([...direct.filter((n) => n.kind === 'priority'), ...directPriorities(outline, direct)]);
    return {
      id: action.id,
      action: action.title,
      actor: action.actor ?? '',
      status: action.status ?? '',
      'call to action': titles(unique(upstream)),
      priority: titles(priorities),
      'contributes to': titles(direct),
      partners: titles(outline.partnersOf(action.id)),
    };
  });
  return toCsv(rows, ACTION_COLUMNS, options);
}

/** Priorities one step above the outcomes an action feeds. */
function directPriorities(outline: ReturnType<typeof createOutline>, direct: PlanNode[]): PlanNode[] {
  return direct.flatMap((n) => outline.contributesTo(n.id).filter((m) => m.kind === 'priority'));
}

function toCsv(rows: Record<string, unknown>[], columns: string[], options: CsvOptions): string {
  const safe = rows.map((row) => Object.fromEntries(columns.map((c) => [c, defuse(row[c])])));
  const body = Papa.unparse({ fields: columns, data: safe.map((row) => columns.map((c) => row[c])) }, { newline: '\r\n' });
  return `${options.bom ? '\ufeff' : ''}${body}\r\n`;
}
