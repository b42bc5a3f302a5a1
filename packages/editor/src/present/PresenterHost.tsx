import { useContext } from 'react';
import { useLens, useLensStore } from '../lens/use-lens.js';
import { getPictureStore, usePicture } from '../picture/picture-store.js';
import { ColourModeContext, useEditor, useEditorStore } from '../state/use-editor.js';
import { Presenter } from './Presenter.js';

/** The editor's presentation: the open view (or one pathway) while the lens says so. The editor behind is left exactly as it was. */
export function PresenterHost() {
  const lens = useLensStore();
  const presenting = useLens((s) => s.presenting);
  const plan = useEditor((s) => s.plan);
  const viewId = useEditor((s) => s.viewId);
  const colourMode = useContext(ColourModeContext);
  // The groups of actions as the officer folded them on the canvas.
  const folds = usePicture(getPictureStore(useEditorStore()), (s) => s.folds.get(viewId));
  if (!presenting) return null;
  return (
    <Presenter
      plan={plan}
      viewId={viewId}
      {...(presenting.pathwayOf !== undefined && { pathwayOf: presenting.pathwayOf })}
      colourMode={colourMode}
      {...(folds && { folds })}
      onExit={() => lens.stopPresenting()}
    />
  );
}
