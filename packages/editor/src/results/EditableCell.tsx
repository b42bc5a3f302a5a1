import { commands, type IndicatorNode } from '@changemap/core';
import { useEffect, useId, useState } from 'react';
import { changeFor, parseInput, readField, toInputText } from '../components/field-values.js';
import { FIELDS } from '../components/fields.js';
import { useEditorStore } from '../state/use-editor.js';

/**
 * A figure of an indicator edited where it stands in the table: typed text is checked as the
 * inspector checks it and written as one command (one undo step) when the officer leaves the cell
 * or presses Enter; Escape puts the stored value back.
 */
export function EditableCell({ indicator, path, label }: { indicator: IndicatorNode; path: readonly string[]; label: string }) {
  const store = useEditorStore();
  const errorId = useId();
  const spec = FIELDS.indicator.find((f) => f.path.join('.') === path.join('.'));
  if (!spec) throw new Error(`The indicator has no field ${path.join('.')}`);
  const stored = toInputText(spec, readField(indicator, spec.path));
  const [text, setText] = useState(stored);
  const [error, setError] = useState<string | undefined>();
  useEffect(() => {
    setText(stored);
    setError(undefined);
  }, [stored]);

  const commit = () => {
    if (text === stored) return;
    const parsed = parseInput(spec, text);
    if (!parsed.ok) {
      setError(parsed.message);
      return;
    }
    setError(undefined);
    store.apply(commands.updateNode(indicator.id, changeFor(indicator, spec.path, parsed.value)));
  };

  return (
    <span className="editable-cell">
      <input
        type="text"
        inputMode={spec.type === 'number' ? 'decimal' : undefined}
        size={spec.type === 'text' ? 8 : 6}
        aria-label={`${label} of “${indicator.title}”`}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        data-edit={path.join('.')}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') {
            setText(stored);
            setError(undefined);
          }
        }}
      />
      {error && (
        <small id={errorId} className="field-error" role="alert">
          {error}
        </small>
      )}
    </span>
  );
}
