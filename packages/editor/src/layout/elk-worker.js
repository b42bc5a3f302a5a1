// The Web Worker that runs ELK's layout code, off the page's main thread. It is a module of its
// own, reached through `new Worker(new URL('./elk-worker.js', import.meta.url), { type: 'module' })`
// in elk-layout.ts: Vite, webpack 5, Rollup and Parcel all follow that form and bundle this file
// with ELK as a separate worker script. ELK's file sets `self.onmessage` when it runs in a worker.
import 'elkjs/lib/elk-worker.min.js';
