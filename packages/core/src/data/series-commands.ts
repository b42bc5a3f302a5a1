import type { ActionNode, DeliveryUpdate } from '../kinds/action.js';
import type { ComparatorSeries, IndicatorArea, IndicatorNode, Measurement } from '../kinds/indicator.js';
import { commands, type Command } from '../edits/commands.js';
import { getPeriodKey, sortByPeriod } from './periods.js';

/**
 * Edits of an indicator's data and an action's delivery record, each one `updateNode` command, so
 * a whole import is one step of undo. The command is checked when applied like any other write.
 */

/** New data for an indicator. `merge` (the default) keeps readings of periods not given; `replace` drops them. */
export interface IndicatorDataUpdate {
  area?: IndicatorArea;
  measurements?: readonly Measurement[];
  /** Series per area; an area not listed keeps its series. */
  comparatorSeries?: readonly ComparatorSeries[];
  mode?: 'merge' | 'replace';
}

/**
 * `existing` with `incoming` laid over it: a reading of a period already there replaces it, new
 * periods are added, and the series comes back in period order. Importing the same readings twice
 * gives the same series (idempotent).
 */
export function mergeMeasurements(existing: readonly Measurement[], incoming: readonly Measurement[]): Measurement[] {
  const replaced = new Set(incoming.map(getPeriodKey).filter((key) => key !== undefined));
  const kept = existing.filter((m) => {
    const key = getPeriodKey(m);
    return key === undefined || !replaced.has(key);
  });
  return sortByPeriod([...kept, ...incoming]);
}

/** Comparator series laid over the existing ones area by area, each merged as `mergeMeasurements` does. */
export function mergeComparatorSeries(
  existing: readonly ComparatorSeries[],
  incoming: readonly ComparatorSeries[],
  mode: 'merge' | 'replace' = 'merge',
): ComparatorSeries[] {
  const result = existing.map((series) => ({ ...series }));
  for (const series of incoming) {
    const index = result.findIndex((s) => s.code === series.code);
    if (index < 0) {
      result.push({ ...series, measurements: sortByPeriod(series.measurements) });
      continue;
    }
    const old = result[index]!;
    const name = series.name ?? old.name;
    result[index] = {
      code: series.code,
      ...(name !== undefined && { name }),
      measurements: mode === 'replace' ? sortByPeriod(series.measurements) : mergeMeasurements(old.measurements, series.measurements),
    };
  }
  return result;
}

/** One command that sets an indicator's area and lays new readings over its series and its comparators'. */
export function updateIndicatorData(indicator: IndicatorNode, update: IndicatorDataUpdate): Command {
  const mode = update.mode ?? 'merge';
  const changes: Record<string, unknown> = {};
  if (update.area) changes['area'] = update.area;
  if (update.measurements) {
    changes['measurements'] = mode === 'replace' ? sortByPeriod(update.measurements) : mergeMeasurements(indicator.measurements ?? [], update.measurements);
  }
  if (update.comparatorSeries) changes['comparatorSeries'] = mergeComparatorSeries(indicator.comparatorSeries ?? [], update.comparatorSeries, mode);
  return commands.updateNode(indicator.id, changes);
}

/**
 * One command that records a delivery update on an action, keeps the record in date order, and
 * sets the action's status to that of its latest update.
 */
export function addDeliveryUpdate(action: ActionNode, update: DeliveryUpdate): Command {
  const delivery = [...(action.delivery ?? []), update].sort((a, b) => a.date.localeCompare(b.date));
  return commands.updateNode(action.id, { delivery, status: delivery.at(-1)!.status });
}
