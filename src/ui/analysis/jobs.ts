// The one computation the analysis screen asks of the engine: tally a run range [firstRun,
// firstRun+runs) of a scenario at several troop levels (and input variants) under common random
// numbers. Pure (no DOM, no clocks), so the Web Worker (src/app/worker.ts) and node (tests, bench)
// call exactly this code and get identical integer tallies; tallies of disjoint run ranges merge by
// addition (mergeSweeps), in any order.
import { DEFAULT_PARAMETERS } from '../../model/parameters';
import { resolveInputs } from '../../model/resolve';
import { OUTCOME_CLASSES, type ModelParameters, type OutcomeClass, type Overrides, type Scenario, type Tally } from '../../model/types';
import { standinRun } from './standin-engine';

/** One slice of work: what a worker receives. Plain data (structured-clone safe). */
export interface SweepTask {
  scenario: Scenario;
  overrides: Overrides;
  seed: string;
  /** Troop levels; each replaces the "intervener.troops" input. */
  levels: number[];
  /**
   * Extra override sets applied on top of `overrides` (e.g. the ends of an input's range). The
   * result is variant-major: tallies[v * levels.length + l]. Default: one variant, no extras.
   */
  variants?: Overrides[];
  firstRun: number;
  runs: number;
  params?: ModelParameters;
}

export type { Tally };

export function emptyTally(troops: number): Tally {
  return { runs: 0, troops, entered: 0, success: 0, outcomeCounts: OUTCOME_CLASSES.map(() => 0), capitalDayCounts: [], enteredPopulationNano: 0, stabilizedPopulationNano: 0 };
}

export function tallySweep(task: SweepTask): Tally[] {
  const params = task.params ?? DEFAULT_PARAMETERS;
  const variants = task.variants ?? [{}];
  const points = variants.flatMap((extra) => task.levels.map((troops) => resolveInputs(task.scenario, { ...task.overrides, ...extra, 'intervener.troops': troops }, params)));
  return points.map((inputs) => {
    const tally = emptyTally(inputs.troops);
    for (let run = task.firstRun; run < task.firstRun + task.runs; run++) {
      const result = standinRun(inputs, params, task.seed, run);
      tally.runs += 1;
      if (result.entered) tally.entered += 1;
      if (result.success) tally.success += 1;
      tally.outcomeCounts[OUTCOME_CLASSES.indexOf(result.outcome)] += 1;
      if (result.capitalDay !== null) {
        while (tally.capitalDayCounts.length < result.capitalDay) tally.capitalDayCounts.push(0);
        tally.capitalDayCounts[result.capitalDay - 1] += 1;
      }
    }
    return tally;
  });
}

/** Sum of two sweeps over disjoint run ranges (same points, same order). */
export function mergeSweeps(a: readonly Tally[], b: readonly Tally[]): Tally[] {
  return a.map((x, i) => {
    const y = b[i];
    const days: number[] = [];
    for (let d = 0; d < Math.max(x.capitalDayCounts.length, y.capitalDayCounts.length); d++) days.push((x.capitalDayCounts[d] ?? 0) + (y.capitalDayCounts[d] ?? 0));
    return {
      runs: x.runs + y.runs, troops: x.troops, entered: x.entered + y.entered, success: x.success + y.success,
      outcomeCounts: x.outcomeCounts.map((c, k) => c + y.outcomeCounts[k]), capitalDayCounts: days,
      enteredPopulationNano: x.enteredPopulationNano + y.enteredPopulationNano,
      stabilizedPopulationNano: x.stabilizedPopulationNano + y.stabilizedPopulationNano,
    };
  });
}

export function successRate(t: Tally): number {
  return t.runs ? t.success / t.runs : 0;
}

export function entryRate(t: Tally): number {
  return t.runs ? t.entered / t.runs : 0;
}

export function outcomeShare(t: Tally, outcome: OutcomeClass): number {
  return t.runs ? t.outcomeCounts[OUTCOME_CLASSES.indexOf(outcome)] / t.runs : 0;
}

/** Wilson 95% interval of a binomial share. */
export function wilson(successes: number, runs: number, z = 1.959963984540054): [number, number] {
  if (runs === 0) return [0, 1];
  const p = successes / runs;
  const denom = 1 + (z * z) / runs;
  const centre = (p + (z * z) / (2 * runs)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / runs + (z * z) / (4 * runs * runs))) / denom;
  return [successes === 0 ? 0 : Math.max(0, centre - half), successes === runs ? 1 : Math.min(1, centre + half)];
}
