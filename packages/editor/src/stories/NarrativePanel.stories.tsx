import type { Meta, StoryObj } from '@storybook/react-vite';
import type { PlanEdge, PlanNode } from '@changemap/core';
import { expect, userEvent, within } from 'storybook/test';
import { NarrativePanel } from '../components/NarrativePanel.js';
import { EditorStore } from '../state/editor-store.js';
import { EditorContext } from '../state/use-editor.js';
import { loadFlagship, planOf } from './story-plans.js';

const stores = new Map<string, EditorStore>();

/** Two sibling actions → an output → an outcome → an aim, with an assumption, an indicator and a weak link. */
const NODES: PlanNode[] = [
  { id: 'aim', kind: 'aim', title: 'Fewer children in Tower Hamlets live with obesity' },
  { id: 'out', kind: 'output', title: '200 school cooks trained' },
  { id: 'oc', kind: 'outcome', title: 'Children eat a balanced school lunch' },
  { id: 'a1', kind: 'action', title: 'We will train school cooks.' },
  { id: 'a2', kind: 'action', title: 'Cooking classes for parents' },
  { id: 'as', kind: 'assumption', title: 'Parents can afford the ingredients' },
  { id: 'i', kind: 'indicator', title: 'Percentage of reception children at a healthy weight' },
  { id: 'lonely', kind: 'outcome', title: 'An outcome nothing links to' },
];
const EDGES: PlanEdge[] = [
  { id: 'l1', kind: 'contributesTo', source: 'a1', target: 'out' },
  { id: 'l2', kind: 'contributesTo', source: 'a2', target: 'out' },
  { id: 'l3', kind: 'contributesTo', source: 'out', target: 'oc', confidence: 30 },
  { id: 'l4', kind: 'contributesTo', source: 'oc', target: 'aim' },
  { id: 'u1', kind: 'underlies', source: 'as', target: 'l3' },
  { id: 'm1', kind: 'measures', source: 'i', target: 'oc' },
];

function panelFor(name: string, nodeId: string, store = new EditorStore(planOf(NODES, EDGES), 'plan')) {
  store.select(nodeId);
  stores.set(name, store);
  return (
    <EditorContext.Provider value={store}>
      <div style={{ width: 340 }}>
        <NarrativePanel node={store.getSnapshot().plan.nodes.get(nodeId)!} />
      </div>
    </EditorContext.Provider>
  );
}

/** The "Story" section of the inspector: each pathway through the selected box, told in words. */
const meta = {
  title: 'Panels/Story',
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

export const OnePathway: Story = {
  render: () => panelFor('one', 'oc'),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('One pathway runs through this outcome.')).toBeTruthy();
    const story = canvasElement.querySelector('.story-text')!;
    await expect(story.textContent).toBe(
      'If we train school cooks and deliver cooking classes for parents, then we should see 200 school cooks trained, and so children eat a balanced school lunch, ' +
        'so that fewer children in Tower Hamlets live with obesity, because parents can afford the ingredients; ' +
        'we will know by tracking the percentage of reception children at a healthy weight. ' +
        'Confidence is low (30 out of 100) that “200 school cooks trained” leads to “Children eat a balanced school lunch”.',
    );
    await expect(story.querySelector('mark')!.textContent).toBe('children eat a balanced school lunch');
    await userEvent.click(canvas.getByRole('link', { name: 'train school cooks' }));
    await expect(stores.get('one')!.getSnapshot().selectedNodeId).toBe('a1');
  },
};

export const NotOnAPathway: Story = {
  render: () => panelFor('none', 'lonely'),
  play: async ({ canvasElement }) => {
    await expect(
      within(canvasElement).getByText('No pathway runs through this outcome yet. Link it to what leads to it and to what it leads to.'),
    ).toBeTruthy();
  },
};

export const ManyPathways: Story = {
  render: () => panelFor('many', 'cta-3', new EditorStore(loadFlagship(), 'cta-3')),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvasElement.querySelectorAll('.story-list > li')).toHaveLength(3);
    await userEvent.click(canvas.getByRole('button', { name: /^Show all \d+ pathways$/ }));
    await expect(canvasElement.querySelectorAll('.story-list > li').length).toBeGreaterThan(3);
  },
};
