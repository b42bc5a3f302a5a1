import type { Plan, ValidationIssue } from '@changemap/core';

/** Why a file could not be opened. Nothing was loaded. */
export type ImportErrorCode =
  | 'too-large'
  | 'not-text'
  | 'invalid-json'
  | 'not-changemap'
  | 'unknown-version'
  | 'newer-version'
  | 'migration-failed'
  | 'schema'
  /** `importForeign`: the file is none of the formats Changemap reads (or not the one asked for). */
  | 'unrecognised-format'
  /** `importForeign`: a workbook that could not be unpacked or read. */
  | 'unreadable-spreadsheet';

/** One reason a file was refused, in plain English, with where it is when that is known. */
export interface ImportError {
  code: ImportErrorCode;
  message: string;
  /** JSON pointer to the value, e.g. "/nodes/3/title". */
  path?: string;
  /** 1-based line and column in the text, when the file was text. */
  line?: number;
  column?: number;
}

/** A repair or notice from loading: something changed on the way in, or is worth knowing. */
export type ImportIssue = ValidationIssue;

/** The outcome of `importModel`: a whole plan, or the reasons for refusing it — never half of one. */
export type ImportResult =
  | {
      ok: true;
      model: Plan;
      /** Repairs made while loading, notices (e.g. a migration), then the checker's issues. */
      issues: ImportIssue[];
      /** The version the file was written in, when it was migrated up. */
      migratedFrom?: number;
    }
  | { ok: false; errors: ImportError[] };

/** Options for `importModel`. */
export interface ImportOptions {
  /** Refuse input larger than this many bytes (characters, for text); default 20 MB. */
  maxBytes?: number;
  /** Skip the logic checker (issues then hold only load repairs and notices). */
  skipValidation?: boolean;
}
