import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EDGE_KINDS } from '../model/edges.js';
import { NODE_KINDS, isNodeKind } from '../model/node-kinds.js';
import type { PlanEdge } from '../model/edges.js';
import type { PlanNode } from '../model/nodes.js';
import type { Plan } from '../model/plan.js';
import { Table } from '../model/table.js';
import { planArb } from '../test/arbitraries.js';
import { getNarrative, getStoriesOf } from './narrative.js';
import { roleOf } from './pathways.js';

/** Titles made of words that stress the rules: verbs, names, pronouns, "will", stray punctuation. */
const titleArb = fc
  .array(
    fc.constantFrom(
      'We',
      'will',
      'deliver',
      'Support',
      'for',
      'residents',
      'NHS',
      'Tower',
      'Hamlets',
      'your',
      'you',
      'building',
      'homes',
      'are',
      'safe',
      'and',
      'of',
      'to',
      'Every',
      'partner',
      'e.g.',
      '.',
      ',',
      'please',
      'meals',
    ),
    {
      minLength: 1,
      maxLength: 9,
    },
  )
  .map((words) => words.join(' '));

const ids = Array.from({ length: 10 }, (_, i) => `n${i}`);

/** Plans whose boxes have word titles and any kind, joined by any links (forbidden ones and loops included). */
const wordyPlanArb: fc.Arbitrary<Plan> = fc
  .record({
    nodes: fc.uniqueArray(
      fc.record({
        id: fc.constantFrom(...ids),
        kind: fc.constantFrom(...NODE_KINDS),
        title: titleArb,
        actor: fc.constantFrom(undefined, 'residents', 'partners', 'NHS Trust'),
      }),
      { selector: (n) => n.id, maxLength: 10 },
    ),
    edges: fc.array(
      fc.record({
        kind: fc.constantFrom(...EDGE_KINDS, 'contributesTo', 'contributesTo', 'contributesTo'),
        source: fc.constantFrom(...ids),
        target: fc.constantFrom(...ids, 'e0', 'e1'),
        confidence: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
        rationale: fc.option(titleArb, { nil: undefined }),
      }),
      { maxLength: 20 },
    ),
  })
  .map(({ nodes, edges }) => ({
    id: 'p',
    title: 'Generated',
    nodes: Table.fromValues(nodes.map((n) => ({ ...n }) as PlanNode)),
    edges: Table.fromValues(edges.map((e, i) => ({ id: `e${i}`, ...e }) as PlanEdge)),
    views: {},
  }));

const isCausal = (node: PlanNode | undefined) => node !== undefined && isNodeKind(node.kind) && roleOf(node.kind) !== 'aside';

/** Boxes of causal kinds joined to another such box by a causal link: each must be on some pathway. */
function linkedCausalIds(plan: Plan): Set<string> {
  const linked = new Set<string>();
  for (const edge of plan.edges.values()) {
    if (edge.kind !== 'contributesTo' || edge.source === edge.target) continue;
    if (isCausal(plan.nodes.get(edge.source)) && isCausal(plan.nodes.get(edge.target))) {
      linked.add(edge.source);
      linked.add(edge.target);
    }
  }
  return linked;
}

/**
 * A content word of the title, which the rules never change (they change pronouns, "will",
 * "please", the first word, and may drop a dangling function word such as a trailing "for").
 */
const CHANGED_WORDS = [
  'you',
  'your',
  'will',
  'please',
  'deliver',
  'building',
  'are',
  'for',
  'and',
  'the',
  'with',
  'from',
  'into',
  'that',
  'this',
  'our',
  'its',
  'who',
  'which',
];
function lastLastingWord(title: string): string | undefined {
  const words = title.split(/\s+/).slice(1);
  return words.reverse().find((w) => /^[a-z]{3,}$/i.test(w) && !CHANGED_WORDS.includes(w.toLowerCase()));
}

describe('narrative properties', () => {
  it('never throws on any plan, however broken, and every story is one sentence or more', () => {
    fc.assert(
      fc.property(fc.oneof(planArb, wordyPlanArb), (plan) => {
        const { stories } = getNarrative(plan);
        for (const story of stories) {
          expect(story.text).toBe(story.segments.map((s) => s.text).join(''));
          // "If we …", or "If, as anchor institutions, we …" when the action opens with a lead-in.
          expect(story.text).toMatch(/^If(,)? /);
          expect(story.text.endsWith('.')).toBe(true);
        }
        for (const id of ids) getStoriesOf(plan, id);
      }),
      { numRuns: 400 },
    );
  });

  it('puts every box with a causal link on a pathway, names it in the story, and lists the rest as unlinked', () => {
    fc.assert(
      fc.property(wordyPlanArb, (plan) => {
        const { stories, unlinkedIds } = getNarrative(plan);
        const onPathway = new Set(stories.flatMap((s) => [...s.actionIds, ...s.routeIds]));
        const linked = linkedCausalIds(plan);
        expect([...linked].filter((id) => !onPathway.has(id))).toEqual([]);
        for (const id of unlinkedIds) {
          expect(linked.has(id)).toBe(false);
          expect(isCausal(plan.nodes.get(id))).toBe(true);
        }
        for (const story of stories) {
          for (const id of [...story.actionIds, ...story.routeIds]) {
            const named = story.segments.filter((s) => s.nodeId === id).map((s) => s.text.toLowerCase());
            expect(named.length, `${id} is named in “${story.text}”`).toBeGreaterThan(0);
            const word = lastLastingWord(plan.nodes.get(id)!.title);
            if (word)
              expect(
                named.some((text) => text.includes(word.toLowerCase())),
                `“${word}” of ${id} in “${story.text}”`,
              ).toBe(true);
          }
        }
      }),
      { numRuns: 400 },
    );
  });
});
