// How the analysis pool (src/app/worker-client.ts) starts one worker. The normal build loads
// src/app/worker.ts as a module worker from its own file next to the page. The single-file build
// (`npm run build:single`, scripts/build-single.ts) swaps this module for worker-factory-inline.ts,
// which carries the worker's code inside the page and starts it from a blob: URL, because a browser
// will not start a worker from a file:// URL.
import { unavailableWorker } from './worker-stand-in';

export function createAnalysisWorker(): Worker {
  try {
    return new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  } catch (error) {
    // An opaque-origin frame may not start it: see worker-stand-in.ts.
    return unavailableWorker(error);
  }
}
