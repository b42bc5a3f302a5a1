import elkWorkerSource from 'elkjs/lib/elk-worker.min.js?raw';
import type { LayoutWorkerFactory } from '../../layout/elk-layout.js';

/**
 * A page opened from a file cannot start a worker from another file, but it can from a Blob URL:
 * ELK's worker code is inlined in the page and started from memory, so the layout still runs off
 * the main thread. ELK's worker script sets `self.onmessage` when it runs as a classic worker.
 */
export const createInlineLayoutWorker: LayoutWorkerFactory = () => {
  const url = URL.createObjectURL(new Blob([elkWorkerSource], { type: 'text/javascript' }));
  const worker = new Worker(url);
  // The worker has read its script once it runs; the URL is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return worker;
};
