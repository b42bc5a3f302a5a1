import { addThread, createSharedVersionStore, getThreads, setResolved, type Role } from '@changemap/collab';
import { Table, type Plan } from '@changemap/core';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { EditorStore } from '../state/editor-store.js';
import { EditorContext } from '../state/use-editor.js';
import { CollaborationContext, type EditorCollaboration } from './collab-context.js';
import { CommentBadge } from './CommentBadge.js';
import { CommentsPanel } from './CommentsPanel.js';
import { VersionsPanel } from './VersionsPanel.js';

function plan(): Plan {
  return {
    id: 'room-plan',
    title: 'Plan',
    nodes: Table.fromValues([
      { id: 'o1', kind: 'outcome', title: 'Fewer children in poverty' },
      { id: 'a1', kind: 'action', title: 'Free school meals' },
    ]),
    edges: Table.fromValues([{ id: 'c1', kind: 'contributesTo', source: 'a1', target: 'o1' }]),
    views: {},
  };
}

const ana = { id: 'u-ana', name: 'Ana', color: '#0b5cad' };

function room(role: Role, comments = new Y.Doc(), versions = new Y.Doc()): EditorCollaboration {
  return { room: 'r', role, user: ana, comments, versions, status: 'connected', peers: [] };
}

function renderIn(store: EditorStore, collaboration: EditorCollaboration | undefined, ui: ReactNode) {
  return render(
    <EditorContext.Provider value={store}>
      <CollaborationContext.Provider value={collaboration}>{ui}</CollaborationContext.Provider>
    </EditorContext.Provider>,
  );
}

describe('CommentsPanel', () => {
  it('says to share the plan when it is local only', () => {
    renderIn(new EditorStore(plan()), undefined, <CommentsPanel />);
    expect(screen.getByRole('region', { name: 'Comments' }).textContent).toContain('Share the plan to comment on it with others.');
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  it('starts a thread on the selected box, replies, resolves, and shows resolved threads on request', () => {
    const store = new EditorStore(plan());
    const collaboration = room('commenter');
    store.select('o1');
    renderIn(store, collaboration, <CommentsPanel />);
    expect(screen.getByRole('heading', { name: 'On the outcome “Fewer children in poverty”' })).toBeTruthy();
    fireEvent.change(screen.getByLabelText('New comment'), { target: { value: 'How will we measure this?' } });
    fireEvent.click(screen.getByRole('button', { name: 'Comment' }));
    const [thread] = getThreads(collaboration.comments);
    expect(thread).toMatchObject({
      anchor: { kind: 'node', id: 'o1' },
      comments: [{ text: 'How will we measure this?', author: { id: 'u-ana', name: 'Ana' } }],
    });

    fireEvent.change(screen.getByPlaceholderText('Reply…'), { target: { value: 'The child poverty rate.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Reply' }));
    expect(getThreads(collaboration.comments)[0]!.comments.map((comment) => comment.text)).toEqual(['How will we measure this?', 'The child poverty rate.']);

    fireEvent.click(screen.getByRole('button', { name: 'Resolve' }));
    expect(screen.queryByText('How will we measure this?', { selector: '.comment-text' })).toBeNull();
    fireEvent.click(screen.getByLabelText('Show resolved (1)'));
    expect(screen.getByText('How will we measure this?', { selector: '.comment-text' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Reopen' }));
    expect(getThreads(collaboration.comments)[0]!.resolved).toBe(false);
  });

  it('shows a remote comment as it arrives, refuses empty text, and lists open threads to jump to', () => {
    const store = new EditorStore(plan());
    const collaboration = room('editor');
    renderIn(store, collaboration, <CommentsPanel />);
    act(() => void addThread(collaboration.comments, plan(), { kind: 'node', id: 'a1' }, { id: 'u-ben', name: 'Ben' }, 'Still funded next year?'));
    const open = screen.getByText('All open threads (1)').closest('details')!;
    fireEvent.click(within(open).getByRole('button', { name: 'the action “Free school meals”: Still funded next year?' }));
    expect(store.getSnapshot().selectedNodeId).toBe('a1');
    // Ben's comment: no Edit or Delete for Ana.
    expect(screen.queryByRole('button', { name: 'Edit' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Comment' }));
    expect(screen.getByRole('alert').textContent).toBe('A comment needs some text.');
  });

  it('lets a viewer read but not write, and says why', () => {
    const store = new EditorStore(plan());
    const collaboration = room('viewer');
    addThread(collaboration.comments, plan(), { kind: 'edge', id: 'c1' }, { id: 'u-ben', name: 'Ben' }, 'Is this link strong?');
    store.select(undefined, 'c1');
    renderIn(store, collaboration, <CommentsPanel />);
    expect(screen.getByText('You can read comments: your link to this room is view-only.')).toBeTruthy();
    expect(screen.getByText('Is this link strong?', { selector: '.comment-text' })).toBeTruthy();
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Resolve' })).toBeNull();
  });

  it('keeps a thread on a removed box readable', () => {
    const store = new EditorStore(plan());
    const collaboration = room('editor');
    addThread(collaboration.comments, plan(), { kind: 'node', id: 'a1' }, ana, 'About to go');
    act(() => void store.apply({ type: 'removeNode', id: 'a1' }));
    renderIn(store, collaboration, <CommentsPanel />);
    expect(screen.getByText('a removed box: About to go')).toBeTruthy();
  });
});

describe('CommentBadge', () => {
  it('counts a box’s open threads as they come and go, and shows nothing in a local plan', () => {
    const collaboration = room('editor');
    const { container } = renderIn(new EditorStore(plan()), collaboration, <CommentBadge nodeId="o1" />);
    expect(container.textContent).toBe('');
    let threadId = '';
    act(() => void (threadId = addThread(collaboration.comments, plan(), { kind: 'node', id: 'o1' }, ana, 'One')));
    act(() => void addThread(collaboration.comments, plan(), { kind: 'node', id: 'o1' }, ana, 'Two'));
    act(() => void addThread(collaboration.comments, plan(), { kind: 'node', id: 'a1' }, ana, 'Elsewhere'));
    expect(screen.getByTitle('2 open comment threads')).toBeTruthy();
    act(() => setResolved(collaboration.comments, threadId, true));
    expect(screen.getByTitle('1 open comment thread')).toBeTruthy();
    const local = renderIn(new EditorStore(plan()), undefined, <CommentBadge nodeId="o1" />);
    expect(local.container.textContent).toBe('');
  });
});

describe('VersionsPanel in a shared room', () => {
  it('saves a version to the room, compares it with the plan now, and restores it as one undo step', async () => {
    const store = new EditorStore(plan());
    const collaboration = room('editor');
    renderIn(store, collaboration, <VersionsPanel />);
    fireEvent.change(screen.getByLabelText('Name this version'), { target: { value: 'Agreed' } });
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Save version' })));
    expect((await createSharedVersionStore(collaboration.versions).list()).map((version) => version.name)).toEqual(['Agreed']);
    expect(await screen.findByText('Agreed', { selector: '.version-name' })).toBeTruthy();

    act(() => void store.apply({ type: 'updateNode', id: 'o1', changes: { title: 'Fewer families in poverty' } }));
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Compare with current “Agreed”' })));
    const comparison = await screen.findByRole('region', { name: 'Changes since “Agreed”' });
    fireEvent.click(within(comparison).getByRole('button', { name: 'Changed title of outcome: “Fewer children in poverty” → “Fewer families in poverty”' }));
    expect(store.getSnapshot().selectedNodeId).toBe('o1');

    fireEvent.click(screen.getByRole('button', { name: 'Restore… “Agreed”' }));
    await act(async () => void fireEvent.click(within(screen.getByRole('group', { name: 'Restore “Agreed”?' })).getByRole('button', { name: 'Restore' })));
    expect(store.getSnapshot().plan.nodes.get('o1')?.title).toBe('Fewer children in poverty');
    act(() => store.undo());
    expect(store.getSnapshot().plan.nodes.get('o1')?.title).toBe('Fewer families in poverty');
  });

  it('lets a commenter compare but not save or restore', async () => {
    const collaboration = room('commenter');
    await createSharedVersionStore(collaboration.versions).save('Agreed', plan(), ana);
    renderIn(new EditorStore(plan()), collaboration, <VersionsPanel />);
    expect(await screen.findByRole('button', { name: 'Compare with current “Agreed”' })).toBeTruthy();
    expect(screen.getByText('You can compare versions; only editors of this room can save or restore them.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Save version' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Restore… “Agreed”' })).toBeNull();
  });
});
