import type { EditorTheme } from './ChangemapEditor.js';

/** Light, dark, or follow the system. The editor (or its host) holds the choice. */
export function ThemeSelect({ value, onChange }: { value: EditorTheme; onChange: (theme: EditorTheme) => void }) {
  return (
    <label className="toggle">
      Theme{' '}
      <select value={value} onChange={(e) => onChange(e.target.value as EditorTheme)} aria-label="Colour theme">
        <option value="system">System</option>
        <option value="light">Light</option>
        <option value="dark">Dark</option>
      </select>
    </label>
  );
}
