// What the analysis pool gets where no worker may start: in a frame sandboxed without
// allow-same-origin the page's origin is opaque, so `new Worker(<the app's worker file>)` throws
// ("cannot be accessed from origin 'null'"), and the page's policy (worker-src 'self') refuses a
// blob: worker. The pool was built at boot, so that throw stopped the whole app. The stand-in keeps
// the app loading and playing: every task sent to it fails as a worker failure (the Analysis screen
// says "a background worker stopped"). docs/hosting.md ("Embedding") says which sandbox tokens avoid it.

/** A Worker-shaped object whose every message is answered with an error event on the next microtask. */
export function unavailableWorker(reason: unknown): Worker {
  const message = reason instanceof Error ? reason.message : String(reason);
  const standIn = {
    onmessage: null as ((event: MessageEvent) => void) | null,
    onerror: null as ((event: ErrorEvent) => void) | null,
    postMessage() {
      queueMicrotask(() => standIn.onerror?.({ message, preventDefault() {} } as ErrorEvent));
    },
    terminate() {},
    addEventListener() {},
    removeEventListener() {},
  };
  return standIn as unknown as Worker;
}
