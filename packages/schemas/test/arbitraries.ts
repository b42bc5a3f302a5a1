import fc from 'fast-check';
import {
  COMMON_LINK_FIELDS,
  COMMON_NODE_FIELDS,
  LINK_KIND_SPECS,
  NODE_KIND_SPECS,
  CHECKER_PROFILES,
  PLAN_FIELDS,
  Table,
  emptyRecord,
  getRules,
  getPeriodKey,
  inferEdgeKind,
  type CheckerSettings,
  type FieldSpec,
  type Measurement,
  type NodeKind,
  type Plan,
  type PlanEdge,
  type PlanNode,
  type Position,
} from '@changemap/core';

/** Text with the hard cases: emoji, right-to-left scripts, combining marks, quotes and HTML. */
export const tricky = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom('👩🏽‍🔬 research', 'مرحبا بالعالم', 'שלום', 'e\u0301\u0327', '<img src=x onerror=alert(1)>', '"quoted" \\ back', 'line\nbreak', 'Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǫ̗'),
);

/** Ids, including words that objects already have and a leading underscore. */
export const idArb = fc.oneof(
  fc.stringMatching(/^[A-Za-z0-9_][A-Za-z0-9_.:-]{0,12}$/),
  fc.constantFrom('constructor', '__proto__', 'prototype', 'toString', 'hasOwnProperty', '_x', 'valueOf'),
);

/** Calendar dates written YYYY-MM-DD. */
const isoDateArb = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

function uniqueBy<T>(items: T[], key: (item: T) => string | undefined): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (k === undefined) return true;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Readings as the core accepts them: start before end, lower limit below upper, one per period. */
function wellFormedSeries(items: Measurement[]): Measurement[] {
  const fixed = items.map((m) => {
    const copy = { ...m };
    if (copy.start !== undefined && copy.end !== undefined && copy.end < copy.start) [copy.start, copy.end] = [copy.end, copy.start];
    if (copy.lowerCi !== undefined && copy.upperCi !== undefined && copy.lowerCi > copy.upperCi) [copy.lowerCi, copy.upperCi] = [copy.upperCi, copy.lowerCi];
    return copy;
  });
  return uniqueBy(fixed, getPeriodKey);
}

const safeUrl = fc.constantFrom('https://example.org/a?b=c#d', 'http://data.gov.uk', 'mailto:team@example.org');

/** Built arbitraries by field and id source: field specs are fixed objects, and building a number arbitrary is not free. */
const built = new WeakMap<FieldSpec, WeakMap<fc.Arbitrary<string>, fc.Arbitrary<unknown>>>();

/**
 * A valid value for any field, read from its spec: so every kind, link and plan field — including
 * one added later — is exercised by the round-trip properties without a line here.
 */
export function valueOf(field: FieldSpec, ids: fc.Arbitrary<string> = idArb): fc.Arbitrary<unknown> {
  let byIds = built.get(field);
  if (!byIds) built.set(field, (byIds = new WeakMap()));
  let arbitrary = byIds.get(ids);
  if (!arbitrary) byIds.set(ids, (arbitrary = buildValueOf(field, ids)));
  return arbitrary;
}

function buildValueOf(field: FieldSpec, ids: fc.Arbitrary<string>): fc.Arbitrary<unknown> {
  const shape = field.shape;
  switch (shape.type) {
    case 'string':
      if (shape.format === 'url') return safeUrl;
      if (shape.format === 'id') return ids;
      if (shape.format === 'isoDate') return isoDateArb;
      return tricky.filter((text) => [...text].length <= shape.maxLength);
    case 'number': {
      const { minimum, maximum } = shape;
      if (shape.integer) return fc.integer({ min: Math.max(minimum, -1e9), max: Math.min(maximum, 1e9) });
      return fc.double({ min: minimum, max: maximum, noNaN: true, noDefaultInfinity: true }).map((n) => (Object.is(n, -0) ? 0 : n));
    }
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...shape.values);
    case 'list': {
      const list = fc.array(valueOf(shape.items, ids), { maxLength: Math.min(shape.maxItems, 3) });
      // A series holds one reading per period, each the right way round; comparator areas are unique.
      if (shape.items.schemaName === 'measurement') return list.map((items) => wellFormedSeries(items as Measurement[]));
      if (shape.items.schemaName === 'comparatorSeries') return list.map((items) => uniqueBy(items as { code: string }[], (s) => s.code));
      return list;
    }
    case 'group':
      return fc.record(Object.fromEntries(Object.entries(shape.fields).map(([name, part]) => [name, valueOf(part, ids)])), {
        requiredKeys: [...shape.required],
      });
    case 'record':
      return fc
        .dictionary(
          fc.stringMatching(shape.keyPattern).filter((key) => key.length <= 80),
          valueOf(shape.values, ids),
          { maxKeys: 3 },
        )
        .map((entries) => Object.assign(emptyRecord<unknown>(), entries));
  }
}

const fieldsByKind = new Map<NodeKind, WeakMap<fc.Arbitrary<string>, fc.Arbitrary<Record<string, unknown>>>>();

/** A box's fields (common and its kind's own), every one valid; `level` drawn from `levelIds`. */
function fieldsArb(kind: NodeKind, levelIds: fc.Arbitrary<string>): fc.Arbitrary<Record<string, unknown>> {
  let byLevels = fieldsByKind.get(kind);
  if (!byLevels) fieldsByKind.set(kind, (byLevels = new WeakMap()));
  let arbitrary = byLevels.get(levelIds);
  if (!arbitrary) {
    const spec = NODE_KIND_SPECS.find((s) => s.kind === kind)!;
    const fields: Record<string, FieldSpec> = { ...COMMON_NODE_FIELDS, ...(spec.fields as Record<string, FieldSpec>) };
    const arbitraries = Object.fromEntries(Object.entries(fields).map(([name, field]) => [name, name === 'level' ? levelIds : valueOf(field)]));
    byLevels.set(levelIds, (arbitrary = fc.record(arbitraries, { requiredKeys: ['title'] })));
  }
  return arbitrary;
}

/** A box of `kind` with any of its fields (common and its own), every field valid. */
export function nodeArb(kind: NodeKind, id: string, levelIds: fc.Arbitrary<string> = idArb): fc.Arbitrary<PlanNode> {
  return fieldsArb(kind, levelIds).map((values) => ({ ...values, id, kind }) as PlanNode);
}

/** The fields a link of `kind` may carry, every one valid. */
export function linkFieldsArb(kind: PlanEdge['kind']): fc.Arbitrary<Record<string, unknown>> {
  const fields = { ...COMMON_LINK_FIELDS, ...LINK_KIND_SPECS[kind].fields };
  return fc.record(Object.fromEntries(Object.entries(fields).map(([name, field]) => [name, valueOf(field)])), { requiredKeys: [] });
}

const NODE_KINDS = NODE_KIND_SPECS.map((spec) => spec.kind);
const coordinate = fc.double({ min: -1e7, max: 1e7, noNaN: true }).map((n) => (Object.is(n, -0) ? 0 : n));

/** Any plan the core can build: every kind and field, only allowed links, levels, settings, positions and pins. */
/** Checker settings a plan may hold: a profile, rules (the checker's own codes) off or regraded, a threshold. */
export const checkerSettingsArb: fc.Arbitrary<CheckerSettings> = fc.record(
  {
    profile: fc.constantFrom(...CHECKER_PROFILES),
    rules: fc.dictionary(
      fc.constantFrom(...getRules().map((rule) => rule.code)),
      fc.constantFrom('error' as const, 'warning' as const, 'info' as const, 'off' as const),
      { maxKeys: 8 },
    ),
    lowConfidenceThreshold: fc.oneof(fc.integer({ min: 0, max: 100 }), fc.double({ min: 0, max: 100, noNaN: true })),
  },
  { requiredKeys: [] },
);

export const validPlanArb: fc.Arbitrary<Plan> = fc
  .array(fc.constantFrom(...NODE_KINDS), { minLength: 1, maxLength: 14 })
  .chain((kinds) =>
    fc
      .tuple(
        fc.uniqueArray(idArb, { minLength: kinds.length, maxLength: kinds.length }),
        fc.record({ levels: valueOf(PLAN_FIELDS.levels), checker: checkerSettingsArb, period: valueOf(PLAN_FIELDS.period) }, { requiredKeys: [] }),
      )
      .chain(([ids, info]) => {
        const levels = (info.levels as { id: string }[] | undefined)?.filter((level, i, all) => all.findIndex((l) => l.id === level.id) === i);
        // A box's level is mostly one of the plan's levels, sometimes any id (it then sits on its kind's default).
        const levelIds = levels && levels.length > 0 ? fc.oneof(fc.constantFrom(...levels.map((l) => l.id)), idArb) : idArb;
        return fc.tuple(
          fc.constant({ ...info, ...(levels !== undefined && { levels }) }),
          fc.tuple(...kinds.map((kind, i) => nodeArb(kind, ids[i]!, levelIds))),
          fc.array(fc.tuple(fc.nat(kinds.length - 1), fc.nat(kinds.length - 1), fc.integer({ min: 0, max: 100 })), { maxLength: 20 }),
          fc.array(fc.tuple(idArb, fc.nat(kinds.length - 1), coordinate, coordinate, fc.boolean()), { maxLength: 6 }),
        );
      }),
  )
  .map(([info, nodes, pairs, placements]): Plan => {
    const edges: PlanEdge[] = [];
    const seen = new Set<string>(nodes.map((n) => n.id));
    for (const [a, b, confidence] of pairs) {
      const kind = inferEdgeKind(nodes[a]!.kind, nodes[b]!.kind);
      const id = `e${edges.length}`;
      if (!kind || seen.has(id)) continue;
      seen.add(id);
      edges.push({ id, kind, source: nodes[a]!.id, target: nodes[b]!.id, ...(kind === 'contributesTo' && confidence % 3 === 0 && { confidence }) });
    }
    const views = emptyRecord<{ positions: Record<string, Position>; pinned?: string[]; direction?: 'down' }>();
    for (const [viewId, index, x, y, pin] of placements) {
      const view = Object.hasOwn(views, viewId) ? views[viewId]! : (views[viewId] = { positions: emptyRecord<Position>() });
      const id = nodes[index]!.id;
      view.positions[id] = { x, y };
      if (pin && !view.pinned?.includes(id)) view.pinned = [...(view.pinned ?? []), id];
      // Some views run top to bottom.
      if (x % 3 === 0) view.direction = 'down';
    }
    return { id: 'generated', title: 'Generated plan', ...info, nodes: Table.fromValues(nodes), edges: Table.fromValues(edges), views } as Plan;
  });

const UNSAFE_URLS = [
  'javascript:alert(1)',
  'JAVASCRIPT:alert(1)',
  'data:text/html,<b>x</b>',
  '%6Aavascript:alert(1)',
  'java\tscript:x',
  'https://ok.example/\n',
  'vbscript:x',
];

/**
 * A value that almost fits a field and must still be refused: an unsafe link, a text one character
 * too long, a number just out of range, a word not among the choices, a part missing or unknown.
 * Read from the spec, like valueOf, so every check of every field is tried.
 */
export function nearMissOf(field: FieldSpec): fc.Arbitrary<unknown> {
  const shape = field.shape;
  switch (shape.type) {
    case 'string':
      if (shape.format === 'url') return fc.constantFrom(...UNSAFE_URLS);
      if (shape.format === 'id') return fc.constantFrom('', 'a b', '-a', 'é', 'x'.repeat(129));
      if (shape.format === 'isoDate') return fc.constantFrom('2023-02-29', '2024-13-01', '2024-1-01', '31/03/2024', '2024-03-31T00:00', 20240331);
      return fc.constantFrom('x'.repeat(shape.maxLength + 1), '😀'.repeat(shape.maxLength + 1), 42);
    case 'number':
      return fc.constantFrom(shape.minimum - 1, shape.maximum + 1, Number.NaN, Number.POSITIVE_INFINITY, '7', ...(shape.integer ? [1.5] : []));
    case 'boolean':
      return fc.constantFrom('yes', 1, null);
    case 'enum':
      return fc.constantFrom(`not-${shape.values[0]}`, '', shape.values[0]!.toUpperCase());
    case 'list':
      return fc.oneof(
        valueOf(shape.items).map((item) => Array.from({ length: shape.maxItems + 1 }, () => item)),
        nearMissOf(shape.items).map((item) => [item]),
        fc.constant('not a list'),
      );
    case 'group': {
      const names = Object.keys(shape.fields);
      const whole = valueOf(field) as fc.Arbitrary<Record<string, unknown>>;
      return fc.oneof(
        fc.tuple(whole, fc.constantFrom(...names)).chain(([value, name]) => nearMissOf(shape.fields[name]!).map((bad) => ({ ...value, [name]: bad }))),
        whole.map((value) => ({ ...value, unknownPart: 'x' })),
        ...(shape.required.length > 0 ? [whole.map((value) => Object.fromEntries(Object.entries(value).filter(([name]) => name !== shape.required[0])))] : []),
      );
    }
    case 'record':
      return fc.oneof(
        fc.constant({ 'Not A Key': valueOf(shape.values) }),
        nearMissOf(shape.values).map((bad) => ({ 'a-key': bad })),
      );
  }
}
