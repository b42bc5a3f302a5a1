/** The largest PNG side browsers reliably draw; bigger views are scaled down to fit. */
const MAX_SIDE = 16_000;
const MAX_AREA = 120_000_000;

/**
 * Draws an SVG picture onto a canvas at twice its size (sharp on high-density screens and in
 * print), scaled down instead of failing when the view is very large, and returns it as a PNG.
 */
export async function svgToPng(svg: string, width: number, height: number): Promise<{ blob: Blob; scale: number }> {
  let scale = 2;
  scale = Math.min(scale, MAX_SIDE / width, MAX_SIDE / height, Math.sqrt(MAX_AREA / (width * height)));
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.floor(width * scale));
    canvas.height = Math.max(1, Math.floor(height * scale));
    const context = canvas.getContext('2d');
    if (!context) throw new Error('this browser cannot draw pictures');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('the picture is too large for this browser');
    return { blob, scale };
  } finally {
    URL.revokeObjectURL(url);
  }
}
