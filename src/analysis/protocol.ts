// The messages between the page's worker pool (src/app/worker-client.ts) and a Web Worker
// (src/app/worker.ts): a query to run (any query of queries.ts, usually one run-range slice), a
// cancel, and back progress, the result, a typed error, or the confirmation that a cancelled query
// stopped. Plain data; ids are chosen by the pool.
import type { AnalysisErrorData } from './errors';
import type { Query, QueryResult } from './queries';

export type ToWorker = { type: 'run'; id: number; query: Query } | { type: 'cancel'; id: number };

export type FromWorker =
  /** Work done so far: runs (or levels of the inverse search) out of the query's total. */
  | { type: 'progress'; id: number; done: number; total: number }
  /** The finished result and the worker's compute time for it, in ms. */
  | { type: 'result'; id: number; result: QueryResult; ms: number }
  | { type: 'error'; id: number; error: AnalysisErrorData }
  /** The query `id` stopped after a cancel; the worker is free. */
  | { type: 'cancelled'; id: number };
