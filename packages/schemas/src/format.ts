import type { CheckerSettings, PlanEdge, PlanLevel, PlanNode, PlanView } from '@changemap/core';

/** The value of `format` in every Changemap file. */
export const FORMAT = 'changemap';
/** The newest file format version this library reads and writes. */
export const CURRENT_VERSION = 2;
/** The `$id` of the version-1 schema (files written before outputs, levels and link confidence). */
export const SCHEMA_ID_V1 = 'https://changemap.org/schema/v1/plan.schema.json';
/** The `$id` of the version-2 schema. */
export const SCHEMA_ID_V2 = 'https://changemap.org/schema/v2/plan.schema.json';
/** The `$id` of the current schema; written as `$schema` in every exported file. */
export const SCHEMA_ID = SCHEMA_ID_V2;
/** Files larger than this are refused before parsing (20 MB): a real plan is well under 1 MB. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** A plan as it is stored on disk (the current format version): arrays in a stable order, for readable diffs. */
export interface PlanDocument {
  $schema?: string;
  format: typeof FORMAT;
  version: typeof CURRENT_VERSION;
  id: string;
  title: string;
  period?: string;
  description?: string;
  levels?: PlanLevel[];
  checker?: CheckerSettings;
  nodes: PlanNode[];
  edges: PlanEdge[];
  views?: Record<string, PlanView>;
}
