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
export { ChangemapViewer } from './viewer/ChangemapViewer.js';
export type { ChangemapViewerProps } from './viewer/ChangemapViewer.js';
