import { commands, EDGE_KIND_LABELS, getPlanLevels, getNodeLevel, getView } from '@changemap/core';
import type { PlanEdge, PlanNode } from '@changemap/core';
import { useEffect, useId, useState } from 'react';
import { useEditor, useEditorStore } from '../state/use-editor.js';
import { changeFor, parseInput, readField, toInputText } from './field-values.js';
import { FIELDS, LINK_FIELDS, PLAN_INFO_FIELDS, PROVENANCE_FIELDS, type FieldSpec } from './fields.js';
import { KIND_LOOK } from './kinds.js';
import { LinkTo } from './LinkTo.js';
import { NarrativePanel } from './NarrativePanel.js';
import { ProgressSection } from '../results/ProgressSection.js';

/** Every field of the selected box or link, with input checks; each field's typing is one undo step. */
export function Inspector() {
  // Select the box or link itself, so moving boxes around does not redraw the inspector.
  const node = useEditor((s) => (s.selectedNodeId ? s.plan.nodes.get(s.selectedNodeId) : undefined));
  const edge = useEditor((s) => (s.selectedEdgeId ? s.plan.edges.get(s.selectedEdgeId) : undefined));
  const readOnly = useEditor((s) => s.readOnly);
  return (
    <aside className="inspector" aria-label="Inspector">
      {/* A disabled fieldset turns every field off at once when the plan is shared read-only. */}
      <fieldset className="inspector-fieldset" disabled={readOnly}>
        {node ? <NodeInspector node={node} /> : edge ? <EdgeInspector edge={edge} /> : <PlanInspector />}
      </fieldset>
    </aside>
  );
}

function NodeInspector({ node }: { node: PlanNode }) {
  const store = useEditorStore();
  return (
    <form
      className="inspector-form"
      data-node-id={node.id}
      onSubmit={(e) => e.preventDefault()}
      aria-label={`Details of the ${KIND_LOOK[node.kind].label.toLowerCase()}`}
    >
      <h2>
        <span aria-hidden="true">{KIND_LOOK[node.kind].icon}</span> {KIND_LOOK[node.kind].label}
      </h2>
      {FIELDS[node.kind].map((spec) => (
        <NodeField key={`${node.id}:${spec.path.join('.')}`} node={node} spec={spec} />
      ))}
      <fieldset>
        <legend>Where this comes from</legend>
        {PROVENANCE_FIELDS.map((spec) => (
          <NodeField key={`${node.id}:${spec.path.join('.')}`} node={node} spec={spec} />
        ))}
      </fieldset>
      <ProgressSection node={node} />
      <NarrativePanel node={node} />
      <LinkTo node={node} />
      <PinField node={node} />
      <button type="button" className="danger" onClick={() => store.apply(commands.removeNode(node.id))}>
        Delete this {KIND_LOOK[node.kind].label.toLowerCase()}
      </button>
    </form>
  );
}

/** With nothing selected: the plan's own title, period and description, each typing one undo step. */
function PlanInspector() {
  const store = useEditorStore();
  const title = useEditor((s) => s.plan.title);
  const period = useEditor((s) => s.plan.period);
  const description = useEditor((s) => s.plan.description);
  const info = { title, period, description };
  return (
    <form className="inspector-form" onSubmit={(e) => e.preventDefault()} aria-label="Details of the plan">
      <h2>This plan</h2>
      {PLAN_INFO_FIELDS.map((spec) => (
        <Field
          key={spec.path.join('.')}
          record={info}
          spec={spec}
          onCommit={(value) => store.apply(commands.setPlanInfo({ [spec.path[0]!]: value }), { squashKey: `plan:${spec.path.join('.')}` })}
        />
      ))}
      <p className="muted">Select a box or a link to see and edit its details.</p>
    </form>
  );
}

/** Pinned boxes keep their place in this view when the layout is tidied. */
function PinField({ node }: { node: PlanNode }) {
  const store = useEditorStore();
  const viewId = useEditor((s) => s.viewId);
  const pinned = useEditor((s) => getView(s.plan, viewId)?.pinned?.includes(node.id) ?? false);
  return (
    <label className="field field-boolean">
      Keep in place when tidying this view (pin)
      <input type="checkbox" checked={pinned} onChange={(e) => store.apply(commands.setPinned(viewId, node.id, e.target.checked))} />
    </label>
  );
}

/** A field of a box; the level's choices are the plan's levels. */
function NodeField({ node, spec }: { node: PlanNode; spec: FieldSpec }) {
  const store = useEditorStore();
  const levelChoices = useEditor((s) => (spec.type === 'level' ? getPlanLevels(s.plan) : undefined));
  // Where the box sits when no level is chosen: its kind's default, if the plan has that level.
  const fallback = useEditor((s) => (spec.type === 'level' ? getNodeLevel(s.plan, { ...node, level: undefined } as PlanNode) : undefined));
  const shown: FieldSpec = levelChoices ? { ...spec, options: levelChoices.map((l) => l.id) } : spec;
  const titles = levelChoices ? new Map(levelChoices.map((l) => [l.id, l.title])) : undefined;
  return (
    <Field
      record={node}
      spec={shown}
      optionLabel={titles && ((id) => titles.get(id) ?? id)}
      emptyLabel={titles && (fallback ? `Default: ${titles.get(fallback) ?? fallback}` : 'None')}
      onCommit={(value) =>
        store.apply(commands.updateNode(node.id, changeFor(node, spec.path, value)), { squashKey: `edit:${node.id}:${spec.path.join('.')}` })
      }
    />
  );
}

interface FieldProps {
  record: object;
  spec: FieldSpec;
  onCommit: (value: unknown) => void;
  /** How a choice reads in a list; the stored word when absent. */
  optionLabel?: ((value: string) => string) | undefined;
  /** What "no choice" reads as; a dash when absent. */
  emptyLabel?: string | undefined;
}

/** One input with its label, help and error; each value typed is checked before it is applied. */
function Field({ record, spec, onCommit, optionLabel, emptyLabel }: FieldProps) {
  const id = useId();
  const stored = toInputText(spec, readField(record, spec.path));
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
    onCommit(parsed.value);
  };

  const common = { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': error ? `${id}-error` : undefined };
  let input;
  switch (spec.type) {
    case 'textarea':
      input = <textarea {...common} value={text} rows={spec.path[0] === 'title' ? 3 : 4} onChange={(e) => commit(e.target.value)} />;
      break;
    case 'select':
    case 'level':
      input = (
        <select {...common} value={text} onChange={(e) => commit(e.target.value)}>
          <option value="">{emptyLabel ?? '—'}</option>
          {spec.options!.map((o) => (
            <option key={o} value={o}>
              {optionLabel ? optionLabel(o) : o}
            </option>
          ))}
        </select>
      );
      break;
    case 'boolean':
      input = <input {...common} type="checkbox" checked={text === 'true'} onChange={(e) => commit(String(e.target.checked))} />;
      break;
    default:
      input = (
        <input
          {...common}
          type="text"
          inputMode={spec.type === 'number' || spec.type === 'integer' ? 'decimal' : undefined}
          value={text}
          onChange={(e) => commit(e.target.value)}
        />
      );
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
      {LINK_FIELDS[edge.kind].map((spec) => (
        <Field
          key={`${edge.id}:${spec.path.join('.')}`}
          record={edge}
          spec={spec}
          onCommit={(value) =>
            store.apply(commands.updateEdge(edge.id, changeFor(edge, spec.path, value)), { squashKey: `edge:${edge.id}:${spec.path.join('.')}` })
          }
        />
      ))}
      <button type="button" className="danger" onClick={() => store.apply(commands.disconnect(edge.id))}>
        Delete this link
      </button>
    </form>
  );
}
