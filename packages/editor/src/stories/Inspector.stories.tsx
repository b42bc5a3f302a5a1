import type { Meta, StoryObj } from '@storybook/react-vite';
import type { NodeKind } from '@changemap/core';
import { expect, userEvent, within } from 'storybook/test';
import { Inspector } from '../components/Inspector.js';
import { EditorStore } from '../state/editor-store.js';
import { EditorContext } from '../state/use-editor.js';
import { planOf, sampleNode } from './story-plans.js';

const stores = new Map<string, EditorStore>();

/** A store holding one box of the kind, selected, kept per story so play functions can read it. */
function storeFor(kind: NodeKind): EditorStore {
  const store = new EditorStore(planOf([sampleNode(kind)]), 'plan');
  store.select(`sample-${kind}`);
  stores.set(kind, store);
  return store;
}

/** The inspector for each kind of box, showing every field of that kind. */
const meta = {
  title: 'Panels/Inspector',
  render: ({ kind }: { kind: NodeKind }) => (
    <EditorContext.Provider value={storeFor(kind)}>
      <div style={{ width: 340 }}>
        <Inspector />
      </div>
    </EditorContext.Provider>
  ),
} satisfies Meta<{ kind: NodeKind }>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Indicator: Story = {
  args: { kind: 'indicator' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText('Target value'), '40');
    await expect(stores.get('indicator')!.getSnapshot().plan.nodes.get('sample-indicator')).toMatchObject({ target: { value: 40 } });
    await userEvent.type(canvas.getByLabelText('Source link'), 'javascript:alert(1)');
    await expect(canvas.getByRole('alert').textContent).toBe('Enter a full web address starting with https:// (or mailto: for email).');
  },
};
export const Vision: Story = { args: { kind: 'vision' } };
export const Aim: Story = { args: { kind: 'aim' } };
export const CallToAction: Story = { args: { kind: 'callToAction' } };
export const Priority: Story = { args: { kind: 'priority' } };
export const Outcome: Story = { args: { kind: 'outcome' } };
export const Action: Story = { args: { kind: 'action' } };
export const Principle: Story = { args: { kind: 'principle' } };
export const ResearchQuestion: Story = { args: { kind: 'researchQuestion' } };
export const Assumption: Story = { args: { kind: 'assumption' } };
export const Evidence: Story = { args: { kind: 'evidence' } };
export const Partner: Story = { args: { kind: 'partner' } };
