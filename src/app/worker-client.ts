// A pool of module Web Workers (src/app/worker.ts) that runs analysis queries (src/analysis), so the
// page never runs long engine work on the main thread.
//
// API (for the analysis screen and the debrief):
//   const pool = getWorkerPool();                        // shared pool, min(max(2, cores − 1), 8)
//   const job = pool.run({ kind: 'sweep', scenario, overrides, seed, levels, runs: 1000 },
//                        { priority: 0, onProgress: ({ done, total, partial }) => redraw(partial) });
//   const result = await job.result;                     // a SweepResult (typed by the query), or
//   job.cancel();                                        // → result rejects with CancelledError
//   pool.cancelAll();
//
// Scheduling. A mergeable query is split into run ranges (slices) across the workers; each run seeds
// itself from `${seed}:${run}`, so the slices merged in order (mergeResults) equal one node call over
// the whole range. Slices are sized to about `targetChunkMs` (15 ms) from measured speed, so a new job
// of higher priority starts within a slice. A claims query with drivers runs as its parts (a checks
// query and one tornado per key figure, each split) and is assembled by the service. The inverse
// query cannot be split and runs as one task. Lower priority numbers run first; equal priorities in
// submission order. Cancel drops a job's queued slices and tells the workers running its slices to
// stop (they stop at their next chunk of runs). Failures reject with a typed AnalysisError.
import { AnalysisError } from '../analysis/errors';
import type { FromWorker, ToWorker } from '../analysis/protocol';
import { isMergeable, type ClaimsQuery, type ClaimsResult, type Query, type QueryResult, type ResultOf, type TornadoResult } from '../analysis/queries';
import { assembleClaims, claimsParts, emptyResult, mergeResults, pointsPerRun, sliceQuery } from '../analysis/service';
import { createAnalysisWorker } from './worker-factory';
import { CancelledError, deferred, type Job, type PoolJob, type RunOptions, type Slot, type Task, type WorkerPool } from './worker-pool-types';

export { CancelledError, type JobProgress, type PoolJob, type RunOptions, type WorkerPool } from './worker-pool-types';

export function createWorkerPool(size = defaultPoolSize()): WorkerPool {
  const slots: Slot[] = [];
  const queue: Task[] = [];
  const inFlight = new Map<number, { slot: Slot; task: Task }>();
  const jobs = new Set<Job>();
  let nextId = 1;
  let seq = 0;
  // Runs per ms by points per run (the variants a run's draws are shared by): the cost is not
  // proportional to points, so each shape is measured on its own.
  const runsPerMs = new Map<number, number>();
  let speed = 120; // point-runs per ms over all shapes: the fallback for a shape not seen yet
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
    const worker = createAnalysisWorker();
    const slot: Slot = { worker, busy: null };
    worker.onmessage = (event: MessageEvent<FromWorker>) => onMessage(slot, event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      const current = slot.busy;
      slot.busy = null;
      if (current?.id != null) inFlight.delete(current.id);
      if (current) fail(current.job, new AnalysisError('worker-failure', { message: event.message ?? '' }));
      pump();
    };
    slots.push(slot);
  }

  function onMessage(slot: Slot, message: FromWorker) {
    const entry = inFlight.get(message.id);
    if (!entry) return;
    const { task } = entry;
    const job = task.job;
    if (message.type === 'progress') {
      if (job.cancelled) return;
      task.progress = message.done;
      if (job.query.kind === 'inverse') job.total = message.total;
      report(job);
      return;
    }
    inFlight.delete(message.id);
    slot.busy = null;
    if (!job.cancelled) {
      if (message.type === 'error') fail(job, AnalysisError.from(message.error));
      else if (message.type === 'result') {
        job.workerMs += message.ms;
        if (message.ms > 2 && isMergeable(job.query)) learn(job.points, task.work / message.ms);
        job.results[task.index] = message.result;
        job.finishedWork += task.work;
        task.progress = 0;
        job.pending -= 1;
        try {
          while (job.mergedUpTo < job.results.length && job.results[job.mergedUpTo] !== undefined) {
            const next = job.results[job.mergedUpTo]!;
            job.merged = job.merged ? mergeResults(job.query, job.merged, next) : next;
            job.results[job.mergedUpTo] = undefined;
            job.mergedUpTo += 1;
          }
        } catch (error) {
          fail(job, error instanceof Error ? error : new Error(String(error)));
          pump();
          return;
        }
        report(job);
        if (job.pending === 0) {
          jobs.delete(job);
          job.resolve(job.merged!);
        }
      }
    }
    pump();
  }

  function report(job: Job) {
    if (!job.onProgress) return;
    const running = job.tasks.reduce((sum, t) => sum + t.progress, 0);
    const done = job.query.kind === 'inverse' ? running : Math.min(job.total, job.finishedWork + running);
    job.onProgress({ done, total: job.total, partial: job.merged });
  }

  function fail(job: Job, error: Error) {
    if (job.cancelled) return;
    stop(job);
    job.reject(error);
  }

  /** Drop the job's queued slices and ask the workers running its slices to stop. */
  function stop(job: Job) {
    job.cancelled = true;
    jobs.delete(job);
    for (let i = queue.length - 1; i >= 0; i--) if (queue[i].job === job) queue.splice(i, 1);
    for (const { slot, task } of inFlight.values()) {
      if (task.job === job && task.id !== null) slot.worker.postMessage({ type: 'cancel', id: task.id } satisfies ToWorker);
    }
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
      const task = queue.splice(best, 1)[0];
      const id = nextId++;
      task.id = id;
      slot.busy = task;
      inFlight.set(id, { slot, task });
      slot.worker.postMessage({ type: 'run', id, query: task.query } satisfies ToWorker);
    }
  }

  function cancel(job: Job) {
    if (job.cancelled || job.pending === 0) return;
    stop(job);
    job.reject(new CancelledError());
  }

  /** One query as slices (mergeable) or one task (the inverse). */
  function submit(query: Query, options: RunOptions): { job: Job; promise: Promise<QueryResult> } {
    const { promise, resolve, reject } = deferred<QueryResult>();
    const job: Job = {
      query,
      priority: options.priority ?? 0,
      tasks: [],
      results: [],
      merged: null,
      mergedUpTo: 0,
      pending: 0,
      total: isMergeable(query) ? query.runs : 1,
      finishedWork: 0,
      cancelled: false,
      // Resolved once per job (a tornado or claims plan resolves every variant's inputs: work the
      // main thread should not repeat for each slice).
      points: isMergeable(query) ? pointsPerRun(query) : 1,
      workerMs: 0,
      onProgress: options.onProgress,
      resolve,
      reject,
    };
    let queries: Query[];
    if (!isMergeable(query)) queries = [query];
    else {
      const perSlice = options.chunkRuns ?? Math.max(1, Math.floor(estimate(job.points) * (options.targetChunkMs ?? 15)));
      // At least one slice per worker when the job is big enough, so a small job still spreads out.
      const count = Math.max(Math.ceil(query.runs / perSlice), Math.min(size, query.runs));
      const base = Math.floor(query.runs / Math.max(1, count));
      let extra = query.runs - base * count;
      let first = query.firstRun ?? 0;
      queries = [];
      for (let i = 0; i < count; i++) {
        const runs = base + (extra > 0 ? 1 : 0);
        if (extra > 0) extra -= 1;
        if (runs === 0) continue;
        queries.push(sliceQuery(query, first, runs));
        first += runs;
      }
    }
    if (queries.length === 0) {
      resolve(emptyResult(query));
      return { job, promise };
    }
    job.results = queries.map(() => undefined);
    job.tasks = queries.map((q, index) => ({ job, index, query: q, seq: seq++, work: isMergeable(query) ? q.runs : 0, progress: 0, id: null }));
    job.pending = job.tasks.length;
    queue.push(...job.tasks);
    jobs.add(job);
    pump();
    return { job, promise };
  }

  /** A claims query with drivers: its checks and one tornado per key figure, assembled at the end. */
  function submitClaims(query: ClaimsQuery, options: RunOptions<ClaimsResult>): PoolJob<ClaimsResult> {
    const { checks, tornadoes } = claimsParts(query);
    const parts = [checks, ...tornadoes];
    const progress = parts.map(() => 0);
    const total = parts.reduce((sum, p) => sum + p.runs, 0);
    const subs = parts.map((part, i) =>
      submit(part, {
        priority: options.priority,
        targetChunkMs: options.targetChunkMs,
        onProgress: ({ done }) => {
          progress[i] = done;
          options.onProgress?.({ done: progress.reduce((a, b) => a + b, 0), total, partial: null });
        },
      }),
    );
    const result = Promise.all(subs.map((s) => s.promise)).then(([checked, ...bars]) => assembleClaims(query, checked as ClaimsResult, bars as TornadoResult[]));
    result.catch(() =>
      subs.forEach((s) => {
        cancel(s.job);
      }),
    );
    return {
      result,
      cancel: () =>
        subs.forEach((s) => {
          cancel(s.job);
        }),
      get workerMs() {
        return subs.reduce((sum, s) => sum + s.job.workerMs, 0);
      },
    };
  }

  return {
    size,
    get speed() {
      return speed;
    },
    run<Q extends Query>(query: Q, options: RunOptions<ResultOf<Q>> = {}): PoolJob<ResultOf<Q>> {
      if (terminated) throw new Error('worker pool terminated');
      if (query.kind === 'claims' && query.drivers !== false) {
        return submitClaims(query, options as RunOptions<ClaimsResult>) as unknown as PoolJob<ResultOf<Q>>;
      }
      const { job, promise } = submit(query, options as RunOptions);
      return {
        result: promise as Promise<ResultOf<Q>>,
        cancel: () => cancel(job),
        get workerMs() {
          return job.workerMs;
        },
      };
    },
    cancelAll() {
      for (const job of [...jobs]) cancel(job);
    },
    warm(query) {
      if (terminated) return;
      // Negative ids: no entry in inFlight, so the answers are dropped (onMessage ignores them).
      slots.forEach((slot, i) => {
        slot.worker.postMessage({ type: 'run', id: -(i + 1), query } satisfies ToWorker);
      });
    },
    terminate() {
      terminated = true;
      for (const job of [...jobs]) cancel(job);
      for (const slot of slots) slot.worker.terminate();
    },
  };
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
