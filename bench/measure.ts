import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

/** Median wall time of `fn` in milliseconds, after `warmup` untimed runs. `prepare` runs untimed before each. */
export function medianMs<T>(fn: (input: T) => unknown, options: { runs?: number; warmup?: number; prepare?: () => T } = {}): number {
  const { runs = 15, warmup = 3, prepare = () => undefined as T } = options;
  for (let i = 0; i < warmup; i++) fn(prepare());
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const input = prepare();
    const start = performance.now();
    fn(input);
    times.push(performance.now() - start);
  }
  return median(times);
}

/** The middle value (rounded); 0 for no values. */
export function median(values: number[], places = 3): number {
  const sorted = [...values].sort((a, b) => a - b);
  return round(sorted[Math.floor(sorted.length / 2)] ?? 0, places);
}

/**
 * Times `fn` against a `baseline` in alternating runs (baseline, fn, baseline, fn, …), so both see
 * the same machine state (heap size, other load), and returns their medians and the median of the
 * per-pair ratios. A ratio from two separate batches drifts with the machine; this one does not.
 */
export function medianRatio<T>(
  fn: (input: T) => unknown,
  baseline: () => unknown,
  options: { runs?: number; warmup?: number; prepare?: () => T } = {},
): { ms: number; baselineMs: number; ratio: number } {
  const { runs = 15, warmup = 3, prepare = () => undefined as T } = options;
  for (let i = 0; i < warmup; i++) {
    baseline();
    fn(prepare());
  }
  const times: number[] = [];
  const baselineTimes: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < runs; i++) {
    let start = performance.now();
    baseline();
    const base = performance.now() - start;
    const input = prepare();
    start = performance.now();
    fn(input);
    const time = performance.now() - start;
    baselineTimes.push(base);
    times.push(time);
    ratios.push(time / base);
  }
  return { ms: median(times), baselineMs: median(baselineTimes), ratio: median(ratios, 2) };
}

export function round(value: number, places = 3): number {
  const factor = 10 ** places;
  return Math.round(value * factor) / factor;
}

/** Writes a result file under bench/results/ at the repository root and returns its path. */
export function writeResults(name: string, data: unknown): string {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const file = resolve(root, 'bench/results', name);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
  return file;
}

/** Prints a goal line: what was measured, the goal, and whether it was met. */
export function reportGoal(label: string, value: number, limit: number, unit = '×'): boolean {
  const met = value <= limit;
  console.log(`  ${met ? 'MET   ' : 'MISSED'} ${label}: ${value}${unit} (goal ≤ ${limit}${unit})`);
  return met;
}
