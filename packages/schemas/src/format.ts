import type { PlanEdge, PlanNode, PlanView } from '@changemap/core';

/** The value of `format` in every Changemap file. */
export const FORMAT = 'changemap';
/** The newest file format version this library reads and writes. */
export const CURRENT_VERSION = 1;
/** The `$id` of the version-1 schema; written as `$schema` in every exported file. */
export const SCHEMA_ID_V1 = 'https://changemap.org/schema/v1/plan.schema.json';
/** Files larger than this are refused before parsing (20 MB): a real plan is well under 1 MB. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** A plan as it is stored on disk (format version 1): arrays in a stable order, for readable diffs. */
export interface PlanDocument {
  $schema?: string;
  format: typeof FORMAT;
  version: typeof CURRENT_VERSION;
  id: string;
  title: string;
  period?: string;
  description?: string;
  nodes: PlanNode[];
  edges: PlanEdge[];
  views?: Record<string, PlanView>;
}
