import { ACTION_STATUSES, addDeliveryUpdate, type ActionNode, type ActionStatus } from '@changemap/core';
import { useId, useState } from 'react';
import { useEditorStore } from '../state/use-editor.js';
import { StatusBadge } from './StatusBadge.js';
import type { StatusLook } from './status-look.js';

const ACTION_STATUS_WORDS: Readonly<Record<ActionStatus, string>> = { planned: 'Planned', inProgress: 'In progress', done: 'Done', paused: 'Paused' };

export function actionLook(status: ActionStatus | undefined): StatusLook {
  switch (status) {
    case undefined:
      return { words: 'No status yet', tone: 'neutral', mark: '–' };
    case 'planned':
      return { words: ACTION_STATUS_WORDS[status], tone: 'neutral', mark: '○' };
    case 'inProgress':
      return { words: ACTION_STATUS_WORDS[status], tone: 'neutral', mark: '◐' };
    case 'done':
      return { words: ACTION_STATUS_WORDS[status], tone: 'good', mark: '✓' };
    case 'paused':
      return { words: ACTION_STATUS_WORDS[status], tone: 'bad', mark: '⏸' };
    default:
      return status satisfies never;
  }
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** An action's delivery: its status in words and colour, the dated updates (newest first), and a form to add one (one undo step). */
export function DeliveryPanel({ action }: { action: ActionNode }) {
  const store = useEditorStore();
  const id = useId();
  const [date, setDate] = useState(today);
  const [status, setStatus] = useState<ActionStatus>(action.status ?? 'inProgress');
  const [note, setNote] = useState('');
  const [by, setBy] = useState('');
  const [error, setError] = useState<string | undefined>();
  const updates = [...(action.delivery ?? [])].reverse();

  const add = () => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
      setError('Enter the date of the update, e.g. 2025-03-31.');
      return;
    }
    const ok = store.apply(addDeliveryUpdate(action, { date, status, ...(note.trim() && { note: note.trim() }), ...(by.trim() && { by: by.trim() }) }));
    if (!ok) {
      setError('The update could not be added (see the message at the top). Nothing has changed.');
      return;
    }
    setError(undefined);
    setNote('');
  };

  return (
    <section className="progress-panel" aria-label="Delivery">
      <h3>Delivery</h3>
      <div className="status-line">
        <StatusBadge look={actionLook(action.status)} label="Status" />
      </div>
      {updates.length === 0 ? (
        <p className="muted">No delivery updates yet.</p>
      ) : (
        <ul className="delivery-list" aria-label="Delivery updates, newest first">
          {updates.map((u, i) => (
            <li key={`${u.date}-${i}`}>
              <strong>{u.date}</strong> <StatusBadge look={actionLook(u.status)} />
              {u.note && <p>{u.note}</p>}
              {u.by && <p className="muted">Reported by {u.by}</p>}
            </li>
          ))}
        </ul>
      )}
      <fieldset className="delivery-form">
        <legend>Add a delivery update</legend>
        <label htmlFor={`${id}-date`}>Date</label>
        <input id={`${id}-date`} type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        <label htmlFor={`${id}-status`}>Status</label>
        <select id={`${id}-status`} value={status} onChange={(e) => setStatus(e.target.value as ActionStatus)}>
          {ACTION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {ACTION_STATUS_WORDS[s]}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-note`}>What happened</label>
        <textarea id={`${id}-note`} rows={3} value={note} onChange={(e) => setNote(e.target.value)} />
        <label htmlFor={`${id}-by`}>Reported by</label>
        <input id={`${id}-by`} type="text" value={by} onChange={(e) => setBy(e.target.value)} />
        {error && (
          <small className="field-error" role="alert">
            {error}
          </small>
        )}
        <button type="button" onClick={add} data-action="add-delivery-update">
          Add update
        </button>
      </fieldset>
    </section>
  );
}
