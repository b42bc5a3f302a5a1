import type { Meta, StoryObj } from '@storybook/react-vite';
import type { NodeKind } from '@changemap/core';
import { expect, within } from 'storybook/test';
import { KIND_LOOK } from '../components/kinds.js';
import { StoryCanvas } from './StoryCanvas.js';
import { planOf, sampleNode } from './story-plans.js';

/** Each kind of box: colour, icon, outline and its name written on it. */
const meta = {
  title: 'Diagram/Boxes',
  render: ({ kind }: { kind: NodeKind }) => <StoryCanvas plan={planOf([sampleNode(kind)])} />,
  play: async ({ canvasElement, args }) => {
    const box = await within(canvasElement).findByTestId(`node-sample-${args.kind}`);
    await expect(box.textContent).toContain(KIND_LOOK[args.kind].label);
  },
} satisfies Meta<{ kind: NodeKind }>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Vision: Story = { args: { kind: 'vision' } };
export const Aim: Story = { args: { kind: 'aim' } };
export const CallToAction: Story = { args: { kind: 'callToAction' } };
export const Priority: Story = { args: { kind: 'priority' } };
export const Outcome: Story = { args: { kind: 'outcome' } };
export const Output: Story = { args: { kind: 'output' } };
export const Action: Story = { args: { kind: 'action' } };
export const Principle: Story = { args: { kind: 'principle' } };
export const Indicator: Story = { args: { kind: 'indicator' } };
export const ResearchQuestion: Story = { args: { kind: 'researchQuestion' } };
export const Assumption: Story = { args: { kind: 'assumption' } };
export const Evidence: Story = { args: { kind: 'evidence' } };
export const Partner: Story = { args: { kind: 'partner' } };
