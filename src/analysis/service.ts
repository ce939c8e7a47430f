// The analysis service: runs any query (queries.ts) by composing the engine's primitives, and splits
// and merges the mergeable ones by run range. Pure and deterministic (no DOM, no clocks, no
// Math.random): node (CLI, tests) and the Web Workers (src/app/worker.ts) run exactly this code, so
// the same query gives the same result everywhere, and a query split into run ranges and merged in
// order gives exactly the result of one call over the whole range (every tally is integers).
//
//   runQuery(query)                 one call, the whole run range
//   execute(query, { chunkRuns })   the same as a generator that yields progress between chunks of
//                                   runs (or between troop levels of the inverse search), so a worker
//                                   can report progress and stop when cancelled
//   sliceQuery / mergeResults       the run-range split the worker pool uses
//   claimsParts / assembleClaims    a claims query with drivers as a checks query plus one tornado
import { checkOverrides } from '../model/inputs';
import type { ResolvedInputs, RunOutcome, Tally } from '../model/types';
import { mergeTallies, runOutcomes } from '../engine/batch';
import { claimVerdicts, defaultDriverRuns, driverKey, driverSpecs, type DriverSpec } from '../engine/claims';
import { topBar } from '../engine/sensitivity';
import { runVariants } from '../engine/sweep';
import { AnalysisError } from './errors';
import { QUERY_KINDS, type ClaimsQuery, type ClaimsRecord, type ClaimsResult, type Query, type QueryResult, type ResultOf, type TornadoQuery, type TornadoResult } from './queries';
import { claimsOf, describeQuery, overridesOf, paramsOf, type Counter, type ExecuteOptions, type Progress, INVERSE_DEFAULTS } from './records';
import { finishClaims, finishRunset, finishSummary, finishSweep, finishTornado, planClaims, planTornado, summaryInputs, sweepVariants } from './plans';
import { executeInverse, inverseLevelsEstimate, checkKnown } from './inverse';

export { describeQuery, INVERSE_DEFAULTS, queryKey, sliceKey, type ExecuteOptions, type Progress } from './records';
export { mergeResults, pointsPerRun, sliceQuery, splitQuery } from './merge';
import { sliceQuery } from './merge';

// ---------------------------------------------------------------------------------------------
// Validation: bad queries are refused with a typed error before any run.

function checkQuery(query: Query): void {
  if (!query || typeof query !== 'object' || !(QUERY_KINDS as readonly string[]).includes((query as Query).kind)) {
    throw new AnalysisError('unknown-query', { kind: String((query as Query | null)?.kind ?? null) });
  }
  const firstRun = query.firstRun ?? 0;
  if (!Number.isInteger(query.runs) || query.runs < 0 || !Number.isInteger(firstRun) || firstRun < 0) {
    throw new AnalysisError('bad-run-range', { runs: Number(query.runs), firstRun: Number(firstRun) });
  }
  const overrideSets = [overridesOf(query), ...(query.kind === 'sweep' ? (query.variants ?? []) : [])];
  for (const set of overrideSets) {
    const problem = checkOverrides(set)[0];
    if (problem) throw new AnalysisError('bad-override', { path: problem.path, value: typeof set[problem.path] === 'number' ? set[problem.path] : null });
  }
  const badLevel = (level: number) => !(Number.isFinite(level) && level >= 0);
  if (query.kind === 'sweep') {
    const bad = query.levels.find(badLevel);
    if (bad !== undefined) throw new AnalysisError('bad-level', { level: bad });
  }
  if (query.kind === 'tornado' && query.troops !== undefined && badLevel(query.troops)) throw new AnalysisError('bad-level', { level: query.troops });
  if (query.kind === 'inverse') {
    if (!(query.target >= 0 && query.target <= 1)) throw new AnalysisError('bad-target', { target: Number(query.target) });
    const min = query.min ?? INVERSE_DEFAULTS.min;
    const max = query.max ?? INVERSE_DEFAULTS.max;
    if (!(Number.isFinite(min) && Number.isFinite(max) && min >= 0 && max >= min)) throw new AnalysisError('bad-search-range', { min, max });
    checkKnown(query);
  }
}

// ---------------------------------------------------------------------------------------------
// Running

/** Tally every variant over [firstRun, firstRun + runs), in chunks (merges are exact). */
function* tallyVariants(query: Query, variants: readonly ResolvedInputs[], chunkRuns: number, counter: Counter): Generator<Progress, Tally[], void> {
  const params = paramsOf(query);
  const firstRun = query.firstRun ?? 0;
  const chunk = Math.max(1, Math.floor(chunkRuns));
  let tallies: Tally[] | null = null;
  for (let start = 0; start < query.runs || tallies === null; start += chunk) {
    const runs = Math.min(chunk, query.runs - start);
    const part = runVariants(variants, params, { runs, seed: query.seed, firstRun: firstRun + start });
    tallies = tallies ? tallies.map((t, i) => mergeTallies(t, part[i])) : part;
    counter.done += runs;
    if (start + runs < query.runs) yield { done: counter.done, total: counter.total };
  }
  return tallies;
}

export function execute<Q extends Query>(query: Q, options: ExecuteOptions = {}): Generator<Progress, ResultOf<Q>, void> {
  checkQuery(query);
  const chunk = options.chunkRuns ?? Number.POSITIVE_INFINITY;
  const counter: Counter = { done: 0, total: totalWork(query) };
  return executeIn(query, chunk, counter) as Generator<Progress, ResultOf<Q>, void>;
}

/** Work units a query's progress counts: runs (summed over the parts of a claims query), levels for the inverse. */
function totalWork(query: Query): number {
  if (query.kind === 'inverse') return inverseLevelsEstimate(query);
  if (query.kind === 'claims' && query.drivers !== false) {
    const { checks, tornadoes } = claimsParts(query);
    return checks.runs + tornadoes.reduce((sum, t) => sum + t.runs, 0);
  }
  return query.runs;
}

function* executeIn(query: Query, chunk: number, counter: Counter): Generator<Progress, QueryResult, void> {
  try {
    switch (query.kind) {
      case 'summary': {
        const tallies = yield* tallyVariants(query, [summaryInputs(query)], chunk, counter);
        return finishSummary(query, tallies[0]);
      }
      case 'runset': {
        const inputs = summaryInputs(query);
        const outcomes: RunOutcome[] = [];
        const firstRun = query.firstRun ?? 0;
        const step = Math.max(1, Math.floor(chunk));
        for (let start = 0; start < query.runs; start += step) {
          const runs = Math.min(step, query.runs - start);
          outcomes.push(...runOutcomes(inputs, paramsOf(query), { runs, seed: query.seed, firstRun: firstRun + start }));
          counter.done += runs;
          if (start + runs < query.runs) yield { done: counter.done, total: counter.total };
        }
        return finishRunset(query, outcomes);
      }
      case 'sweep': {
        const tallies = yield* tallyVariants(query, sweepVariants(query), chunk, counter);
        return finishSweep(query, tallies);
      }
      case 'tornado': {
        const tallies = yield* tallyVariants(query, planTornado(query).variants, chunk, counter);
        return finishTornado(query, tallies);
      }
      case 'claims': {
        if (query.drivers === false) {
          const tallies = yield* tallyVariants(query, planClaims(query).variants, chunk, counter);
          return finishClaims(query, tallies);
        }
        const { checks, tornadoes } = claimsParts(query);
        const checked = (yield* executeIn(checks, chunk, counter)) as ClaimsResult;
        const bars: TornadoResult[] = [];
        for (const tornado of tornadoes) bars.push((yield* executeIn(tornado, chunk, counter)) as TornadoResult);
        return assembleClaims(query, checked, bars);
      }
      case 'inverse':
        return yield* executeInverse(query, counter);
    }
  } catch (error) {
    if (error instanceof AnalysisError) throw error;
    throw new AnalysisError('engine-failure', { message: error instanceof Error ? error.message : String(error) });
  }
}

/** Run a query in one call over its whole run range. */
export function runQuery<Q extends Query>(query: Q): ResultOf<Q> {
  const steps = execute(query);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

// ---------------------------------------------------------------------------------------------
// Claims with ranges: a checks query and one tornado query per distinct condition of the checks

export interface ClaimsParts {
  /** The same claims query without drivers (mergeable). */
  checks: ClaimsQuery;
  /** One tornado per distinct condition of the testable claims' checks, in claim order (each mergeable). */
  tornadoes: TornadoQuery[];
  specs: DriverSpec[];
}

export function claimsParts(query: ClaimsQuery): ClaimsParts {
  const specs = query.drivers === false ? [] : driverSpecs(query.scenario, claimsOf(query));
  const runs = query.driverRuns ?? defaultDriverRuns(query.runs);
  const { kind: _kind, claims: _claims, drivers: _drivers, driverRuns: _driverRuns, ...common } = query;
  return {
    checks: { ...query, drivers: false },
    tornadoes: specs.map(
      (spec): TornadoQuery => ({
        ...common,
        kind: 'tornado',
        metric: spec.metric,
        troops: spec.troops,
        objective: spec.objective,
        runs,
      }),
    ),
    specs,
  };
}

/** The claims result from its parts' results (what runQuery does in one call, and the pool in slices). */
export function assembleClaims(query: ClaimsQuery, checks: ClaimsResult, tornadoes: readonly TornadoResult[]): ClaimsResult {
  const { specs } = claimsParts(query);
  if (tornadoes.length !== specs.length) throw new AnalysisError('merge-mismatch', { reason: 'driver-count' });
  const drivers = specs.map((spec, i) => ({ metric: spec.metric, troops: spec.troops, objective: spec.objective, bar: topBar(tornadoes[i].bars), query: tornadoes[i].query }));
  const byKey = new Map(specs.map((spec, i) => [driverKey(spec), { ranges: tornadoes[i].ranges, tallies: tornadoes[i].tallies }]));
  const tallies = checks.conditions.map((c) => c.tally);
  const rangeRuns = query.driverRuns ?? defaultDriverRuns(query.runs);
  return {
    kind: 'claims',
    query: describeQuery(query) as ClaimsRecord,
    verdicts: claimVerdicts(query.scenario, claimsOf(query), planClaims(query), tallies, byKey, rangeRuns),
    conditions: checks.conditions,
    drivers,
  };
}

/** The result of no runs (what a zero-run query returns), e.g. for a pool job with nothing to do. */
export function emptyResult<Q extends Query>(query: Q): ResultOf<Q> {
  return runQuery(sliceQuery(query, query.firstRun ?? 0, 0));
}
