import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  COMMON_LINK_FIELDS,
  COMMON_NODE_FIELDS,
  EDGE_KINDS,
  EVIDENCE_STANCES,
  LINK_KIND_SPECS,
  NODE_KIND_SPECS,
  OUTCOME_HORIZONS,
  UNCERTAINTY_LEVELS,
} from '@changemap/core';
import { buildPlanSchema, planSchemaText } from '../scripts/plan-schema.js';
import { generateValidatorSource } from '../scripts/validator-source.js';
import packageJson from '../package.json' with { type: 'json' };

const read = (path: string) => readFileSync(resolve(import.meta.dirname, '..', path), 'utf8');
const schema = JSON.parse(read('schema/plan.v2.schema.json'));
const defs = schema.$defs;

describe('the JSON Schema is generated from the core specs', () => {
  it('is up to date (run `pnpm --filter @changemap/schemas generate` if not)', () => {
    expect(read('schema/plan.v2.schema.json') === planSchemaText()).toBe(true);
  });

  it('has one definition per kind of box, with exactly its fields', () => {
    expect(defs.node.oneOf.map((ref: { $ref: string }) => ref.$ref)).toEqual(NODE_KIND_SPECS.map((spec) => `#/$defs/${spec.kind}Node`));
    for (const spec of NODE_KIND_SPECS) {
      const own = defs[`${spec.kind}Node`];
      expect(Object.keys(own.properties)).toEqual(['id', 'kind', ...Object.keys(COMMON_NODE_FIELDS), ...Object.keys(spec.fields)]);
      expect(own).toMatchObject({ additionalProperties: false, required: ['id', 'kind', 'title'], description: spec.description });
    }
  });

  it('has one definition per kind of link, with exactly its fields', () => {
    expect(defs.edge.oneOf.map((ref: { $ref: string }) => ref.$ref)).toEqual(EDGE_KINDS.map((kind) => `#/$defs/${kind}Link`));
    for (const kind of EDGE_KINDS) {
      expect(Object.keys(defs[`${kind}Link`].properties)).toEqual([
        'id',
        'kind',
        'source',
        'target',
        ...Object.keys(COMMON_LINK_FIELDS),
        ...Object.keys(LINK_KIND_SPECS[kind].fields),
      ]);
    }
    expect(Object.keys(defs.contributesToLink.properties)).toContain('confidence');
    expect(defs.supportsLink.properties.stance.enum).toEqual([...EVIDENCE_STANCES]);
  });

  it('carries the choices, limits and id pattern of the core', () => {
    expect(defs.outcomeNode.properties.horizon.enum).toEqual([...OUTCOME_HORIZONS]);
    expect(defs.assumptionNode.properties.uncertainty.enum).toEqual([...UNCERTAINTY_LEVELS]);
    expect(defs.contributesToLink.properties.confidence).toEqual({ type: 'number', minimum: 0, maximum: 100 });
    expect(defs.id.pattern).toBe('^[A-Za-z0-9_][A-Za-z0-9_.:-]{0,127}$');
    // Links are bounded text: an unsafe one is removed on import, not a reason to refuse the file.
    expect(defs.url).toMatchObject({ type: 'string', maxLength: 2048 });
    expect(defs.url).not.toHaveProperty('pattern');
  });

  it('has an absolute, major-versioned $id and is draft 2020-12', () => {
    expect(schema.$id).toBe('https://changemap.org/schema/v2/plan.schema.json');
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.properties.version).toEqual({ const: 2 });
  });

  it('still publishes the version-1 schema, for files and tools of that version', () => {
    expect(packageJson.exports['./plan.v1.schema.json']).toBe('./schema/plan.v1.schema.json');
    expect(packageJson.exports['./plan.v2.schema.json']).toBe('./schema/plan.v2.schema.json');
    expect(JSON.parse(read('schema/plan.v1.schema.json')).$id).toBe('https://changemap.org/schema/v1/plan.schema.json');
  });
});

describe('the precompiled validator', () => {
  it('is up to date with the schema (run `pnpm --filter @changemap/schemas generate` if not)', () => {
    expect(read('src/generated/validate-plan.js') === generateValidatorSource(buildPlanSchema())).toBe(true);
  });

  it('contains no schema compiler and requires no module', () => {
    expect(read('src/generated/validate-plan.js')).not.toMatch(/require\(|new Function|\bcompile\(/);
  });
});
