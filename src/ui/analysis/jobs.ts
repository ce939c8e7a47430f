// The one computation the analysis screen asks of the engine: tally a run range [firstRun,
// firstRun+runs) of a scenario at several troop levels (and input variants) under common random
// numbers. Pure (no DOM, no clocks), so the Web Worker (src/app/worker.ts) and node (tests, bench)
// call exactly this code and get identical integer tallies; tallies of disjoint run ranges merge by
// addition (mergeSweeps), in any order.
import { DEFAULT_PARAMETERS } from '../../model/parameters';
import { OUTCOME_CLASSES, type ModelParameters, type ObjectiveKind, type OutcomeClass, type Overrides, type Scenario, type Tally } from '../../model/types';
import { emptyTally } from '../../engine/batch';
import { inputsAtTroops, mergeSweepTallies, runVariants } from '../../engine/sweep';

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
  /** Evaluate under this objective instead of the scenario's (claim checks). */
  objective?: ObjectiveKind;
}

export type { Tally };
export { emptyTally };

/**
 * Every (variant, level) point runs on the same draws per run (engine runVariants: common random
 * numbers), which is both fair and cheaper: the draws are filled once per run for all points.
 */
export function tallySweep(task: SweepTask): Tally[] {
  const params = task.params ?? DEFAULT_PARAMETERS;
  const variants = task.variants ?? [{}];
  const points = variants.flatMap((extra) =>
    task.levels.map((troops) => inputsAtTroops(task.scenario, troops, { ...task.overrides, ...extra }, params, task.objective)),
  );
  return runVariants(points, params, { runs: task.runs, seed: task.seed, firstRun: task.firstRun });
}

/** Sum of two sweeps over disjoint run ranges (same points, same order); exact in any order. */
export function mergeSweeps(a: readonly Tally[], b: readonly Tally[]): Tally[] {
  return mergeSweepTallies(a, b);
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
