import { dayNumber, getPeriodSpan, sortByPeriod, type Dated, type IndicatorNode, type Measurement } from '@changemap/core';

/** A straight-line scale from a domain onto a range of the picture. */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): (value: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0 || 1;
  return (value) => r0 + ((value - d0) / span) * (r1 - r0);
}

/** Round tick values (1, 2 or 5 times a power of ten) covering [low, high], about `count` of them. */
export function niceTicks(low: number, high: number, count = 4): number[] {
  if (!Number.isFinite(low) || !Number.isFinite(high)) return [];
  if (low === high) return [low];
  // As d3's ticks do: the power of ten below the raw step, times 1, 2, 5 or 10, whichever is nearest.
  const raw = (high - low) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const error = raw / power;
  const step = power * (error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.sqrt(2) ? 2 : 1);
  const ticks: number[] = [];
  for (let t = Math.ceil(low / step) * step; t <= high + step * 1e-9; t += step) ticks.push(Number(t.toPrecision(12)));
  return ticks;
}

/** When a reading (or baseline, or target) is, as a day number: the middle of its period. */
export function whenOf(item: Dated): number | undefined {
  const span = getPeriodSpan(item);
  return span ? (dayNumber(span.start) + dayNumber(span.end)) / 2 : undefined;
}

export interface CurvePoint {
  x: number;
  label: string;
  measurement: Measurement;
}

export interface CurveData {
  own: CurvePoint[];
  comparators: { code: string; name: string; points: CurvePoint[] }[];
  baseline?: { x?: number; value: number; label: string };
  target?: { x?: number; value: number; label: string };
  xDomain: [number, number];
  yDomain: [number, number];
}

function pointsOf(measurements: readonly Measurement[]): CurvePoint[] {
  return sortByPeriod(measurements).flatMap((m) => {
    const x = whenOf(m);
    return x === undefined ? [] : [{ x, label: m.date ?? m.end ?? m.start ?? '', measurement: m }];
  });
}

/**
 * What the turn-the-curve chart draws, placed in time: the indicator's readings, each
 * comparator's, the baseline and the target. Undefined when there is no reading with a period.
 * The value axis spans every figure drawn (with the intervals) and a little room around them.
 */
export function getCurveData(indicator: Pick<IndicatorNode, 'measurements' | 'comparatorSeries' | 'baseline' | 'target'>): CurveData | undefined {
  const own = pointsOf(indicator.measurements ?? []);
  if (own.length === 0) return undefined;
  const comparators = (indicator.comparatorSeries ?? [])
    .map((s) => ({ code: s.code, name: s.name ?? s.code, points: pointsOf(s.measurements) }))
    .filter((s) => s.points.length > 0);
  const baseline = indicator.baseline && { value: indicator.baseline.value, label: indicator.baseline.date ?? '', ...optionalX(indicator.baseline) };
  const targetValue = indicator.target?.value;
  const target =
    targetValue === undefined ? undefined : { value: targetValue, label: indicator.target?.date ?? '', ...optionalX({ date: indicator.target?.date }) };

  const xs = [...own, ...comparators.flatMap((c) => c.points)].map((p) => p.x);
  if (baseline?.x !== undefined) xs.push(baseline.x);
  if (target?.x !== undefined) xs.push(target.x);
  const ys = [
    ...own.flatMap((p) => [p.measurement.value, p.measurement.lowerCi, p.measurement.upperCi]),
    ...comparators.flatMap((c) => c.points.map((p) => p.measurement.value)),
    baseline?.value,
    target?.value,
  ].filter((v): v is number => v !== undefined && Number.isFinite(v));
  let [low, high] = [Math.min(...ys), Math.max(...ys)];
  const room = (high - low) * 0.08 || Math.abs(high) * 0.1 || 1;
  low -= room;
  high += room;
  // Counts and rates of people start at zero: do not draw below it when nothing is.
  if (low < 0 && Math.min(...ys) >= 0) low = 0;
  const minX = Math.min(...xs);
  const maxX = Math.max(...xs);
  const padX = (maxX - minX) * 0.04 || 180;
  return { own, comparators, ...(baseline && { baseline }), ...(target && { target }), xDomain: [minX - padX, maxX + padX], yDomain: [low, high] };
}

function optionalX(item: Dated): { x?: number } {
  const x = whenOf(item);
  return x === undefined ? {} : { x };
}

/** Every figure of the chart in sentences, for screen readers and anyone who prefers words. */
export function describeCurve(indicator: Pick<IndicatorNode, 'title' | 'unit' | 'area'>, data: CurveData): string {
  const unit = indicator.unit ? ` ${indicator.unit}` : '';
  const first = data.own[0]!;
  const last = data.own.at(-1)!;
  const ci = (m: Measurement) =>
    m.lowerCi !== undefined && m.upperCi !== undefined ? ` (95% confidence interval ${fmt(m.lowerCi)} to ${fmt(m.upperCi)})` : '';
  const parts = [
    `${indicator.area?.name ?? indicator.area?.code ?? 'The indicator'}: ${data.own.length} reading${data.own.length === 1 ? '' : 's'}` +
      (data.own.length > 1
        ? `, from ${fmt(first.measurement.value)}${unit} in ${first.label} to ${fmt(last.measurement.value)}${unit} in ${last.label}${ci(last.measurement)}.`
        : `: ${fmt(last.measurement.value)}${unit} in ${last.label}${ci(last.measurement)}.`),
  ];
  if (data.baseline) parts.push(`Baseline ${fmt(data.baseline.value)}${unit}${data.baseline.label ? ` in ${data.baseline.label}` : ''}.`);
  if (data.target) parts.push(`Target ${fmt(data.target.value)}${unit}${data.target.label ? ` by ${data.target.label}` : ''}.`);
  for (const c of data.comparators) {
    const latest = c.points.at(-1)!;
    parts.push(`${c.name}: ${fmt(latest.measurement.value)}${unit} in ${latest.label}.`);
  }
  return parts.join(' ');
}

export function fmt(value: number): string {
  return value.toLocaleString('en-GB', { maximumFractionDigits: 2 });
}
