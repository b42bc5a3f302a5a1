import type { Meta, StoryObj } from '@storybook/react-vite';
import { EDGE_ENDPOINTS } from '@changemap/core';
import type { EdgeKind } from '@changemap/core';
import { expect, waitFor } from 'storybook/test';
import { StoryCanvas } from './StoryCanvas.js';
import { planOf, sampleNode } from './story-plans.js';

/** Each kind of link between two boxes it may join: solid for causes, dashed or dotted for the rest. */
const meta = {
  title: 'Diagram/Links',
  render: ({ kind }: { kind: EdgeKind }) => {
    const source = sampleNode(EDGE_ENDPOINTS[kind].from[0]!);
    const target = { ...sampleNode(EDGE_ENDPOINTS[kind].to[0]!), id: 'sample-target' };
    return <StoryCanvas plan={planOf([source, target], [{ id: 'link', kind, source: source.id, target: target.id }])} />;
  },
  play: async ({ canvasElement, args }) => {
    // Links are drawn once React Flow has measured the boxes.
    await waitFor(() => expect(canvasElement.querySelector(`.react-flow__edge.edge-${args.kind}`)).not.toBeNull());
  },
} satisfies Meta<{ kind: EdgeKind }>;

export default meta;
type Story = StoryObj<typeof meta>;

export const ContributesTo: Story = { args: { kind: 'contributesTo' } };
export const Measures: Story = { args: { kind: 'measures' } };
export const Guides: Story = { args: { kind: 'guides' } };
export const Investigates: Story = { args: { kind: 'investigates' } };
export const Underlies: Story = { args: { kind: 'underlies' } };
export const Supports: Story = { args: { kind: 'supports' } };
export const DeliveredBy: Story = { args: { kind: 'deliveredBy' } };
