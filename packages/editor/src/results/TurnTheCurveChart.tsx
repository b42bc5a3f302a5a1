import type { IndicatorNode } from '@changemap/core';
import { useId } from 'react';
import { describeCurve, fmt, getCurveData, linearScale, niceTicks, type CurvePoint } from './curve-geometry.js';

const WIDTH = 316;
const HEIGHT = 200;
const MARGIN = { top: 12, right: 14, bottom: 30, left: 44 };

/**
 * The turn-the-curve chart: the indicator's readings over time with their 95% confidence
 * intervals as whiskers, the baseline, the line from the baseline to the target, and each
 * comparator area's readings. Drawn as plain SVG from two straight-line scales (no charting
 * library: the chart is one fixed form, and the editor's bundle stays small). The picture has a
 * sentence summary as its accessible description, and the figures are in a table below it.
 */
export function TurnTheCurveChart({ indicator }: { indicator: IndicatorNode }) {
  const id = useId();
  const data = getCurveData(indicator);
  if (!data) return null;
  const x = linearScale(data.xDomain, [MARGIN.left, WIDTH - MARGIN.right]);
  const y = linearScale(data.yDomain, [HEIGHT - MARGIN.bottom, MARGIN.top]);
  const yTicks = niceTicks(data.yDomain[0], data.yDomain[1], 4);
  const xLabels = labelsAcross(data.own, data.target?.x !== undefined ? { x: data.target.x, label: data.target.label } : undefined);
  const path = (points: readonly CurvePoint[]) =>
    points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.x).toFixed(1)},${y(p.measurement.value).toFixed(1)}`).join(' ');
  const summary = describeCurve(indicator, data);
  const ownName = indicator.area?.name ?? indicator.area?.code ?? 'This indicator';
  const startOfLine = data.baseline?.x !== undefined ? { x: data.baseline.x, value: data.baseline.value } : undefined;

  return (
    <figure className="curve-figure" data-testid="curve-chart">
      <svg className="curve-chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`}>
        <title id={`${id}-title`}>{`Turn-the-curve chart of “${indicator.title}”`}</title>
        <desc id={`${id}-desc`}>{summary}</desc>
        <g className="grid axis">
          {yTicks.map((t) => (
            <g key={t}>
              <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(t)} y2={y(t)} />
              <text x={MARGIN.left - 4} y={y(t) + 3} textAnchor="end">
                {fmt(t)}
              </text>
            </g>
          ))}
          {xLabels.map((l) => (
            <text key={`${l.label}-${l.x}`} x={x(l.x)} y={HEIGHT - MARGIN.bottom + 14} textAnchor="middle">
              {l.label}
            </text>
          ))}
        </g>
        {data.baseline && (
          <>
            <line className="baseline-line" x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(data.baseline.value)} y2={y(data.baseline.value)} />
            <text className="chart-label baseline" x={MARGIN.left + 2} y={y(data.baseline.value) - 3}>{`Baseline ${fmt(data.baseline.value)}`}</text>
          </>
        )}
        {data.target && (
          <>
            {startOfLine && data.target.x !== undefined ? (
              <line className="target-line" x1={x(startOfLine.x)} y1={y(startOfLine.value)} x2={x(data.target.x)} y2={y(data.target.value)} />
            ) : (
              <line className="target-line" x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(data.target.value)} y2={y(data.target.value)} />
            )}
            {data.target.x !== undefined && <path className="target-mark" d={diamond(x(data.target.x), y(data.target.value), 5)} />}
            <text
              className="chart-label target"
              x={WIDTH - MARGIN.right - 2}
              y={y(data.target.value) - 7}
              textAnchor="end"
            >{`Target ${fmt(data.target.value)}`}</text>
          </>
        )}
        {data.comparators.slice(0, 3).map((c, i) => (
          <path key={c.code} className={`comparator comparator-${i}`} d={path(c.points)} />
        ))}
        <path className="series" d={path(data.own)} />
        {data.own.map((p) => {
          const m = p.measurement;
          const cx = x(p.x);
          return (
            <g key={`${p.label}-${p.x}`}>
              {m.lowerCi !== undefined && m.upperCi !== undefined && (
                <g className="whisker">
                  <line x1={cx} x2={cx} y1={y(m.lowerCi)} y2={y(m.upperCi)} />
                  <line x1={cx - 3} x2={cx + 3} y1={y(m.lowerCi)} y2={y(m.lowerCi)} />
                  <line x1={cx - 3} x2={cx + 3} y1={y(m.upperCi)} y2={y(m.upperCi)} />
                </g>
              )}
              <circle className="reading" cx={cx} cy={y(m.value)} r={3.5} />
            </g>
          );
        })}
      </svg>
      <ul className="curve-legend" aria-label="Key">
        <li>
          <Swatch className="series" /> {ownName} (with 95% intervals)
        </li>
        {data.baseline && (
          <li>
            <Swatch className="baseline-line" /> Baseline
          </li>
        )}
        {data.target && (
          <li>
            <Swatch className="target-line" /> Target{startOfLine && data.target.x !== undefined ? ' and the line to it' : ''}
          </li>
        )}
        {data.comparators.slice(0, 3).map((c, i) => (
          <li key={c.code}>
            <Swatch className={`comparator comparator-${i}`} /> {c.name}
          </li>
        ))}
      </ul>
      <details>
        <summary>The figures</summary>
        <table className="curve-table">
          <thead>
            <tr>
              <th scope="col">Period</th>
              <th scope="col">{ownName}</th>
              <th scope="col">95% interval</th>
              {data.comparators.map((c) => (
                <th key={c.code} scope="col">
                  {c.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.own.map((p) => (
              <tr key={`${p.label}-${p.x}`}>
                <th scope="row">{p.label}</th>
                <td>{fmt(p.measurement.value)}</td>
                <td>
                  {p.measurement.lowerCi !== undefined && p.measurement.upperCi !== undefined
                    ? `${fmt(p.measurement.lowerCi)} – ${fmt(p.measurement.upperCi)}`
                    : '—'}
                </td>
                {data.comparators.map((c) => {
                  const same = c.points.find((q) => q.label === p.label);
                  return <td key={c.code}>{same ? fmt(same.measurement.value) : '—'}</td>;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

function Swatch({ className }: { className: string }) {
  return (
    <svg className="curve-swatch" width="22" height="8" aria-hidden="true">
      <line className={className} x1="1" x2="21" y1="4" y2="4" />
    </svg>
  );
}

function diamond(cx: number, cy: number, r: number): string {
  return `M${cx},${cy - r} L${cx + r},${cy} L${cx},${cy + r} L${cx - r},${cy} Z`;
}

/** The first and last periods, and the target date when it lies beyond them: enough to place the line in time without crowding. */
function labelsAcross(points: readonly CurvePoint[], target: { x: number; label: string } | undefined): { x: number; label: string }[] {
  const first = points[0]!;
  const last = points.at(-1)!;
  const labels: { x: number; label: string }[] = (first === last ? [first] : [first, last]).map((p) => ({ x: p.x, label: p.label }));
  if (target && target.label && target.x > last.x) labels.push(target);
  return labels;
}
