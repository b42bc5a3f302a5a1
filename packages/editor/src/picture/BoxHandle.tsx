import { Handle, type HandleProps } from '@xyflow/react';
import { createContext, useContext } from 'react';

/** True inside the hidden layer where boxes are measured before they are laid out (BoxMeasurer). */
export const MeasuringContext = createContext(false);

/** Whether this box is drawn only to be measured: it then names itself for no test or tool (the canvas's copy does). */
export const useMeasuring = (): boolean => useContext(MeasuringContext);

/**
 * A box's link handle. Where a box is only being measured it is not on the canvas, so React Flow's
 * handle (which needs its node) is replaced by a plain element with the same classes: it sits where
 * the real one will, so its place can be measured too.
 */
export function BoxHandle(props: HandleProps & { title?: string; 'aria-hidden'?: 'true' }) {
  const measuring = useContext(MeasuringContext);
  if (!measuring) return <Handle {...props} />;
  return (
    <div
      className={`react-flow__handle react-flow__handle-${props.position} ${props.type}`}
      data-handle-type={props.type}
      data-handle-position={props.position}
    />
  );
}
