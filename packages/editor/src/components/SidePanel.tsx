import { useId, type ReactNode } from 'react';

/** Which of the editor's side panels are open: the outline on the left, the inspector and problems on the right. */
export interface SidePanels {
  /** The outline and views, left of the canvas. */
  outline: boolean;
  /** The inspector and the problems, right of the canvas. */
  details: boolean;
}

/** Both panels open: how the editor first shows. */
export const PANELS_OPEN: SidePanels = { outline: true, details: true };

/**
 * A side panel that folds to a thin rail, so the canvas can take the room. One button does both
 * (a disclosure: its name stays, `aria-expanded` says the state, the tooltip says what a press
 * does); folded, the rail keeps the panel's name in sight so the officer knows what is there.
 */
export function SidePanel({
  side,
  name,
  open,
  onToggle,
  className,
  children,
}: {
  side: 'left' | 'right';
  name: string;
  open: boolean;
  onToggle: () => void;
  className: string;
  children: ReactNode;
}) {
  const contentId = useId();
  // The arrow points where the panel will go: towards its edge to fold, towards the canvas to open.
  const arrow = (side === 'left') === open ? '«' : '»';
  return (
    <div className={`side-panel side-${side}${open ? '' : ' is-collapsed'}`} data-panel={name}>
      <button
        type="button"
        className="panel-toggle"
        aria-expanded={open}
        aria-controls={contentId}
        title={open ? `Hide the ${name.toLowerCase()} (the diagram takes the room)` : `Show the ${name.toLowerCase()}`}
        onClick={onToggle}
      >
        <span aria-hidden="true" className="panel-toggle-arrow">
          {arrow}
        </span>
        <span className="panel-toggle-name">{name}</span>
      </button>
      <div id={contentId} className={className} hidden={!open}>
        {children}
      </div>
    </div>
  );
}
