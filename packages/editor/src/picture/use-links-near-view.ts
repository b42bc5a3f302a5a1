import { useStore } from '@xyflow/react';
import { useMemo } from 'react';
import { boxRects, linksNearView, sameRect, viewWindow } from './links-near-view.js';
import type { PictureNode } from './to-picture.js';

/**
 * The links React Flow is given: on a large view (`large`, where it draws only what is in view),
 * those near the view (linksNearView), handed anew each half a screen of panning; on a smaller one,
 * all of them.
 */
export function useLinksNearView<L extends { id: string; source: string; target: string }>(
  links: L[],
  boxes: readonly PictureNode[],
  large: boolean,
  selectedLinkId: string | undefined,
): L[] {
  const window = useStore((s) => (large ? viewWindow(s.transform, s) : undefined), sameRect);
  const rects = useMemo(() => (large ? boxRects(boxes) : undefined), [large, boxes]);
  return useMemo(
    () => (window && rects ? linksNearView(links, rects, window, new Set(selectedLinkId ? [selectedLinkId] : [])) : links),
    [links, rects, window, selectedLinkId],
  );
}
