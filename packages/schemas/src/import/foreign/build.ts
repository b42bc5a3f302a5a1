import { Table, createId, type Plan } from '@changemap/core';
import { toDocument } from '../../export/json.js';
import { importModel } from '../import-model.js';
import type { ImportNotes } from './notes.js';
import { slug } from './ids.js';
import type { ForeignFormat, ForeignImportResult, ImportedPlan } from './types.js';

/**
 * Makes the plan an importer built into tables, then sends it through the same pipeline as a
 * Changemap file (schema, unsafe links, restore, checker): a plan that opened from another tool is
 * one that saves, autosaves and reopens. The importers have already made every id valid and unique
 * and dropped every link with a missing end (each said in a note), so the pipeline normally only
 * adds the checker's findings; anything it repairs or refuses is reported like any file's.
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
  const checked = importModel(toDocument(plan), { skipValidation });
  if (!checked.ok) return { ok: false, format, errors: checked.errors };
  return { ok: true, format, model: checked.model, issues: [...notes.list, ...checked.issues], notes: notes.list, findings: checked.issues };
}
