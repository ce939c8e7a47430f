// Monte Carlo batches: run many seeded campaigns and count their outcomes in a mergeable Tally.
// Each run seeds its own generator from `${seed}:${run}` (rng.ts), so a batch split into run ranges
// (Web Workers, or node in several calls) and merged gives exactly the batch computed in one piece.
import { DEFAULT_PARAMETERS } from '../model/parameters';
import { resolveInputs } from '../model/resolve';
import { OUTCOME_CLASSES, type BatchSummary, type ModelParameters, type ObjectiveKind, type OutcomeClass, type Overrides, type Percentiles, type ResolvedInputs, type RunOutcome, type Scenario, type Tally } from '../model/types';
import { runCampaign } from './campaign';
import { shareOf } from './metrics';
import { drawCount, fillDraws } from './rng';

/** Fixed-point unit of the population-share sums: integers keep merges exact in any order. */
const NANO = 1e9;
/** z of a two-sided 95% interval. */
const Z95 = 1.959963984540054;

export interface BatchOptions {
  runs: number;
  seed: string;
  /** First run index; a worker handed runs [a, b) passes firstRun = a, runs = b − a. */
  firstRun?: number;
  overrides?: Overrides;
  params?: ModelParameters;
  /** Evaluate under this objective instead of the scenario's. */
  objective?: ObjectiveKind;
}

export function emptyTally(troops: number): Tally {
  return {
    runs: 0,
    troops,
    entered: 0,
    success: 0,
    outcomeCounts: OUTCOME_CLASSES.map(() => 0),
    capitalDayCounts: [],
    enteredPopulationNano: 0,
    stabilizedPopulationNano: 0,
  };
}

const OUTCOME_INDEX = Object.fromEntries(OUTCOME_CLASSES.map((kind, i) => [kind, i])) as Record<OutcomeClass, number>;

/** Count one run into a tally (mutates it; tallies are the batch's private accumulators). */
export function addOutcome(tally: Tally, outcome: RunOutcome): void {
  tally.runs += 1;
  if (outcome.entered) tally.entered += 1;
  if (outcome.success) tally.success += 1;
  tally.outcomeCounts[OUTCOME_INDEX[outcome.outcome]] += 1;
  if (outcome.capitalDay !== null) {
    const index = outcome.capitalDay - 1;
    const counts = tally.capitalDayCounts;
    while (counts.length <= index) counts.push(0);
    counts[index] += 1;
  }
  tally.enteredPopulationNano += Math.round(outcome.enteredPopulationShare * NANO);
  tally.stabilizedPopulationNano += Math.round(outcome.stabilizedPopulationShare * NANO);
}

/** The tally of two disjoint run sets of the same inputs. Pure; exact (every field is an integer). */
export function mergeTallies(a: Tally, b: Tally): Tally {
  if (a.troops !== b.troops) throw new Error(`cannot merge tallies of ${a.troops} and ${b.troops} troops`);
  const days = Math.max(a.capitalDayCounts.length, b.capitalDayCounts.length);
  const capitalDayCounts: number[] = [];
  for (let d = 0; d < days; d++) capitalDayCounts.push((a.capitalDayCounts[d] ?? 0) + (b.capitalDayCounts[d] ?? 0));
  return {
    runs: a.runs + b.runs,
    troops: a.troops,
    entered: a.entered + b.entered,
    success: a.success + b.success,
    outcomeCounts: a.outcomeCounts.map((count, i) => count + b.outcomeCounts[i]),
    capitalDayCounts,
    enteredPopulationNano: a.enteredPopulationNano + b.enteredPopulationNano,
    stabilizedPopulationNano: a.stabilizedPopulationNano + b.stabilizedPopulationNano,
  };
}

/**
 * The region a "limited" objective targets when the scenario names none: the least-populated region
 * (the first of equals). One rule for the engine, the CLI and the app (src/app/store.ts).
 */
export function limitedObjectiveRegion(scenario: Scenario): string {
  let best = scenario.regions[0];
  for (const region of scenario.regions) if (region.share.value < best.share.value) best = region;
  return best.id;
}

/**
 * Resolved inputs under another objective. "limited" needs a target region: the scenario's own
 * objective region, or else the least-populated region (design: the most holdable one, which is
 * what analysts mean by a force "fairly limited because of its size").
 */
export function withObjective(inputs: ResolvedInputs, objective: ObjectiveKind | undefined, scenario?: Scenario): ResolvedInputs {
  if (!objective || objective === inputs.objective) return inputs;
  let keyRegion = inputs.capitalIndex;
  if (objective === 'limited') {
    const named = scenario ? inputs.regionIds.indexOf(scenario.objective.region ?? limitedObjectiveRegion(scenario)) : -1;
    if (named >= 0) keyRegion = named;
    else {
      keyRegion = 0;
      for (let r = 1; r < inputs.share.length; r++) if (inputs.share[r] < inputs.share[keyRegion]) keyRegion = r;
    }
  }
  return { ...inputs, objective, keyRegion };
}

/** Fill `out` with run `run`'s draws (one seam for every batch loop, so they all draw alike). */
export function fillRunDraws(seed: string, run: number, out: Float64Array): void {
  fillDraws(seed, run, out);
}

/** Visit the outcome of every run in [firstRun, firstRun + runs) on already-resolved inputs, in run order. */
function forEachRun(inputs: ResolvedInputs, params: ModelParameters, options: { runs: number; seed: string; firstRun?: number }, visit: (outcome: RunOutcome) => void): void {
  const { runs, seed } = options;
  const firstRun = options.firstRun ?? 0;
  checkRunRange(runs, firstRun);
  const draws = new Float64Array(drawCount(inputs.regionIds.length, inputs.params ?? params));
  for (let run = firstRun; run < firstRun + runs; run++) {
    fillRunDraws(seed, run, draws);
    visit(runCampaign(inputs, params, draws, run));
  }
}

/** Run [firstRun, firstRun + runs) on already-resolved inputs. */
export function runBatchInputs(inputs: ResolvedInputs, params: ModelParameters, options: { runs: number; seed: string; firstRun?: number }): Tally {
  const tally = emptyTally(inputs.troops);
  forEachRun(inputs, params, options, (outcome) => addOutcome(tally, outcome));
  return tally;
}

/** Each run's own outcome, in run order (what a tally counts, run by run). */
export function runOutcomes(inputs: ResolvedInputs, params: ModelParameters, options: { runs: number; seed: string; firstRun?: number }): RunOutcome[] {
  const outcomes: RunOutcome[] = [];
  forEachRun(inputs, params, options, (outcome) => outcomes.push(outcome));
  return outcomes;
}

/** The resolved inputs a batch runs on: the scenario, the overrides, then the objective override. */
export function batchInputs(scenario: Scenario, options: Pick<BatchOptions, 'overrides' | 'params' | 'objective'>): ResolvedInputs {
  return withObjective(resolveInputs(scenario, options.overrides ?? {}, options.params ?? DEFAULT_PARAMETERS), options.objective, scenario);
}

export function runBatch(scenario: Scenario, options: BatchOptions): Tally {
  return runBatchInputs(batchInputs(scenario, options), options.params ?? DEFAULT_PARAMETERS, options);
}

export function checkRunRange(runs: number, firstRun: number): void {
  if (!Number.isInteger(runs) || runs < 0) throw new Error(`runs must be a whole number ≥ 0, got ${runs}`);
  if (!Number.isInteger(firstRun) || firstRun < 0) throw new Error(`firstRun must be a whole number ≥ 0, got ${firstRun}`);
}

/** Wilson score interval (95%) of a proportion; [0, 1] when there is no run. */
export function wilsonInterval(successes: number, runs: number, z = Z95): [number, number] {
  if (runs <= 0) return [0, 1];
  const p = successes / runs;
  const z2 = z * z;
  const denominator = 1 + z2 / runs;
  const centre = (p + z2 / (2 * runs)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / runs + z2 / (4 * runs * runs))) / denominator;
  // Clamp away rounding: at p = 0 the lower end is exactly 0, at p = 1 the upper end exactly 1.
  return [successes === 0 ? 0 : Math.max(0, centre - half), successes === runs ? 1 : Math.min(1, centre + half)];
}

/**
 * Percentile of a day histogram by the nearest-rank method: the smallest day d whose cumulative
 * count reaches ceil(q·n) (at least 1). Days are whole, so no interpolation is invented.
 */
export function histogramPercentile(counts: readonly number[], q: number): number | null {
  let total = 0;
  for (const c of counts) total += c;
  if (total === 0) return null;
  const rank = Math.max(1, Math.ceil(q * total));
  let cumulative = 0;
  for (let d = 0; d < counts.length; d++) {
    cumulative += counts[d];
    if (cumulative >= rank) return d + 1;
  }
  return counts.length;
}

export function capitalDayPercentiles(counts: readonly number[]): Percentiles | null {
  const median = histogramPercentile(counts, 0.5);
  if (median === null) return null;
  return {
    p10: histogramPercentile(counts, 0.1)!,
    p25: histogramPercentile(counts, 0.25)!,
    median,
    p75: histogramPercentile(counts, 0.75)!,
    p90: histogramPercentile(counts, 0.9)!,
  };
}

export function summarize(tally: Tally, seed: string): BatchSummary {
  const n = tally.runs;
  const share = (count: number) => shareOf(count, n);
  const outcomeShares = {} as Record<OutcomeClass, number>;
  OUTCOME_CLASSES.forEach((kind, i) => {
    outcomeShares[kind] = share(tally.outcomeCounts[i]);
  });
  return {
    runs: n,
    seed,
    troops: tally.troops,
    entryRate: share(tally.entered),
    successRate: share(tally.success),
    outcomeShares,
    capitalDays: capitalDayPercentiles(tally.capitalDayCounts),
    capitalDayCounts: tally.capitalDayCounts.slice(),
    meanEnteredPopulationShare: n > 0 ? tally.enteredPopulationNano / NANO / n : 0,
    meanStabilizedPopulationShare: n > 0 ? tally.stabilizedPopulationNano / NANO / n : 0,
    successInterval: wilsonInterval(tally.success, n),
  };
}

/** Convenience: run and summarize in one call. */
export function runSummary(scenario: Scenario, options: BatchOptions): BatchSummary {
  return summarize(runBatch(scenario, options), options.seed);
}
