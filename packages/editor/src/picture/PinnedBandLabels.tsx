import { useStore, useStoreApi, type Transform } from '@xyflow/react';
import { memo, useEffect, useRef } from 'react';
import { getReservedEdges } from '../components/canvas-edges.js';
import type { Band } from './level-bands.js';

/** Room between the pinned labels and the canvas's edge (or the bar over it), in screen pixels. */
const EDGE_GAP = 4;

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
  // The bar along the top changes height only with the canvas's size: measured then, not per frame.
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  useEffect(() => {
    const element = strip.current;
    if (!element || bands.length === 0) return;
    let barBottom: number | undefined;
    const start = direction === 'RIGHT' ? Math.min(...bands.map((b) => b.y)) : Math.min(...bands.map((b) => b.x));
    let last: Transform | undefined;
    const place = (transform: Transform) => {
      if (transform === last || barBottom === undefined) return;
      last = transform;
      const [x, y, zoom] = transform;
      // Where the bands' own labels are on screen: pinned copies only once those are out of sight.
      const labelsAt = direction === 'RIGHT' ? start * zoom + y : start * zoom + x;
      const edge = direction === 'RIGHT' ? barBottom : 0;
      const pinned = labelsAt < edge;
      element.hidden = !pinned;
      if (!pinned) return;
      element.style.transform =
        direction === 'RIGHT' ? `translate(${x}px, ${edge + EDGE_GAP}px) scale(${zoom})` : `translate(${EDGE_GAP}px, ${y}px) scale(${zoom})`;
    };
    // Measured in the next frame, not here: this runs as a layout's boxes arrive, and reading the
    // page's geometry now would lay the page out inside that task (measured: 29 ms at 1,000 boxes).
    const frame = requestAnimationFrame(() => {
      barBottom = getReservedEdges(element.closest('.canvas')).top;
      place(flowStore.getState().transform);
    });
    const unsubscribe = flowStore.subscribe((state) => place(state.transform));
    return () => {
      cancelAnimationFrame(frame);
      unsubscribe();
    };
  }, [bands, direction, flowStore, width, height]);

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
