import { getKindSpec, getNarrative } from '@changemap/core';
import type { Plan, PlanNode, Story } from '@changemap/core';
import { labelOf } from './scope.js';
import { md } from './text.js';

/**
 * The plan's story in Markdown: one paragraph per pathway ("If we …, then …, so that …, because
 * …; we will know by …"), grouped by call to action in the plan's order, or by the aim or vision
 * each leads to; then how the aims lead on, and the boxes on no pathway yet.
 */
export function exportNarrativeMarkdown(plan: Plan): string {
  const { stories, unlinkedIds } = getNarrative(plan);
  const out = [`# The story of ${md(plan.title)}`];
  if (plan.period) out.push('', `*${md(plan.period)}*`);
  out.push(
    '',
    'Each paragraph follows one pathway through the plan: what we will do, what it changes, where it leads, why we expect it to, and how we will know. ' +
      'It is written from the plan’s boxes and links by fixed rules, so it changes when they do.',
  );
  const node = (id: string) => plan.nodes.get(id)!;
  const groups = new Map<string, { heading: string; stories: Story[] }>();
  const add = (key: string, heading: string, story: Story) => {
    const group = groups.get(key) ?? { heading, stories: [] };
    group.stories.push(story);
    groups.set(key, group);
  };
  // Calls to action first, in the plan's order, so the story reads in the plan's own sequence.
  for (const n of plan.nodes.values()) if (n.kind === 'callToAction') groups.set(n.id, { heading: md(labelOf(n)), stories: [] });
  for (const story of stories) {
    const route = story.routeIds.map(node);
    const cta = route.find((n) => n.kind === 'callToAction');
    const goal = route.at(-1)!;
    const isGoal = (n: PlanNode) => n.kind === 'aim' || n.kind === 'vision';
    if (cta) add(cta.id, md(labelOf(cta)), story);
    else if (story.actionIds.length === 0 && isGoal(route[0]!)) add(' onwards', 'Where the aims lead', story);
    else if (isGoal(goal)) add(`goal ${goal.id}`, `Towards: ${md(goal.title)}`, story);
    else add(' other', 'Other pathways', story);
  }
  for (const group of groups.values()) {
    if (group.stories.length === 0) continue;
    out.push('', `## ${group.heading}`);
    for (const story of group.stories) out.push('', md(story.text));
  }
  if (unlinkedIds.length > 0) {
    out.push('', '## Not yet on any pathway', '', 'These boxes have no causal link, so no story can include them yet:', '');
    for (const id of unlinkedIds) out.push(`- **${getKindSpec(node(id).kind)?.label ?? node(id).kind}** · ${md(labelOf(node(id)))}`);
  }
  return `${out.join('\n')}\n`;
}
