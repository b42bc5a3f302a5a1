import { useEditor, useEditorStore } from '../state/use-editor.js';

/** The last message for the officer (a refused link, a file that could not be opened …). */
export function NoticeBar() {
  const store = useEditorStore();
  const notice = useEditor((s) => s.notice);
  if (!notice) return <div className="notice-bar empty" role="status" aria-live="polite" />;
  return (
    <div className={`notice-bar tone-${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'} aria-live="polite">
      <div>
        <p className="notice-text">{notice.text}</p>
        {notice.details && (
          <ul>
            {notice.details.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        )}
      </div>
      {notice.action && (
        <button type="button" onClick={notice.action.run}>
          {notice.action.label}
        </button>
      )}
      <button type="button" onClick={() => store.notify(undefined)} aria-label="Dismiss message">
        ✕
      </button>
    </div>
  );
}
