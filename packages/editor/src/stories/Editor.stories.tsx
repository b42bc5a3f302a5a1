import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { ChangemapEditor } from '../components/ChangemapEditor.js';
import { loadFlagship } from './story-plans.js';

/** The whole editor on the flagship plan. */
const meta = {
  title: 'Editor',
  render: () => (
    <div style={{ height: 900 }}>
      <ChangemapEditor plan={loadFlagship()} />
    </div>
  ),
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

export const Flagship: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect((await canvas.findAllByRole('button', { name: /^\d\. / })).length).toBeGreaterThanOrEqual(5);
    await expect(await canvas.findByRole('heading', { name: /^Problems/ })).toBeTruthy();
  },
};
