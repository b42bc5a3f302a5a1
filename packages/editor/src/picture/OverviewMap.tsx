import { getNodesBounds, Panel, useReactFlow, useStore, type Node, type ReactFlowState } from '@xyflow/react';
import { useMemo, useRef, type PointerEvent, type WheelEvent } from 'react';

const MAP = { width: 200, height: 150 };
/** Room round the picture in the map, in map pixels (React Flow's MiniMap keeps the same). */
const MAP_PADDING = 5;

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const viewOf = (s: ReactFlowState): Rect => ({
  x: -s.transform[0] / s.transform[2],
  y: -s.transform[1] / s.transform[2],
  width: s.width / s.transform[2],
  height: s.height / s.transform[2],
});
const sameRect = (a: Rect, b: Rect) => a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;

/**
 * The overview map: every box of the view as a small rectangle, and the part in view. One
 * component draws them all, redrawn when the boxes change, not per box: React Flow's MiniMap gives
 * each box its own store subscription, which at a thousand boxes made a layout's arrival and every
 * pan frame run a thousand selectors. Drag on it to pan the canvas, scroll on it to zoom.
 */
export function OverviewMap({ colourOf, ariaLabel }: { colourOf: (node: Node) => string; ariaLabel: string }) {
  const nodes = useStore((s) => s.nodes);
  const view = useStore(viewOf, sameRect);
  const flow = useReactFlow();
  const mapped = useMemo(() => nodes.filter((node) => !node.hidden && node.measured?.width && node.measured.height), [nodes]);
  const picture = useMemo(() => (mapped.length > 0 ? getNodesBounds(mapped) : undefined), [mapped]);
  // One path per colour: a few elements however many boxes (a rectangle each cost 9 attributes to make).
  const paths = useMemo(() => {
    const byFill = new Map<string, string[]>();
    for (const node of mapped) {
      const fill = colourOf(node);
      const { width, height } = node.measured as { width: number; height: number };
      const rects = byFill.get(fill) ?? byFill.set(fill, []).get(fill)!;
      rects.push(`M${node.position.x} ${node.position.y}h${width}v${height}h${-width}z`);
    }
    return [...byFill].map(([fill, rects]) => ({ fill, d: rects.join('') }));
  }, [mapped, colourOf]);
  const shown = picture ? union(picture, view) : view;
  const scale = Math.max(shown.width / MAP.width, shown.height / MAP.height);
  const offset = MAP_PADDING * scale;
  const box = {
    x: shown.x - (MAP.width * scale - shown.width) / 2 - offset,
    y: shown.y - (MAP.height * scale - shown.height) / 2 - offset,
    width: MAP.width * scale + offset * 2,
    height: MAP.height * scale + offset * 2,
  };
  const drag = useRef<{ x: number; y: number } | undefined>(undefined);

  const onPointerDown = (event: PointerEvent<SVGSVGElement>) => {
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { x: event.clientX, y: event.clientY };
  };
  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    if (!drag.current) return;
    // The map's pixels are `perPixel` canvas units: the view moves as far as the pointer on the map.
    const perPixel = box.width / event.currentTarget.getBoundingClientRect().width;
    const { x, y, zoom } = flow.getViewport();
    void flow.setViewport({
      x: x - (event.clientX - drag.current.x) * perPixel * zoom,
      y: y - (event.clientY - drag.current.y) * perPixel * zoom,
      zoom,
    });
    drag.current = { x: event.clientX, y: event.clientY };
  };
  const onPointerUp = () => {
    drag.current = undefined;
  };
  const onWheel = (event: WheelEvent<SVGSVGElement>) => {
    const { zoom } = flow.getViewport();
    const next = zoom * Math.pow(2, -event.deltaY * (event.deltaMode === 1 ? 0.05 : 0.002));
    void flow.zoomTo(next);
  };

  return (
    <Panel position="bottom-right" className="react-flow__minimap overview-map" data-testid="rf__minimap">
      <svg
        width={MAP.width}
        height={MAP.height}
        viewBox={`${box.x} ${box.y} ${box.width} ${box.height}`}
        className="react-flow__minimap-svg"
        role="img"
        aria-label={ariaLabel}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
        onWheel={onWheel}
      >
        <g className="overview-map-boxes" data-boxes={mapped.length}>
          {paths.map(({ fill, d }) => (
            <path key={fill} d={d} fill={fill} shapeRendering="crispEdges" />
          ))}
        </g>
        <path
          className="react-flow__minimap-mask"
          d={`M${box.x - offset},${box.y - offset}h${box.width + offset * 2}v${box.height + offset * 2}h${-box.width - offset * 2}z M${view.x},${view.y}h${view.width}v${view.height}h${-view.width}z`}
          fillRule="evenodd"
          pointerEvents="none"
        />
      </svg>
    </Panel>
  );
}

function union(a: Rect, b: Rect): Rect {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y };
}
