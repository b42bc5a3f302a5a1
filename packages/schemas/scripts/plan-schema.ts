/**
 * Builds the JSON Schema of the current file format from the core's specs: each kind's fields
 * (NODE_KIND_SPECS), the links' fields (LINK_KIND_SPECS), the plan's own fields (PLAN_FIELDS),
 * ID_PATTERN and PLAN_LIMITS. So the schema cannot drift from the model: adding a kind or a field
 * in the core and running `pnpm --filter @changemap/schemas generate` updates it, and a test fails
 * while the committed schema is stale.
 */
import {
  COMMON_LINK_FIELDS,
  COMMON_NODE_FIELDS,
  EDGE_KINDS,
  ID_PATTERN,
  ISO_DATE_PATTERN,
  LINK_KIND_SPECS,
  NODE_KIND_SPECS,
  PLAN_FIELDS,
  PLAN_LIMITS,
  type FieldSpec,
} from '@changemap/core';
import { CURRENT_VERSION, FORMAT, SCHEMA_ID } from '../src/format.js';

type JsonSchema = Record<string, unknown>;

/** Shared definitions, in the order they were first needed; a name always means one shape. */
class Definitions {
  readonly entries = new Map<string, JsonSchema>();

  ref(name: string, schema: JsonSchema): JsonSchema {
    const known = this.entries.get(name);
    if (known && JSON.stringify(known) !== JSON.stringify(schema)) {
      throw new Error(`Two different shapes are both called "${name}" in the field specs.`);
    }
    this.entries.set(name, schema);
    return { $ref: `#/$defs/${name}` };
  }
}

function fieldSchema(field: FieldSpec, defs: Definitions): JsonSchema {
  if (field.shape.type === 'string' && field.shape.format === 'id') return idSchema(); // one definition, written below
  const schema = shapeSchema(field, defs);
  return field.schemaName ? defs.ref(field.schemaName, schema) : schema;
}

function shapeSchema(field: FieldSpec, defs: Definitions): JsonSchema {
  const shape = field.shape;
  switch (shape.type) {
    case 'string':
      if (shape.format === 'id') return idSchema();
      if (shape.format === 'url') {
        // Not a pattern: a file with an unsafe link still opens; the import removes the link and says where.
        return {
          description: 'A web (http, https) or email (mailto) address. Any other link is removed on import and reported.',
          type: 'string',
          maxLength: shape.maxLength,
        };
      }
      if (shape.format === 'isoDate') return { description: 'A calendar date written YYYY-MM-DD.', type: 'string', pattern: ISO_DATE_PATTERN.source };
      return { type: 'string', maxLength: shape.maxLength };
    case 'number':
      return { type: shape.integer ? 'integer' : 'number', minimum: shape.minimum, maximum: shape.maximum };
    case 'boolean':
      return { type: 'boolean' };
    case 'enum':
      return { enum: [...shape.values] };
    case 'list':
      return { type: 'array', maxItems: shape.maxItems, items: fieldSchema(shape.items, defs) };
    case 'group':
      return objectSchema(shape.fields, shape.required, defs);
    case 'record':
      return {
        type: 'object',
        maxProperties: shape.maxEntries,
        propertyNames: { pattern: shape.keyPattern.source },
        additionalProperties: fieldSchema(shape.values, defs),
      };
  }
}

function objectSchema(
  fields: Readonly<Record<string, FieldSpec>>,
  required: readonly string[],
  defs: Definitions,
  head: JsonSchema = {},
  first: JsonSchema = {},
): JsonSchema {
  const properties: JsonSchema = { ...first };
  for (const [name, field] of Object.entries(fields)) properties[name] = fieldSchema(field, defs);
  return { ...head, type: 'object', additionalProperties: false, ...(required.length > 0 && { required: [...required] }), properties };
}

function idSchema(): JsonSchema {
  return { $ref: '#/$defs/id' };
}

/** The schema of the current format version, as committed in schema/plan.v<N>.schema.json. */
export function buildPlanSchema(): JsonSchema {
  const defs = new Definitions();
  const { title, period, description, levels, checker } = PLAN_FIELDS;
  const planFields = { title, period, description, levels, checker } as Record<string, FieldSpec>;

  const nodeDefs: [string, JsonSchema][] = NODE_KIND_SPECS.map((spec) => [
    `${spec.kind}Node`,
    objectSchema(
      { ...COMMON_NODE_FIELDS, ...(spec.fields as Record<string, FieldSpec>) },
      ['id', 'kind', 'title'],
      defs,
      { description: spec.description },
      { id: idSchema(), kind: { const: spec.kind } },
    ),
  ]);
  const linkDefs: [string, JsonSchema][] = EDGE_KINDS.map((kind) => [
    `${kind}Link`,
    objectSchema(
      { ...COMMON_LINK_FIELDS, ...LINK_KIND_SPECS[kind].fields },
      ['id', 'kind', 'source', 'target'],
      defs,
      { description: `“<source> ${LINK_KIND_SPECS[kind].label} <target>”.` },
      { id: idSchema(), kind: { const: kind }, source: idSchema(), target: idSchema() },
    ),
  ]);
  const planProperties: JsonSchema = {};
  for (const [name, field] of Object.entries(planFields)) planProperties[name] = fieldSchema(field, defs);

  const coordinate = { type: 'number', minimum: -PLAN_LIMITS.coordinate, maximum: PLAN_LIMITS.coordinate };
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: SCHEMA_ID,
    title: `Changemap plan, format version ${CURRENT_VERSION}`,
    description: `A theory-of-change plan: typed boxes (${NODE_KIND_SPECS.map((spec) => spec.pluralLabel.toLowerCase()).join(', ')}), typed links between them, the plan's levels and checker settings, and layout per view. Generated from the @changemap/core specs.`,
    type: 'object',
    additionalProperties: false,
    required: ['format', 'version', 'id', 'title', 'nodes', 'edges'],
    properties: {
      $schema: { type: 'string', maxLength: 500 },
      format: { const: FORMAT },
      version: { const: CURRENT_VERSION },
      id: idSchema(),
      ...planProperties,
      nodes: { type: 'array', maxItems: PLAN_LIMITS.nodes, items: { $ref: '#/$defs/node' } },
      edges: { type: 'array', maxItems: PLAN_LIMITS.edges, items: { $ref: '#/$defs/edge' } },
      views: { type: 'object', maxProperties: PLAN_LIMITS.views, propertyNames: idSchema(), additionalProperties: { $ref: '#/$defs/view' } },
    },
    $defs: {
      id: {
        description:
          'An identifier: letters, digits and . _ : -, starting with a letter, a digit or _. Words such as "constructor" or "__proto__" are ordinary ids.',
        type: 'string',
        pattern: ID_PATTERN.source,
      },
      ...Object.fromEntries(defs.entries),
      ...Object.fromEntries(nodeDefs),
      node: {
        description: 'One box of the plan; `kind` says which fields it may have.',
        type: 'object',
        required: ['kind'],
        discriminator: { propertyName: 'kind' },
        oneOf: NODE_KIND_SPECS.map((spec) => ({ $ref: `#/$defs/${spec.kind}Node` })),
        properties: { kind: { type: 'string', maxLength: 50 } },
      },
      ...Object.fromEntries(linkDefs),
      edge: {
        description: 'One link of the plan; `kind` says what it means and which fields it may have.',
        type: 'object',
        required: ['kind'],
        discriminator: { propertyName: 'kind' },
        oneOf: EDGE_KINDS.map((kind) => ({ $ref: `#/$defs/${kind}Link` })),
        properties: { kind: { type: 'string', maxLength: 50 } },
      },
      position: { type: 'object', additionalProperties: false, required: ['x', 'y'], properties: { x: coordinate, y: coordinate } },
      view: {
        type: 'object',
        additionalProperties: false,
        required: ['positions'],
        properties: {
          // A position or pin per box at most, and a plan holds at most PLAN_LIMITS.nodes boxes.
          positions: { type: 'object', maxProperties: PLAN_LIMITS.nodes, propertyNames: idSchema(), additionalProperties: { $ref: '#/$defs/position' } },
          pinned: { type: 'array', maxItems: PLAN_LIMITS.nodes, items: idSchema() },
          direction: { description: "Which way the view's levels run: 'down' for top to bottom; absent, left to right.", enum: ['down'] },
        },
      },
    },
  };
}

/** The schema as committed: two-space JSON with a final newline. */
export function planSchemaText(): string {
  return `${JSON.stringify(buildPlanSchema(), null, 2)}\n`;
}
