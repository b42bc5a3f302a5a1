import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getKindSpec, getNarrative, getStoriesOf, getTheoryOfChange } from '@changemap/core';
import { exportMarkdown, exportNarrativeMarkdown, importModel } from '@changemap/schemas';
import { EXAMPLES, examplePath } from '../lib/examples.js';

/** A title as the Markdown export writes it: on one line, with Markdown's own characters escaped. */
const asWritten = (title: string) => title.replace(/[\\`*_[\]<>#|~]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');

describe.each(EXAMPLES)('the reports of $folder', (example) => {
  const result = importModel(readFileSync(examplePath(example), 'utf8'));
  if (!result.ok) throw new Error(`does not import: ${JSON.stringify(result.errors)}`);
  const plan = result.model;

  it('name every box of the plan in the Markdown report', () => {
    const report = exportMarkdown(plan);
    const missing = plan.nodes.toArray().filter((node) => !report.includes(asWritten(node.title)));
    expect(missing.map((n) => `${n.kind} ${n.id}`)).toEqual([]);
  });

  it('tell a story for every box with a causal link, and list the rest as on no pathway', () => {
    const { stories, unlinkedIds } = getNarrative(plan);
    const story = exportNarrativeMarkdown(plan);
    const told = new Set(stories.flatMap((s) => [...s.actionIds, ...s.routeIds]));
    for (const node of plan.nodes.values()) {
      if (getKindSpec(node.kind)?.defaultLevel !== undefined) {
        expect(told.has(node.id) || unlinkedIds.includes(node.id), node.id).toBe(true);
      }
    }
    for (const s of stories) expect(story).toContain(asWritten(s.text));
  });
});

describe('the flagship’s reports', () => {
  const flagship = EXAMPLES.find((e) => e.folder === 'tower-hamlets-partnership-plan-2023-2028')!;
  const result = importModel(readFileSync(examplePath(flagship), 'utf8'));
  if (!result.ok) throw new Error('the flagship does not import');
  const plan = result.model;

  it('list all four outcomes and twelve actions of call to action 2 in its section', () => {
    const report = exportMarkdown(plan);
    const section = report.slice(report.indexOf('\n## 2 '), report.indexOf('\n## 3 '));
    const members = [...getTheoryOfChange(plan, 'cta-2').nodeIds].map((id) => plan.nodes.get(id)!);
    const outcomes = members.filter((n) => n.kind === 'outcome');
    const actions = members.filter((n) => n.kind === 'action');
    expect([outcomes.length, actions.length]).toEqual([4, 12]);
    for (const node of [...outcomes, ...actions]) expect(section, node.id).toContain(`** · ${asWritten(node.title)}`);
  });

  it('tells the residents’ mental-health pathway in one sentence, in plain words', () => {
    const [story] = getStoriesOf(plan, 'o2-self-care');
    expect(story!.text).toBe(
      'If residents take action to improve their mental health and well-being; ' +
        'access support early – learn about which services are best suited for their needs speaking to their GP or using Tower Hamlets Connect; ' +
        'connect with the people around them like family, friends, colleagues and neighbours; ' +
        'get active by working out, dancing, gardening or going for a walk or run – and check out the leisure and cultural offers in the borough; ' +
        'keep learning – try a new recipe, learn a new language, set themselves a challenge; ' +
        'give to others by volunteering, listening, or helping out a neighbour; ' +
        'take notice of their thoughts, feelings, senses and surroundings through prayer, reflection, mindfulness or therapy; ' +
        'and start a supportive conversation with someone they care about, using the SIGNSS tool or advice from the NHS for parents, ' +
        'then residents look after their mental health and seek support early, ' +
        'and so more residents have good wellbeing and fewer have symptoms of poor mental health, ' +
        'so that Tower Hamlets has better neighbourhoods which support good health and wellbeing, and where all people feel safe, belong and get on well, ' +
        'because residents use mental health support once they know what is available; ' +
        'we will know by tracking residents’ happiness rating compared to London and England (score 0 to 10), ' +
        'residents’ ratings for anxiety compared to London and England (score 0 to 10) ' +
        'and residents’ life satisfaction ratings compared to London and England (score 0 to 10). ' +
        'It is part of priority 2.1, “Promote good mental health for adults, children and young people and our staff”, ' +
        'in call to action 2, “Everyone in Tower Hamlets should be able to enjoy good mental health and wellbeing”.',
    );
  });

  it('keeps names and acronyms capitalised and turns commitments into the present tense', () => {
    const [story] = getStoriesOf(plan, 'a3.1-5');
    expect(story!.text).toMatch(/^If we work with the Metropolitan Police to find ways to build trust and confidence in the police within our community, /);
    const anchor = getStoriesOf(plan, 'a1.2-1')[0]!.text;
    expect(anchor).toMatch(
      /^If, as anchor institutions, we implement our commitments under the Anti-Racist Pledge, including in employment and procurement; and we deliver our health anti-racism plan and implement the NHS England-funded Equity Programme/,
    );
  });
});
