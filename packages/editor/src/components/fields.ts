import {
  ACTION_STATUSES,
  EVIDENCE_STRENGTHS,
  EVIDENCE_TYPES,
  INDICATOR_DIRECTIONS,
  UNCERTAINTY_LEVELS,
  OUTCOME_HORIZONS,
  RESEARCH_STATUSES,
} from '@changemap/core';
import type { NodeKind } from '@changemap/core';

/** One editable field: `path` is the field's place in the node, e.g. ["baseline", "value"]. */
export interface FieldSpec {
  path: string[];
  label: string;
  type: 'text' | 'textarea' | 'integer' | 'number' | 'date' | 'select' | 'url' | 'boolean' | 'list';
  options?: readonly string[];
  help?: string;
}

const COMMON: FieldSpec[] = [
  { path: ['title'], label: 'Title', type: 'textarea' },
  { path: ['description'], label: 'Description', type: 'textarea' },
  { path: ['tags'], label: 'Tags (comma-separated)', type: 'list' },
];

const PROVENANCE: FieldSpec[] = [
  { path: ['provenance', 'document'], label: 'Source document', type: 'text' },
  { path: ['provenance', 'section'], label: 'Section', type: 'text' },
  { path: ['provenance', 'derived'], label: 'Phrased by the modeller (derived)', type: 'boolean' },
  { path: ['provenance', 'note'], label: 'Note', type: 'textarea' },
];

/** Every field of each kind, so the inspector shows all of them. */
export const FIELDS: { readonly [K in NodeKind]: FieldSpec[] } = {
  vision: [...COMMON],
  aim: [...COMMON],
  callToAction: [{ path: ['number'], label: 'Number', type: 'integer' }, ...COMMON],
  priority: [{ path: ['number'], label: 'Number (e.g. 3.2)', type: 'text' }, ...COMMON],
  outcome: [...COMMON, { path: ['horizon'], label: 'Horizon', type: 'select', options: OUTCOME_HORIZONS }],
  output: [...COMMON],
  action: [...COMMON, { path: ['actor'], label: 'Who does it', type: 'text' }, { path: ['status'], label: 'Status', type: 'select', options: ACTION_STATUSES }],
  principle: [...COMMON],
  indicator: [
    ...COMMON,
    { path: ['unit'], label: 'Unit', type: 'text' },
    { path: ['direction'], label: 'Better if it goes', type: 'select', options: INDICATOR_DIRECTIONS },
    { path: ['baseline', 'value'], label: 'Baseline value', type: 'number' },
    { path: ['baseline', 'date'], label: 'Baseline date', type: 'date', help: 'e.g. 2022, 2021/22 or 2023-03-31 (enter the value first)' },
    { path: ['target', 'value'], label: 'Target value', type: 'number' },
    { path: ['target', 'date'], label: 'Target date', type: 'date', help: 'e.g. 2028' },
    { path: ['target', 'description'], label: 'Target in words', type: 'text' },
    { path: ['comparators'], label: 'Compared with (comma-separated)', type: 'list' },
    { path: ['dataSource', 'name'], label: 'Data source', type: 'text' },
    { path: ['dataSource', 'publisher'], label: 'Publisher', type: 'text' },
    { path: ['dataSource', 'url'], label: 'Source link', type: 'url' },
    { path: ['frequency'], label: 'How often', type: 'text' },
  ],
  researchQuestion: [
    ...COMMON,
    { path: ['status'], label: 'Status', type: 'select', options: RESEARCH_STATUSES },
    { path: ['theme'], label: 'Theme', type: 'text' },
    { path: ['method'], label: 'Method', type: 'text' },
    { path: ['priorityScore'], label: 'Priority score (0-100)', type: 'number' },
    { path: ['leadPartner'], label: 'Lead partner (id)', type: 'text' },
    { path: ['finding'], label: 'Finding', type: 'textarea' },
  ],
  assumption: [...COMMON, { path: ['critical'], label: 'Critical (the story fails without it)', type: 'boolean' }, { path: ['uncertainty'], label: 'Uncertainty', type: 'select', options: UNCERTAINTY_LEVELS }],
  evidence: [
    ...COMMON,
    { path: ['citation'], label: 'Citation', type: 'textarea' },
    { path: ['url'], label: 'Link', type: 'url' },
    { path: ['evidenceType'], label: 'Type', type: 'select', options: EVIDENCE_TYPES },
    { path: ['strength'], label: 'Strength', type: 'select', options: EVIDENCE_STRENGTHS },
  ],
  partner: [...COMMON, { path: ['url'], label: 'Website', type: 'url' }],
};

export const PROVENANCE_FIELDS = PROVENANCE;
