/** What the first bytes and the name of a file say it is, before it is decoded. */
export type Container = 'zip' | 'old-excel' | 'text';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

export function containerOf(bytes: Uint8Array): Container {
  if (startsWith(bytes, ZIP)) return 'zip';
  if (startsWith(bytes, OLE)) return 'old-excel';
  return 'text';
}

function startsWith(bytes: Uint8Array, head: number[]): boolean {
  return head.every((byte, i) => bytes[i] === byte);
}

/**
 * The format of a text file from its content: JSON (a Changemap plan or a ToC-Maker chart, told
 * apart after parsing) or a table of values. The file's ending only settles what the content
 * leaves open.
 */
export function textFormatOf(text: string, fileName: string | undefined): 'json' | 'csv' | undefined {
  const start = text.trimStart().charAt(0);
  if (start === '{' || start === '[') return 'json';
  if (/\.json$/i.test(fileName ?? '')) return 'json';
  if (looksLikeTable(text) || /\.(csv|tsv|txt)$/i.test(fileName ?? '')) return 'csv';
  return undefined;
}

/** A first line with a separator in it, or a lone header such as "Label". */
function looksLikeTable(text: string): boolean {
  const first = text.split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
  return /[,;\t]/.test(first) || /^\s*"?(label|from)"?\s*$/i.test(first);
}
