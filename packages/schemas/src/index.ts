/**
 * `@changemap/schemas`: the versioned file format of Changemap plans, the one safe way to open a
 * file (`importModel`), imports from other tools (`importForeign`: ToC-Maker, Kumu-style CSV and
 * XLSX), indicator data (`importIndicatorData`: Fingertips exports and uploads, any CSV), and the
 * exports (canonical JSON, CSV, Mermaid, Graphviz DOT, Markdown, the plan's story, the results
 * table and the board report).
 *
 * @packageDocumentation
 */
export { CURRENT_VERSION, DEFAULT_MAX_BYTES, FORMAT, SCHEMA_ID, SCHEMA_ID_V1, SCHEMA_ID_V2 } from './format.js';
export type { PlanDocument } from './format.js';
export { importModel } from './import/import-model.js';
export { describeImportError } from './import/describe-error.js';
export type { ImportError, ImportErrorCode, ImportIssue, ImportOptions, ImportResult } from './import/types.js';
export { importForeign } from './import/foreign/import-foreign.js';
export { FOREIGN_FORMATS, FORMAT_NAMES } from './import/foreign/types.js';
export type { ForeignFormat, ForeignImportOptions, ForeignImportResult, ForeignSource } from './import/foreign/types.js';
export { MIGRATIONS, checkMigrations } from './import/migrations.js';
export type { Migration, MigrationNote } from './import/migrations.js';
export { exportJson, toDocument } from './export/json.js';
export { exportResultsCsv } from './export/results-csv.js';
export { exportBoardReportDocx } from './export/report-docx-lazy.js';
export type { BoardReportOptions } from './export/report-docx.js';
export { FINGERTIPS_EXPORT_HEADERS, FINGERTIPS_UPLOAD_HEADERS, MAP_KEYS } from './data/layouts.js';
export type { IndicatorDataJson } from './data/show.js';
export { exportActionsCsv, exportIndicatorsCsv } from './export/csv.js';
export type { CsvOptions } from './export/csv.js';
export { exportMermaid } from './export/mermaid.js';
export { exportDot } from './export/dot.js';
export { exportMarkdown } from './export/markdown.js';
export { exportNarrativeMarkdown } from './export/narrative.js';
export { exportResearchAgendaCsv, exportResearchAgendaMarkdown } from './export/research.js';
// Indicator data: Fingertips exports, the Fingertips upload layout, any CSV through a column map
export { importIndicatorData } from './data/import-data.js';
export type { DataImportOptions, DataImportResult, ImportedSeries } from './data/import-data.js';
export { LAYOUT_NAMES, detectLayout, parseColumnMap } from './data/layouts.js';
export { indicatorDataJson, indicatorDataText } from './data/show.js';
export type { ColumnRole, Layout, LayoutName } from './data/layouts.js';
export { decodeCsv, readCsvTable } from './data/read-table.js';
export type { CsvTable } from './data/read-table.js';
export type { RefusedRow } from './data/rows.js';
