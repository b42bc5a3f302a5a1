/** Paper a board paper is printed on. */
export type Paper = 'A4' | 'A3';
export type Orientation = 'landscape' | 'portrait';

/** One printed page of a view: which part of the picture (in picture pixels) and on what paper. */
export interface PrintTile {
  paper: Paper;
  orientation: Orientation;
  /** The part of the picture on this page: x, y, width, height. */
  viewBox: [number, number, number, number];
  row: number;
  column: number;
  rows: number;
  columns: number;
}

/** Paper sizes in millimetres, landscape. */
const PAPER_MM: Record<Paper, [number, number]> = { A4: [297, 210], A3: [420, 297] };
const MARGIN_MM = 10;
/** Room for the page's headings above the picture and the line below it. */
const HEADINGS_MM = 24;
const MM_PER_PX = 25.4 / 96;
/**
 * The smallest print scale: box titles are 12 px (9 pt), so at 0.75 they print at about 6.75 pt,
 * the smallest text a board paper can ask people to read.
 */
export const MIN_PRINT_SCALE = 0.75;
/** Tiles repeat this much of their neighbour's edge (picture pixels), so pages laid side by side can be matched up. */
export const TILE_OVERLAP = 40;

/** The printable area of a page, in millimetres. */
export function printableArea(paper: Paper, orientation: Orientation): [number, number] {
  const [long, short] = PAPER_MM[paper];
  const [w, h] = orientation === 'landscape' ? [long, short] : [short, long];
  return [w - 2 * MARGIN_MM, h - 2 * MARGIN_MM - HEADINGS_MM];
}

/**
 * How a picture of `width` × `height` pixels goes on paper so that its text stays readable: on one
 * A4 page if it fits at a readable scale (in the orientation that fits it best), else on one A3
 * page, else in tiles across A4 pages (in the orientation that needs fewer), read left to right,
 * top to bottom.
 */
export function planPrintPages(width: number, height: number): PrintTile[] {
  for (const paper of ['A4', 'A3'] as const) {
    const best = (['landscape', 'portrait'] as const)
      .map((orientation) => ({ orientation, scale: fitScale(width, height, paper, orientation) }))
      .sort((a, b) => b.scale - a.scale)[0]!;
    if (best.scale >= MIN_PRINT_SCALE)
      return [{ paper, orientation: best.orientation, viewBox: [0, 0, width, height], row: 1, column: 1, rows: 1, columns: 1 }];
  }
  const options = (['landscape', 'portrait'] as const).map((orientation) => {
    const [w, h] = printableArea('A4', orientation).map((mm) => mm / MM_PER_PX / MIN_PRINT_SCALE) as [number, number];
    // Each tile after the first starts TILE_OVERLAP before the previous one ends.
    const columns = Math.max(1, Math.ceil((width - TILE_OVERLAP) / (w - TILE_OVERLAP)));
    const rows = Math.max(1, Math.ceil((height - TILE_OVERLAP) / (h - TILE_OVERLAP)));
    return { orientation, tileWidth: w, tileHeight: h, columns, rows };
  });
  const chosen = options.sort((a, b) => a.columns * a.rows - b.columns * b.rows)[0]!;
  const tiles: PrintTile[] = [];
  for (let row = 0; row < chosen.rows; row++) {
    for (let column = 0; column < chosen.columns; column++) {
      const x = column * (chosen.tileWidth - TILE_OVERLAP);
      const y = row * (chosen.tileHeight - TILE_OVERLAP);
      tiles.push({
        paper: 'A4',
        orientation: chosen.orientation,
        viewBox: [Math.round(x), Math.round(y), Math.round(Math.min(chosen.tileWidth, width - x)), Math.round(Math.min(chosen.tileHeight, height - y))],
        row: row + 1,
        column: column + 1,
        rows: chosen.rows,
        columns: chosen.columns,
      });
    }
  }
  return tiles;
}

/** The scale at which the picture fills the page's printable area (1 = its own size). */
function fitScale(width: number, height: number, paper: Paper, orientation: Orientation): number {
  const [w, h] = printableArea(paper, orientation);
  return Math.min(1, w / (width * MM_PER_PX), h / (height * MM_PER_PX));
}

/** The same SVG picture showing only `viewBox` (a part of it), at that part's size. */
export function cropSvg(svg: string, [x, y, width, height]: PrintTile['viewBox']): string {
  return svg.replace(
    /<svg ([^>]*?)width="[^"]*" height="[^"]*" viewBox="[^"]*"/,
    `<svg $1width="${width}" height="${height}" viewBox="${x} ${y} ${width} ${height}"`,
  );
}
