import { COMPARISON_WORDS, TARGET_STATUS_WORDS, TREND_WORDS, compareSeries, getIndicatorStatus, type Comparison, type IndicatorNode } from '@changemap/core';

/** `changemap data show --format json`: an indicator's series with comparisons, and its status. */
export interface IndicatorDataJson {
  indicator: string;
  title: string;
  area: { code: string; name?: string } | null;
  measurements: {
    period: string | null;
    start?: string;
    end?: string;
    value: number;
    lowerCi: number | null;
    upperCi: number | null;
    comparisons: Record<string, Comparison>;
  }[];
  status: {
    target: string;
    reason: string;
    expected?: number;
    trend: string;
    trendPeriods: number;
    latestPeriod: string | null;
    comparisons: Record<string, Comparison>;
  };
}

/** The indicator's data as the JSON of `data show`, measurements in period order. */
export function indicatorDataJson(indicator: IndicatorNode): IndicatorDataJson {
  const status = getIndicatorStatus(indicator);
  return {
    indicator: indicator.id,
    title: indicator.title,
    area: indicator.area ?? null,
    measurements: compareSeries(indicator).map(({ measurement: m, comparisons }) => ({
      period: m.date ?? null,
      ...(m.start !== undefined && { start: m.start }),
      ...(m.end !== undefined && { end: m.end }),
      value: m.value,
      lowerCi: m.lowerCi ?? null,
      upperCi: m.upperCi ?? null,
      comparisons,
    })),
    status: {
      target: status.target.status,
      reason: status.target.reason,
      ...(status.target.expected !== undefined && { expected: status.target.expected }),
      trend: status.trend.trend,
      trendPeriods: status.trend.periods,
      latestPeriod: status.latest?.date ?? null,
      comparisons: status.comparisons,
    },
  };
}

/** The indicator's data as a table for a terminal, with its status in words. */
export function indicatorDataText(indicator: IndicatorNode): string {
  const status = getIndicatorStatus(indicator);
  const areas = (indicator.comparatorSeries ?? []).map((s) => ({ code: s.code, label: s.name ?? s.code }));
  const area = indicator.area ? `${indicator.area.code}${indicator.area.name ? ` ${indicator.area.name}` : ''}` : 'area not set';
  const lines = [`${indicator.title} (${indicator.id}) — ${area}${indicator.unit ? `, in ${indicator.unit}` : ''}`];
  lines.push(`Against the target: ${TARGET_STATUS_WORDS[status.target.status]}. ${status.target.reason}`);
  lines.push(`Trend: ${TREND_WORDS[status.trend.trend]} (over ${status.trend.periods} reading${status.trend.periods === 1 ? '' : 's'}).`);
  const compared = compareSeries(indicator);
  if (compared.length === 0) return `${lines.join('\n')}\nNo readings yet: import some with changemap data import.\n`;
  const header = ['Period', 'Value', '95% interval', ...areas.map((a) => `vs ${a.label}`)];
  const rows = compared.map(({ measurement: m, comparisons }) => [
    m.date ?? m.end ?? '',
    String(m.value),
    m.lowerCi !== undefined && m.upperCi !== undefined ? `${m.lowerCi} to ${m.upperCi}` : '',
    ...areas.map((a) => COMPARISON_WORDS[comparisons[a.code] ?? 'notCompared']),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const format = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  lines.push('', format(header), ...rows.map(format));
  return `${lines.join('\n')}\n`;
}
