import { commands, EDGE_KIND_LABELS, EVIDENCE_STANCES, EVIDENCE_STRENGTHS } from '@changemap/core';
import type { PlanEdge, PlanNode } from '@changemap/core';
import { useEffect, useId, useState } from 'react';
import { useEditor, useEditorStore } from '../state/use-editor.js';
import { changeFor, parseInput, readField, toInputText } from './field-values.js';
import { FIELDS, PROVENANCE_FIELDS, type FieldSpec } from './fields.js';
import { KIND_LOOK } from './kinds.js';
import { LinkTo } from './LinkTo.js';
import { NarrativePanel } from './NarrativePanel.js';

/** Every field of the selected box or link, with input checks; each field's typing is one undo step. */
export function Inspector() {
  // Select the box or link itself, so moving boxes around does not redraw the inspector.
  const node = useEditor((s) => (s.selectedNodeId ? s.plan.nodes.get(s.selectedNodeId) : undefined));
  const edge = useEditor((s) => (s.selectedEdgeId ? s.plan.edges.get(s.selectedEdgeId) : undefined));
  return (
    <aside className="inspector" aria-label="Inspector">
      {node ? <NodeInspector node={node} /> : edge ? <EdgeInspector edge={edge} /> : <p className="muted">Select a box or a link to see and edit its details.</p>}
    </aside>
  );
}

function NodeInspector({ node }: { node: PlanNode }) {
  const store = useEditorStore();
  return (
    <form className="inspector-form" onSubmit={(e) => e.preventDefault()} aria-label={`Details of the ${KIND_LOOK[node.kind].label.toLowerCase()}`}>
      <h2>
        <span aria-hidden="true">{KIND_LOOK[node.kind].icon}</span> {KIND_LOOK[node.kind].label}
      </h2>
      {FIELDS[node.kind].map((spec) => (
        <Field key={`${node.id}:${spec.path.join('.')}`} node={node} spec={spec} />
      ))}
      <fieldset>
        <legend>Where this comes from</legend>
        {PROVENANCE_FIELDS.map((spec) => (
          <Field key={`${node.id}:${spec.path.join('.')}`} node={node} spec={spec} />
        ))}
      </fieldset>
      <NarrativePanel node={node} />
      <LinkTo node={node} />
      <PinField node={node} />
      <button type="button" className="danger" onClick={() => store.apply(commands.removeNode(node.id))}>
        Delete this {KIND_LOOK[node.kind].label.toLowerCase()}
      </button>
    </form>
  );
}

/** Pinned boxes keep their place in this view when the layout is tidied. */
function PinField({ node }: { node: PlanNode }) {
  const store = useEditorStore();
  const viewId = useEditor((s) => s.viewId);
  const pinned = useEditor((s) => s.plan.views[viewId]?.pinned?.includes(node.id) ?? false);
  return (
    <label className="field field-boolean">
      Keep in place when tidying this view (pin)
      <input type="checkbox" checked={pinned} onChange={(e) => store.apply(commands.setPinned(viewId, node.id, e.target.checked))} />
    </label>
  );
}

function Field({ node, spec }: { node: PlanNode; spec: FieldSpec }) {
  const store = useEditorStore();
  const id = useId();
  const stored = toInputText(spec, readField(node, spec.path));
  const [text, setText] = useState(stored);
  const [error, setError] = useState<string | undefined>();
  // Undo, redo or another tab may change the value under the input.
  useEffect(() => {
    setText(stored);
    setError(undefined);
  }, [stored]);

  const commit = (next: string) => {
    setText(next);
    const parsed = parseInput(spec, next);
    if (!parsed.ok) {
      setError(parsed.message);
      return;
    }
    setError(undefined);
    store.apply(commands.updateNode(node.id, changeFor(node, spec.path, parsed.value)), { squashKey: `edit:${node.id}:${spec.path.join('.')}` });
  };

  const common = { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': error ? `${id}-error` : undefined };
  let input;
  switch (spec.type) {
    case 'textarea':
      input = <textarea {...common} value={text} rows={spec.path[0] === 'title' ? 3 : 4} onChange={(e) => commit(e.target.value)} />;
      break;
    case 'select':
      input = (
        <select {...common} value={text} onChange={(e) => commit(e.target.value)}>
          <option value="">—</option>
          {spec.options!.map((o) => (
            <option key={o} value={o}>{o}</option>
          ))}
        </select>
      );
      break;
    case 'boolean':
      input = <input {...common} type="checkbox" checked={text === 'true'} onChange={(e) => commit(String(e.target.checked))} />;
      break;
    default:
      input = <input {...common} type="text" inputMode={spec.type === 'number' || spec.type === 'integer' ? 'decimal' : undefined} value={text} onChange={(e) => commit(e.target.value)} />;
  }
  return (
    <div className={`field field-${spec.type}`}>
      <label htmlFor={id}>{spec.label}</label>
      {input}
      {spec.help && <small className="muted">{spec.help}</small>}
      {error && (
        <small id={`${id}-error`} className="field-error" role="alert">
          {error}
        </small>
      )}
    </div>
  );
}

function EdgeInspector({ edge }: { edge: PlanEdge }) {
  const store = useEditorStore();
  const nodes = useEditor((s) => s.plan.nodes);
  const edges = useEditor((s) => s.plan.edges);
  const title = (id: string) => nodes.get(id)?.title ?? edges.get(id)?.id ?? id;
  return (
    <form className="inspector-form" onSubmit={(e) => e.preventDefault()} aria-label="Details of the link">
      <h2>Link: {EDGE_KIND_LABELS[edge.kind]}</h2>
      <p>
        <strong>{title(edge.source)}</strong> {EDGE_KIND_LABELS[edge.kind]} <strong>{title(edge.target)}</strong>
      </p>
      <label>
        Why (description)
        <textarea value={edge.description ?? ''} onChange={(e) => store.apply(commands.updateEdge(edge.id, { description: e.target.value || undefined }), { squashKey: `edge:${edge.id}` })} />
      </label>
      {edge.kind === 'supports' && (
        <>
          <label>
            Strength
            <select value={edge.strength ?? ''} onChange={(e) => store.apply(commands.updateEdge(edge.id, { strength: (e.target.value || undefined) as PlanEdge['strength'] }))}>
              <option value="">—</option>
              {EVIDENCE_STRENGTHS.map((s) => <option key={s}>{s}</option>)}
            </select>
          </label>
          <label>
            Stance
            <select value={edge.stance ?? ''} onChange={(e) => store.apply(commands.updateEdge(edge.id, { stance: (e.target.value || undefined) as PlanEdge['stance'] }))}>
              <option value="">—</option>
              {EVIDENCE_STANCES.map((s) => <option key={s}>{s}</option>)}
            </select>
          </label>
        </>
      )}
      <button type="button" className="danger" onClick={() => store.apply(commands.disconnect(edge.id))}>
        Delete this link
      </button>
    </form>
  );
}
