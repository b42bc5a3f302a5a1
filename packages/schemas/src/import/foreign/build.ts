import { Table, createId, validate, type Plan } from '@changemap/core';
import type { ImportNotes } from './notes.js';
import { slug } from './ids.js';
import type { ForeignFormat, ForeignImportResult, ImportedPlan } from './types.js';

/**
 * Makes the plan an importer built into tables and checks it. The importers have already made
 * every id valid and unique and dropped every link with a missing end (each said in a note), so
 * the plan is whole; the checker's findings follow the notes.
 */
export function finishImport(imported: ImportedPlan, notes: ImportNotes, format: ForeignFormat, skipValidation = false): ForeignImportResult {
  const plan: Plan = {
    id: createId(slug(imported.title), () => false),
    title: imported.title,
    ...(imported.description !== undefined && { description: imported.description }),
    ...(imported.levels !== undefined && { levels: imported.levels }),
    checker: imported.checker,
    nodes: Table.fromValues(imported.nodes),
    edges: Table.fromValues(imported.edges),
    views: {},
  };
  notes.flushDropped();
  const findings = skipValidation ? [] : validate(plan);
  return { ok: true, format, model: plan, issues: [...notes.list, ...findings], notes: notes.list, findings };
}
