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

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** What Open… offers (a file input's `accept`): plans, pictures, ToC-Maker charts and spreadsheets. */
export const OPENABLE_FILES = `.json,application/json,.svg,image/svg+xml,.csv,text/csv,.tsv,.xlsx,${XLSX_TYPE}`;

/**
 * Asks for files with the File System Access picker where the browser has one: one plan, chart or
 * workbook, or two CSV files (elements and connections). Resolves to the files, undefined when
 * cancelled, or null when there is no picker (use a file input instead).
 */
export async function pickFilesWithPicker(): Promise<File[] | undefined | null> {
  const picker = (window as unknown as OpenFilePickerWindow).showOpenFilePicker;
  if (!picker) return null;
  try {
    const handles = await picker({
      multiple: true,
      types: [
        {
          description: 'Changemap plan, ToC-Maker chart or spreadsheet',
          accept: { 'application/json': ['.json'], 'image/svg+xml': ['.svg'], 'text/csv': ['.csv', '.tsv'], [XLSX_TYPE]: ['.xlsx'] },
        },
      ],
    });
    return await Promise.all(handles.map((handle) => handle.getFile()));
  } catch {
    return undefined; // cancelled
  }
}

/** A file name from a plan's title: lower case, dashes, and the given ending. */
export function fileNameFor(title: string, ending = '.changemap.json'): string {
  const stem =
    title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'plan';
  return `${stem}${ending}`;
}
