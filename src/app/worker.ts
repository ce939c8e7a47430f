// Module Web Worker: runs any analysis query (src/analysis/protocol.ts) through the same service node
// runs (src/analysis/service.ts), and posts back the result and the time it took (the pool uses the
// time to size later slices). Between chunks of runs it posts progress and lets a cancel message in:
// a cancelled query stops there and the worker says so. Errors go back typed (code and details).
// Its first import locks the worker down (no eval, no network; src/app/worker-lockdown.ts): keep it
// first, so the lockdown runs before any other module of the worker is evaluated.
/// <reference lib="webworker" />
import './worker-lockdown';
import { errorData } from '../analysis/errors';
import type { FromWorker, ToWorker } from '../analysis/protocol';
import { execute } from '../analysis/service';

const scope = self as unknown as DedicatedWorkerGlobalScope;

/** Runs per chunk between progress checks; the worker yields to its message queue at most every YIELD_MS. */
const CHUNK_RUNS = 25;
const YIELD_MS = 8;

const queue: Extract<ToWorker, { type: 'run' }>[] = [];
let running = false;
/** The query being run, and whether a cancel for it arrived. */
let current: number | null = null;
let cancelCurrent = false;

/** A macrotask turn without timer clamping, so queued cancel messages are handled. */
function yieldToMessages(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

const post = (message: FromWorker) => scope.postMessage(message);

async function run(request: Extract<ToWorker, { type: 'run' }>): Promise<void> {
  const { id, query } = request;
  current = id;
  cancelCurrent = false;
  const started = performance.now();
  let lastYield = started;
  try {
    const steps = execute(query, { chunkRuns: CHUNK_RUNS });
    for (;;) {
      if (cancelCurrent) {
        post({ type: 'cancelled', id });
        return;
      }
      const next = steps.next();
      if (next.done) {
        post({ type: 'result', id, result: next.value, ms: performance.now() - started });
        return;
      }
      const now = performance.now();
      if (now - lastYield >= YIELD_MS) {
        post({ type: 'progress', id, done: next.value.done, total: next.value.total });
        await yieldToMessages();
        lastYield = performance.now();
      }
    }
  } catch (error) {
    post({ type: 'error', id, error: errorData(error) });
  } finally {
    current = null;
  }
}

async function pump(): Promise<void> {
  if (running) return;
  running = true;
  while (queue.length > 0) await run(queue.shift()!);
  running = false;
}

scope.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === 'cancel') {
    const waiting = queue.findIndex((r) => r.id === message.id);
    if (waiting >= 0) {
      queue.splice(waiting, 1);
      post({ type: 'cancelled', id: message.id });
    } else if (message.id === current) cancelCurrent = true;
    // Otherwise it already finished: its result is on its way and the pool ignores it.
    return;
  }
  queue.push(message);
  void pump();
};
