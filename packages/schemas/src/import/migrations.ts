import { createId } from '@changemap/core';
import { CURRENT_VERSION, SCHEMA_ID_V2 } from '../format.js';

type Json = Record<string, unknown>;

/** Something a migration could not carry over, said in words (and where, as a JSON pointer into the old file). */
export interface MigrationNote {
  message: string;
  path?: string;
}

/** One step up the format versions. Steps only go up; a file is never written in an old version. */
export interface Migration {
  from: number;
  to: number;
  /** What changed, for release notes and the notice shown after migrating. */
  summary: string;
  /** The document one version up; anything that cannot be carried over is told to `note`, never dropped silently. */
  up(document: Json, note: (note: MigrationNote) => void): Json;
}

const V0_NODE_KINDS: Record<string, string> = {
  vision: 'vision',
  goal: 'aim',
  theme: 'callToAction',
  objective: 'priority',
  outcome: 'outcome',
  activity: 'action',
  principle: 'principle',
  kpi: 'indicator',
  question: 'researchQuestion',
  assumption: 'assumption',
  evidence: 'evidence',
  partner: 'partner',
};

const V0_LINK_KINDS: Record<string, string> = {
  leadsTo: 'contributesTo',
  measures: 'measures',
  guides: 'guides',
  investigates: 'investigates',
  underlies: 'underlies',
  supports: 'supports',
  deliveredBy: 'deliveredBy',
};

/**
 * Version 0 (the prototype's format) named things differently: `name` for the plan's title,
 * `type`/`label`/`notes` on nodes, older kind names, `links` with `from`/`to`, a free-text
 * `source`, and a flat `layout` of positions per view.
 */
const v0ToV1: Migration = {
  from: 0,
  to: 1,
  summary:
    'Renamed the prototype’s fields and kinds (goal → aim, theme → call to action, objective → priority, activity → action, kpi → indicator, question → research question) and moved layout into views.',
  up(document) {
    const { name, nodes, links, layout, version: _version, ...rest } = document;
    const list = (value: unknown): Json[] => (Array.isArray(value) ? value.filter(isObject) : []);
    return {
      ...rest,
      version: 1,
      // Version 0 had no plan id: one is made from the name.
      id: typeof rest['id'] === 'string' ? rest['id'] : createId(typeof name === 'string' ? name.toLowerCase() : 'plan', () => false),
      title: name ?? rest['title'],
      nodes: list(nodes).map(({ type, label, notes, source, ...node }) => ({
        ...node,
        kind: typeof type === 'string' ? (V0_NODE_KINDS[type] ?? type) : type,
        title: label,
        ...(notes !== undefined && { description: notes }),
        ...(typeof source === 'string' && { provenance: { document: source } }),
      })),
      edges: list(links).map(({ type, from, to, ...edge }) => ({
        ...edge,
        kind: typeof type === 'string' ? (V0_LINK_KINDS[type] ?? type) : type,
        source: from,
        target: to,
      })),
      ...(isObject(layout) && {
        views: Object.fromEntries(Object.entries(layout).map(([view, positions]) => [view, { positions }])),
      }),
    };
  },
};

/** Version 1 let any link carry an evidence strength or stance; version 2 keeps them for evidence links. */
const EVIDENCE_ONLY_FIELDS = ['strength', 'stance'] as const;

/**
 * Version 2 added outputs, levels, link confidence and rationale, a "mixed" evidence stance and
 * checker settings — all optional, so a version-1 plan means the same in version 2 — and gave
 * each kind of link its own fields: strength and stance belong to evidence links, so on any
 * other link they are dropped (and said). A version-1 reader refuses a version-2 file as newer.
 */
const v1ToV2: Migration = {
  from: 1,
  to: 2,
  summary:
    'Added outputs, plan levels, link confidence and rationale, the “mixed” evidence stance and checker settings; strength and stance stay only on evidence links.',
  up(document, note) {
    const edges = Array.isArray(document['edges'])
      ? document['edges'].map((edge: unknown, index) => {
          if (!isObject(edge) || edge['kind'] === 'supports') return edge;
          const stray = EVIDENCE_ONLY_FIELDS.filter((field) => edge[field] !== undefined);
          if (stray.length === 0) return edge;
          const kept = { ...edge };
          for (const field of stray) {
            note({
              message: `A “${String(edge['kind'])}” link (“${String(edge['id'])}”) had an evidence ${field} (“${String(edge[field])}”), which only evidence links carry now; it was dropped.`,
              path: `/edges/${index}/${field}`,
            });
            delete kept[field];
          }
          return kept;
        })
      : document['edges'];
    return { ...document, ...(document['$schema'] !== undefined && { $schema: SCHEMA_ID_V2 }), version: 2, edges };
  },
};

/** Every migration, in order. `checkMigrations` proves there is one step per version. */
export const MIGRATIONS: readonly Migration[] = [v0ToV1, v1ToV2];

/** Throws when the registry has a gap or an out-of-order step: caught by the test suite, never at run time. */
export function checkMigrations(migrations: readonly Migration[] = MIGRATIONS, current = CURRENT_VERSION): void {
  migrations.forEach((step, i) => {
    if (step.from !== i || step.to !== i + 1) {
      throw new Error(`Migration ${i} goes from ${step.from} to ${step.to}; expected ${i} to ${i + 1}.`);
    }
  });
  if (migrations.length !== current) throw new Error(`Migrations reach version ${migrations.length}, not ${current}.`);
}

/** Runs every step from `version` up to the current version; what could not be carried over is in `notes`. */
export function migrate(document: Json, version: number): { document: Json; notes: MigrationNote[] } {
  let current = document;
  const notes: MigrationNote[] = [];
  for (const step of MIGRATIONS.slice(version)) current = step.up(current, (found) => notes.push(found));
  return { document: current, notes };
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
