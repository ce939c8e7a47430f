// Sweeps over troop levels and the inverse question ("how many troops for X% success?").
// Run-major with common random numbers: each run's draw buffer is filled once and the kernel runs at
// every troop level on the same numbers, so curves are smooth and fair, and the draws (the larger
// cost) are paid once per run instead of once per level.
import { DEFAULT_PARAMETERS } from '../model/parameters';
import { resolveInputs } from '../model/resolve';
import type { ModelParameters, ObjectiveKind, Overrides, ResolvedInputs, Scenario, SweepPoint, Tally, TroopsForSuccess } from '../model/types';
import { addOutcome, type BatchOptions, checkRunRange, emptyTally, fillRunDraws, mergeTallies, summarize, wilsonInterval, withObjective } from './batch';
import { runCampaign } from './campaign';
import { drawCount } from './rng';

export interface SweepOptions extends BatchOptions {
  troops: readonly number[];
}

/** Inputs at one troop level, resolved exactly as runBatch would resolve the same override. */
export function inputsAtTroops(scenario: Scenario, troops: number, overrides: Overrides = {}, params: ModelParameters = DEFAULT_PARAMETERS, objective?: ObjectiveKind): ResolvedInputs {
  return withObjective(resolveInputs(scenario, { ...overrides, 'intervener.troops': troops }, params), objective, scenario);
}

/**
 * Tally runs [firstRun, firstRun + runs) at every variant of the inputs (troop levels, or the ends of
 * a sensitivity range): the draws are filled once per run and shared by all variants. Every variant
 * must have the same region count (the draw layout depends on it).
 */
export function runVariants(variants: readonly ResolvedInputs[], params: ModelParameters, options: { runs: number; seed: string; firstRun?: number }): Tally[] {
  const firstRun = options.firstRun ?? 0;
  checkRunRange(options.runs, firstRun);
  const tallies = variants.map((inputs) => emptyTally(inputs.troops));
  if (variants.length === 0) return tallies;
  const regions = variants[0].regionIds.length;
  for (const v of variants) {
    if (v.regionIds.length !== regions) throw new Error('all variants of a common-random-numbers batch need the same regions');
  }
  // Variants with advanced overrides may draw fewer days or months; the buffer fits the longest.
  const draws = new Float64Array(Math.max(...variants.map((v) => drawCount(regions, v.params ?? params))));
  for (let run = firstRun; run < firstRun + options.runs; run++) {
    fillRunDraws(options.seed, run, draws);
    for (let i = 0; i < variants.length; i++) addOutcome(tallies[i], runCampaign(variants[i], params, draws, run));
  }
  return tallies;
}

/** Troops per 1,000 inhabitants (0 for an empty country). */
export function troopsPerThousand(troops: number, population: number): number {
  return population > 0 ? troops / (population / 1000) : 0;
}

function toPoint(tally: Tally, seed: string, population: number): SweepPoint {
  return { ...summarize(tally, seed), troopsPerThousand: troopsPerThousand(tally.troops, population), tally };
}

/** The raw tallies of a sweep (what a worker returns for its run range). */
export function sweepTallies(scenario: Scenario, options: SweepOptions): Tally[] {
  const params = options.params ?? DEFAULT_PARAMETERS;
  const variants = options.troops.map((n) => inputsAtTroops(scenario, n, options.overrides, params, options.objective));
  return runVariants(variants, params, options);
}

export function sweep(scenario: Scenario, options: SweepOptions): SweepPoint[] {
  const params = options.params ?? DEFAULT_PARAMETERS;
  const population = resolveInputs(scenario, options.overrides ?? {}, params).population;
  return sweepTallies(scenario, options).map((tally) => toPoint(tally, options.seed, population));
}

/** Sweep points from tallies (e.g. merged from workers). */
export function sweepPoints(tallies: readonly Tally[], seed: string, population: number): SweepPoint[] {
  return tallies.map((tally) => toPoint(tally, seed, population));
}

/** Merge two sweeps of the same levels over disjoint run ranges. */
export function mergeSweepTallies(a: readonly Tally[], b: readonly Tally[]): Tally[] {
  if (a.length !== b.length) throw new Error(`cannot merge sweeps of ${a.length} and ${b.length} levels`);
  return a.map((tally, i) => mergeTallies(tally, b[i]));
}

export interface InverseOptions extends BatchOptions {
  /** Search range of troop levels; default 0-300,000. */
  min?: number;
  max?: number;
  /** Answer granularity in troops; default 1,000. */
  resolution?: number;
  /**
   * Spacing of the bracketing grid in troops, rounded to a multiple of `resolution`; default 10,000
   * (the analysis curve's levels, so the curve's tallies can be handed over as `known`).
   */
  bracket?: number;
  /**
   * Success counts already measured over exactly these runs, inputs and seed, by troop level (e.g. the
   * curve's tallies): used instead of measuring those levels again. The answer does not depend on
   * which levels are known, only the work does.
   */
  known?: ReadonlyMap<number, number>;
}

/** Default spacing of the inverse search's bracketing grid. */
export const INVERSE_BRACKET = 10_000;

/** Keep the whole run set's draws in memory when it fits this many numbers (32 MB). */
const MAX_CACHED_DRAWS = 4_000_000;

/** One step of the inverse search: a troop level whose success count was just measured. */
export interface InverseStep {
  troops: number;
  /** Levels measured so far (each costs one pass over the run set). */
  evaluated: number;
}

/**
 * The smallest troop level (on a grid of `resolution` from `min`) whose success rate reaches
 * `target`, on the common-random-numbers curve (the same runs at every level, so the curve is close
 * to monotone; the search assumes it is). The search first measures a bracketing grid (every
 * `bracket` troops, plus `max`), takes the first grid level where the rate reaches the target, and
 * bisects inside the bracket below it to `resolution`. Uncertainty: `low` and `high` are found the
 * same way for the upper and the lower end of the rate's 95% Wilson interval, i.e. the troop levels
 * at which these runs cannot tell the rate from the target. Null when the target is not reached by
 * `max`. Levels in `known` are not measured again (the answer is the same; only the work shrinks).
 */
export function troopsForSuccess(scenario: Scenario, target: number, options: InverseOptions): TroopsForSuccess | null {
  const steps = troopsForSuccessSteps(scenario, target, options);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * troopsForSuccess as a generator that yields after each troop level it measures, so a Web Worker
 * can report progress and stop between levels. The one implementation of the inverse question.
 */
export function* troopsForSuccessSteps(scenario: Scenario, target: number, options: InverseOptions): Generator<InverseStep, TroopsForSuccess | null, void> {
  if (!(target >= 0 && target <= 1)) throw new Error(`target success rate must be between 0 and 1, got ${target}`);
  const params = options.params ?? DEFAULT_PARAMETERS;
  const min = Math.max(0, Math.round(options.min ?? 0));
  const max = Math.round(options.max ?? 300_000);
  const resolution = Math.max(1, Math.round(options.resolution ?? 1000));
  if (max < min) throw new Error(`max (${max}) must not be below min (${min})`);
  const firstRun = options.firstRun ?? 0;
  const { runs, seed } = options;
  checkRunRange(runs, firstRun);

  const base = inputsAtTroops(scenario, min, options.overrides, params, options.objective);
  const regions = base.regionIds.length;
  const perRun = drawCount(regions, base.params ?? params);
  const cache = runs * perRun <= MAX_CACHED_DRAWS ? new Float64Array(runs * perRun) : null;
  if (cache) for (let i = 0; i < runs; i++) fillRunDraws(seed, firstRun + i, cache.subarray(i * perRun, (i + 1) * perRun));
  const scratch = cache ? null : new Float64Array(perRun);

  const successes = new Map<number, number>();
  /** Levels measured here (not handed over in `known`): the progress each step reports. */
  let measured = 0;
  const measure = (troops: number): number => {
    const inputs = inputsAtTroops(scenario, troops, options.overrides, params, options.objective);
    let count = 0;
    for (let i = 0; i < runs; i++) {
      let draws: Float64Array;
      if (cache) draws = cache.subarray(i * perRun, (i + 1) * perRun);
      else {
        fillRunDraws(seed, firstRun + i, scratch!);
        draws = scratch!;
      }
      if (runCampaign(inputs, params, draws, firstRun + i).success) count += 1;
    }
    successes.set(troops, count);
    measured += 1;
    return count;
  };
  /** The success count at a level: known, or measured once (yielding a step), then remembered. */
  function* successAt(troops: number): Generator<InverseStep, number, void> {
    const remembered = successes.get(troops);
    if (remembered !== undefined) return remembered;
    const given = options.known?.get(troops);
    if (given !== undefined) {
      successes.set(troops, given);
      return given;
    }
    const count = measure(troops);
    yield { troops, evaluated: measured };
    return count;
  }

  const steps = Math.ceil((max - min) / resolution);
  const level = (k: number) => Math.min(max, min + k * resolution);
  // The bracketing grid, as indices of the resolution grid: 0, m, 2m, …, and the last index.
  const m = Math.max(1, Math.round(Math.max(resolution, options.bracket ?? INVERSE_BRACKET) / resolution));
  const grid: number[] = [];
  for (let k = 0; k < steps; k += m) grid.push(k);
  grid.push(steps);
  for (const k of grid) yield* successAt(level(k));

  /** Smallest grid index whose level satisfies `holds`, or null if even `max` does not. */
  function* firstHolding(holds: (successCount: number) => boolean): Generator<InverseStep, number | null, void> {
    const j = grid.findIndex((k) => holds(successes.get(level(k))!));
    if (j < 0) return null;
    if (j === 0) return grid[0];
    let lo = grid[j - 1];
    let hi = grid[j];
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (holds(yield* successAt(level(mid)))) hi = mid;
      else lo = mid;
    }
    return hi;
  }

  const reached = yield* firstHolding((s) => runs > 0 && s / runs >= target);
  if (reached === null) return null;
  const lowIndex = (yield* firstHolding((s) => wilsonInterval(s, runs)[1] >= target)) ?? reached;
  const highIndex = yield* firstHolding((s) => wilsonInterval(s, runs)[0] >= target);
  const troops = level(reached);
  return {
    target,
    troops,
    // A non-monotone stretch of the curve could put a bound on the wrong side; keep low ≤ troops ≤ high.
    low: Math.min(level(lowIndex), troops),
    high: highIndex === null ? max : Math.max(level(highIndex), troops),
    highAtLimit: highIndex === null,
    rate: (yield* successAt(troops)) / runs,
    runs,
    resolution,
  };
}
