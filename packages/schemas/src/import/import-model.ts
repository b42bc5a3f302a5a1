import { validate } from '@changemap/core';
import { CURRENT_VERSION, DEFAULT_MAX_BYTES, FORMAT, type PlanDocument } from '../format.js';
import { locatePointer } from './locate.js';
import { migrate, type MigrationNote } from './migrations.js';
import { parseJson } from './parse-json.js';
import { readInput } from './read-input.js';
import { restorePlan } from './restore.js';
import { checkSchema } from './schema-check.js';
import type { ImportError, ImportIssue, ImportOptions, ImportResult } from './types.js';
import { removeUnsafeUrls } from './unsafe-urls.js';

/**
 * Opens untrusted input — text, bytes, or already-parsed data — as a plan. One pipeline for every
 * file: size → parse → format → version → migrate → schema → unsafe links → restore → check.
 * Never throws and never half-loads: the result is a whole plan with its issues (an unsafe link
 * is removed and reported, the rest opens), or the reasons it was refused.
 */
export function importModel(input: unknown, options: ImportOptions = {}): ImportResult {
  try {
    return runPipeline(input, options);
  } catch (error) {
    // Every step handles its own failures; this is a last guard so a bug can never throw at a caller.
    return fail({ code: 'schema', message: `This file could not be read: ${error instanceof Error ? error.message : String(error)}.` });
  }
}

function runPipeline(input: unknown, options: ImportOptions): ImportResult {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let read = readInput(input, maxBytes);
  if (read.kind === 'data') {
    // Parsed data from a caller is round-tripped through JSON text, so that the plan shares no
    // objects with the caller and holds nothing JSON cannot (functions, prototypes, cycles).
    let text: string | undefined;
    try {
      text = JSON.stringify(read.data);
    } catch {
      return fail({ code: 'not-changemap', message: 'This data cannot be stored as JSON (it may refer to itself), so it is not a Changemap plan.' });
    }
    if (text === undefined) return fail({ code: 'not-changemap', message: 'This is not a Changemap file: it holds no data.' });
    read = readInput(text, maxBytes);
  }
  if (read.kind === 'error') return fail(read.error);
  if (read.kind !== 'text') return fail({ code: 'not-changemap', message: 'This is not a Changemap file.' });
  const text = read.text;

  const parsed = parseJson(text);
  if (!parsed.ok) return fail(parsed.error);
  const data = parsed.data;

  if (!isObject(data) || data['format'] !== FORMAT) return fail(notChangemap(data));

  const version = data['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return fail({ code: 'unknown-version', message: 'This Changemap file has no valid format version, so it cannot be read safely.', path: '/version' });
  }
  if (version > CURRENT_VERSION) {
    return fail({
      code: 'newer-version',
      message: `This file was made by a newer Changemap (file format ${version}); this version reads formats up to ${CURRENT_VERSION}. Update Changemap to open it. Nothing was loaded.`,
      path: '/version',
    });
  }

  let document: Record<string, unknown> = data;
  let migrationNotes: MigrationNote[] = [];
  if (version < CURRENT_VERSION) {
    try {
      ({ document, notes: migrationNotes } = migrate(data, version));
    } catch (error) {
      return fail({
        code: 'migration-failed',
        message: `This older file (format ${version}) could not be updated: ${error instanceof Error ? error.message : String(error)}.`,
      });
    }
  }

  const schemaErrors = checkSchema(document);
  if (schemaErrors.length > 0) {
    // Line and column only make sense where the text still matches the data (not after a migration).
    if (version === CURRENT_VERSION) {
      for (const error of schemaErrors) Object.assign(error, error.path ? locatePointer(text, error.path === '/' ? '' : error.path) : {});
    }
    return { ok: false, errors: schemaErrors };
  }

  const planDocument = document as unknown as PlanDocument;
  const unsafeLinks = removeUnsafeUrls(planDocument);
  const { plan, repairs } = restorePlan(planDocument);
  const notices: ImportIssue[] = [];
  if (version < CURRENT_VERSION) {
    notices.push({
      code: 'migrated',
      severity: 'info',
      message: `This file was made with an older Changemap (file format ${version}) and has been updated to format ${CURRENT_VERSION}.`,
      nodeIds: [],
      edgeIds: [],
      hint: 'Save the plan to keep it in the new format; older versions of Changemap will not open the saved file.',
    });
    for (const note of migrationNotes) {
      notices.push({
        code: 'migration-dropped',
        severity: 'warning',
        message: note.message,
        nodeIds: [],
        edgeIds: [],
        ...(note.path !== undefined && { path: note.path }),
        hint: 'Check the plan, then save it to keep it in the new format.',
      });
    }
  }
  const checks = options.skipValidation ? [] : validate(plan);
  return {
    ok: true,
    model: plan,
    issues: [...notices, ...unsafeLinks, ...repairs, ...checks],
    ...(version < CURRENT_VERSION && { migratedFrom: version }),
  };
}

function notChangemap(data: unknown): ImportError {
  const looksClose = isObject(data) && Array.isArray(data['nodes']);
  return {
    code: 'not-changemap',
    message: looksClose
      ? 'This is not a Changemap file: it has nodes but no "format": "changemap" line, so it may come from another tool.'
      : 'This is not a Changemap file. Changemap files are JSON with "format": "changemap".',
  };
}

function fail(error: ImportError): ImportResult {
  return { ok: false, errors: [error] };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
