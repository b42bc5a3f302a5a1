/**
 * A PNG of one of our board SVGs, drawn by resvg (a native SVG renderer, loaded only for PNG
 * exports) at twice the size for print, with the system's fonts (the SVG names Helvetica, Arial,
 * Liberation Sans and DejaVu Sans, so every common system finds one). resvg-js 2.6 aborts the
 * process on an element wholly outside the picture (thx/resvg-js#415); the board SVGs are sized
 * to hold every element, so they never have one.
 */
export async function svgToPng(svg: string): Promise<Uint8Array> {
  const { Resvg } = await import('@resvg/resvg-js');
  const rendered = new Resvg(svg, { fitTo: { mode: 'zoom', value: 2 }, font: { loadSystemFonts: true } }).render();
  return rendered.asPng();
}
