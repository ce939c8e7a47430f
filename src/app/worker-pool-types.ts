// The worker pool's public types (jobs, progress, options, the pool) and its private bookkeeping
// records (tasks, jobs, worker slots), kept apart from the scheduler in worker-client.ts.
import type { Query, QueryResult, ResultOf } from '../analysis/queries';

export class CancelledError extends Error {
  constructor() {
    super('cancelled');
    this.name = 'CancelledError';
  }
}

export interface JobProgress<R> {
  /** Work done: runs (summed over a claims query's parts), or troop levels measured for the inverse. */
  done: number;
  total: number;
  /** The merged result of the slices finished so far, in run order (null until the first). */
  partial: R | null;
}

export interface RunOptions<R = QueryResult> {
  /** Runs per slice; by default sized from the measured speed to about targetChunkMs. */
  chunkRuns?: number;
  targetChunkMs?: number;
  priority?: number;
  onProgress?(progress: JobProgress<R>): void;
}

export interface PoolJob<R> {
  result: Promise<R>;
  cancel(): void;
  /** Summed worker compute time of the finished slices, in ms. */
  readonly workerMs: number;
}

export interface WorkerPool {
  readonly size: number;
  run<Q extends Query>(query: Q, options?: RunOptions<ResultOf<Q>>): PoolJob<ResultOf<Q>>;
  cancelAll(): void;
  terminate(): void;
  /**
   * Run `query` once on every worker and drop the results: the engine's code gets compiled while the
   * page has nothing to ask, so the first real query does not pay for it. A real query sent meanwhile
   * waits in the worker behind it (keep it small).
   */
  warm(query: Query): void;
  /** Point-runs per ms per worker over recent slices (an estimate used for sizing). */
  readonly speed: number;
}

export interface Task {
  job: Job;
  index: number;
  query: Query;
  seq: number;
  /** Work units of this slice (runs; the inverse reports its own). */
  work: number;
  /** Progress the worker reported for this slice. */
  progress: number;
  id: number | null;
}

export interface Job {
  query: Query;
  priority: number;
  tasks: Task[];
  results: (QueryResult | undefined)[];
  merged: QueryResult | null;
  mergedUpTo: number;
  pending: number;
  total: number;
  finishedWork: number;
  cancelled: boolean;
  /** Model runs per run of the run set (pointsPerRun), for slice sizing. */
  points: number;
  workerMs: number;
  onProgress?: (progress: JobProgress<QueryResult>) => void;
  resolve(value: QueryResult): void;
  reject(error: Error): void;
}

export interface Slot {
  worker: Worker;
  busy: Task | null;
}

export function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  // A cancelled job's rejection is expected; callers that do not await it should not see it as unhandled.
  promise.catch(() => {});
  return { promise, resolve, reject };
}
