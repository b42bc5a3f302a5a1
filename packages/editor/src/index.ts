/**
 * `@changemap/editor`: the React editor for Changemap plans.
 *
 * @packageDocumentation
 */
export { ChangemapEditor } from './components/ChangemapEditor.js';
export type { ChangemapEditorProps } from './components/ChangemapEditor.js';
export { EditorStore } from './state/editor-store.js';
export type { EditorSnapshot, Notice } from './state/editor-store.js';
export { toFlow } from './adapter/to-flow.js';
export type { FlowEdge, FlowNode, PlanNodeData } from './adapter/to-flow.js';
export { getViewMembers } from './adapter/view-members.js';
export { createElkLayout } from './layout/elk-layout.js';
export type { LayoutWorkerFactory, ViewLayout } from './layout/elk-layout.js';
export { Presenter } from './present/Presenter.js';
export type { PresenterProps } from './present/Presenter.js';
