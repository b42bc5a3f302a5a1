import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMON_NODE_FIELDS, EDGE_KINDS, LINK_KIND_SPECS, NODE_KIND_SPECS, type FieldSpec as CoreFieldSpec } from '@changemap/core';
import { kindStyleSheet } from '../styles/kind-styles.js';
import { FIELDS, LINK_FIELDS, PROVENANCE_FIELDS } from './fields.js';
import { KIND_COLOURS, KIND_LOOK } from './kinds.js';

/** The top-level fields a spec gives an input (directly or through its parts). */
function editable(fields: Readonly<Record<string, CoreFieldSpec>>): string[] {
  return Object.entries(fields)
    .filter(([, field]) => field.input !== 'none')
    .map(([name]) => name);
}

describe('the editor reads every kind from the registry', () => {
  it('has a look, a colour and inspector fields for each kind, in the registry’s order', () => {
    const kinds = NODE_KIND_SPECS.map((spec) => spec.kind);
    expect(Object.keys(KIND_LOOK)).toEqual(kinds);
    expect(Object.keys(KIND_COLOURS)).toEqual(kinds);
    expect(Object.keys(FIELDS)).toEqual(kinds);
    for (const spec of NODE_KIND_SPECS) {
      expect(KIND_LOOK[spec.kind]).toEqual({ icon: spec.icon, label: spec.label });
      expect(KIND_COLOURS[spec.kind]).toBe(spec.colour.light);
    }
  });

  it('shows an input for every editable field of each kind, and for nothing else', () => {
    for (const spec of NODE_KIND_SPECS) {
      const shown = new Set(FIELDS[spec.kind].map((field) => field.path[0]));
      const expected = new Set([...editable(COMMON_NODE_FIELDS), ...editable(spec.fields as Record<string, CoreFieldSpec>)]);
      expected.delete('provenance'); // in its own fieldset
      expect(shown, spec.kind).toEqual(expected);
    }
    expect(PROVENANCE_FIELDS.map((field) => field.path.join('.'))).toEqual([
      'provenance.document',
      'provenance.section',
      'provenance.page',
      'provenance.quote',
      'provenance.derived',
      'provenance.note',
    ]);
  });

  it('orders a box’s inputs: its number, title, description, tags, its own fields, then its level', () => {
    expect(FIELDS.callToAction.map((field) => field.path.join('.'))).toEqual(['number', 'title', 'description', 'tags', 'level']);
    expect(FIELDS.outcome.map((field) => field.label)).toEqual(['Title', 'Description', 'Tags (comma-separated)', 'Horizon', 'Level']);
    expect(FIELDS.indicator.find((field) => field.path.join('.') === 'baseline.value')).toMatchObject({ label: 'Baseline value', type: 'number' });
    expect(FIELDS.researchQuestion.find((field) => field.path[0] === 'priorityScore')).toMatchObject({ minimum: 0, maximum: 100 });
  });

  it('gives each kind of link its own fields', () => {
    expect(Object.keys(LINK_FIELDS)).toEqual([...EDGE_KINDS]);
    for (const kind of EDGE_KINDS) {
      expect(LINK_FIELDS[kind].map((field) => field.path[0])).toEqual(['description', ...Object.keys(LINK_KIND_SPECS[kind].fields)]);
    }
    expect(LINK_FIELDS.contributesTo.map((field) => field.label)).toEqual(['Why (description)', 'Confidence (0-100)', 'Why this link holds', 'Effect']);
  });

  it('has the kinds’ colours in kinds.css, generated from the specs (run `pnpm --filter @changemap/editor generate` if not)', () => {
    const css = readFileSync(resolve(import.meta.dirname, '../styles/kinds.css'), 'utf8');
    expect(css === kindStyleSheet()).toBe(true);
    for (const spec of NODE_KIND_SPECS) {
      expect(css).toContain(`--${spec.kind}: ${spec.colour.light};`);
      expect(css).toContain(`--${spec.kind}: ${spec.colour.dark};`);
    }
  });
});
