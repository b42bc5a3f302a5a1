import { createContext, useContext } from 'react';

/** The side panels folded for the open view's room (use-room-for-levels.ts), as the editor shows them. */
export interface PanelRoom {
  /** The open view's panels the officer had open that are folded for its room; none: no note. */
  folded: boolean;
  /** Opens them again, for this view. */
  reopen: () => void;
}

/** Given by ChangemapEditor, which owns the panels; hosts laying out their own panels have none, and no note. */
export const PanelRoomContext = createContext<PanelRoom | undefined>(undefined);

/**
 * Says, in the bar over the canvas, that the side panels were folded to give the view's levels
 * the room, and opens them again on a press: the officer did not fold them and should not have to
 * look for why they went, nor for how to get them back.
 */
export function RoomNote() {
  const room = useContext(PanelRoomContext);
  if (!room?.folded) return null;
  return (
    <p className="room-note" role="status">
      Side panels folded to fit every level{' '}
      <button type="button" data-action="reopen-panels" onClick={room.reopen} title="Show the outline and the details again (the diagram gets smaller)">
        Show panels
      </button>
    </p>
  );
}
