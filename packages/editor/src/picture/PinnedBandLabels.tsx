import { useStore, useStoreApi, type Transform } from '@xyflow/react';
import { memo, useEffect, useRef } from 'react';
import { getReservedEdges } from '../components/canvas-edges.js';
import type { Band } from './level-bands.js';

/** Room between the pinned labels and the canvas's edge (or the bar over it), in screen pixels. */
const EDGE_GAP = 4;
/** Further out, titles are not drawn to be read either (the canvas's zoomed-out look): no names pinned. */
const LEGIBLE_FROM_ZOOM = 0.35;
/** How much of the bands (screen pixels past the edge) must be in sight for their names to be worth pinning. */
const BANDS_IN_SIGHT = 40;

/**
 * The level bands' names pinned along the canvas's top (left to right) or left edge (top to
 * bottom) once the view has moved past the bands' own labels — after a pan down a tall picture,
 * or an unfolded group brought into view — so which level a box sits in stays in sight, as a
 * spreadsheet keeps its column headings. Placed on every move without React: one transform on a
 * layer of its own, so panning repaints nothing else.
 */
function PinnedBandLabelsBase({ bands, direction }: { bands: Band[]; direction: 'RIGHT' | 'DOWN' }) {
  const flowStore = useStoreApi();
  const strip = useRef<HTMLDivElement>(null);
  /** The bottom of the canvas's bar, in pixels from the canvas's top; unknown until measured. */
  const barBottom = useRef<number | undefined>(undefined);
  const placeNow = useRef<() => void>(() => undefined);

  // The bar is measured when the canvas changes size (it may wrap), in the next frame: this can run
  // as a layout's boxes arrive, and reading the page's geometry then would lay the page out inside
  // that task (measured: 29 ms at 1,000 boxes). The frame lays it out anyway.
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      barBottom.current = getReservedEdges(strip.current?.closest('.canvas')).top;
      placeNow.current();
    });
    return () => cancelAnimationFrame(frame);
  }, [width, height]);

  useEffect(() => {
    const element = strip.current;
    if (!element) return;
    const across = (b: Band) => (direction === 'RIGHT' ? { start: b.y, end: b.y + b.height } : { start: b.x, end: b.x + b.width });
    const start = Math.min(...bands.map((b) => across(b).start));
    const end = Math.max(...bands.map((b) => across(b).end));
    let last: Transform | undefined;
    const place = (transform: Transform, force = false) => {
      if (transform === last && !force) return;
      last = transform;
      const bar = barBottom.current;
      const [x, y, zoom] = transform;
      const edge = direction === 'RIGHT' ? (bar ?? 0) : 0;
      const offset = direction === 'RIGHT' ? y : x;
      // Pinned only while the bands' own labels are out of sight and some of the bands are in it.
      const labelsOutOfSight = start * zoom + offset < edge;
      const bandsInSight = end * zoom + offset > edge + BANDS_IN_SIGHT;
      const pinned = bar !== undefined && bands.length > 0 && zoom >= LEGIBLE_FROM_ZOOM && labelsOutOfSight && bandsInSight;
      element.hidden = !pinned;
      if (!pinned) return;
      element.style.transform =
        direction === 'RIGHT' ? `translate(${x}px, ${edge + EDGE_GAP}px) scale(${zoom})` : `translate(${EDGE_GAP}px, ${y}px) scale(${zoom})`;
    };
    placeNow.current = () => place(flowStore.getState().transform, true);
    placeNow.current();
    const unsubscribe = flowStore.subscribe((state) => place(state.transform));
    return () => {
      unsubscribe();
      placeNow.current = () => undefined;
    };
  }, [bands, direction, flowStore]);

  return (
    <div ref={strip} className={`pinned-band-labels direction-${direction}`} aria-hidden="true" hidden>
      {bands.map((band) => (
        <span
          key={band.level}
          className="pinned-band-label"
          style={direction === 'RIGHT' ? { left: band.x + 10, top: 0, maxWidth: Math.max(40, band.width - 20) } : { left: 0, top: band.y + 10, maxWidth: 110 }}
        >
          {band.title}
        </span>
      ))}
    </div>
  );
}

export const PinnedBandLabels = memo(PinnedBandLabelsBase);
