import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import {
  TARGET_STATUSES,
  TARGET_STATUS_WORDS,
  TREND_WORDS,
  callsToActionOf,
  comparatorWords,
  getNarrative,
  getResultsRows,
  type ActionNode,
  type ActionStatus,
  type Plan,
  type PlanNode,
  type ResultsRow,
} from '@changemap/core';

/** Options for the board report. */
export interface BoardReportOptions {
  /** The date the report is "as at", YYYY-MM-DD (default: today). */
  asAt?: string;
}

const ACTION_STATUS_WORDS: Readonly<Record<ActionStatus, string>> = { planned: 'Planned', inProgress: 'In progress', done: 'Done', paused: 'Paused' };

/** Status words in the status column, each with a light background; the words carry the meaning, the colour only helps. */
const STATUS_FILL: Readonly<Record<string, string>> = {
  [TARGET_STATUS_WORDS.met]: 'D9F2E3',
  [TARGET_STATUS_WORDS.onTrack]: 'E3F1FB',
  [TARGET_STATUS_WORDS.offTrack]: 'FBE3E3',
};

function heading(text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]): Paragraph {
  return new Paragraph({ text, heading: level, spacing: { before: 240, after: 120 } });
}

function para(text: string, options: { italics?: boolean; bold?: boolean } = {}): Paragraph {
  return new Paragraph({ children: [new TextRun({ text, ...options })], spacing: { after: 120 } });
}

function cell(text: string, options: { header?: boolean; fill?: string; width: number }): TableCell {
  const fill = options.header ? 'E7E9EE' : options.fill;
  return new TableCell({
    width: { size: options.width, type: WidthType.PERCENTAGE },
    ...(fill !== undefined && { shading: { type: ShadingType.CLEAR, color: 'auto', fill } }),
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
    children: [new Paragraph({ children: [new TextRun({ text, bold: options.header ?? false, size: 20 })] })],
  });
}

function table(
  widths: readonly number[],
  header: readonly string[],
  rows: readonly (readonly string[])[],
  fillOf?: (row: readonly string[], column: number) => string | undefined,
): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((text, i) => cell(text, { header: true, width: widths[i]! })) }),
      ...rows.map(
        (row) => new TableRow({ cantSplit: true, children: row.map((text, i) => cell(text, { width: widths[i]!, ...optionalFill(fillOf?.(row, i)) })) }),
      ),
    ],
  });
}

function optionalFill(fill: string | undefined): { fill?: string } {
  return fill === undefined ? {} : { fill };
}

function label(node: PlanNode): string {
  return (node.kind === 'callToAction' || node.kind === 'priority') && node.number !== undefined ? `${node.number}. ${node.title}` : node.title;
}

function latestValue(row: ResultsRow): string {
  const latest = row.latest;
  if (!latest) return '—';
  const unit = row.unit;
  const interval = latest.lowerCi !== undefined && latest.upperCi !== undefined ? ` (${latest.lowerCi} to ${latest.upperCi})` : '';
  return `${latest.value}${unit === '%' ? '%' : unit ? ` ${unit}` : ''}${interval}`;
}

function indicatorTable(rows: readonly ResultsRow[]): Table {
  const cells = rows.map((row) => [
    row.indicator.title,
    latestValue(row),
    row.latestPeriod ?? '—',
    row.target?.value !== undefined ? `${row.target.value}${row.target.date ? ` by ${row.target.date}` : ''}` : (row.target?.description ?? '—'),
    TARGET_STATUS_WORDS[row.status],
    TREND_WORDS[row.trend],
    comparatorWords(row.comparators) || '—',
  ]);
  return table([28, 13, 9, 12, 10, 12, 16], ['Indicator', 'Latest value', 'Period', 'Target', 'Status', 'Trend', 'Compared with'], cells, (row, column) =>
    column === 4 ? STATUS_FILL[row[4]!] : undefined,
  );
}

function deliveryTable(actions: readonly ActionNode[]): Table {
  const cells = actions.map((action) => {
    const latest = action.delivery?.at(-1);
    const update = latest ? `${latest.date}: ${latest.note ?? ACTION_STATUS_WORDS[latest.status]}${latest.by ? ` (${latest.by})` : ''}` : 'No update recorded';
    return [action.title, action.actor ?? '—', action.status ? ACTION_STATUS_WORDS[action.status] : 'Not set', update];
  });
  return table([34, 16, 12, 38], ['Action', 'Who', 'Status', 'Latest update'], cells);
}

function summary(rows: readonly ResultsRow[]): Paragraph {
  const counts = TARGET_STATUSES.map((status) => [TARGET_STATUS_WORDS[status], rows.filter((r) => r.status === status).length] as const).filter(
    ([, n]) => n > 0,
  );
  const text =
    rows.length === 0
      ? 'The plan has no indicators yet.'
      : `${rows.length} indicator${rows.length === 1 ? '' : 's'}: ${counts.map(([words, n]) => `${words.toLowerCase()} ${n}`).join(', ')}.`;
  return para(text);
}

/**
 * `changemap export --to report-docx`: a Word document for a board paper. The plan's title and
 * period; a summary of indicator status; then for each call to action its theory of change in
 * words (the plan's story, see getNarrative), a table of its indicators (latest value, period,
 * target, status, trend, comparisons) and a table of its actions' delivery status with the
 * latest update. Indicators and actions in no call to action follow under their own heading.
 */
export async function exportBoardReportDocx(plan: Plan, options: BoardReportOptions = {}): Promise<Uint8Array> {
  const asAt = options.asAt ?? new Date().toISOString().slice(0, 10);
  const results = getResultsRows(plan);
  const membership = callsToActionOf(plan);
  const { stories } = getNarrative(plan);
  const children: (Paragraph | Table)[] = [
    new Paragraph({ text: plan.title, heading: HeadingLevel.TITLE }),
    para(`Progress report${plan.period ? ` · ${plan.period}` : ''} · as at ${asAt}`, { italics: true }),
    heading('Summary', HeadingLevel.HEADING_1),
    summary(results),
    para(
      'Status against the target: “on track” means the latest reading is at least where a straight line from the baseline to the target expects it by then. Comparisons follow Fingertips: “similar” when the 95% confidence interval contains the other area’s value.',
      { italics: true },
    ),
  ];
  const ctas = plan.nodes.toArray().filter((n) => n.kind === 'callToAction');
  const inCta = (node: { id: string }, cta: PlanNode) => (membership.get(node.id) ?? []).some((c) => c.id === cta.id);
  const actions = plan.nodes.toArray().filter((n): n is ActionNode => n.kind === 'action');
  for (const cta of ctas) {
    children.push(heading(label(cta), HeadingLevel.HEADING_1));
    const told = stories.filter((s) => s.routeIds.find((id) => plan.nodes.get(id)?.kind === 'callToAction') === cta.id);
    children.push(heading('How we expect change to happen', HeadingLevel.HEADING_2));
    if (told.length === 0)
      children.push(para(cta.description ?? 'No pathway is drawn for this call to action yet.', { italics: cta.description === undefined }));
    for (const story of told) children.push(para(story.text));
    const rows = results.filter((r) => r.callsToAction.some((c) => c.id === cta.id));
    children.push(heading('Indicators', HeadingLevel.HEADING_2));
    children.push(rows.length > 0 ? indicatorTable(rows) : para('No indicators measure this call to action yet.', { italics: true }));
    const own = actions.filter((a) => inCta(a, cta));
    children.push(heading('Delivery', HeadingLevel.HEADING_2));
    children.push(own.length > 0 ? deliveryTable(sortByStatus(own)) : para('No actions are linked to this call to action yet.', { italics: true }));
  }
  const looseRows = results.filter((r) => r.callsToAction.length === 0);
  const looseActions = actions.filter((a) => !ctas.some((cta) => inCta(a, cta)));
  if (looseRows.length > 0 || looseActions.length > 0) {
    children.push(heading(ctas.length > 0 ? 'Not yet linked to a call to action' : 'Indicators and actions', HeadingLevel.HEADING_1));
    if (looseRows.length > 0) children.push(indicatorTable(looseRows));
    if (looseActions.length > 0) children.push(para(''), deliveryTable(sortByStatus(looseActions)));
  }
  children.push(
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      children: [new TextRun({ text: `Made with Changemap from “${plan.title}”.`, size: 16, color: '595959' })],
    }),
  );
  const document = new Document({
    title: `${plan.title} — progress report`,
    creator: 'Changemap',
    description: `Progress report as at ${asAt}`,
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    sections: [{ properties: { page: { margin: { top: 1000, bottom: 1000, left: 1000, right: 1000 } } }, children }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}

/** Actions under way first, then planned, paused and done, so the board reads what is live. */
function sortByStatus(actions: readonly ActionNode[]): ActionNode[] {
  const order: readonly (ActionStatus | undefined)[] = ['inProgress', 'planned', 'paused', 'done', undefined];
  return [...actions].sort((a, b) => order.indexOf(a.status) - order.indexOf(b.status));
}
