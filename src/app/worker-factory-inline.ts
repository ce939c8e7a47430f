// The single-file build's worker factory (scripts/single-file-plugin.ts puts it in place of
// worker-factory.ts): Vite bundles src/app/worker.ts into a string inside the page (one classic
// script: scripts/build-single.ts sets the worker format to iife), and each call starts a worker from
// a blob: URL of that string. A page opened from disk (file://) can do that, where it cannot load a
// worker from a file, nor (in Chromium) a module worker from a blob: URL. The page's policy allows
// `worker-src blob:` only.
import AnalysisWorker from './worker.ts?worker&inline';

export function createAnalysisWorker(): Worker {
  return new AnalysisWorker();
}
