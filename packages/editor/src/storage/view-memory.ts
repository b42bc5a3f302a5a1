import { WHOLE_PLAN_VIEW, type Plan } from '@changemap/core';
import type { EditorStore } from '../state/editor-store.js';

const KEY = 'changemap:open-view:v1';

/** The canvas's pan and zoom, as React Flow keeps them. */
export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

interface Remembered {
  planId: string;
  viewId: string;
  viewport?: Viewport;
}

/** A viewport to show instead of fitting the view, once, when the canvas first opens that view. */
let pending: { viewId: string; viewport: Viewport } | undefined;

/**
 * Opens the view the officer had open when this plan was last shown in this browser, and keeps
 * remembering the open view and its pan and zoom (when the view changes and when the tab is
 * hidden or closed). Returns a stop function.
 */
export function rememberOpenView(store: EditorStore): () => void {
  const recalled = read();
  const { plan } = store.getSnapshot();
  if (recalled && recalled.planId === plan.id && isView(plan, recalled.viewId)) {
    if (recalled.viewport) pending = { viewId: recalled.viewId, viewport: recalled.viewport };
    if (recalled.viewId !== store.getSnapshot().viewId) store.openView(recalled.viewId);
  }
  let last = store.getSnapshot().viewId;
  const save = () => {
    const { plan: current, viewId } = store.getSnapshot();
    last = viewId;
    const viewport = viewportOnScreen();
    write({ planId: current.id, viewId, ...(viewport && { viewport }) });
  };
  const stop = store.subscribe(() => {
    if (store.getSnapshot().viewId !== last) save();
  });
  const onHidden = () => document.visibilityState === 'hidden' && save();
  document.addEventListener('visibilitychange', onHidden);
  window.addEventListener('pagehide', save);
  return () => {
    stop();
    document.removeEventListener('visibilitychange', onHidden);
    window.removeEventListener('pagehide', save);
  };
}

/**
 * The remembered viewport of `viewId`, given once (the first time the canvas opens it after a
 * reload); the canvas shows it instead of fitting the view.
 */
export function takeRememberedViewport(viewId: string): Viewport | undefined {
  if (pending?.viewId !== viewId) return undefined;
  const { viewport } = pending;
  pending = undefined;
  return viewport;
}

function isView(plan: Plan, viewId: string): boolean {
  return viewId === WHOLE_PLAN_VIEW || plan.nodes.get(viewId)?.kind === 'callToAction';
}

/** The canvas's pan and zoom, read from React Flow's transform ("translate(12px, -40px) scale(0.8)"). */
function viewportOnScreen(): Viewport | undefined {
  const transform = document.querySelector<HTMLElement>('.react-flow__viewport')?.style.transform ?? '';
  const match = /translate\((-?[\d.]+)px, ?(-?[\d.]+)px\) scale\(([\d.]+)\)/.exec(transform);
  if (!match) return undefined;
  const [x, y, zoom] = match.slice(1).map(Number) as [number, number, number];
  return [x, y, zoom].every(Number.isFinite) && zoom > 0 ? { x, y, zoom } : undefined;
}

function read(): Remembered | undefined {
  try {
    const value = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Remembered | null;
    return value && typeof value.planId === 'string' && typeof value.viewId === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

function write(value: Remembered): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(value));
  } catch {
    // Storage blocked: the view simply opens as usual next time.
  }
}
