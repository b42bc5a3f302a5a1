import { getViewportForBounds, type Rect, type Viewport } from '@xyflow/react';
import { getBandMargins } from '../picture/level-bands.js';
import type { PictureDirection } from '../picture/picture-graph.js';
import { READABLE_ZOOM } from '../picture/use-picture-flow.js';
import type { ReservedEdges } from './canvas-edges.js';

/** Every automatic fit: never below readable titles (the officer can still zoom out), never past a little over full size. */
export const FIT_ZOOM = { min: READABLE_ZOOM, max: 1.2 };
/** Clear space kept between the picture and the canvas's edges (or the controls over them). */
const GAP = 8;

/**
 * Where a fit puts the picture. The boxes and the band labels when they fit at a readable size;
 * when only the boxes do, every box is kept on screen first (the labels get the room that is left
 * on their side); when not even the boxes fit, the picture starts where the levels and labels
 * start — at the top, and top to bottom also at the left, where the labels are — and is centred
 * otherwise (left to right, along the levels).
 *
 * Only the bar along the top is kept clear: the legend and the Show menu at the bottom are small
 * and in the corners, and a band's label sits at its top, well above them.
 */
export function fitViewport(boxes: Rect, direction: PictureDirection, canvas: { width: number; height: number }, reserved: ReservedEdges): Viewport {
  const picture = withMargins(boxes, getBandMargins(direction));
  const top = reserved.top + GAP;
  const room = { width: canvas.width - 2 * GAP, height: canvas.height - top - GAP };
  const padding = { top: `${top}px`, bottom: `${GAP}px`, left: `${GAP}px`, right: `${GAP}px` } as const;
  const fitsAtReadableSize = (r: Rect) => r.width * FIT_ZOOM.min <= room.width + 0.5 && r.height * FIT_ZOOM.min <= room.height + 0.5;
  if (fitsAtReadableSize(picture)) return getViewportForBounds(picture, canvas.width, canvas.height, FIT_ZOOM.min, FIT_ZOOM.max, padding);
  const labelsTop = (zoom: number) => top - picture.y * zoom;
  const labelsLeft = (zoom: number) => GAP - picture.x * zoom;
  if (fitsAtReadableSize(boxes)) {
    // At the readable floor, which leaves the labels the most room; as near their side as keeps the last box on screen.
    // Along an axis where the labels fit as well, the whole picture is centred in the room (a
    // picture too wide but not too tall kept its labels under the bar when the boxes were centred).
    const viewport = getViewportForBounds(boxes, canvas.width, canvas.height, FIT_ZOOM.min, FIT_ZOOM.min, padding);
    const { zoom } = viewport;
    viewport.y =
      picture.height * zoom <= room.height
        ? top + (room.height - picture.height * zoom) / 2 - picture.y * zoom
        : Math.min(labelsTop(zoom), canvas.height - GAP - (boxes.y + boxes.height) * zoom);
    viewport.x =
      picture.width * zoom <= room.width
        ? GAP + (room.width - picture.width * zoom) / 2 - picture.x * zoom
        : Math.min(labelsLeft(zoom), canvas.width - GAP - (boxes.x + boxes.width) * zoom);
    return viewport;
  }
  const viewport = getViewportForBounds(picture, canvas.width, canvas.height, FIT_ZOOM.min, FIT_ZOOM.max, padding);
  if (picture.height * viewport.zoom > room.height) viewport.y = labelsTop(viewport.zoom);
  if (direction === 'DOWN' && picture.width * viewport.zoom > room.width) viewport.x = labelsLeft(viewport.zoom);
  return viewport;
}

function withMargins(rect: Rect, margins: { top: number; right: number; bottom: number; left: number }): Rect {
  return {
    x: rect.x - margins.left,
    y: rect.y - margins.top,
    width: rect.width + margins.left + margins.right,
    height: rect.height + margins.top + margins.bottom,
  };
}
