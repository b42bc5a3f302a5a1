import type { IndicatorDirection, IndicatorNode, Measurement } from '../kinds/indicator.js';
import { dayNumber, getPeriodSpan, sortByPeriod } from '../data/periods.js';

/** Where an indicator stands against its target. */
export type TargetStatus = 'met' | 'onTrack' | 'offTrack' | 'noData' | 'noTarget';

export const TARGET_STATUSES: readonly TargetStatus[] = ['met', 'onTrack', 'offTrack', 'noData', 'noTarget'];

/** The status against the target, the reading it rests on, and why, in words. */
export interface TargetAssessment {
  status: TargetStatus;
  /** The latest reading, when there is one. */
  latest?: Measurement;
  /** Where the straight line from the starting point to the target stands at the latest reading's period. */
  expected?: number;
  /** Why, in a sentence an officer can read out: "62.1 in 2022 is above the 60.5 the trajectory expects by then." */
  reason: string;
}

export interface TargetOptions {
  /** For a target to maintain: how far from it, as a share of it, still counts as met (default 0.05, 5%). */
  tolerance?: number;
}

type Sense = 'increase' | 'decrease' | 'maintain';

function senseOf(direction: IndicatorDirection | undefined, from: number | undefined, target: number): Sense {
  if (direction !== undefined) return direction;
  if (from === undefined || from === target) return 'maintain';
  return target > from ? 'increase' : 'decrease';
}

function atLeastAsGood(value: number, than: number, sense: 'increase' | 'decrease'): boolean {
  return sense === 'increase' ? value >= than : value <= than;
}

function periodOf(m: Measurement): string {
  return m.date ?? m.end ?? m.start ?? 'the latest period';
}

function round(value: number): string {
  return String(Number(value.toPrecision(6)));
}

/**
 * An indicator's status against its target, from its latest reading:
 * - `noData`: no readings (or too little to judge a trajectory: one reading, no baseline, target not met);
 * - `noTarget`: the target has no value;
 * - `met`: the latest reading has reached the target (for a target to maintain: is within the tolerance of it);
 * - `onTrack` / `offTrack`: whether the latest reading is at least as good as the straight line from the
 *   starting point (the baseline, or else the first reading) to the target expects at its period. Periods
 *   count by their last day ("2018 - 20" ends 2020-12-31, a target "2028" ends 2028-12-31). Once the target
 *   date has passed unmet, the indicator is off track. When the dates needed for a line are missing, on
 *   track means better than the starting point.
 *
 * Which way is better comes from the indicator's direction, or, when it has none, from whether the
 * target is above or below the starting point.
 */
export function getTargetStatus(
  indicator: Pick<IndicatorNode, 'direction' | 'baseline' | 'target' | 'measurements'>,
  options: TargetOptions = {},
): TargetAssessment {
  const series = sortByPeriod(indicator.measurements ?? []);
  const latest = series.at(-1);
  if (!latest) return { status: 'noData', reason: 'There are no readings yet.' };
  const target = indicator.target?.value;
  if (target === undefined) return { status: 'noTarget', latest, reason: 'The target has no value to compare with.' };

  const start =
    indicator.baseline ?? (series.length > 1 ? { value: series[0]!.value, date: series[0]!.date, start: series[0]!.start, end: series[0]!.end } : undefined);
  const sense = senseOf(indicator.direction, start?.value, target);
  const value = latest.value;
  const when = periodOf(latest);

  if (sense === 'maintain') {
    const allowed = (options.tolerance ?? 0.05) * Math.abs(target);
    return Math.abs(value - target) <= allowed
      ? { status: 'met', latest, reason: `${round(value)} in ${when} is within ${round(allowed)} of the ${round(target)} to maintain.` }
      : { status: 'offTrack', latest, reason: `${round(value)} in ${when} is more than ${round(allowed)} away from the ${round(target)} to maintain.` };
  }
  const word = sense === 'increase' ? 'above' : 'below';
  if (atLeastAsGood(value, target, sense)) return { status: 'met', latest, reason: `${round(value)} in ${when} has reached the target of ${round(target)}.` };
  if (!start) return { status: 'noData', latest, reason: 'One reading and no baseline: not enough to judge progress towards the target.' };

  const startDay = dayOf(start);
  const targetDay = indicator.target?.date === undefined ? undefined : dayOf({ date: indicator.target.date });
  const latestDay = dayOf(latest);
  if (startDay !== undefined && targetDay !== undefined && latestDay !== undefined && targetDay > startDay) {
    if (latestDay >= targetDay)
      return {
        status: 'offTrack',
        latest,
        reason: `The target date (${indicator.target!.date}) has passed and ${round(value)} in ${when} has not reached ${round(target)}.`,
      };
    const share = Math.max(0, (latestDay - startDay) / (targetDay - startDay));
    const expected = start.value + (target - start.value) * share;
    return atLeastAsGood(value, expected, sense)
      ? {
          status: 'onTrack',
          latest,
          expected,
          reason: `${round(value)} in ${when} is at or ${word} the ${round(expected)} the trajectory to ${round(target)} expects by then.`,
        }
      : {
          status: 'offTrack',
          latest,
          expected,
          reason: `${round(value)} in ${when} is not ${word} the ${round(expected)} the trajectory to ${round(target)} expects by then.`,
        };
  }
  return atLeastAsGood(value, start.value, sense) && value !== start.value
    ? { status: 'onTrack', latest, reason: `${round(value)} in ${when} is better than the starting ${round(start.value)} (no dates for a trajectory).` }
    : { status: 'offTrack', latest, reason: `${round(value)} in ${when} is no better than the starting ${round(start.value)} (no dates for a trajectory).` };
}

function dayOf(item: { date?: string | undefined; start?: string | undefined; end?: string | undefined }): number | undefined {
  const span = getPeriodSpan(item);
  return span ? dayNumber(span.end) : undefined;
}
