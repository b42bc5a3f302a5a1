import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COMMON_LINK_FIELDS,
  COMMON_NODE_FIELDS,
  EDGE_KINDS,
  LINK_KIND_SPECS,
  NODE_KIND_SPECS,
  PLAN_FIELDS,
  applyCommand,
  createPlan,
  inferEdgeKind,
  isChangemapError,
  type Command,
  type FieldSpec,
  type Plan,
  type PlanEdge,
  type PlanNode,
} from '@changemap/core';
import { exportJson } from '../src/export/json.js';
import { importModel } from '../src/import/import-model.js';
import { idArb, linkFieldsArb, nearMissOf, nodeArb, tricky, valueOf } from './arbitraries.js';

/**
 * Nothing the API accepts can produce a file that importModel refuses: random commands, valid and
 * invalid, are written through the core; each is either applied or refused with a ChangemapError
 * (and then the plan is unchanged); the result always exports, imports without a repair, and
 * exports again byte for byte.
 */

const NODE_KINDS = NODE_KIND_SPECS.map((spec) => spec.kind);

/** Values no field should accept, or only some: the checks must refuse each where it does not fit. */
const junk = fc.oneof(
  fc.constantFrom(null, Number.NaN, Number.POSITIVE_INFINITY, -0, 1e16, -1, 101, 1.5, '', true, [], {}, ['x'], { x: 1 }),
  fc.constantFrom('javascript:alert(1)', 'data:text/html,x', '%6Aavascript:x', 'java\tscript:x', 'not an id', '__proto__', 'constructor'),
  fc.string({ minLength: 1000, maxLength: 1100 }),
  fc.array(fc.string(), { minLength: 49, maxLength: 52 }),
  fc.constantFrom(new Date(0), () => 1, Symbol('s')),
  tricky,
);

const fieldNames = fc.constantFrom(
  'title',
  'description',
  'tags',
  'level',
  'provenance',
  'horizon',
  'number',
  'actor',
  'status',
  'unit',
  'direction',
  'baseline',
  'target',
  'dataSource',
  'measurements',
  'externalIds',
  'priorityScore',
  'leadPartner',
  'critical',
  'uncertainty',
  'url',
  'citation',
  'strength',
  'confidence',
  'rationale',
  'stance',
  'titel',
  'colour',
  'id',
  'kind',
  'source',
  'target',
  '__proto__',
  'constructor',
);

/** One command against the plan as it stands: mostly sensible, sometimes not at all. */
function commandArb(plan: Plan): fc.Arbitrary<Command> {
  const nodes = plan.nodes.toArray();
  const edges = plan.edges.toArray();
  const known = (ids: string[], weight: number) =>
    ids.length > 0 ? fc.oneof({ arbitrary: fc.constantFrom(...ids), weight }, { arbitrary: idArb, weight: 1 }) : idArb;
  const nodeId = known(
    nodes.map((n) => n.id),
    4,
  );
  const edgeId = known(
    edges.map((e) => e.id),
    4,
  );
  const someNode = nodes.length > 0 ? fc.constantFrom(...nodes) : undefined;
  const someEdge = edges.length > 0 ? fc.constantFrom(...edges) : undefined;
  const position = fc.oneof(fc.record({ x: fc.double({ min: -1e7, max: 1e7, noNaN: true }), y: fc.integer() }), fc.record({ x: junk, y: junk }));
  const options: fc.Arbitrary<Command>[] = [
    fc.constantFrom(...NODE_KINDS).chain((kind) =>
      fc
        .tuple(
          nodeArb(kind, 'x'),
          idArb,
          fc.option(fc.tuple(fieldNames, junk), { nil: undefined, freq: 2 }),
          fc.option(fc.tuple(idArb, position), { nil: undefined }),
        )
        .map(([node, id, spoil, place]): Command => ({
          type: 'addNode',
          node: { ...node, id, ...(spoil && { [spoil[0]]: spoil[1] }) } as PlanNode,
          ...(place && { view: place[0], position: place[1] as { x: number; y: number } }),
        })),
    ),
    fc
      .tuple(nodeId, fieldNames, fc.oneof(junk, fc.constant(undefined)))
      .map(([id, name, value]): Command => ({ type: 'updateNode', id, changes: { [name]: value } })),
    fc
      .tuple(nodeId, fc.constantFrom(...EDGE_KINDS), nodeId, idArb, fc.option(fc.tuple(fieldNames, junk), { nil: undefined }))
      .map(([source, kind, target, id, spoil]): Command => ({
        type: 'connect',
        edge: { id, kind, source, target, ...(spoil && { [spoil[0]]: spoil[1] }) } as PlanEdge,
      })),
    fc
      .tuple(edgeId, fieldNames, fc.oneof(junk, fc.constant(undefined)))
      .map(([id, name, value]): Command => ({ type: 'updateEdge', id, changes: { [name]: value } })),
    edgeId.map((id): Command => ({ type: 'disconnect', id })),
    nodeId.map((id): Command => ({ type: 'removeNode', id })),
    fc.tuple(idArb, nodeId, position).map(([view, id, at]): Command => ({ type: 'moveNode', view, id, position: at as { x: number; y: number } })),
    fc
      .tuple(idArb, fc.array(fc.tuple(nodeId, position), { maxLength: 4 }))
      .map(([view, list]): Command => ({ type: 'placeNodes', view, positions: list as [string, { x: number; y: number }][] })),
    fc.tuple(fc.oneof(idArb, fc.constant('a view')), nodeId, fc.boolean()).map(([view, id, pinned]): Command => ({ type: 'setPinned', view, id, pinned })),
    fc
      .tuple(fc.oneof(idArb, fc.constant('a view')), fc.constantFrom('down', undefined, 'up', 'RIGHT'))
      .map(([view, direction]): Command => ({ type: 'setViewDirection', view, direction: direction as 'down' | undefined })),
    fc
      .constantFrom(...(Object.keys(PLAN_FIELDS) as (keyof typeof PLAN_FIELDS)[]))
      .chain((name) =>
        fc.oneof(valueOf(PLAN_FIELDS[name]), junk, fc.constant(undefined)).map((value): Command => ({ type: 'setPlanInfo', changes: { [name]: value } })),
      ),
  ];
  // Changes that fit: a box's own fields with valid values, a link its kinds allow. Drawn more
  // often, so that plans grow and most writes apply.
  const fitting: fc.Arbitrary<Command>[] = [
    fc
      .constantFrom(...NODE_KINDS)
      .chain((kind) =>
        fc
          .tuple(
            idArb,
            fc.option(fc.tuple(idArb, fc.record({ x: fc.integer({ min: -1e6, max: 1e6 }), y: fc.integer({ min: -1e6, max: 1e6 }) })), { nil: undefined }),
          )
          .chain(([id, place]) => nodeArb(kind, id).map((node): Command => ({ type: 'addNode', node, ...(place && { view: place[0], position: place[1] }) }))),
      ),
  ];
  if (someNode) {
    // One of the box's own fields (its kind's, from the spec) set to something that may not fit
    // it, or that just misses (an unsafe link, one character too many, a number out of range).
    const nodeFields = (node: PlanNode): Record<string, FieldSpec> => ({
      ...COMMON_NODE_FIELDS,
      ...(NODE_KIND_SPECS.find((k) => k.kind === node.kind)!.fields as Record<string, FieldSpec>),
    });
    options.push(
      someNode.chain((node) =>
        fc
          .tuple(fc.constantFrom(...Object.keys(nodeFields(node))), junk)
          .map(([name, value]): Command => ({ type: 'updateNode', id: node.id, changes: { [name]: value } })),
      ),
    );
    fitting.push(
      someNode.chain((node) => {
        const fields = nodeFields(node);
        return fc
          .constantFrom(...Object.keys(fields))
          .chain((name) => nearMissOf(fields[name]!).map((value): Command => ({ type: 'updateNode', id: node.id, changes: { [name]: value } })));
      }),
    );
    fitting.push(
      someNode.chain((node) =>
        nodeArb(node.kind, node.id).map(({ id: _id, kind: _kind, ...fields }): Command => ({ type: 'updateNode', id: node.id, changes: fields })),
      ),
      fc.tuple(someNode, someNode, idArb).chain(([a, b, id]) => {
        const kind = inferEdgeKind(a.kind, b.kind) ?? 'contributesTo';
        return linkFieldsArb(kind).map((fields): Command => ({ type: 'connect', edge: { ...fields, id, kind, source: a.id, target: b.id } }));
      }),
    );
  }
  if (someEdge) {
    fitting.push(
      someEdge.chain((edge) => linkFieldsArb(edge.kind).map((changes): Command => ({ type: 'updateEdge', id: edge.id, changes }))),
      someEdge.chain((edge) => {
        const fields = { ...COMMON_LINK_FIELDS, ...LINK_KIND_SPECS[edge.kind].fields };
        return fc
          .constantFrom(...Object.keys(fields))
          .chain((name) => nearMissOf(fields[name]!).map((value): Command => ({ type: 'updateEdge', id: edge.id, changes: { [name]: value } })));
      }),
    );
  }
  fitting.push(
    fc
      .constantFrom(...(Object.keys(PLAN_FIELDS) as (keyof typeof PLAN_FIELDS)[]))
      .chain((name) => nearMissOf(PLAN_FIELDS[name]).map((value): Command => ({ type: 'setPlanInfo', changes: { [name]: value } }))),
  );
  return fc.oneof(...options.map((arbitrary) => ({ arbitrary, weight: 1 })), ...fitting.map((arbitrary) => ({ arbitrary, weight: 6 })));
}

/** A plan and the commands written to it, each drawn against the plan the earlier ones made. */
const writes = fc.integer({ min: 1, max: 30 }).chain((count) => {
  const step = (plan: Plan, left: number, log: { command: Command; applied: boolean }[]): fc.Arbitrary<{ plan: Plan; log: typeof log }> =>
    left === 0
      ? fc.constant({ plan, log })
      : commandArb(plan).chain((command) => {
          let next = plan;
          let applied = false;
          try {
            next = applyCommand(plan, command);
            applied = true;
          } catch (error) {
            if (!isChangemapError(error)) throw error;
          }
          return step(next, left - 1, [...log, { command, applied }]);
        });
  return step(createPlan({ id: 'written', title: 'Written through the API' }), count, []);
});

describe('writes through the API', () => {
  it('never produce a plan that importModel refuses or repairs', () => {
    fc.assert(
      fc.property(writes, ({ plan }) => {
        const text = exportJson(plan);
        const result = importModel(text);
        if (!result.ok) throw new Error(`Refused: ${JSON.stringify(result.errors)}\n${text}`);
        expect(result.issues.filter((i) => ['duplicate-id', 'dangling-edge', 'unknown-position', 'unsafe-url', 'migration-dropped'].includes(i.code))).toEqual(
          [],
        );
        expect(exportJson(result.model)).toBe(text);
      }),
      { numRuns: 200 },
    );
  });

  it('a refused write throws a ChangemapError and leaves the plan exactly as it was', () => {
    fc.assert(
      fc.property(writes, fc.nat(), ({ plan }, seed) => {
        const [command] = fc.sample(commandArb(plan), { seed, numRuns: 1 });
        const before = exportJson(plan);
        let thrown: unknown;
        try {
          applyCommand(plan, command!);
        } catch (error) {
          thrown = error;
        }
        if (thrown !== undefined) expect(isChangemapError(thrown), String(thrown)).toBe(true);
        expect(exportJson(plan)).toBe(before);
      }),
      { numRuns: 150 },
    );
  });

  it('every near miss of every field is refused, with a ChangemapError', () => {
    const plan = importModel(readFileSync(resolve(import.meta.dirname, 'fixtures/valid.changemap.json'), 'utf8'));
    if (!plan.ok) throw new Error('fixture');
    const targets: [string, Record<string, FieldSpec>, (name: string, value: unknown) => Command][] = [
      ...plan.model.nodes
        .toArray()
        .map((node): [string, Record<string, FieldSpec>, (name: string, value: unknown) => Command] => [
          node.id,
          { ...COMMON_NODE_FIELDS, ...(NODE_KIND_SPECS.find((k) => k.kind === node.kind)!.fields as Record<string, FieldSpec>) },
          (name, value) => ({ type: 'updateNode', id: node.id, changes: { [name]: value } }),
        ]),
      ...plan.model.edges
        .toArray()
        .map((edge): [string, Record<string, FieldSpec>, (name: string, value: unknown) => Command] => [
          edge.id,
          { ...COMMON_LINK_FIELDS, ...LINK_KIND_SPECS[edge.kind].fields },
          (name, value) => ({ type: 'updateEdge', id: edge.id, changes: { [name]: value } }),
        ]),
      ['plan', PLAN_FIELDS as Record<string, FieldSpec>, (name, value) => ({ type: 'setPlanInfo', changes: { [name]: value } })],
    ];
    for (const [where, fields, write] of targets) {
      for (const [name, field] of Object.entries(fields)) {
        for (const value of fc.sample(nearMissOf(field), { numRuns: 12, seed: 3 })) {
          let error: unknown;
          try {
            applyCommand(plan.model, write(name, value));
          } catch (thrown) {
            error = thrown;
          }
          expect(isChangemapError(error), `${where}.${name} = ${JSON.stringify(value)?.slice(0, 60)}`).toBe(true);
        }
      }
    }
  });

  it('both valid and invalid writes are tried (the generator is not all one or the other)', () => {
    const samples = fc.sample(writes, { seed: 7, numRuns: 60 }).flatMap(({ log }) => log);
    const applied = samples.filter((s) => s.applied).length;
    expect(applied).toBeGreaterThan(samples.length * 0.2);
    expect(applied).toBeLessThan(samples.length * 0.9);
  });
});
