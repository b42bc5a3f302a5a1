import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ACTION_STATUSES,
  EDGE_KINDS,
  EVIDENCE_STANCES,
  EVIDENCE_STRENGTHS,
  EVIDENCE_TYPES,
  INDICATOR_DIRECTIONS,
  UNCERTAINTY_LEVELS,
  NODE_KINDS,
  OUTCOME_HORIZONS,
  RESEARCH_STATUSES,
  RESERVED_IDS,
  type NodeKind,
  type NodeOfKind,
  type PlanEdge,
} from '@changemap/core';
import { generateValidatorSource } from '../scripts/validator-source.js';

const schemaPath = resolve(import.meta.dirname, '../schema/plan.v1.schema.json');
const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
const defs = schema.$defs;

/**
 * Every field of every node type, checked by the compiler: adding a field to a core type without
 * listing it here (or listing one the type lacks) is a type error, and the test below then
 * demands the schema has exactly these fields. So types and schema cannot drift apart.
 */
type Fields<K extends NodeKind> = { [F in keyof NodeOfKind<K>]-?: true };
const common = { id: true, kind: true, title: true, description: true, tags: true, provenance: true, level: true } as const;
const FIELDS: { [K in NodeKind]: Fields<K> } = {
  vision: { ...common },
  aim: { ...common },
  callToAction: { ...common, number: true },
  priority: { ...common, number: true },
  outcome: { ...common, horizon: true },
  output: { ...common },
  action: { ...common, actor: true, status: true },
  principle: { ...common },
  indicator: { ...common, unit: true, direction: true, baseline: true, target: true, comparators: true, dataSource: true, frequency: true, externalIds: true, measurements: true },
  researchQuestion: { ...common, status: true, theme: true, method: true, priorityScore: true, leadPartner: true, finding: true },
  assumption: { ...common, critical: true, uncertainty: true },
  evidence: { ...common, citation: true, url: true, evidenceType: true, strength: true },
  partner: { ...common, url: true },
};
const EDGE_FIELDS: { [F in keyof PlanEdge]-?: true } = { id: true, kind: true, source: true, target: true, description: true, provenance: true, strength: true, stance: true, confidence: true, rationale: true, sign: true };

describe('the schema and the core types', () => {
  it.each(NODE_KINDS)('%s has exactly the fields of its type', (kind) => {
    const own = Object.keys(defs[`${kind}Node`].properties);
    const shared = Object.keys(defs.nodeCommon.properties);
    expect(new Set([...shared, ...own])).toEqual(new Set(Object.keys(FIELDS[kind])));
  });

  it('links have exactly the fields of PlanEdge', () => {
    expect(new Set(Object.keys(defs.edge.properties))).toEqual(new Set(Object.keys(EDGE_FIELDS)));
  });

  it('lists the same kinds and choices as the core', () => {
    expect(defs.node.oneOf.map((ref: { $ref: string }) => ref.$ref.replace('#/$defs/', '').replace(/Node$/, ''))).toEqual([...NODE_KINDS]);
    expect(defs.edge.properties.kind.enum).toEqual([...EDGE_KINDS]);
    expect(defs.outcomeNode.properties.horizon.enum).toEqual([...OUTCOME_HORIZONS]);
    expect(defs.actionNode.properties.status.enum).toEqual([...ACTION_STATUSES]);
    expect(defs.indicatorNode.properties.direction.enum).toEqual([...INDICATOR_DIRECTIONS]);
    expect(defs.researchQuestionNode.properties.status.enum).toEqual([...RESEARCH_STATUSES]);
    expect(defs.assumptionNode.properties.uncertainty.enum).toEqual([...UNCERTAINTY_LEVELS]);
    expect(defs.evidenceNode.properties.evidenceType.enum).toEqual([...EVIDENCE_TYPES]);
    expect(defs.evidenceNode.properties.strength.enum).toEqual([...EVIDENCE_STRENGTHS]);
    expect(defs.edge.properties.strength.enum).toEqual([...EVIDENCE_STRENGTHS]);
    expect(defs.edge.properties.stance.enum).toEqual([...EVIDENCE_STANCES]);
    expect(defs.id.not.enum).toEqual([...RESERVED_IDS]);
  });

  it('has an absolute, major-versioned $id and is draft 2020-12', () => {
    expect(schema.$id).toBe('https://changemap.org/schema/v1/plan.schema.json');
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });
});

describe('the precompiled validator', () => {
  it('is up to date with the schema (run `pnpm --filter @changemap/schemas generate` if not)', () => {
    const committed = readFileSync(resolve(import.meta.dirname, '../src/generated/validate-plan-v1.js'), 'utf8');
    expect(committed === generateValidatorSource(schema)).toBe(true);
  });

  it('contains no schema compiler and requires no module', () => {
    const committed = readFileSync(resolve(import.meta.dirname, '../src/generated/validate-plan-v1.js'), 'utf8');
    expect(committed).not.toMatch(/require\(|new Function|\bcompile\(/);
  });
});
