/** Offers `text` as a file download (the browser's own save dialog or downloads folder). */
export function downloadText(text: string, fileName: string, type = 'application/json'): void {
  downloadBlob(new Blob([text], { type }), fileName);
}

/** Offers a blob as a file download. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

interface OpenFilePickerWindow {
  showOpenFilePicker?: (options: object) => Promise<{ getFile(): Promise<File> }[]>;
}

/**
 * Asks for a plan file with the File System Access picker where the browser has one. Resolves to
 * the file, undefined when cancelled, or null when there is no picker (use a file input instead).
 */
export async function pickFileWithPicker(): Promise<File | undefined | null> {
  const picker = (window as unknown as OpenFilePickerWindow).showOpenFilePicker;
  if (!picker) return null;
  try {
    const [handle] = await picker({ types: [{ description: 'Changemap plan', accept: { 'application/json': ['.json'] } }] });
    return await handle!.getFile();
  } catch {
    return undefined; // cancelled
  }
}

/** A file name from a plan's title: lower case, dashes, and the given ending. */
export function fileNameFor(title: string, ending = '.changemap.json'): string {
  const stem = title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'plan';
  return `${stem}${ending}`;
}
