import type { NodeHandle, NodeProps, NodeTypes } from '@xyflow/react';
import { useEffect, useLayoutEffect, useRef, useState, type ComponentType } from 'react';
import { MeasuringContext } from './BoxHandle.js';
import type { BoxMeasurer as MeasureRequestHandler, MeasuredBox, PictureStore } from './picture-store.js';
import type { PictureNode } from './to-picture.js';

/**
 * Boxes measured per task. Drawing a box costs about a millisecond (more on a slow machine): a few
 * dozen at a time keep each task well under the 50 ms at which a page stops feeling responsive,
 * where drawing hundreds at once froze the editor for half a second.
 */
const PER_TASK = 24;

/**
 * A hidden layer of the canvas where boxes about to be laid out for the first time (a view opened,
 * Unfold all) are drawn a few at a time and measured, so that the layout gives each the room it
 * takes and React Flow, told every box's size and handle places, draws only the boxes in view.
 * `boxesOf` turns the asked boxes of a drawn view into canvas boxes (with their chips, which take room).
 */
export function BoxMeasurer({
  picture,
  nodeTypes,
  boxesOf,
}: {
  picture: PictureStore;
  nodeTypes: NodeTypes;
  boxesOf: (request: Parameters<MeasureRequestHandler>[0]) => PictureNode[];
}) {
  const [batch, setBatch] = useState<Queued[]>([]);
  const queue = useRef<Queued[]>([]);
  const waiting = useRef<(() => void)[]>([]);
  const queued = useRef(0);
  const starting = useRef<ReturnType<typeof setTimeout>>(undefined);
  const layer = useRef<HTMLDivElement>(null);
  const boxesOfNow = useRef(boxesOf);
  boxesOfNow.current = boxesOf;

  useEffect(() => {
    picture.setMeasurer((request) => {
      const boxes = boxesOfNow.current(request);
      if (boxes.length === 0) return Promise.resolve();
      return new Promise<void>((resolve) => {
        const idle = waiting.current.length === 0;
        queue.current.push(...boxes.map((box) => ({ key: ++queued.current, box, record: request.record })));
        waiting.current.push(resolve);
        // The first few in a task of their own as well: not in the one that asked (a click on Unfold all, which has drawn its own change).
        if (idle) starting.current = setTimeout(() => setBatch(queue.current.splice(0, PER_TASK)), 0);
      });
    });
    return () => {
      clearTimeout(starting.current);
      picture.setMeasurer(undefined);
      // Nothing will measure what was asked: the layout goes on with the sizes it has.
      for (const resolve of waiting.current.splice(0)) resolve();
      queue.current = [];
    };
  }, [picture]);

  useLayoutEffect(() => {
    if (batch.length === 0 || !layer.current) return;
    const elements = layer.current.querySelectorAll<HTMLElement>('[data-measure-key]');
    const byKey = new Map(batch.map((item) => [String(item.key), item]));
    for (const element of elements) {
      const item = byKey.get(element.dataset['measureKey']!);
      item?.record(item.box.id, measureBox(element));
    }
    // The next few in a task of their own, so that the page answers between them.
    const timer = setTimeout(() => {
      if (queue.current.length > 0) return setBatch(queue.current.splice(0, PER_TASK));
      setBatch([]);
      for (const resolve of waiting.current.splice(0)) resolve();
    }, 0);
    return () => clearTimeout(timer);
  }, [batch, picture]);

  if (batch.length === 0) return null;
  return (
    <div className="box-measurer" aria-hidden="true" ref={layer}>
      <MeasuringContext.Provider value={true}>
        {batch.map(({ key, box }) => {
          const View = nodeTypes[box.type!] as ComponentType<NodeProps> | undefined;
          return (
            // Not React Flow's node classes: what counts or finds the canvas's boxes must not find these.
            <div key={key} className="box-measurer-box" data-measure-key={key}>
              {View && <View {...measuringProps(box)} />}
            </div>
          );
        })}
      </MeasuringContext.Provider>
    </div>
  );
}

/** A box waiting to be measured, and where its size goes (the request that asked for it). */
interface Queued {
  key: number;
  box: PictureNode;
  record: (id: string, size: MeasuredBox) => void;
}

/** The props React Flow gives a box, for one drawn out of the canvas at its origin. */
function measuringProps(box: PictureNode): NodeProps {
  return {
    id: box.id,
    type: box.type!,
    data: box.data,
    selected: false,
    dragging: false,
    draggable: false,
    selectable: false,
    deletable: false,
    isConnectable: false,
    zIndex: 0,
    positionAbsoluteX: 0,
    positionAbsoluteY: 0,
  } as NodeProps;
}

/** A box's size and its handles' places, as React Flow measures them (offset sizes, handle rectangles from the box's corner). */
function measureBox(element: HTMLElement): MeasuredBox {
  const corner = element.getBoundingClientRect();
  const handles: NodeHandle[] = [...element.querySelectorAll<HTMLElement>('[data-handle-type]')].map((handle) => {
    const place = handle.getBoundingClientRect();
    return {
      id: null,
      type: handle.dataset['handleType'] as NodeHandle['type'],
      position: handle.dataset['handlePosition'] as NodeHandle['position'],
      x: place.left - corner.left,
      y: place.top - corner.top,
      width: handle.offsetWidth,
      height: handle.offsetHeight,
    };
  });
  return { width: element.offsetWidth, height: element.offsetHeight, handles };
}
