import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlanNode } from '../model/nodes.js';
import { planArb } from '../test/arbitraries.js';
import { cleanPlan, link, planFrom } from '../test/fixtures.js';
import { FILTER_FACETS, countActiveFilters, getFacetValues, getFilterOptions, matchesFilter, type NodeFilter } from './filters.js';
import { foldForSearch } from './normalise.js';
import { getPresentationSteps } from './presentation.js';
import { searchNodes } from './search.js';
import { getNodeStatus } from './status.js';

const ids = (list: { node: PlanNode }[]) => list.map((m) => m.node.id);

function searchPlan() {
  return planFrom([
    { id: 'a', kind: 'outcome', title: 'Fewer children in poverty', tags: ['Équité'] },
    { id: 'b', kind: 'outcome', title: 'Children eat well', description: 'Through free school meals' },
    { id: 'c', kind: 'action', title: 'Café de quartier', description: 'A place for children and parents' },
    { id: 'd', kind: 'aim', title: 'Poverty falls' },
  ]);
}

describe('foldForSearch', () => {
  it('folds case, accents and spaces', () => {
    expect(foldForSearch('  ÉQUITÉ   pour\tTous ')).toBe('equite pour tous');
    expect(foldForSearch('e\u0301')).toBe('e');
  });
});

describe('searchNodes', () => {
  it('matches title, tags and description, ignoring case and accents, best field first', () => {
    const plan = searchPlan();
    expect(ids(searchNodes(plan, 'children'))).toEqual(['b', 'a', 'c']); // title start, title, description
    expect(searchNodes(plan, 'equite').map((m) => [m.node.id, m.field])).toEqual([['a', 'tags']]);
    expect(ids(searchNodes(plan, 'CAFE'))).toEqual(['c']);
    expect(ids(searchNodes(plan, 'school meals'))).toEqual(['b']);
  });

  it('needs every word, anywhere in the box', () => {
    expect(ids(searchNodes(searchPlan(), 'poverty children'))).toEqual(['a']);
    expect(ids(searchNodes(searchPlan(), 'poverty meals'))).toEqual([]);
  });

  it('matches nothing for an empty query, and keeps to `within` and `limit`', () => {
    expect(searchNodes(searchPlan(), '   ')).toEqual([]);
    expect(ids(searchNodes(searchPlan(), 'children', { within: ['a', 'c'] }))).toEqual(['a', 'c']);
    expect(ids(searchNodes(searchPlan(), 'children', { limit: 1 }))).toEqual(['b']);
  });

  it('always finds a box by its own title, however it is cased or accented', () => {
    const accent: Record<string, string> = { a: 'á', e: 'É', i: 'ï', o: 'ô', u: 'Ü' };
    fc.assert(
      fc.property(planArb, (plan) => {
        for (const node of plan.nodes.toArray()) {
          if (foldForSearch(node.title) === '') continue;
          const query = node.title.replace(/[aeiou]/g, (c) => accent[c]!).toUpperCase();
          if (foldForSearch(query) !== foldForSearch(node.title)) continue; // upper-casing changed the letters (ß → SS)
          expect(ids(searchNodes(plan, query, { limit: 100 }))).toContain(node.id);
        }
      }),
    );
  });

  it('returns only boxes that hold every word of the query', () => {
    fc.assert(
      fc.property(planArb, fc.string({ maxLength: 6 }), (plan, query) => {
        const words = foldForSearch(query).split(' ').filter(Boolean);
        for (const { node } of searchNodes(plan, query, { limit: 100 })) {
          const text = foldForSearch(`${node.title} ${(node.tags ?? []).join(' ')} ${node.description ?? ''}`);
          for (const word of words) expect(text).toContain(word);
        }
      }),
    );
  });
});

describe('getNodeStatus', () => {
  it("reads an action's or question's status and an indicator's progress", () => {
    expect(getNodeStatus({ id: 'a', kind: 'action', title: 'A', status: 'done' })).toBe('done');
    expect(getNodeStatus({ id: 'q', kind: 'researchQuestion', title: 'Q', status: 'proposed' })).toBe('proposed');
    expect(getNodeStatus({ id: 'o', kind: 'outcome', title: 'O' })).toBeUndefined();
    const indicator = { id: 'i', kind: 'indicator' as const, title: 'I', direction: 'decrease' as const, baseline: { value: 30 }, target: { value: 20 } };
    expect(getNodeStatus(indicator)).toBeUndefined();
    expect(getNodeStatus({ ...indicator, measurements: [{ value: 25 }] })).toBe('improving');
    expect(getNodeStatus({ ...indicator, measurements: [{ value: 35 }] })).toBe('worsening');
    expect(getNodeStatus({ ...indicator, measurements: [{ value: 30 }] })).toBe('noChange');
    expect(getNodeStatus({ ...indicator, measurements: [{ value: 25 }, { value: 19 }] })).toBe('targetMet');
  });
});

describe('filters', () => {
  it('filter by partner, tag, level and status; facets combine with AND, values with OR', () => {
    const plan = cleanPlan();
    plan.nodes = plan.nodes.set('a1', { id: 'a1', kind: 'action', title: 'Free school meals', status: 'inProgress', tags: ['food'] });
    const shown = (filter: NodeFilter) =>
      plan.nodes
        .toArray()
        .filter((n) => matchesFilter(plan, n, filter))
        .map((n) => n.id);
    expect(shown({ partner: ['pa'] })).toEqual(['p1', 'pa']);
    expect(shown({ tag: ['food'] })).toEqual(['a1']);
    expect(shown({ level: ['action', 'priority'] })).toEqual(['p1', 'a1']);
    expect(shown({ status: ['inProgress'] })).toEqual(['a1']);
    expect(shown({ level: ['action', 'priority'], partner: ['pa'] })).toEqual(['p1']);
    expect(shown({})).toHaveLength(plan.nodes.size);
    expect(countActiveFilters({ level: ['action'], tag: [], status: ['done'] })).toBe(2);
  });

  it('offers the values the boxes have, with counts, levels in level order', () => {
    const plan = cleanPlan();
    const options = getFilterOptions(
      plan,
      plan.nodes.toArray().map((n) => n.id),
    );
    expect(options.partner).toEqual([{ value: 'pa', label: 'Health and Wellbeing Board', count: 2 }]);
    expect(options.level.map((o) => o.value)).toEqual(['action', 'outcome-medium', 'priority', 'callToAction', 'aim', 'vision']);
    expect(options.status).toEqual([]);
  });

  it('count each option exactly as many boxes as that one-value filter keeps', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const all = plan.nodes.toArray();
        const options = getFilterOptions(
          plan,
          all.map((n) => n.id),
        );
        for (const facet of FILTER_FACETS) {
          for (const option of options[facet]) expect(all.filter((n) => matchesFilter(plan, n, { [facet]: [option.value] })).length).toBe(option.count);
        }
      }),
    );
  });

  it('more values in a facet never hide a box; another facet never shows one more', () => {
    fc.assert(
      fc.property(planArb, fc.subarray(['partner', 'tag', 'level', 'status'] as const), (plan, facets) => {
        const all = plan.nodes.toArray();
        const values = (facet: (typeof FILTER_FACETS)[number]) => [...new Set(all.flatMap((n) => getFacetValues(plan, n, facet)))];
        let filter: NodeFilter = {};
        let before = all.filter((n) => matchesFilter(plan, n, filter));
        for (const facet of facets) {
          const vals = values(facet);
          filter = { ...filter, [facet]: vals.slice(0, 1) };
          const narrower = all.filter((n) => matchesFilter(plan, n, filter));
          expect(narrower.every((n) => before.includes(n))).toBe(true);
          filter = { ...filter, [facet]: vals };
          const wider = all.filter((n) => matchesFilter(plan, n, filter));
          expect(narrower.every((n) => wider.includes(n))).toBe(true);
          before = wider;
        }
      }),
    );
  });
});

describe('getPresentationSteps', () => {
  it('adds one level per step, from the actions up to the vision, with attachments beside what they concern', () => {
    const plan = cleanPlan();
    const steps = getPresentationSteps(
      plan,
      plan.nodes.toArray().map((n) => n.id),
    );
    expect(steps.map((s) => s.levelId)).toEqual(['action', 'outcome-medium', 'priority', 'callToAction', 'aim', 'vision']);
    expect(steps.map((s) => s.newNodeIds)).toEqual([['a1'], ['o1', 'i1', 'rq'], ['p1', 'pa'], ['cta', 'pr'], ['aim'], ['vision']]);
    expect(steps.at(-1)!.shownNodeIds.size).toBe(plan.nodes.size);
  });

  it('presents only the boxes given, and nothing when none are on a level', () => {
    const plan = cleanPlan();
    expect(getPresentationSteps(plan, ['o1', 'vision']).map((s) => s.newNodeIds)).toEqual([['o1'], ['vision']]);
    expect(getPresentationSteps(plan, ['i1'])).toEqual([]);
    const loose = planFrom(
      [
        { id: 'v', kind: 'vision', title: 'V' },
        { id: 'i', kind: 'indicator', title: 'I' },
      ],
      [link('measures', 'i', 'x')],
    );
    expect(getPresentationSteps(loose, ['v', 'i']).map((s) => s.newNodeIds)).toEqual([['v', 'i']]);
  });

  it('shows every box once, more at each step, in level order', () => {
    fc.assert(
      fc.property(planArb, fc.integer({ min: 0, max: 12 }), (plan, take) => {
        const wanted = plan.nodes
          .toArray()
          .slice(0, take)
          .map((n) => n.id);
        const steps = getPresentationSteps(plan, wanted);
        const introduced = steps.flatMap((s) => s.newNodeIds);
        expect(new Set(introduced).size).toBe(introduced.length);
        if (steps.length > 0) expect(sorted(introduced)).toEqual(sorted(wanted));
        steps.forEach((step, k) => {
          expect(step.newNodeIds.length).toBeGreaterThan(0);
          expect(step.shownNodeIds.size).toBe(steps.slice(0, k + 1).reduce((sum, s) => sum + s.newNodeIds.length, 0));
        });
      }),
    );
  });
});

function sorted(list: string[]) {
  return [...list].sort();
}
