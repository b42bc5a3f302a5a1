import { validate, type Plan } from '@changemap/core';
import { ChangemapEditor } from '@changemap/editor';
import { exportJson, importModel } from '@changemap/schemas';
import { useMemo, useState, type ChangeEvent } from 'react';
import { buildPlan } from './plan';

/** A host page: its own header (problem count, open and save) around the embedded editor. */
export function App() {
  const [plan, setPlan] = useState<Plan>(buildPlan);
  const [message, setMessage] = useState<string>();
  const issues = useMemo(() => validate(plan), [plan]);
  const errors = issues.filter((issue) => issue.severity === 'error').length;

  async function open(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    // importModel never throws: it returns the plan, or every reason the file was refused.
    const result = importModel(new Uint8Array(await file.arrayBuffer()));
    if (result.ok) {
      setPlan(result.model);
      setMessage(undefined);
    } else {
      setMessage(`${file.name} could not be opened: ${result.errors.map((error) => error.message).join(' ')}`);
    }
  }

  function save() {
    const url = URL.createObjectURL(new Blob([exportJson(plan)], { type: 'application/json' }));
    const link = Object.assign(document.createElement('a'), { href: url, download: `${plan.id}.changemap.json` });
    link.click();
    URL.revokeObjectURL(url);
  }

  return (
    <div className="host">
      <header className="host-header">
        <h1>{plan.title}</h1>
        <span data-testid="host-summary">
          {plan.nodes.size} boxes · {errors} errors · {issues.length - errors} warnings and notes
        </span>
        <label>
          Open…
          <input type="file" accept=".json,application/json" hidden onChange={open} />
        </label>
        <button type="button" onClick={save}>
          Save
        </button>
      </header>
      {message && <p role="alert">{message}</p>}
      <div className="host-editor">
        <ChangemapEditor plan={plan} onChange={setPlan} />
      </div>
    </div>
  );
}
