import type { Rect, Viewport } from '@xyflow/react';
import { getBandMargins } from '../picture/level-bands.js';
import type { PictureDirection } from '../picture/picture-graph.js';
import { READABLE_ZOOM } from '../picture/use-picture-flow.js';
import type { ReservedEdges } from './canvas-edges.js';

/** Every automatic fit: never below readable titles (the officer can still zoom out), never past a little over full size. */
export const FIT_ZOOM = { min: READABLE_ZOOM, max: 1.2 };
/** Clear space kept between the picture and the canvas's edges (or the controls over them). */
export const FIT_GAP = 8;

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
  const top = reserved.top + FIT_GAP;
  const room = { width: canvas.width - 2 * FIT_GAP, height: canvas.height - top - FIT_GAP };
  const fitsAtReadableSize = (r: Rect) => r.width * FIT_ZOOM.min <= room.width + 0.5 && r.height * FIT_ZOOM.min <= room.height + 0.5;
  // Centred in the room at `zoom`, along each axis. Worked out here rather than by React Flow's
  // getViewportForBounds, whose pixel padding left a picture that just fits one pixel over the edge.
  const centred = (r: Rect, zoom: number): Viewport => ({
    x: FIT_GAP + (room.width - r.width * zoom) / 2 - r.x * zoom,
    y: top + (room.height - r.height * zoom) / 2 - r.y * zoom,
    zoom,
  });
  if (fitsAtReadableSize(picture)) {
    const zoom = Math.min(FIT_ZOOM.max, room.width / picture.width, room.height / picture.height);
    return centred(picture, Math.max(FIT_ZOOM.min, zoom));
  }
  const zoom = FIT_ZOOM.min;
  const labelsTop = top - picture.y * zoom;
  const labelsLeft = FIT_GAP - picture.x * zoom;
  if (fitsAtReadableSize(boxes)) {
    // Along an axis where the labels fit as well, the whole picture is centred in the room (a
    // picture too wide but not too tall kept its labels under the bar when the boxes were centred);
    // along one where they do not, as near the labels' side as keeps the last box on screen.
    const atPicture = centred(picture, zoom);
    return {
      x: picture.width * zoom <= room.width ? atPicture.x : Math.min(labelsLeft, canvas.width - FIT_GAP - (boxes.x + boxes.width) * zoom),
      y: picture.height * zoom <= room.height ? atPicture.y : Math.min(labelsTop, canvas.height - FIT_GAP - (boxes.y + boxes.height) * zoom),
      zoom,
    };
  }
  // Not even the boxes fit: the picture starts where its labels are, and is centred otherwise.
  const viewport = centred(picture, zoom);
  if (picture.height * zoom > room.height) viewport.y = labelsTop;
  if (direction === 'DOWN' && picture.width * zoom > room.width) viewport.x = labelsLeft;
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

/**
 * The viewport moved as little as brings `boxes` on screen, clear of the bar along the top and the
 * legend and Show menu along the bottom: used when the officer unfolds a group, so that what they
 * asked to see is not left below the canvas's edge. Boxes too large for the room at the zoom the
 * officer chose are zoomed out to, never below the readable zoom (whole titles make a group's
 * unfolded actions tall); still larger, they are shown from their start (top, left), where their
 * first members are. `pinned`: the room the bands' pinned names take along the top or left edge.
 */
export function keepInView(
  viewport: Viewport,
  boxes: Rect,
  canvas: { width: number; height: number },
  reserved: ReservedEdges,
  pinned: { top: number; left: number } = { top: 0, left: 0 },
): Viewport {
  // Moved past the bands' own labels, the view pins their names along its top (or left) edge: kept clear too.
  const start = { x: FIT_GAP + pinned.left, y: reserved.top + FIT_GAP + pinned.top };
  const room = { width: canvas.width - FIT_GAP - start.x, height: canvas.height - reserved.bottom - FIT_GAP - start.y };
  const fitting = Math.min(room.width / boxes.width, room.height / boxes.height);
  const zoom = fitting < viewport.zoom ? Math.max(Math.min(FIT_ZOOM.min, viewport.zoom), fitting) : viewport.zoom;
  // Zoomed out about the canvas's middle, then moved.
  const scale = zoom / viewport.zoom;
  const x0 = canvas.width / 2 - (canvas.width / 2 - viewport.x) * scale;
  const y0 = canvas.height / 2 - (canvas.height / 2 - viewport.y) * scale;
  const shift = (start: number, size: number, roomStart: number, roomEnd: number): number => {
    const end = start + size;
    if (size > roomEnd - roomStart + 1e-9 || start < roomStart) return roomStart - start;
    if (end > roomEnd) return roomEnd - end;
    return 0;
  };
  const left = boxes.x * zoom + x0;
  const top = boxes.y * zoom + y0;
  return {
    x: x0 + shift(left, boxes.width * zoom, start.x, canvas.width - FIT_GAP),
    y: y0 + shift(top, boxes.height * zoom, start.y, canvas.height - reserved.bottom - FIT_GAP),
    zoom,
  };
}
