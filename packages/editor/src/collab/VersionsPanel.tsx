import { comparePlans, type PlanComparison } from '@changemap/core';
import { isCollabError, mayWrite, type VersionInfo } from '@changemap/collab';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { openFiles } from '../storage/open-file.js';
import { useEditorStore } from '../state/use-editor.js';
import { useCollaboration } from './collab-context.js';
import { ComparisonView } from './ComparisonView.js';
import { useVersionStore } from './use-version-store.js';

const WHEN = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/**
 * Named versions of the plan: save the plan as it is now, compare a version (or a plan file) with
 * the plan as it is now, and restore a version as one undoable step. In a shared room only editors
 * save and restore; everyone may compare.
 */
export function VersionsPanel() {
  const store = useEditorStore();
  const collaboration = useCollaboration();
  const { store: versions, author, shared } = useVersionStore();
  const nameId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [list, setList] = useState<VersionInfo[]>([]);
  const [name, setName] = useState('');
  const [message, setMessage] = useState<{ tone: 'error' | 'info'; text: string }>();
  const [comparing, setComparing] = useState<{ title: string; comparison: PlanComparison }>();
  const [confirming, setConfirming] = useState<VersionInfo>();
  const canWrite = !collaboration || (mayWrite(collaboration.role, 'versions') && mayWrite(collaboration.role, 'plan'));

  useEffect(() => {
    let live = true;
    const refresh = () =>
      void versions.list().then(
        (next) => live && setList(next),
        (error: unknown) => live && setMessage({ tone: 'error', text: reason(error) }),
      );
    refresh();
    const stop = versions.observe(refresh);
    return () => {
      live = false;
      stop();
    };
  }, [versions]);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const saved = await versions.save(name, store.getSnapshot().plan, author);
      setName('');
      setMessage({ tone: 'info', text: `Saved the version “${saved.name}”.` });
    } catch (error) {
      setMessage({ tone: 'error', text: reason(error) });
    }
  };

  const compare = async (version: VersionInfo) => {
    try {
      const plan = await versions.load(version.id);
      setComparing({ title: `Changes since “${version.name}”`, comparison: comparePlans(plan, store.getSnapshot().plan) });
      setMessage(undefined);
    } catch (error) {
      setMessage({ tone: 'error', text: reason(error) });
    }
  };

  const compareWithFile = async (file: File) => {
    const outcome = await openFiles([{ name: file.name, bytes: await file.arrayBuffer() }]);
    if (!outcome.ok) {
      // The same refusal as Open… gives (comparing never changes the open plan either).
      setMessage({ tone: 'error', text: [outcome.notice.text, ...(outcome.notice.details ?? [])].join(' ') });
      return;
    }
    setComparing({ title: `Changes from “${file.name}” to this plan`, comparison: comparePlans(outcome.plan, store.getSnapshot().plan) });
    setMessage(undefined);
  };

  const restore = async (version: VersionInfo) => {
    setConfirming(undefined);
    try {
      const plan = await versions.load(version.id);
      store.replace(plan, { tone: 'info', text: `Restored the version “${version.name}”. Undo brings back the plan as it was.` }, { undoable: true });
      // The restored plan is not what was last saved to a file.
      store.setUnsaved(true);
      setComparing(undefined);
    } catch (error) {
      setMessage({ tone: 'error', text: reason(error) });
    }
  };

  return (
    <section className="versions" aria-labelledby={`${nameId}-heading`}>
      <h2 id={`${nameId}-heading`}>Versions</h2>
      {canWrite ? (
        <form className="version-save" onSubmit={(event) => void save(event)}>
          <label htmlFor={nameId}>Name this version</label>
          <div className="version-save-row">
            <input id={nameId} value={name} onChange={(event) => setName(event.target.value)} placeholder="e.g. Agreed at the March board" maxLength={200} />
            <button type="submit" data-action="save-version">
              Save version
            </button>
          </div>
        </form>
      ) : (
        <p className="muted">You can compare versions; only editors of this room can save or restore them.</p>
      )}
      {!shared && (
        <p>
          <button type="button" data-action="compare-file" onClick={() => fileInput.current?.click()}>
            Compare with file…
          </button>
          <input
            ref={fileInput}
            type="file"
            accept=".json,application/json"
            className="visually-hidden"
            tabIndex={-1}
            aria-label="Plan file to compare with"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void compareWithFile(file);
            }}
          />
        </p>
      )}
      {message && (
        <p className={`version-message tone-${message.tone}`} role={message.tone === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      {list.length === 0 ? (
        <p className="muted">No versions yet{shared ? ' in this room' : ' of this plan in this browser'}.</p>
      ) : (
        <ul className="version-list">
          {list.map((version) => (
            <li key={version.id} className="version">
              <span className="version-name">{version.name}</span>
              <span className="version-meta">
                {WHEN.format(new Date(version.createdAt))}
                {shared ? ` · ${version.author.name}` : ''}
              </span>
              <span className="version-actions">
                <button type="button" onClick={() => void compare(version)}>
                  Compare with current<span className="visually-hidden"> “{version.name}”</span>
                </button>
                {canWrite && (
                  <button type="button" onClick={() => setConfirming(version)}>
                    Restore…<span className="visually-hidden"> “{version.name}”</span>
                  </button>
                )}
              </span>
              {confirming?.id === version.id && (
                <div className="version-confirm" role="group" aria-label={`Restore “${version.name}”?`}>
                  <p>Replace the plan with “{version.name}”? Undo brings back the plan as it is now.</p>
                  <button type="button" className="primary" onClick={() => void restore(version)}>
                    Restore
                  </button>
                  <button type="button" onClick={() => setConfirming(undefined)}>
                    Cancel
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {comparing && <ComparisonView title={comparing.title} comparison={comparing.comparison} onClose={() => setComparing(undefined)} />}
    </section>
  );
}

function reason(error: unknown): string {
  if (isCollabError(error)) return error.message;
  return `That did not work: ${error instanceof Error ? error.message : String(error)}. Nothing was changed.`;
}
