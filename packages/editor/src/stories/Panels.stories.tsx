import type { Meta, StoryObj } from '@storybook/react-vite';
import { ReactFlowProvider } from '@xyflow/react';
import { expect, userEvent, within } from 'storybook/test';
import { Outline } from '../components/Outline.js';
import { ProblemsPanel } from '../components/ProblemsPanel.js';
import { EditorStore } from '../state/editor-store.js';
import { EditorContext } from '../state/use-editor.js';
import { loadFlagship } from './story-plans.js';

let problemsStore: EditorStore | undefined;

/** The problems panel and the outline on the flagship plan, call to action 3. */
const meta = {
  title: 'Panels',
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

export const Problems: Story = {
  render: () => {
    problemsStore = new EditorStore(loadFlagship(), 'cta-3');
    return (
      <EditorContext.Provider value={problemsStore}>
        <div style={{ width: 360 }}>
          <ProblemsPanel />
        </div>
      </EditorContext.Provider>
    );
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Warnings (3)')).toBeTruthy();
    await userEvent.click(canvas.getByText(/Fewer children and young people offend or reoffend/));
    await expect(problemsStore!.getSnapshot().selectedNodeId).toBe('o3-youth-justice');
    await userEvent.click(canvas.getByLabelText('Whole plan'));
    await expect(canvas.getByText(/Warnings \(\d+\)/).textContent).not.toBe('Warnings (3)');
  },
};

export const PlanOutline: Story = {
  render: () => (
    <EditorContext.Provider value={new EditorStore(loadFlagship(), 'cta-1')}>
      <ReactFlowProvider>
        <div style={{ width: 280, height: 700, display: 'flex' }}>
          <Outline />
        </div>
      </ReactFlowProvider>
    </EditorContext.Provider>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole('button', { name: /^\d\. / }).length).toBeGreaterThanOrEqual(5);
    await userEvent.click(canvas.getByText('This view as a list'));
    await expect(canvas.getByRole('list', { name: 'The open view as a list' })).toBeTruthy();
  },
};
