import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { Presenter } from '../present/Presenter.js';
import { loadFlagship } from './story-plans.js';

const plan = loadFlagship();

/**
 * The presenter on its own, as a read-only page uses it: a plan and a view in, nothing else. The
 * arrow keys step level by level, N shows the speaker notes, Escape calls `onExit`.
 */
const meta = {
  title: 'Presenter',
  component: Presenter,
  args: { plan, viewId: 'cta-2', fullscreen: false, onExit: () => undefined },
} satisfies Meta<typeof Presenter>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Call to action 2, level by level from its actions to the vision. */
export const CallToAction: Story = {
  play: async () => {
    // The presenter draws over the page (a portal into the body), so look there.
    const page = within(document.body);
    const counter = await page.findByTestId('presenter-counter');
    await expect(counter.textContent).toMatch(/^1 \/ \d+$/);
    await waitFor(() => expect(document.activeElement?.closest('[data-testid="presenter"]')).toBeTruthy());
    await userEvent.keyboard('{ArrowRight}');
    await expect(counter.textContent).toMatch(/^2 \//);
    await userEvent.keyboard('n');
    await expect(await page.findByTestId('presenter-notes')).toBeTruthy();
  },
};

/** Only the pathways through one outcome of call to action 3. */
export const OnePathway: Story = {
  args: { viewId: 'cta-3', pathwayOf: 'p3.1' },
  play: async () => {
    const page = within(document.body);
    await expect(await page.findByText('Pathways through “Support safer communities”')).toBeTruthy();
  },
};
