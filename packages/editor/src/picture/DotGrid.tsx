import { useStore, useStoreApi } from '@xyflow/react';
import { useId, useLayoutEffect, useRef } from 'react';

/**
 * The dotted canvas background, drawn so that panning does not repaint it. React Flow's own
 * Background moves its dot pattern inside a still picture, which repaints the whole canvas on
 * every frame of a pan (in software raster, most of the frame). Here the dots are painted once per
 * zoom into a layer one dot spacing larger than the canvas on each side, and a pan only slides that
 * layer by the pan modulo the spacing: the compositor moves it, nothing is painted again.
 */
export function DotGrid({ gap = 24, size = 1 }: { gap?: number; size?: number }) {
  const patternId = `dot-grid-${useId().replace(/:/g, '')}`;
  const zoom = useStore((s) => s.transform[2]);
  const flowStore = useStoreApi();
  const layer = useRef<SVGSVGElement>(null);
  const spacing = gap * zoom;

  useLayoutEffect(() => {
    // Written to the element directly: a pan changes nothing React draws here.
    const slide = ([x, y]: [number, number, number]) => {
      if (layer.current) layer.current.style.transform = `translate(${modulo(x, spacing)}px, ${modulo(y, spacing)}px)`;
    };
    slide(flowStore.getState().transform);
    return flowStore.subscribe((state) => slide(state.transform));
  }, [flowStore, spacing]);

  const radius = (size * zoom) / 2;
  // Zoomed far out the dots are under half a pixel wide, too faint to see: not drawn at all.
  if (2 * radius < MIN_DOT_PX) return null;
  return (
    <svg
      ref={layer}
      className="react-flow__background dot-grid"
      style={{ inset: -spacing, width: `calc(100% + ${2 * spacing}px)`, height: `calc(100% + ${2 * spacing}px)` }}
      aria-hidden="true"
    >
      <pattern id={patternId} width={spacing} height={spacing} patternUnits="userSpaceOnUse">
        <circle className="react-flow__background-pattern dots" cx={spacing / 2} cy={spacing / 2} r={radius} />
      </pattern>
      <rect width="100%" height="100%" fill={`url(#${patternId})`} />
    </svg>
  );
}

const MIN_DOT_PX = 0.5;

/** `value` modulo `by`, in [0, by) also for negative values. */
function modulo(value: number, by: number): number {
  return ((value % by) + by) % by;
}
