// Module Web Worker for batch work: receives a SweepTask slice, runs the same pure code node runs
// (src/ui/analysis/jobs.ts → engine), and posts back integer tallies plus the time it took (the pool
// uses the time to size later slices). One message at a time; cancellation happens in the pool.
/// <reference lib="webworker" />
import { tallySweep, type Tally, type SweepTask } from '../ui/analysis/jobs';

export interface WorkerRequest {
  id: number;
  task: SweepTask;
}

export type WorkerReply =
  | { id: number; ok: true; tallies: Tally[]; ms: number }
  | { id: number; ok: false; error: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const { id, task } = event.data;
  const started = performance.now();
  let reply: WorkerReply;
  try {
    const tallies = tallySweep(task);
    reply = { id, ok: true, tallies, ms: performance.now() - started };
  } catch (error) {
    reply = { id, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(reply);
};
