import { ReactFlowProvider } from '@xyflow/react';
import { useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useFocusKeptOnRemoval } from '../state/use-focus-kept.js';
import { handleEditorKey } from '../state/editor-keys.js';
import type { EditorStore } from '../state/editor-store.js';
import { useChangemapEditor, type UseChangemapEditorOptions } from '../state/use-changemap-editor.js';
import { ColourModeContext, EditorContext, useEditor } from '../state/use-editor.js';
import { Canvas } from './Canvas.js';
import { Inspector } from './Inspector.js';
import { Legend } from './Legend.js';
import { NoticeBar } from './NoticeBar.js';
import { Outline } from './Outline.js';
import { SideTabs } from './SideTabs.js';
import { ResearchView } from './ResearchView.js';
import { ResultsView } from '../results/ResultsView.js';
import { ShortcutSheet } from './ShortcutSheet.js';
import { SkipLink } from './SkipLink.js';
import { ProblemAnnouncer } from './ProblemAnnouncer.js';
import { Toolbar } from './Toolbar.js';
import { LensBar } from '../lens/LensBar.js';
import { lensFor } from '../lens/lens-store.js';
import { handleLensKey } from '../lens/use-lens-keys.js';
import { LensContext } from '../lens/use-lens.js';
import { PresenterHost } from '../present/PresenterHost.js';
import { getPictureStore, usePicture } from '../picture/picture-store.js';
import { PanelRoomContext, RoomNote } from './RoomNote.js';
import { PANELS_OPEN, SidePanel, type SidePanels } from './SidePanel.js';

/** The diagram with its legend, the research view or the results framework. */
export function MainArea() {
  const mode = useEditor((s) => s.mode);
  return (
    <main className="editor-main">
      {mode === 'research' ? (
        <ResearchView />
      ) : mode === 'results' ? (
        <ResultsView />
      ) : (
        <>
          <Canvas />
          <LensBar>
            <RoomNote />
          </LensBar>
          <Legend />
        </>
      )}
    </main>
  );
}

/** The editor's colours: the system's choice, or light or dark whatever the system says. */
export type EditorTheme = 'system' | 'light' | 'dark';

export interface ChangemapEditorProps extends UseChangemapEditorOptions {
  /** Extra toolbar content from the host app. */
  toolbar?: ReactNode;
  /**
   * The colour theme. Without it the editor follows the system and keeps the officer's choice from
   * the toolbar for as long as it is mounted; nothing is written to the page or to storage — a host
   * that wants the choice remembered stores what `onThemeChange` reports and passes it back.
   */
  theme?: EditorTheme;
  /** Called when the officer picks a theme in the toolbar. */
  onThemeChange?: (theme: EditorTheme) => void;
  /**
   * Which side panels are open. Without it both open and the officer's folding lasts while the
   * editor is mounted; a host that wants it remembered stores what `onPanelsChange` reports and
   * passes it back (the editor writes no storage itself).
   */
  panels?: SidePanels;
  /** Called when the officer folds or opens a side panel. */
  onPanelsChange?: (panels: SidePanels) => void;
}

/**
 * The store and what every panel needs around it (React Flow's provider, the colour theme), for
 * hosts that build their own layout from the editor's panels with `useChangemapEditor`.
 */
export function ChangemapEditorProvider({ store, theme = 'system', children }: { store: EditorStore; theme?: EditorTheme; children: ReactNode }) {
  // Search, filters, pathway highlight and presenting: how the plan is looked at, never edits.
  const lens = useMemo(() => lensFor(store), [store]);
  return (
    <EditorContext.Provider value={store}>
      <LensContext.Provider value={lens}>
        <ColourModeContext.Provider value={theme}>
          <ReactFlowProvider>{children}</ReactFlowProvider>
        </ColourModeContext.Provider>
      </LensContext.Provider>
    </EditorContext.Provider>
  );
}

/**
 * The theory-of-change editor: outline, canvas, inspector and problems panel around one plan.
 * The plan goes in, changes come out through `onChange`; everything else is internal. It changes
 * nothing outside its own element: keys are handled there, the theme is set there, ids are unique
 * per editor, so two editors can share a page.
 */
export function ChangemapEditor({ toolbar, theme, onThemeChange, panels, onPanelsChange, ...options }: ChangemapEditorProps) {
  const store = useChangemapEditor(options);
  const [chosenTheme, setChosenTheme] = useState<EditorTheme>('system');
  const activeTheme = theme ?? chosenTheme;
  const pickTheme = (next: EditorTheme) => {
    setChosenTheme(next);
    onThemeChange?.(next);
  };
  const [chosenPanels, setChosenPanels] = useState<SidePanels>(PANELS_OPEN);
  const openPanels = panels ?? chosenPanels;
  // Panels folded for the open view's room are shown folded without changing the officer's choice.
  const picture = getPictureStore(store);
  const viewId = useSyncExternalStore(store.subscribe, () => store.getSnapshot().viewId);
  const roomFolded = usePicture(picture, (s) => s.roomFolds.get(viewId));
  const shownPanels: SidePanels = {
    outline: openPanels.outline && !roomFolded?.has('outline'),
    details: openPanels.details && !roomFolded?.has('details'),
  };
  const togglePanel = (panel: keyof SidePanels) => {
    if (openPanels[panel] && !shownPanels[panel]) return picture.reopenPanels(viewId, [panel]);
    const next = { ...openPanels, [panel]: !openPanels[panel] };
    setChosenPanels(next);
    onPanelsChange?.(next);
  };
  const panelRoom = useMemo(
    () => ({
      folded: (openPanels.outline && !shownPanels.outline) || (openPanels.details && !shownPanels.details),
      reopen: () => picture.reopenPanels(viewId, ['outline', 'details']),
    }),
    [openPanels.outline, openPanels.details, shownPanels.outline, shownPanels.details, picture, viewId],
  );
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const toggleShortcuts = () => setShortcutsOpen((open) => !open);
  useFocusKeptOnRemoval(root);

  return (
    <ChangemapEditorProvider store={store} theme={activeTheme}>
      {/* tabIndex -1: a click on the canvas background focuses the editor, so its keys keep working. */}
      <div
        ref={root}
        className="changemap-editor changemap-root"
        data-theme={activeTheme === 'system' ? undefined : activeTheme}
        tabIndex={-1}
        onKeyDown={(event) => {
          handleLensKey(event, store, lensFor(store), root.current);
          if (!event.defaultPrevented) handleEditorKey(event, store, { root: root.current, toggleShortcuts });
        }}
      >
        <SkipLink />
        <Toolbar theme={activeTheme} onTheme={pickTheme} onShortcuts={toggleShortcuts}>
          {toolbar}
        </Toolbar>
        <NoticeBar />
        <ShortcutSheet open={shortcutsOpen} onClose={() => setShortcutsOpen(false)} />
        <ProblemAnnouncer />
        <PanelRoomContext.Provider value={panelRoom}>
          <div className={`editor-body${shownPanels.outline ? '' : ' outline-collapsed'}${shownPanels.details ? '' : ' details-collapsed'}`}>
            <SidePanel side="left" name="Outline" open={shownPanels.outline} onToggle={() => togglePanel('outline')} className="outline-panel">
              <Outline />
            </SidePanel>
            {/* Folding or opening a panel changes the canvas's width: it fits the view again. */}
            <MainArea />
            <SidePanel side="right" name="Details" open={shownPanels.details} onToggle={() => togglePanel('details')} className="editor-side">
              <Inspector />
              <SideTabs />
            </SidePanel>
          </div>
        </PanelRoomContext.Provider>
      </div>
      {/* Outside the editor's element: the presentation's keys must not reach the editor's. */}
      <PresenterHost />
    </ChangemapEditorProvider>
  );
}
