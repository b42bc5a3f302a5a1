/** Makes the Web Worker that runs ELK's layout code. */
export type LayoutWorkerFactory = () => Worker;

/**
 * The layout worker shipped with the editor. The `new Worker(new URL(…, import.meta.url))` form is
 * the one bundlers recognise, so they emit the worker (and ELK inside it) as a file of its own.
 */
export const createElkWorker: LayoutWorkerFactory = () => new Worker(new URL('./elk-worker.js', import.meta.url), { type: 'module' });
