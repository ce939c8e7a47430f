// Runs the analysis for the current selection through the worker pool and keeps the latest results:
// a coarse curve first (fast), then the run set, tornado, refined curve and band, streamed in as
// slices finish. A new selection cancels the stale jobs; moving only the troop level keeps the
// curves (they do not depend on it) and recomputes what does. No DOM here; the screen renders.
import type { ModelParameters, ObjectiveKind, Overrides, Scenario } from '../../model/types';
import { CancelledError, type PoolJob, type WorkerPool } from '../../app/worker-client';
import { bandDefinition, gridLevels, rangedInputs, refinedLevels, type BandDefinition, type RangedInput } from './curve';
import type { Tally } from './jobs';

export interface AnalysisSizes {
  coarseLevels: number;
  coarseRuns: number;
  refinedLevels: number;
  refinedRuns: number;
  bandRuns: number;
  runSetRuns: number;
  tornadoRuns: number;
  claimRuns: number;
}

export const DEFAULT_SIZES: AnalysisSizes = {
  coarseLevels: 16, coarseRuns: 100, refinedLevels: 61, refinedRuns: 1000, bandRuns: 1000, runSetRuns: 2000, tornadoRuns: 1000, claimRuns: 1000,
};

export interface CurveSet {
  levels: number[];
  runs: number;
  central: Tally[] | null;
  centralRuns: number;
  optimistic: Tally[] | null;
  pessimistic: Tally[] | null;
}

export interface TornadoBar {
  input: RangedInput;
  low: Tally | null;
  high: Tally | null;
}

export interface AnalysisState {
  scenario: Scenario;
  overrides: Overrides;
  seed: string;
  troops: number;
  band: BandDefinition;
  coarse: CurveSet;
  refined: CurveSet;
  runSet: Tally | null;
  tornadoBase: Tally | null;
  tornado: TornadoBar[];
  /** Claim checks' conditions: claimKey(objective, troops) → tally under the current inputs. */
  claims: Record<string, Tally>;
  /** performance.now() stamps for the bench and the status line. */
  timings: {
    changedAt: number;
    coarseAt: number | null;
    refinedAt: number | null;
    allAt: number | null;
    /** Set by the screen when it first draws the coarse and the full curve after the change. */
    coarseDrawnAt?: number;
    refinedDrawnAt?: number;
  };
  /** Jobs still running. */
  pending: number;
  error: string | null;
}

export interface AnalysisInput {
  scenario: Scenario;
  overrides: Overrides;
  seed: string;
  params?: ModelParameters;
}

function curveKey(input: AnalysisInput): string {
  const { 'intervener.troops': _troops, ...rest } = input.overrides;
  const { kind, region } = input.scenario.objective;
  return JSON.stringify([input.scenario.id, kind, region ?? '', input.seed, Object.entries(rest).sort()]);
}

interface Tracked {
  job: PoolJob<Tally[]>;
  settled: boolean;
}

export class AnalysisController {
  state: AnalysisState | null = null;
  private curveJobs: Tracked[] = [];
  private levelJobs: Tracked[] = [];
  private key = '';
  private troopsKey = '';

  constructor(
    private readonly pool: WorkerPool,
    private readonly onChange: (state: AnalysisState) => void,
    private readonly sizes: AnalysisSizes = DEFAULT_SIZES,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Start (or restart) the analysis for a selection; cheap to call on every slider event. */
  update(input: AnalysisInput): void {
    const scenario = input.scenario;
    const troops = Math.round(input.overrides['intervener.troops'] ?? scenario.intervener.troops.value);
    const key = curveKey(input);
    const troopsKey = `${key}|${troops}`;
    if (key === this.key && troopsKey === this.troopsKey && this.state) {
      this.state.overrides = input.overrides;
      return;
    }
    const previous = this.state;
    const curvesStale = key !== this.key || !previous;
    this.key = key;
    this.troopsKey = troopsKey;
    for (const t of this.levelJobs) t.job.cancel();
    this.levelJobs = [];
    if (curvesStale) {
      for (const t of this.curveJobs) t.job.cancel();
      this.curveJobs = [];
    }
    const changedAt = this.now();
    const band = bandDefinition(scenario, input.overrides);
    const state: AnalysisState = {
      scenario, overrides: input.overrides, seed: input.seed, troops, band,
      coarse: curvesStale ? emptyCurves(gridLevels(this.sizes.coarseLevels), this.sizes.coarseRuns) : previous.coarse,
      refined: curvesStale ? emptyCurves(refinedLevels(scenario, troops, this.sizes.refinedLevels), this.sizes.refinedRuns) : previous.refined,
      runSet: null, tornadoBase: null,
      tornado: rangedInputs(scenario).map((ranged) => ({ input: ranged, low: null, high: null })),
      claims: curvesStale ? {} : previous.claims,
      timings: curvesStale ? { changedAt, coarseAt: null, refinedAt: null, allAt: null } : { ...previous.timings, changedAt, allAt: null },
      pending: 0,
      error: null,
    };
    this.state = state;
    const base = { scenario, seed: input.seed, firstRun: 0, params: input.params };
    const curveGuard = () => this.key === key;
    const levelGuard = () => this.troopsKey === troopsKey;
    const submit = (list: Tracked[], job: PoolJob<Tally[]>, guard: () => boolean, done: (t: Tally[]) => void) => {
      const tracked: Tracked = { job, settled: false };
      list.push(tracked);
      job.result.then(
        (tallies) => {
          tracked.settled = true;
          if (!guard()) return;
          done(tallies);
          this.emit();
        },
        (error: Error) => {
          tracked.settled = true;
          if (error instanceof CancelledError || !guard()) return;
          if (this.state) this.state.error = error.message;
          this.emit();
        },
      );
    };

    if (curvesStale) {
      const { coarse, refined } = state;
      const sweep = (overrides: Overrides, set: CurveSet, runs: number, priority: number, onProgress?: (p: Tally[], n: number) => void) =>
        this.pool.sweep({ ...base, overrides, levels: set.levels, runs }, { priority, onProgress });
      submit(this.curveJobs, sweep(input.overrides, coarse, coarse.runs, 0), curveGuard, (t) => {
        coarse.central = t;
        coarse.centralRuns = coarse.runs;
        if (this.state) this.state.timings.coarseAt = this.now();
      });
      submit(this.curveJobs, sweep(band.optimistic, coarse, coarse.runs, 1), curveGuard, (t) => (coarse.optimistic = t));
      submit(this.curveJobs, sweep(band.pessimistic, coarse, coarse.runs, 1), curveGuard, (t) => (coarse.pessimistic = t));
      const progress = (partial: Tally[], runsDone: number) => {
        if (!curveGuard() || runsDone >= refined.runs) return;
        refined.central = partial;
        refined.centralRuns = runsDone;
        this.emit();
      };
      submit(this.curveJobs, sweep(input.overrides, refined, refined.runs, 3, progress), curveGuard, (t) => {
        refined.central = t;
        refined.centralRuns = refined.runs;
        if (this.state) this.state.timings.refinedAt = this.now();
      });
      // The scenario's claim checks, each (objective, troops) condition once, under the current inputs.
      const claims = state.claims;
      for (const [objective, levels] of claimConditions(scenario)) {
        const job = this.pool.sweep({ ...base, overrides: input.overrides, levels, objective, runs: this.sizes.claimRuns }, { priority: 4 });
        submit(this.curveJobs, job, curveGuard, (t) => t.forEach((tally) => (claims[claimKey(objective, tally.troops)] = tally)));
      }
      submit(this.curveJobs, sweep(band.optimistic, refined, this.sizes.bandRuns, 5), curveGuard, (t) => (refined.optimistic = t));
      submit(this.curveJobs, sweep(band.pessimistic, refined, this.sizes.bandRuns, 5), curveGuard, (t) => (refined.pessimistic = t));
    }

    const at = [troops];
    const level = (overrides: Overrides, runs: number, priority: number) =>
      this.pool.sweep({ ...base, overrides, levels: at, runs }, { priority });
    submit(this.levelJobs, level(input.overrides, this.sizes.runSetRuns, 2), levelGuard, (t) => (state.runSet = t[0]));
    // The tornado: the base and both ends of every ranged input, on the same runs (common random numbers).
    const variants: Overrides[] = [{}];
    for (const bar of state.tornado) variants.push({ [bar.input.path]: bar.input.range[0] }, { [bar.input.path]: bar.input.range[1] });
    const tornadoJob = this.pool.sweep({ ...base, overrides: input.overrides, levels: at, variants, runs: this.sizes.tornadoRuns }, { priority: 4 });
    submit(this.levelJobs, tornadoJob, levelGuard, (t) => {
      state.tornadoBase = t[0];
      state.tornado.forEach((bar, i) => {
        bar.low = t[1 + 2 * i];
        bar.high = t[2 + 2 * i];
      });
    });
    this.emit();
  }

  private emit() {
    const state = this.state;
    if (!state) return;
    state.pending = [...this.curveJobs, ...this.levelJobs].filter((t) => !t.settled).length;
    if (state.pending === 0 && state.timings.allAt === null) state.timings.allAt = this.now();
    this.onChange(state);
  }

  dispose(): void {
    for (const t of [...this.curveJobs, ...this.levelJobs]) t.job.cancel();
    this.curveJobs = [];
    this.levelJobs = [];
    this.state = null;
    this.key = '';
  }
}

export function claimKey(objective: ObjectiveKind, troops: number): string {
  return `${objective}|${troops}`;
}

/** Distinct troop levels per objective over every check of the scenario's claims. */
export function claimConditions(scenario: Scenario): Map<ObjectiveKind, number[]> {
  const byObjective = new Map<ObjectiveKind, number[]>();
  for (const claim of scenario.claims) {
    for (const check of claim.checks) {
      const objective = check.objective ?? scenario.objective.kind;
      const troops = check.troops ?? scenario.intervener.troops.value;
      const list = byObjective.get(objective) ?? [];
      if (!list.includes(troops)) list.push(troops);
      byObjective.set(objective, list);
    }
  }
  for (const list of byObjective.values()) list.sort((a, b) => a - b);
  return byObjective;
}

function emptyCurves(levels: number[], runs: number): CurveSet {
  return { levels, runs, central: null, centralRuns: 0, optimistic: null, pessimistic: null };
}
