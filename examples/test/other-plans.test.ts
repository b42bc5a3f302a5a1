import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Plan, PlanNode } from '@changemap/core';
import { importModel } from '@changemap/schemas';
import { EXAMPLES, examplePath } from '../lib/examples.js';
import { countPerCallToAction } from '../lib/summarise.js';

function load(folder: string): Plan {
  const result = importModel(readFileSync(examplePath(EXAMPLES.find((e) => e.folder === folder)!)));
  if (!result.ok) throw new Error('does not import');
  return result.model;
}
const ofKind = (plan: Plan, kind: PlanNode['kind']) => plan.nodes.toArray().filter((n) => n.kind === kind);

describe('Tower Hamlets Plan 2018-2023', () => {
  const plan = load('tower-hamlets-plan-2018-2023');

  it('has the key objective, four themes and five ways of working', () => {
    expect(ofKind(plan, 'vision').map((n) => n.title)).toEqual(['Tackling inequality by building a strong, inclusive and fair borough']);
    expect(ofKind(plan, 'callToAction').map((n) => n.title)).toEqual([
      'A better deal for children and young people: aspiration, education and skills',
      'Good jobs and employment',
      'Strong, resilient and safe communities',
      'Better health and well-being',
    ]);
    expect(ofKind(plan, 'principle').map((n) => n.title)).toEqual([
      'A whole system approach to change',
      'Public service reform',
      'Early intervention',
      'Increase partnership working',
      'Active communities',
    ]);
  });

  it('marks every key outcome as derived from its theme’s narrative', () => {
    const outcomes = ofKind(plan, 'outcome');
    expect(outcomes).toHaveLength(15);
    for (const o of outcomes) expect(o.provenance?.derived, o.id).toBe(true);
    expect(countPerCallToAction(plan).map((c) => c.outcomes)).toEqual([3, 4, 3, 3]);
  });

  it('has the eleven next steps as actions', () => {
    const steps = ofKind(plan, 'action').map((n) => n.title);
    expect(steps).toHaveLength(11);
    expect(steps).toContain('Bridging the gap between local people and good local jobs');
    expect(steps).toContain('Culture change and people development');
  });
});

describe('Council Strategic Plan 2019-2022', () => {
  const plan = load('tower-hamlets-strategic-plan-2019-2022');

  it('has three priorities and eleven numbered outcomes', () => {
    expect(ofKind(plan, 'callToAction').map((n) => n.title)).toEqual([
      'People are aspirational, independent and have equal access to opportunities',
      'A borough that our residents are proud of and love to live in',
      'A dynamic, outcomes-based council using digital innovation and partnership working to respond to the changing needs of our borough',
    ]);
    const outcomes = ofKind(plan, 'outcome');
    expect(outcomes.map((o) => o.tags?.[0])).toEqual(Array.from({ length: 11 }, (_, i) => `Outcome ${i + 1}`));
    expect(plan.nodes.get('outcome-7')?.title).toBe('People feel safer in their neighbourhoods and anti-social behaviour is tackled');
  });

  it('has every numbered action and every measure under its outcome', () => {
    const perOutcome = (kind: PlanNode['kind']) =>
      ofKind(plan, 'outcome').map(
        (o) =>
          plan.edges.toArray().filter(
            (e) =>
              e.target === o.id &&
              plan.nodes.get(e.source)?.kind === kind &&
              plan.nodes
                .get(e.source)
                ?.id.split('-')[1]
                ?.startsWith(`${o.id.split('-')[1]}.`),
          ).length,
      );
    expect(perOutcome('action')).toEqual([4, 7, 7, 5, 8, 8, 8, 5, 4, 5, 8]);
    expect(perOutcome('indicator')).toEqual([5, 4, 6, 4, 5, 4, 5, 3, 5, 4, 4]);
    expect(ofKind(plan, 'indicator')).toHaveLength(49);
    expect(plan.nodes.get('action-7.4')?.title).toBe(
      'Continue partnership working with the Police to carry out geographic drugs operations (‘Operation Continuum’) so that drugs markets are continually disrupted.',
    );
    expect(plan.nodes.get('measure-8.1')).toMatchObject({ title: 'Level of hate crime', direction: 'decrease' });
  });

  it('links the actions the plan says also support Outcome 4', () => {
    const toOutcome4 = plan.edges
      .toArray()
      .filter((e) => e.target === 'outcome-4' && e.source.startsWith('action-') && !e.source.startsWith('action-4.'))
      .map((e) => e.source);
    expect(toOutcome4.sort()).toEqual(['action-1.2', 'action-6.1', 'action-6.5']);
  });
});
