import { ViewportPortal } from '@xyflow/react';
import { memo } from 'react';
import type { Band } from './level-bands.js';

/** The level bands, drawn behind the boxes in the canvas's own coordinates (so they pan and zoom with it). */
function LevelBandsBase({ bands, direction }: { bands: Band[]; direction: 'RIGHT' | 'DOWN' }) {
  return (
    <ViewportPortal>
      <div className={`level-bands direction-${direction}`} aria-hidden="true">
        {bands.map((band, i) => (
          <div
            key={band.level}
            className={`level-band${i % 2 ? ' is-odd' : ''}`}
            style={{ transform: `translate(${band.x}px, ${band.y}px)`, width: band.width, height: band.height }}
          >
            <span className="level-band-label">{band.title}</span>
          </div>
        ))}
      </div>
    </ViewportPortal>
  );
}

export const LevelBands = memo(LevelBandsBase);
