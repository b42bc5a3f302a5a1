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
/** An output; its level is a choice of the plan's levels, and “Default” is its kind's own. */
export const Output: Story = {
  args: { kind: 'output' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const level = canvas.getByLabelText<HTMLSelectElement>('Level');
    await expect(level.options[0]!.textContent).toBe('Default: Outputs');
    await expect([...level.options].map((o) => o.textContent)).toContain('Short-term outcomes');
    await userEvent.selectOptions(level, 'outcome-short');
    await expect(stores.get('output')!.getSnapshot().plan.nodes.get('sample-output')).toMatchObject({ level: 'outcome-short' });
    await userEvent.selectOptions(level, '');
    await expect(stores.get('output')!.getSnapshot().plan.nodes.get('sample-output')).not.toHaveProperty('level');
  },
};
export const Action: Story = { args: { kind: 'action' } };
export const Principle: Story = { args: { kind: 'principle' } };
export const ResearchQuestion: Story = { args: { kind: 'researchQuestion' } };
export const Assumption: Story = { args: { kind: 'assumption' } };
export const Evidence: Story = { args: { kind: 'evidence' } };
export const Partner: Story = { args: { kind: 'partner' } };
