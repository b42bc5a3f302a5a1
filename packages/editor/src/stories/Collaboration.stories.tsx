import { addThread, createSharedVersionStore, reply, setResolved } from '@changemap/collab';
import { applyCommand, commands, comparePlans, type Plan } from '@changemap/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ReactNode } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import * as Y from 'yjs';
import { CollaborationContext, type EditorCollaboration } from '../collab/collab-context.js';
import { CommentsPanel } from '../collab/CommentsPanel.js';
import { ComparisonView } from '../collab/ComparisonView.js';
import { VersionsPanel } from '../collab/VersionsPanel.js';
import { EditorStore } from '../state/editor-store.js';
import { EditorContext } from '../state/use-editor.js';
import { loadFlagship } from './story-plans.js';

/** The comments and versions panels in a shared room (local Y.Docs), and the comparison view, on the flagship plan. */
const meta = { title: 'Collaboration' } satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;

const OUTCOME = 'o3-youth-justice';
const ana = { id: 'u-ana', name: 'Ana Costa', color: '#0b5cad' };
const ben = { id: 'u-ben', name: 'Ben Okafor' };
const at = (minute: number) => () => new Date(Date.UTC(2026, 2, 10, 9, minute));

function room(role: EditorCollaboration['role'], plan: Plan): EditorCollaboration {
  const comments = new Y.Doc();
  const open = addThread(comments, plan, { kind: 'node', id: OUTCOME }, ben, 'Which youth justice figures will we report on?', { now: at(0) });
  reply(comments, open, ana, 'First-time entrants, from the Youth Justice Board.', { now: at(5) });
  const done = addThread(comments, plan, { kind: 'node', id: OUTCOME }, ana, 'Title agreed with the police.', { now: at(1) });
  setResolved(comments, done, true);
  return { room: 'tower-hamlets', role, user: ana, comments, versions: new Y.Doc(), status: 'connected', peers: [] };
}

function Frame({ store, collaboration, children }: { store: EditorStore; collaboration?: EditorCollaboration; children: ReactNode }) {
  return (
    <EditorContext.Provider value={store}>
      <CollaborationContext.Provider value={collaboration}>
        <div className="changemap-editor changemap-root" style={{ width: 320 }}>
          {children}
        </div>
      </CollaborationContext.Provider>
    </EditorContext.Provider>
  );
}

export const Comments: Story = {
  render: () => {
    const plan = loadFlagship();
    const store = new EditorStore(plan, 'cta-3');
    store.select(OUTCOME);
    return (
      <Frame store={store} collaboration={room('commenter', plan)}>
        <CommentsPanel />
      </Frame>
    );
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('First-time entrants, from the Youth Justice Board.')).toBeTruthy();
    await userEvent.click(canvas.getByLabelText('Show resolved (1)'));
    await expect(canvas.getByText('Title agreed with the police.')).toBeTruthy();
  },
};

export const CommentsForAViewer: Story = {
  render: () => {
    const plan = loadFlagship();
    const store = new EditorStore(plan, 'cta-3');
    store.select(OUTCOME);
    return (
      <Frame store={store} collaboration={room('viewer', plan)}>
        <CommentsPanel />
      </Frame>
    );
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('You can read comments: your link to this room is view-only.')).toBeTruthy();
    await expect(canvas.queryByRole('button', { name: 'Reply' })).toBeNull();
  },
};

export const CommentsWhenLocal: Story = {
  render: () => (
    <Frame store={new EditorStore(loadFlagship(), 'cta-3')}>
      <CommentsPanel />
    </Frame>
  ),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Share the plan to comment on it with others.')).toBeTruthy();
  },
};

export const Versions: Story = {
  render: () => {
    const plan = loadFlagship();
    const collaboration = room('editor', plan);
    const versions = createSharedVersionStore(collaboration.versions, { now: at(30) });
    void versions.save('Agreed at the March board', plan, ana);
    const store = new EditorStore(applyCommand(plan, commands.updateNode(OUTCOME, { title: 'Fewer young people offend' })), 'cta-3');
    return (
      <Frame store={store} collaboration={collaboration}>
        <VersionsPanel />
      </Frame>
    );
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Compare with current “Agreed at the March board”' }));
    await expect(await canvas.findByText(/^Changed title of outcome: /)).toBeTruthy();
  },
};

export const Comparison: Story = {
  render: () => {
    const before = loadFlagship();
    const after = applyCommand(
      before,
      commands.batch(
        commands.addNode({ id: 'o-new', kind: 'outcome', title: 'Fewer young people not in education, employment or training' }),
        commands.updateNode(OUTCOME, { title: 'Fewer young people offend' }),
        commands.setPlanInfo({ period: '2024-2029' }),
      ),
    );
    return (
      <Frame store={new EditorStore(after, 'cta-3')}>
        <ComparisonView title="Changes since “Agreed at the March board”" comparison={comparePlans(before, after)} onClose={() => undefined} />
      </Frame>
    );
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('1 plan field changed; 2 boxes: 1 added, 1 changed')).toBeTruthy();
    await expect(canvas.getByRole('button', { name: /^Added outcome “Fewer young people not in education/ })).toBeTruthy();
  },
};
