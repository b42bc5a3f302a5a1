/**
 * CPU time of the page's main thread, from a Chromium trace. Frame times and the Long Tasks API
 * measure wall time, which grows when other programs share the machine's cores; the CPU time a
 * task used does not, so the benchmark reports both.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { round } from '../../../bench/measure.js';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

export interface MainThreadCpu {
  /** CPU time (ms) of each task the page's main thread ran, in order. */
  taskCpuMs: number[];
  /** Wall time (ms) of the same tasks. */
  taskWallMs: number[];
}

/** Runs `action` while tracing and returns the CPU time of each main-thread task of the page meanwhile. */
export async function tracedMainThread(browser: Browser, page: Page, action: () => Promise<void>): Promise<MainThreadCpu> {
  const folder = mkdtempSync(join(tmpdir(), 'changemap-trace-'));
  const path = join(folder, 'trace.json');
  await browser.startTracing(page, { path, categories: ['toplevel'] });
  try {
    await action();
  } finally {
    await browser.stopTracing();
  }
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[];
  rmSync(folder, { recursive: true, force: true });
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
  const mainThreads = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const tasks = events
    .filter((e) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && mainThreads.has(`${e.pid}:${e.tid}`))
    .sort((a, b) => a.ts - b.ts);
  return { taskCpuMs: tasks.map((t) => round((t.tdur ?? 0) / 1000, 2)), taskWallMs: tasks.map((t) => round((t.dur ?? 0) / 1000, 2)) };
}

export function sum(values: number[]): number {
  return values.reduce((total, v) => total + v, 0);
}
