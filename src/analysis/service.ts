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
//                                   query per key figure (each of which splits)
import { checkOverrides } from '../model/inputs';
import { DEFAULT_PARAMETERS, MODEL_VERSION } from '../model/parameters';
import { resolveInputs } from '../model/resolve';
import type { ClaimSpec, ModelParameters, Overrides, ResolvedInputs, RunOutcome, Tally } from '../model/types';
import { batchInputs, mergeTallies, runOutcomes, summarize } from '../engine/batch';
import { claimPlan, claimVerdicts, defaultDriverRuns, driverKey, driverSpecs, type DriverSpec } from '../engine/claims';
import { tornadoBars, tornadoPlan, topBar } from '../engine/sensitivity';
import { inputsAtTroops, runVariants, sweepPoints, troopsForSuccessSteps } from '../engine/sweep';
import { AnalysisError } from './errors';
import { paramsHash, scenarioHash, stableJson } from './fingerprint';
import {
  isMergeable,
  QUERY_KINDS,
  type ClaimsQuery,
  type ClaimsRecord,
  type ClaimsResult,
  type InverseQuery,
  type InverseResult,
  type Provenance,
  type Query,
  type QueryRecord,
  type QueryResult,
  type ResultOf,
  type RunsetQuery,
  type RunsetResult,
  type SummaryQuery,
  type SummaryResult,
  type SweepQuery,
  type SweepResult,
  type TornadoQuery,
  type TornadoResult,
} from './queries';

/** Runs (or levels) done so far out of the total. */
export interface Progress {
  done: number;
  total: number;
}

export interface ExecuteOptions {
  /** Yield progress after every this many runs; default: one chunk (no yield). */
  chunkRuns?: number;
}

const TROOPS = 'intervener.troops';
/** Default search range and grid of the inverse question. */
export const INVERSE_DEFAULTS = { min: 0, max: 300_000, resolution: 1000 } as const;

// ---------------------------------------------------------------------------------------------
// Provenance

const paramsOf = (query: Query): ModelParameters => query.params ?? DEFAULT_PARAMETERS;
const overridesOf = (query: Query): Overrides => query.overrides ?? {};

/** Overrides as a record shows them: keys sorted, the troop level left out (the record's `troops` says it). */
function recordedOverrides(overrides: Overrides): Overrides {
  const out: Overrides = {};
  for (const key of Object.keys(overrides).sort()) if (key !== TROOPS) out[key] = overrides[key];
  return out;
}

/** The troops the figures of a single-level query are at (after the engine's clamping and rounding). */
function levelOf(query: Query): number {
  if (query.kind === 'tornado' && query.troops !== undefined) return query.troops;
  return resolveInputs(query.scenario, overridesOf(query), paramsOf(query)).troops;
}

/** The record of a query: its provenance plus its own fields, defaults filled in. */
export function describeQuery<Q extends Query>(query: Q): ResultOf<Q>['query'];
export function describeQuery(query: Query): QueryRecord {
  const scenario = query.scenario;
  const base: Omit<Provenance, 'kind'> = {
    scenarioId: scenario.id,
    scenarioHash: scenarioHash(scenario),
    modelVersion: MODEL_VERSION,
    paramsHash: paramsHash(query.params),
    overrides: recordedOverrides(overridesOf(query)),
    objective: query.kind === 'claims' ? scenario.objective.kind : (query.objective ?? scenario.objective.kind),
    troops: null,
    seed: query.seed,
    runs: query.runs,
    firstRun: query.firstRun ?? 0,
  };
  switch (query.kind) {
    case 'summary':
    case 'runset':
      return { ...base, kind: query.kind, troops: levelOf(query) };
    case 'sweep':
      return { ...base, kind: 'sweep', levels: [...query.levels], variants: (query.variants ?? [{}]).map(recordedVariant) };
    case 'claims':
      return {
        ...base,
        kind: 'claims',
        claimIds: claimsOf(query).map((c) => c.id),
        drivers: query.drivers !== false,
        driverRuns: query.drivers === false ? 0 : (query.driverRuns ?? defaultDriverRuns(query.runs)),
      };
    case 'inverse':
      return {
        ...base,
        kind: 'inverse',
        target: query.target,
        min: query.min ?? INVERSE_DEFAULTS.min,
        max: query.max ?? INVERSE_DEFAULTS.max,
        resolution: query.resolution ?? INVERSE_DEFAULTS.resolution,
      };
    case 'tornado':
      return { ...base, kind: 'tornado', troops: levelOf(query), metric: query.metric ?? 'successRate', includeTroops: query.includeTroops === true };
  }
}

function recordedVariant(variant: Overrides): Overrides {
  const out: Overrides = {};
  for (const key of Object.keys(variant).sort()) out[key] = variant[key];
  return out;
}

/** A stable text key of a record: equal keys, equal quantity (same data, inputs, seed and runs). */
export function queryKey(record: QueryRecord): string {
  return stableJson(record);
}

/** The key of a record without its run range: equal for two slices of one query. */
export function sliceKey(record: QueryRecord): string {
  const { runs: _runs, firstRun: _firstRun, ...rest } = record;
  return stableJson(rest);
}

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
  }
}

// ---------------------------------------------------------------------------------------------
// Plans: what each mergeable query runs, as resolved inputs (one variant each) under CRN.

function summaryInputs(query: SummaryQuery | RunsetQuery): ResolvedInputs {
  return batchInputs(query.scenario, { overrides: overridesOf(query), params: query.params, objective: query.objective });
}

const variantOverrides = (query: SweepQuery): Overrides[] => (query.variants ?? [{}]).map((extra) => ({ ...overridesOf(query), ...extra }));

function sweepVariants(query: SweepQuery): ResolvedInputs[] {
  const params = paramsOf(query);
  return variantOverrides(query).flatMap((overrides) => query.levels.map((troops) => inputsAtTroops(query.scenario, troops, overrides, params, query.objective)));
}

function sweepPopulations(query: SweepQuery): number[] {
  return variantOverrides(query).map((overrides) => resolveInputs(query.scenario, overrides, paramsOf(query)).population);
}

function planTornado(query: TornadoQuery) {
  return tornadoPlan(query.scenario, {
    overrides: overridesOf(query),
    params: query.params,
    troops: query.troops,
    objective: query.objective,
    includeTroops: query.includeTroops,
  });
}

const claimsOf = (query: ClaimsQuery): ClaimSpec[] => query.claims ?? query.scenario.claims;

function planClaims(query: ClaimsQuery) {
  return claimPlan(query.scenario, claimsOf(query), overridesOf(query), paramsOf(query));
}

// ---------------------------------------------------------------------------------------------
// Running

interface Counter {
  done: number;
  total: number;
}

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
// Finishing: results from tallies (also what a merge recomputes)

function finishSummary(query: SummaryQuery, tally: Tally): SummaryResult {
  return {
    kind: 'summary',
    query: describeQuery(query),
    tally,
    summary: summarize(tally, query.seed),
    population: resolveInputs(query.scenario, overridesOf(query), paramsOf(query)).population,
  };
}

function finishRunset(query: RunsetQuery, outcomes: RunOutcome[]): RunsetResult {
  return { kind: 'runset', query: describeQuery(query), outcomes };
}

function finishSweep(query: SweepQuery, tallies: Tally[]): SweepResult {
  const populations = sweepPopulations(query);
  const n = query.levels.length;
  const points = populations.flatMap((population, v) => sweepPoints(tallies.slice(v * n, (v + 1) * n), query.seed, population));
  return { kind: 'sweep', query: describeQuery(query), points, populations };
}

function finishTornado(query: TornadoQuery, tallies: Tally[]): TornadoResult {
  const { ranges } = planTornado(query);
  return { kind: 'tornado', query: describeQuery(query), ranges, tallies, bars: tornadoBars(ranges, tallies, query.metric ?? 'successRate') };
}

function finishClaims(query: ClaimsQuery, tallies: Tally[]): ClaimsResult {
  const plan = planClaims(query);
  return {
    kind: 'claims',
    query: describeQuery(query),
    verdicts: claimVerdicts(query.scenario, claimsOf(query), plan, tallies, null),
    conditions: plan.conditions.map((c, i) => ({ troops: c.troops, objective: c.objective, tally: tallies[i] })),
    drivers: [],
  };
}

// ---------------------------------------------------------------------------------------------
// Claims with drivers: a checks query and one tornado query per key figure

export interface ClaimsParts {
  /** The same claims query without drivers (mergeable). */
  checks: ClaimsQuery;
  /** One tornado per distinct key figure, in claim order (each mergeable). */
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
  const byKey = new Map(specs.map((spec, i) => [driverKey(spec), drivers[i].bar]));
  const tallies = checks.conditions.map((c) => c.tally);
  return {
    kind: 'claims',
    query: describeQuery(query) as ClaimsRecord,
    verdicts: claimVerdicts(query.scenario, claimsOf(query), planClaims(query), tallies, byKey),
    conditions: checks.conditions,
    drivers,
  };
}

// ---------------------------------------------------------------------------------------------
// The inverse question (not mergeable: a bisection needs every run at each level it measures)

function inverseLevelsEstimate(query: InverseQuery): number {
  const min = query.min ?? INVERSE_DEFAULTS.min;
  const max = query.max ?? INVERSE_DEFAULTS.max;
  const resolution = Math.max(1, Math.round(query.resolution ?? INVERSE_DEFAULTS.resolution));
  const steps = Math.max(1, Math.ceil((max - min) / resolution));
  // Three bisections (the answer and its two Wilson bounds) share their levels; about this many.
  return 2 * (Math.ceil(Math.log2(steps)) + 2);
}

function* executeInverse(query: InverseQuery, counter: Counter): Generator<Progress, InverseResult, void> {
  const steps = troopsForSuccessSteps(query.scenario, query.target, {
    runs: query.runs,
    seed: query.seed,
    firstRun: query.firstRun,
    overrides: overridesOf(query),
    params: query.params,
    objective: query.objective,
    min: query.min ?? INVERSE_DEFAULTS.min,
    max: query.max ?? INVERSE_DEFAULTS.max,
    resolution: query.resolution ?? INVERSE_DEFAULTS.resolution,
  });
  for (;;) {
    const next = steps.next();
    if (next.done) return { kind: 'inverse', query: describeQuery(query), answer: next.value };
    counter.done = next.value.evaluated;
    counter.total = Math.max(counter.total, counter.done + 1);
    yield { done: counter.done, total: counter.total };
  }
}

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

/** Model runs per run of the run set: the variants a query runs on each run's draws (for slice sizing). */
export function pointsPerRun(query: Query): number {
  switch (query.kind) {
    case 'summary':
    case 'runset':
    case 'inverse':
      return 1;
    case 'sweep':
      return query.levels.length * (query.variants?.length ?? 1);
    case 'tornado':
      return planTornado(query).variants.length;
    case 'claims':
      return Math.max(1, planClaims(query).conditions.length);
  }
}

/** The result of no runs (what a zero-run query returns), e.g. for a pool job with nothing to do. */
export function emptyResult<Q extends Query>(query: Q): ResultOf<Q> {
  return runQuery(sliceQuery(query, query.firstRun ?? 0, 0));
}
