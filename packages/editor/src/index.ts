/**
 * `@changemap/editor`: the React editor for Changemap plans.
 *
 * @packageDocumentation
 */
export { ChangemapEditor } from './components/ChangemapEditor.js';
export type { ChangemapEditorProps } from './components/ChangemapEditor.js';
export { EditorStore } from './state/editor-store.js';
export type { EditorSnapshot, Notice, ReplaceOptions } from './state/editor-store.js';
export { toFlow } from './adapter/to-flow.js';
export type { FlowEdge, FlowNode, PlanNodeData } from './adapter/to-flow.js';
export { getViewMembers } from './adapter/view-members.js';
export { createElkLayout } from './layout/elk-layout.js';
export type { LayoutWorkerFactory, ViewLayout } from './layout/elk-layout.js';
export { ChangemapEditorProvider, MainArea } from './components/ChangemapEditor.js';
export type { EditorTheme } from './components/ChangemapEditor.js';
export type { SidePanels } from './components/SidePanel.js';
export { useChangemapEditor } from './state/use-changemap-editor.js';
export type { UseChangemapEditorOptions } from './state/use-changemap-editor.js';
export { useEditor, useEditorStore } from './state/use-editor.js';
// The panels, for hosts that lay the editor out themselves (inside <ChangemapEditorProvider>).
export { Canvas } from './components/Canvas.js';
export { Inspector } from './components/Inspector.js';
export { Legend } from './components/Legend.js';
export { NoticeBar } from './components/NoticeBar.js';
export { Outline } from './components/Outline.js';
export { ProblemsPanel } from './components/ProblemsPanel.js';
export { CommentsPanel } from './collab/CommentsPanel.js';
export { VersionsPanel } from './collab/VersionsPanel.js';
export { ResearchView } from './components/ResearchView.js';
export { ResultsView } from './results/ResultsView.js';
export { Toolbar } from './components/Toolbar.js';
export { ChangemapViewer } from './viewer/ChangemapViewer.js';
export type { ChangemapViewerProps } from './viewer/ChangemapViewer.js';
export { Presenter } from './present/Presenter.js';
export type { PresenterProps } from './present/Presenter.js';
// Working on one plan together: a room on a sync server (see docs/embedding.md and docs/collaboration.md).
export { SharedChangemapEditor } from './collab/SharedChangemapEditor.js';
export type { SharedChangemapEditorProps } from './collab/SharedChangemapEditor.js';
export { CollaborationContext, useCollaboration } from './collab/collab-context.js';
export type { CollabUser, EditorCollaboration, Peer } from './collab/collab-context.js';
