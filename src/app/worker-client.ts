// A pool of module Web Workers (src/app/worker.ts) for Monte Carlo batches and sweeps, so the page
// never runs long engine work on the main thread.
//
// API (for the analysis screen and the debrief):
//   const pool = getWorkerPool();                       // shared pool, min(max(2, cores-ish), 8)
//   const job = pool.sweep({ scenario, overrides, seed, levels: [10000, 50000], firstRun: 0, runs: 2000 },
//                          { priority: 0, onProgress: (partial, runsDone) => redraw(partial) });
//   const tallies = await job.result;                   // Tally[] (one per level), or
//   job.cancel();                                       // → result rejects with CancelledError
//   pool.cancelAll();                                   // e.g. when an input moves
//
// A sweep is split into run ranges (firstRun/runs) across the workers; each run seeds itself from
// `${seed}:${run}`, so the merged integer tallies equal one node call over the whole range.
// Slices are sized to about `targetChunkMs` (15 ms) from measured speed, so a cancelled job frees a
// worker quickly and a new coarse pass starts within a slice.
// Lower priority numbers run first; equal priorities run in submission order.
import { emptyTally, mergeSweeps, type SweepTask, type Tally } from '../ui/analysis/jobs';
import type { WorkerReply, WorkerRequest } from './worker';

export class CancelledError extends Error {
  constructor() {
    super('cancelled');
    this.name = 'CancelledError';
  }
}

export interface SweepOptions {
  /** Runs per slice; by default sized from the measured speed to about targetChunkMs. */
  chunkRuns?: number;
  targetChunkMs?: number;
  priority?: number;
  /** Called after each slice merges: the tallies so far (over runsDone runs per level). */
  onProgress?(partial: Tally[], runsDone: number): void;
}

export interface PoolJob<T> {
  result: Promise<T>;
  cancel(): void;
  /** Summed worker compute time of the finished slices, in ms. */
  readonly workerMs: number;
}

export interface WorkerPool {
  readonly size: number;
  sweep(task: SweepTask, options?: SweepOptions): PoolJob<Tally[]>;
  cancelAll(): void;
  terminate(): void;
  /** Level-runs per ms per worker over recent slices (an estimate used for sizing). */
  readonly speed: number;
}

interface Slice {
  job: JobState;
  firstRun: number;
  runs: number;
  seq: number;
}

interface JobState {
  task: SweepTask;
  priority: number;
  pending: number;
  runsDone: number;
  merged: Tally[] | null;
  cancelled: boolean;
  workerMs: number;
  onProgress?: SweepOptions['onProgress'];
  resolve(value: Tally[]): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  busy: Slice | null;
}

export function createWorkerPool(size = defaultPoolSize()): WorkerPool {
  const slots: Slot[] = [];
  const queue: Slice[] = [];
  const inFlight = new Map<number, { slot: Slot; slice: Slice }>();
  const jobs = new Set<JobState>();
  let nextId = 1;
  let seq = 0;
  // Runs per ms by points per run (levels × variants): a run's draws are filled once and shared by
  // its points, so the cost is not proportional to points; measure each shape on its own.
  const runsPerMs = new Map<number, number>();
  let speed = 20; // level-runs per ms over all shapes: the fallback for a shape not seen yet
  function learn(points: number, rate: number) {
    const known = runsPerMs.get(points);
    runsPerMs.set(points, known === undefined ? rate : 0.6 * known + 0.4 * rate);
    speed = 0.7 * speed + 0.3 * rate * points;
  }
  function estimate(points: number): number {
    return runsPerMs.get(points) ?? speed / points;
  }
  let terminated = false;

  for (let i = 0; i < size; i++) {
    const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    const slot: Slot = { worker, busy: null };
    worker.onmessage = (event: MessageEvent<WorkerReply>) => onReply(slot, event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      const current = slot.busy;
      slot.busy = null;
      if (current) fail(current.job, new Error(`worker error: ${event.message}`));
      pump();
    };
    slots.push(slot);
  }

  function onReply(slot: Slot, reply: WorkerReply) {
    const entry = inFlight.get(reply.id);
    inFlight.delete(reply.id);
    slot.busy = null;
    if (entry) {
      const { job, runs } = entry.slice;
      if (!job.cancelled) {
        if (!reply.ok) fail(job, new Error(reply.error));
        else {
          job.workerMs += reply.ms;
          if (reply.ms > 2) learn(pointCount(job.task), runs / reply.ms);
          job.merged = job.merged ? mergeSweeps(job.merged, reply.tallies) : reply.tallies;
          job.runsDone += runs;
          job.pending -= 1;
          job.onProgress?.(job.merged, job.runsDone);
          if (job.pending === 0) {
            jobs.delete(job);
            job.resolve(job.merged);
          }
        }
      }
    }
    pump();
  }

  function fail(job: JobState, error: Error) {
    if (job.cancelled) return;
    job.cancelled = true;
    jobs.delete(job);
    removeQueued(job);
    job.reject(error);
  }

  function removeQueued(job: JobState) {
    for (let i = queue.length - 1; i >= 0; i--) if (queue[i].job === job) queue.splice(i, 1);
  }

  function pump() {
    if (terminated) return;
    for (const slot of slots) {
      if (slot.busy || queue.length === 0) continue;
      let best = 0;
      for (let i = 1; i < queue.length; i++) {
        const a = queue[i];
        const b = queue[best];
        if (a.job.priority < b.job.priority || (a.job.priority === b.job.priority && a.seq < b.seq)) best = i;
      }
      const slice = queue.splice(best, 1)[0];
      const id = nextId++;
      slot.busy = slice;
      inFlight.set(id, { slot, slice });
      const request: WorkerRequest = { id, task: { ...slice.job.task, firstRun: slice.firstRun, runs: slice.runs } };
      slot.worker.postMessage(request);
    }
  }

  function cancel(job: JobState) {
    if (job.cancelled || job.pending === 0) return;
    job.cancelled = true;
    jobs.delete(job);
    removeQueued(job);
    job.reject(new CancelledError());
  }

  return {
    size,
    get speed() {
      return speed;
    },
    sweep(task, options = {}) {
      if (terminated) throw new Error('worker pool terminated');
      let resolve!: (value: Tally[]) => void;
      let reject!: (error: Error) => void;
      const result = new Promise<Tally[]>((res, rej) => {
        resolve = res;
        reject = rej;
      });
      // A cancelled job's rejection is expected; callers that do not await it should not see it as unhandled.
      result.catch(() => {});
      const perSlice = options.chunkRuns ?? Math.max(1, Math.floor(estimate(Math.max(1, pointCount(task))) * (options.targetChunkMs ?? 15)));
      const job: JobState = {
        task, priority: options.priority ?? 0, pending: 0, runsDone: 0, merged: null, cancelled: false, workerMs: 0,
        onProgress: options.onProgress, resolve, reject,
      };
      // At least one slice per worker when the job is big enough, so a small job still spreads out.
      const slices = Math.max(Math.ceil(task.runs / perSlice), Math.min(size, task.runs));
      const base = Math.floor(task.runs / slices);
      let extra = task.runs - base * slices;
      let first = task.firstRun;
      for (let i = 0; i < slices; i++) {
        const runs = base + (extra > 0 ? 1 : 0);
        if (extra > 0) extra -= 1;
        if (runs === 0) continue;
        queue.push({ job, firstRun: first, runs, seq: seq++ });
        first += runs;
        job.pending += 1;
      }
      if (job.pending === 0) {
        resolve((task.variants ?? [{}]).flatMap(() => task.levels.map((troops) => emptyTally(troops))));
      } else {
        jobs.add(job);
        pump();
      }
      return {
        result,
        cancel: () => cancel(job),
        get workerMs() {
          return job.workerMs;
        },
      };
    },
    cancelAll() {
      for (const job of [...jobs]) cancel(job);
    },
    terminate() {
      terminated = true;
      for (const job of [...jobs]) cancel(job);
      for (const slot of slots) slot.worker.terminate();
    },
  };
}

/** Level × variant points a task runs per run. */
function pointCount(task: SweepTask): number {
  return task.levels.length * (task.variants?.length ?? 1);
}

/** navigator.hardwareConcurrency leaves one core for the page; at least 2 workers, at most 8. */
export function defaultPoolSize(): number {
  const cores = typeof navigator !== 'undefined' && navigator.hardwareConcurrency ? navigator.hardwareConcurrency : 2;
  return Math.min(8, Math.max(2, cores - 1));
}

let shared: WorkerPool | null = null;

/** The page-wide pool, created on first use. */
export function getWorkerPool(): WorkerPool {
  if (!shared) shared = createWorkerPool();
  return shared;
}
