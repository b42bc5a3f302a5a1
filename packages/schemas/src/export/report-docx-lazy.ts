import type { Plan } from '@changemap/core';
import type { BoardReportOptions } from './report-docx.js';

/**
 * The board report as a Word document (see report-docx.ts). The Word library is large, so it loads
 * only when a report is asked for: importing the package (the editor, every other CLI command)
 * never pulls it in.
 */
export async function exportBoardReportDocx(plan: Plan, options: BoardReportOptions = {}): Promise<Uint8Array> {
  const { exportBoardReportDocx: build } = await import('./report-docx.js');
  return build(plan, options);
}
