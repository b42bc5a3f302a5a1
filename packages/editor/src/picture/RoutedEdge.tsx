import { BaseEdge, EdgeLabelRenderer, getSmoothStepPath, Position, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { labelPoint } from './label-point.js';
import type { RoutedFlowEdge } from './to-picture.js';

/**
 * A link drawn along the route the layout gave it (orthogonal, with shared trunks), or as a plain
 * step path once one of its boxes has been moved since that layout.
 */
function RoutedEdgeBase({
  id,
  data,
  sourceX,
  sourceY,
  targetX,
  targetY,
  sourcePosition,
  targetPosition,
  markerEnd,
  style,
  label,
  interactionWidth,
}: EdgeProps<RoutedFlowEdge>) {
  const route = data?.route;
  let path: string;
  let labelX: number;
  let labelY: number;
  if (route && route.length >= 2) {
    path = `M ${route.map((p) => `${p.x} ${p.y}`).join(' L ')}`;
    ({ x: labelX, y: labelY } = labelPoint(route));
  } else {
    let centreX: number;
    let centreY: number;
    [path, centreX, centreY] = getSmoothStepPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, borderRadius: 6 });
    // The label by the same rule as on a route (labelPoint): the step path's middle is its hop
    // across, which links to one box share, where a label cannot say which link it belongs to.
    const across = sourcePosition === Position.Top || sourcePosition === Position.Bottom;
    ({ x: labelX, y: labelY } = labelPoint(
      across
        ? [
            { x: sourceX, y: sourceY },
            { x: sourceX, y: centreY },
            { x: targetX, y: centreY },
            { x: targetX, y: targetY },
          ]
        : [
            { x: sourceX, y: sourceY },
            { x: centreX, y: sourceY },
            { x: centreX, y: targetY },
            { x: targetX, y: targetY },
          ],
    ));
  }
  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={markerEnd} style={style} interactionWidth={interactionWidth ?? 12} />
      {label && (
        <EdgeLabelRenderer>
          <div className="routed-edge-label nodrag nopan" style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}>
            {label}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}

export const RoutedEdge = memo(RoutedEdgeBase);
