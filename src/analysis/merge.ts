// Slices and merges: a mergeable query split into run ranges (the worker pool's unit of work) and
// the results merged back in run order, exactly (every tally is integers).
import type { RunOutcome, Tally } from '../model/types';
import { mergeTallies } from '../engine/batch';
import { claimConditions } from '../engine/claims';
import { tornadoVariantCount } from '../engine/sensitivity';
import { AnalysisError } from './errors';
import { isMergeable, type Query, type QueryResult, type ResultOf } from './queries';
import { claimsOf, describeQuery, sliceKey } from './records';
import { finishClaims, finishRunset, finishSummary, finishSweep, finishTornado, tornadoOptions } from './plans';

// ---------------------------------------------------------------------------------------------
// Slices and merges

/** The same query over another run range. */
export function sliceQuery<Q extends Query>(query: Q, firstRun: number, runs: number): Q {
  return { ...query, firstRun, runs };
}

/** Split a query's run range into consecutive slices of the given sizes (they must add up to its runs). */
export function splitQuery<Q extends Query>(query: Q, sizes: readonly number[]): Q[] {
  if (!isMergeable(query)) throw new AnalysisError('not-mergeable', { kind: query.kind });
  const total = sizes.reduce((a, b) => a + b, 0);
  if (total !== query.runs || sizes.some((s) => !Number.isInteger(s) || s < 0)) throw new AnalysisError('bad-run-range', { runs: total, firstRun: query.firstRun ?? 0 });
  let first = query.firstRun ?? 0;
  return sizes.map((runs) => {
    const slice = sliceQuery(query, first, runs);
    first += runs;
    return slice;
  });
}

type Parts = Tally[] | RunOutcome[];

function partsOf(result: QueryResult): Parts {
  switch (result.kind) {
    case 'summary':
      return [result.tally];
    case 'runset':
      return result.outcomes;
    case 'sweep':
      return result.points.map((p) => p.tally);
    case 'tornado':
      return result.tallies;
    case 'claims':
      return result.conditions.map((c) => c.tally);
    case 'inverse':
      throw new AnalysisError('not-mergeable', { kind: 'inverse' });
  }
}

function finish(query: Query, parts: Parts): QueryResult {
  switch (query.kind) {
    case 'summary':
      return finishSummary(query, (parts as Tally[])[0]);
    case 'runset':
      return finishRunset(query, parts as RunOutcome[]);
    case 'sweep':
      return finishSweep(query, parts as Tally[]);
    case 'tornado':
      return finishTornado(query, parts as Tally[]);
    case 'claims':
      return finishClaims(query, parts as Tally[]);
    case 'inverse':
      throw new AnalysisError('not-mergeable', { kind: 'inverse' });
  }
}

/**
 * The result of two adjacent slices of `query` (any order), exactly as one call over both ranges
 * would give it. Refuses results of another query, non-adjacent slices and unmergeable kinds.
 */
export function mergeResults<Q extends Query>(query: Q, a: ResultOf<Q>, b: ResultOf<Q>): ResultOf<Q>;
export function mergeResults(query: Query, a: QueryResult, b: QueryResult): QueryResult {
  if (!isMergeable(query)) throw new AnalysisError('not-mergeable', { kind: query.kind });
  const whole = sliceKey(describeQuery(query));
  if (a.kind !== query.kind || b.kind !== query.kind || sliceKey(a.query) !== whole || sliceKey(b.query) !== whole) {
    throw new AnalysisError('merge-mismatch', { reason: 'different-query' });
  }
  const [lo, hi] = a.query.firstRun <= b.query.firstRun ? [a, b] : [b, a];
  if (lo.query.firstRun + lo.query.runs !== hi.query.firstRun) throw new AnalysisError('merge-mismatch', { reason: 'not-adjacent' });
  const union = sliceQuery(query, lo.query.firstRun, lo.query.runs + hi.query.runs);
  const left = partsOf(lo);
  const right = partsOf(hi);
  if (query.kind === 'runset') return finish(union, [...(left as RunOutcome[]), ...(right as RunOutcome[])]);
  const l = left as Tally[];
  const r = right as Tally[];
  if (l.length !== r.length) throw new AnalysisError('merge-mismatch', { reason: 'different-shape' });
  return finish(
    union,
    l.map((t, i) => mergeTallies(t, r[i])),
  );
}

/**
 * Model runs per run of the run set: the variants a query runs on each run's draws (for slice sizing,
 * on the page's main thread). Counted without resolving every variant's inputs: a tornado's ranges
 * from its base inputs only (engine tornadoVariantCount), a claims query's distinct conditions
 * from its checks (engine claimConditions).
 */
export function pointsPerRun(query: Query): number {
  switch (query.kind) {
    case 'summary':
    case 'runset':
    case 'inverse':
      return 1;
    case 'sweep':
      return query.levels.length * (query.variants?.length ?? 1);
    case 'tornado':
      return tornadoVariantCount(query.scenario, tornadoOptions(query));
    case 'claims':
      return Math.max(1, claimConditions(query.scenario, claimsOf(query)).length);
  }
}
