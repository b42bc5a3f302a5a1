/**
 * The edges of the canvas that its own controls cover, in CSS pixels: the search and filter bar
 * along the top, the legend (bottom left) and the Show menu (bottom right, when nothing pushes it
 * up). Measured, not assumed, so a bar that wraps onto two lines or a larger font is accounted for,
 * and there is one definition of it (the fit, adding a box).
 */
export interface ReservedEdges {
  top: number;
  bottom: number;
}

/** A menu this far or less above the canvas's bottom sits along the bottom edge. */
const NEAR_BOTTOM = 24;

export function getReservedEdges(canvas: Element | null | undefined): ReservedEdges {
  const area = canvas?.parentElement;
  if (!canvas || !area) return { top: 0, bottom: 0 };
  const frame = canvas.getBoundingClientRect();
  const shown = (el: Element | null): DOMRect | undefined => {
    const rect = el?.getBoundingClientRect();
    return rect && rect.height > 0 ? rect : undefined;
  };
  const bar = shown(area.querySelector('.lens-bar'));
  const bottoms = [area.querySelector('.legend'), area.querySelector('.show-menu')]
    .map(shown)
    .filter((rect): rect is DOMRect => !!rect && frame.bottom - rect.bottom <= NEAR_BOTTOM);
  return {
    top: bar ? Math.max(0, bar.bottom - frame.top) : 0,
    bottom: Math.max(0, ...bottoms.map((rect) => frame.bottom - rect.top)),
  };
}
