import { describe, expect, it } from 'vitest';
import { EDGE_KINDS } from '../model/edges.js';
import type { FieldSpec } from '../model/fields.js';
import { DEFAULT_LEVELS, defaultLevelOf } from '../model/levels.js';
import { NODE_KIND_LABELS, NODE_KINDS } from '../model/node-kinds.js';
import { EDGE_ENDPOINTS } from '../model/edge-rules.js';
import { COMMON_NODE_FIELDS } from './common.js';
import { NODE_KIND_SPECS, getKindSpec } from './registry.js';
import { KIND_SHAPES } from './spec.js';
import { getUrlFields } from './url-fields.js';

/**
 * Every kind in the registry must be complete: these checks run over the registry, so a kind
 * added later (one file and one line in registry.ts) is held to them without a new test.
 */
describe('the kind registry', () => {
  it('is the one list of kinds, in order, each registered once', () => {
    expect(NODE_KINDS).toEqual(NODE_KIND_SPECS.map((spec) => spec.kind));
    expect(new Set(NODE_KINDS).size).toBe(NODE_KINDS.length);
    expect(NODE_KINDS.indexOf('output')).toBe(NODE_KINDS.indexOf('outcome') + 1);
    expect(NODE_KINDS.indexOf('action')).toBe(NODE_KINDS.indexOf('output') + 1);
    for (const kind of NODE_KINDS) expect(getKindSpec(kind)?.kind).toBe(kind);
    expect(getKindSpec('goal')).toBeUndefined();
  });

  it.each(NODE_KIND_SPECS.map((spec) => [spec.kind, spec] as const))('%s is described in full', (kind, spec) => {
    expect(spec.label).toMatch(/^[A-Z][a-z ]+$/);
    expect(spec.pluralLabel).toMatch(/^[A-Z][a-z ]+$/);
    expect(NODE_KIND_LABELS[kind]).toBe(spec.label.toLowerCase());
    expect(spec.description.length).toBeGreaterThan(10);
    expect([...new Intl.Segmenter().segment(spec.icon)]).toHaveLength(1);
    expect(spec.colour.light).toMatch(/^#[0-9a-f]{6}$/);
    expect(spec.colour.dark).toMatch(/^#[0-9a-f]{6}$/);
    expect(KIND_SHAPES).toContain(spec.shape);
    for (const edge of [...spec.links.starts, ...spec.links.ends]) expect(EDGE_KINDS).toContain(edge);
    // Its own fields never shadow the fields every box has, and each has a label.
    for (const [name, field] of Object.entries(spec.fields as Record<string, FieldSpec>)) {
      expect(Object.keys(COMMON_NODE_FIELDS)).not.toContain(name);
      expect(field.label.length).toBeGreaterThan(0);
    }
  });

  it('gives every kind on the causal chain a default level that is one of DEFAULT_LEVELS, and none to the others', () => {
    const ids = DEFAULT_LEVELS.map((level) => level.id);
    const onChain = new Set(EDGE_ENDPOINTS.contributesTo.from.concat(EDGE_ENDPOINTS.contributesTo.to));
    for (const spec of NODE_KIND_SPECS) {
      const level = defaultLevelOf({ id: 'x', kind: spec.kind, title: 'x' } as never);
      if (onChain.has(spec.kind)) expect(ids, spec.kind).toContain(level);
      else expect(level, spec.kind).toBeUndefined();
    }
    // A kind's default level is one of its own levels, and DEFAULT_LEVELS is exactly the kinds' levels.
    for (const spec of NODE_KIND_SPECS) {
      if (spec.defaultLevel !== undefined) expect(spec.levels?.map((level) => level.id)).toContain(spec.defaultLevel);
      else expect(spec.levels).toBeUndefined();
    }
    expect(new Set(ids)).toEqual(new Set(NODE_KIND_SPECS.flatMap((spec) => (spec.levels ?? []).map((level) => level.id))));
  });

  it('knows where each kind keeps a link (web address)', () => {
    expect(getUrlFields('evidence')).toEqual([['url']]);
    expect(getUrlFields('partner')).toEqual([['url']]);
    expect(getUrlFields('indicator')).toEqual([['dataSource', 'url']]);
    expect(getUrlFields('outcome')).toEqual([]);
    expect(getUrlFields('not-a-kind')).toEqual([]);
  });
});
