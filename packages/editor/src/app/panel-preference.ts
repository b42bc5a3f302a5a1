import { PANELS_OPEN, type SidePanels } from '../components/SidePanel.js';

const KEY = 'changemap:panels';

/** The side panels as this browser last left them in the app (both open when none, or storage is blocked). */
export function readPanelPreference(): SidePanels {
  try {
    const value = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<SidePanels> | null;
    return { outline: value?.outline !== false, details: value?.details !== false };
  } catch {
    return PANELS_OPEN;
  }
}

/** Remembers which side panels the officer folded, for the next visit. */
export function savePanelPreference(panels: SidePanels): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(panels));
  } catch {
    // Storage blocked: the panels open as usual next time.
  }
}
