import type { EditorTheme } from '../components/ChangemapEditor.js';

const KEY = 'changemap:theme';

/** The theme this browser last chose in the app ('system' when none, or storage is blocked). */
export function readThemePreference(): EditorTheme {
  try {
    const value = localStorage.getItem(KEY);
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    return 'system';
  }
}

/** Remembers the app's theme; the page background follows it (the editor only colours itself). */
export function saveThemePreference(theme: EditorTheme): void {
  try {
    localStorage.setItem(KEY, theme);
  } catch {
    // Storage blocked: the choice lasts for this visit only.
  }
}
