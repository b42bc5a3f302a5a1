/**
 * What the editor benchmark measures and checks in the page. Page scripts are passed as text:
 * tsx adds naming helpers to functions, which the page lacks.
 */
import type { Page } from 'playwright-core';
import { round } from '../../../bench/measure.js';

/** Frame intervals (ms) measured with requestAnimationFrame while `action` runs. */
export async function frameTimes(page: Page, action: () => Promise<void>): Promise<number[]> {
  await page.evaluate(`(() => {
    window.__frames = [];
    window.__recording = true;
    let last = performance.now();
    function tick(now) {
      window.__frames.push(now - last);
      last = now;
      if (window.__recording) requestAnimationFrame(tick);
    }
    requestAnimationFrame(tick);
  })()`);
  await action();
  return page.evaluate(`(() => { window.__recording = false; return window.__frames.slice(1); })()`) as Promise<number[]>;
}

export function p95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? 0, 1);
}

interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

/** The canvas's pan and zoom, read from React Flow's viewport element. */
export async function viewport(page: Page): Promise<Viewport> {
  return (await page.evaluate(`(() => {
    const m = new DOMMatrixReadOnly(getComputedStyle(document.querySelector('.react-flow__viewport')).transform);
    return { x: m.e, y: m.f, zoom: m.a };
  })()`)) as Viewport;
}

/** Each drawn box's place on the canvas (its own transform, in canvas coordinates). */
async function boxPlaces(page: Page): Promise<Map<string, string>> {
  const entries = (await page.evaluate(
    `[...document.querySelectorAll('.react-flow__node')].map((el) => [el.getAttribute('data-id'), el.style.transform])`,
  )) as [string, string][];
  return new Map(entries);
}

/**
 * Boxes in view and boxes drawn there. The overview map draws every box of the view (React Flow
 * gives it all of them, drawn or not on the canvas): those well inside the canvas's visible area
 * must each have a drawn, visible box there.
 */
export async function boxesInView(page: Page): Promise<{ inView: number; drawn: number }> {
  return (await page.evaluate(`(() => {
    const pane = document.querySelector('.react-flow__pane').getBoundingClientRect();
    const m = new DOMMatrixReadOnly(getComputedStyle(document.querySelector('.react-flow__viewport')).transform);
    const overlaps = (left, top, right, bottom, margin) =>
      Math.min(right, pane.right) - Math.max(left, pane.left) > margin && Math.min(bottom, pane.bottom) - Math.max(top, pane.top) > margin;
    let inView = 0;
    // The map draws each box as one rectangle 'M x y h width v height …z' of a path per colour.
    for (const path of document.querySelectorAll('.overview-map-boxes path')) {
      for (const [, bx, by, bw, bh] of path.getAttribute('d').matchAll(/M(-?[0-9.e]+) (-?[0-9.e]+)h(-?[0-9.e]+)v(-?[0-9.e]+)/g)) {
        const x = pane.left + m.e + Number(bx) * m.a;
        const y = pane.top + m.f + Number(by) * m.a;
        if (overlaps(x, y, x + Number(bw) * m.a, y + Number(bh) * m.a, 3)) inView++;
      }
    }
    let drawn = 0;
    for (const el of document.querySelectorAll('.react-flow__node')) {
      if (getComputedStyle(el).visibility === 'hidden') continue;
      const r = el.getBoundingClientRect();
      if (r.width > 0 && overlaps(r.left, r.top, r.right, r.bottom, 0)) drawn++;
    }
    return { inView, drawn };
  })()`)) as { inView: number; drawn: number };
}

/** Boxes in view and drawn there; throws when a box in view is not drawn. */
async function checkedBoxesInView(page: Page): Promise<{ inView: number; drawn: number }> {
  const coverage = await boxesInView(page);
  if (coverage.drawn < coverage.inView) throw new Error(`Boxes in view not drawn while panning: ${coverage.drawn} drawn of ${coverage.inView} in view.`);
  return coverage;
}

/** A point near the middle of the canvas where the empty pane (not a box, link or band label) is under the mouse. */
async function emptyPanePoint(page: Page): Promise<{ x: number; y: number }> {
  const box = (await page.locator('.react-flow__pane').boundingBox())!;
  const point = (await page.evaluate(`(() => {
    const box = ${JSON.stringify(box)};
    for (let r = 0; r < 400; r += 7) {
      for (let a = 0; a < 16; a++) {
        const x = box.x + box.width / 2 + r * Math.cos(a * Math.PI / 8);
        const y = box.y + box.height / 2 + r * Math.sin(a * Math.PI / 8);
        const hit = document.elementFromPoint(x, y);
        if (hit && hit.classList.contains('react-flow__pane')) return { x, y };
      }
    }
    return null;
  })()`)) as { x: number; y: number } | null;
  if (!point) throw new Error('No empty spot on the canvas to pan from.');
  return point;
}

const PAN = { dx: -300, dy: -200 };

/**
 * Drags the empty pane there and back, three times, and checks that it was a pan: the view moved
 * with the mouse, no box moved on the canvas, and every box in view was drawn (at the start and at
 * the far end; returns the count where more boxes were in view).
 * Throws otherwise, so that a pan that turns into a drag (or boxes left undrawn) fails the benchmark.
 */
export async function pan(page: Page): Promise<{ inView: number; drawn: number }> {
  const { x, y } = await emptyPanePoint(page);
  const start = await viewport(page);
  const placesBefore = await boxPlaces(page);
  let coverage = await checkedBoxesInView(page);
  for (let round = 0; round < 3; round++) {
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x + PAN.dx, y + PAN.dy, { steps: 30 });
    if (round === 0) {
      const far = await viewport(page);
      if (Math.abs(far.x - start.x - PAN.dx) > 2 || Math.abs(far.y - start.y - PAN.dy) > 2)
        throw new Error(`The pan did not move the view with the mouse: from ${JSON.stringify(start)} to ${JSON.stringify(far)}.`);
      const farCoverage = await checkedBoxesInView(page);
      if (farCoverage.inView > coverage.inView) coverage = farCoverage;
    }
    await page.mouse.move(x, y, { steps: 30 });
    await page.mouse.up();
  }
  const placesAfter = await boxPlaces(page);
  let compared = 0;
  for (const [id, place] of placesBefore) {
    const after = placesAfter.get(id);
    if (after === undefined) continue;
    compared++;
    if (after !== place) throw new Error(`The pan moved box ${id} (${place} → ${after}) instead of the view.`);
  }
  if (compared === 0) throw new Error('No box was drawn both before and after the pan: the pan cannot be checked.');
  return coverage;
}

/** Runs `action` and returns the longest main-thread task (ms) from its start until the page is idle after it. */
export async function longestTask(page: Page, action: () => Promise<void>): Promise<number> {
  await page.evaluate(`(() => {
    window.__longest = 0;
    window.__observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longest = Math.max(window.__longest, entry.duration);
    });
    window.__observer.observe({ type: 'longtask', buffered: false });
  })()`);
  await action();
  // Tasks the action left queued run first; entries not yet delivered to the observer are taken too.
  return round(
    (await page.evaluate(`new Promise((done) => requestIdleCallback(() => {
      for (const entry of window.__observer.takeRecords()) window.__longest = Math.max(window.__longest, entry.duration);
      window.__observer.disconnect();
      done(window.__longest);
    }, { timeout: 5000 }))`)) as number,
    1,
  );
}

/** The editor's named timing of the last layout's phase: ELK in its worker (`layout-engine`), or applying the moves (`layout-apply`). */
export async function layoutPhaseMs(page: Page, name: 'layout-engine' | 'layout-apply'): Promise<number> {
  return round((await page.evaluate(`performance.getEntriesByName('changemap:${name}').at(-1)?.duration ?? 0`)) as number, 0);
}
