import type { Meta, StoryObj } from '@storybook/react-vite';
import type { PlanEdge, PlanNode } from '@changemap/core';
import { expect, userEvent, within } from 'storybook/test';
import { PictureStoryCanvas } from './PictureStoryCanvas.js';
import { planOf, sampleNode } from './story-plans.js';

const link = (source: string, target: string, kind: PlanEdge['kind'], extra: Partial<PlanEdge> = {}): PlanEdge => ({
  id: `${kind}:${source}:${target}`,
  kind,
  source,
  target,
  ...extra,
});

/** A call to action with one priority, one outcome, three actions and what annotates them, placed by level. */
function annotatedPlan() {
  const cta = sampleNode('callToAction');
  const priority = sampleNode('priority');
  const outcome = sampleNode('outcome');
  const actions: PlanNode[] = [1, 2, 3].map(
    (i) => ({ id: `a${i}`, kind: 'action', title: `We will run family cooking class ${i} in a children's centre` }) as PlanNode,
  );
  const nodes = [
    cta,
    priority,
    outcome,
    ...actions,
    sampleNode('indicator'),
    sampleNode('partner'),
    sampleNode('principle'),
    sampleNode('researchQuestion'),
    sampleNode('assumption'),
    sampleNode('evidence'),
  ];
  const edges = [
    link(priority.id, cta.id, 'contributesTo'),
    link(outcome.id, priority.id, 'contributesTo', { confidence: 50 }),
    ...actions.map((a, i) => link(a.id, outcome.id, 'contributesTo', { confidence: [80, 50, 20][i]! })),
    link('sample-indicator', outcome.id, 'measures'),
    link('a1', 'sample-partner', 'deliveredBy'),
    link('sample-principle', priority.id, 'guides'),
    link('sample-researchQuestion', outcome.id, 'investigates'),
    link('sample-assumption', outcome.id, 'underlies'),
    link('sample-evidence', outcome.id, 'supports'),
  ];
  const plan = planOf(nodes, edges);
  const x: Record<string, number> = { a1: 0, a2: 0, a3: 0, 'sample-outcome': 300, 'sample-priority': 600, 'sample-callToAction': 900 };
  const y: Record<string, number> = { a1: 0, a2: 150, a3: 300, 'sample-outcome': 120, 'sample-priority': 140, 'sample-callToAction': 120 };
  plan.views = { [cta.id]: { positions: Object.fromEntries(Object.keys(x).map((id) => [id, { x: x[id]!, y: y[id]! }])) } };
  return plan;
}

/** The picture's parts: chips and badges on boxes, level bands, and actions folded into a group box. */
const meta = {
  title: 'Diagram/Picture',
  render: ({ folded }: { folded: string[] }) => <PictureStoryCanvas plan={annotatedPlan()} viewId="sample-callToAction" folded={folded} />,
} satisfies Meta<{ folded: string[] }>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Indicators and partners as chips, questions, assumptions and evidence as badges, principles as a strip on the call to action. */
export const Chips: Story = {
  args: { folded: [] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('button', { name: 'Indicator: Overweight and Obese at year 6' })).toBeTruthy();
    await expect(await canvas.findByRole('button', { name: 'Delivered by: Community Safety Partnership' })).toBeTruthy();
    await expect(await canvas.findByRole('button', { name: 'Principle: Community first and coproduction' })).toBeTruthy();
    await expect(await canvas.findByRole('button', { name: /^1 research question: / })).toBeTruthy();
    await expect(canvasElement.querySelector('[data-testid="node-sample-indicator"]')).toBeNull();
  },
};

/** Each level a labelled band behind its boxes; links drawn solid, dashed or dotted by confidence. */
export const Bands: Story = {
  args: { folded: [] },
  play: async ({ canvasElement }) => {
    const labels = [...canvasElement.querySelectorAll('.level-band-label')].map((el) => el.textContent);
    await expect(labels).toEqual(['Actions', 'Medium-term outcomes', 'Priorities', 'Calls to action']);
    await expect(canvasElement.querySelectorAll('.confidence-weak').length).toBe(1);
  },
};

/** The priority's three actions folded into one group box, which unfolds them in place. */
export const GroupBox: Story = {
  args: { folded: ['group:sample-priority'] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const unfold = await canvas.findByRole('button', { name: /^Show all 3 actions towards / });
    await expect(canvasElement.querySelector('[data-testid="node-a1"]')).toBeNull();
    await userEvent.click(unfold);
    await expect(await canvas.findByTestId('node-a1')).toBeTruthy();
  },
};
