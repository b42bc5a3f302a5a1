import type { CheckerSettings, Plan, PlanEdge, PlanLevel, PlanNode, ValidationIssue } from '@changemap/core';
import type { ImportError, ImportIssue } from '../types.js';

/**
 * The formats `importForeign` reads: a Changemap plan, a ToC-Maker chart (JSON), or a Kumu-style
 * spreadsheet (Elements and Connections) as CSV or XLSX.
 */
export const FOREIGN_FORMATS = ['changemap', 'tocmaker', 'csv', 'xlsx'] as const;
export type ForeignFormat = (typeof FOREIGN_FORMATS)[number];

/** What a caller may say the file is: one format, or `kumu` for a spreadsheet in either CSV or XLSX. */
export type ForeignSource = ForeignFormat | 'kumu';

/** The name of each format, as notes and messages say it. */
export const FORMAT_NAMES: { readonly [F in ForeignFormat]: string } = {
  changemap: 'a Changemap plan',
  tocmaker: 'a ToC-Maker chart',
  csv: 'a CSV spreadsheet of elements and connections',
  xlsx: 'an Excel workbook of elements and connections',
};

/** Options for `importForeign`. */
export interface ForeignImportOptions {
  /** The file's name, for detection (by its ending) and for provenance and the plan's title. */
  fileName?: string;
  /** The format, when the caller knows it; detected from the content when absent. */
  from?: ForeignSource;
  /** A second CSV holding the connections, when elements and connections come as two files. */
  connections?: Uint8Array | ArrayBuffer | string;
  /** The connections file's name, for notes. */
  connectionsFileName?: string;
  /** Refuse input larger than this many bytes; default 20 MB. */
  maxBytes?: number;
  /** Skip the logic checker (findings then stay empty). */
  skipValidation?: boolean;
}

/**
 * The outcome of `importForeign`: a whole plan with everything said about it, or the reasons
 * nothing was imported. `issues` holds the import's notes (repairs, dropped values, decisions)
 * first, then the checker's findings; `notes` and `findings` hold the two parts apart.
 */
export type ForeignImportResult =
  | {
      ok: true;
      format: ForeignFormat;
      model: Plan;
      issues: ImportIssue[];
      notes: ImportIssue[];
      findings: ValidationIssue[];
      /** For a Changemap plan written by an older version: the version it was written in. */
      migratedFrom?: number;
    }
  | { ok: false; format?: ForeignFormat; errors: ImportError[] };

/** A plan as an importer builds it, before it becomes tables and is checked. */
export interface ImportedPlan {
  title: string;
  description?: string;
  levels?: PlanLevel[];
  checker: CheckerSettings;
  nodes: PlanNode[];
  edges: PlanEdge[];
}
