import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { ChangemapViewer } from '../viewer/ChangemapViewer.js';
import { loadFlagship } from './story-plans.js';

/** The read-only viewer on the flagship plan, as the published page and embedding sites show it. */
const meta = {
  title: 'Viewer',
  render: () => (
    <div style={{ height: 900 }}>
      <ChangemapViewer plan={loadFlagship()} />
    </div>
  ),
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

export const Flagship: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const nav = await canvas.findByRole('navigation', { name: 'Calls to action' });
    await expect(within(nav).getAllByRole('button')).toHaveLength(6);
    await expect(within(nav).getAllByRole('button')[0]).toHaveAttribute('aria-current', 'page');
    await expect(canvas.getByRole('heading', { name: 'Checker’s findings' })).toBeTruthy();
    // Nothing to edit: no inspector fields, no delete button.
    await expect(canvas.queryByRole('textbox', { name: 'Title' })).toBeNull();
  },
};

export const Searching: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(await canvas.findByLabelText('Search boxes'), 'food');
    const results = await canvas.findByRole('list', { name: 'Matching boxes' });
    await userEvent.click(within(results).getAllByRole('button')[0]!);
    await expect(within(canvas.getByRole('region', { name: 'Details' })).getByRole('heading', { level: 2 })).toBeTruthy();
  },
};
