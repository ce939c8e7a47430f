// Runs the analysis for the current selection through the worker pool and keeps the latest results:
// a coarse curve first (fast), then the run set, refined curve, claims, tornado and band as slices
// finish, and the inverse answers from the finished curves' counts. Every job is a query of the analysis
// service (queries.ts), every result keeps its query's record. A new selection (or troop axis) cancels
// the stale jobs; moving only the troop level keeps the curves; a new target reruns the inverse only.
import type { BandDefinition } from '../../analysis/band';
import { AnalysisError } from '../../analysis/errors';
import { type ClaimsResult, type InverseResult, knownCounts, type Query, type ResultOf, type SummaryResult, type SweepResult, type TornadoResult } from '../../analysis/queries';
import { CancelledError, type JobProgress, type PoolJob, type WorkerPool } from '../../app/worker-client';
import type { ModelParameters, Overrides, Scenario, Tally } from '../../model/types';
import { axisMax, currentTroops, curveQueries, DEFAULT_SIZES, inverseQueries, levelQueries, type AnalysisSizes } from './queries';

export { DEFAULT_SIZES, type AnalysisSizes } from './queries';

export interface CurveSet {
  levels: number[];
  runs: number;
  /** The central curve's tallies (one per level), or null until the first slice is in. */
  central: Tally[] | null;
  centralRuns: number;
  optimistic: Tally[] | null;
  pessimistic: Tally[] | null;
  /** The results behind the curves, with their queries' records. */
  centralResult: SweepResult | null;
  bandResult: SweepResult | null;
}

export interface InverseSet {
  target: number;
  central: InverseResult | null;
  optimistic: InverseResult | null;
  pessimistic: InverseResult | null;
  /** The band's inverse questions are asked (false when no input has a published range to move). */
  withBand: boolean;
}

export interface AnalysisState {
  scenario: Scenario;
  overrides: Overrides;
  seed: string;
  troops: number;
  /** The end of the troop axis (axis.ts; part of the curves' key): curves, inverse search and charts stop there. */
  axisMax: number;
  band: BandDefinition;
  coarse: CurveSet;
  refined: CurveSet;
  /** One run set at the current level (the debrief's distribution query): its tally and its result. */
  runSet: Tally | null;
  runSetResult: SummaryResult | null;
  tornado: TornadoResult | null;
  claims: ClaimsResult | null;
  inverse: InverseSet;
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
  pending: number; // jobs still running
  error: string | null; // the code of the last failure (the screen words it), or null
}

export interface AnalysisInput {
  /** The scenario as played. */
  scenario: Scenario;
  /** The scenario as published or imported, for the claim cards (default: `scenario`). */
  claimsScenario?: Scenario;
  overrides: Overrides;
  seed: string;
  params?: ModelParameters;
}
export const DEFAULT_TARGET = 0.5;

function curveKey(input: AnalysisInput): string {
  const { 'intervener.troops': _troops, ...rest } = input.overrides;
  const { kind, region } = input.scenario.objective;
  return JSON.stringify([input.scenario.id, kind, region ?? '', input.claimsScenario?.id ?? '', input.seed, axisMax(input), Object.entries(rest).sort()]);
}

interface Tracked {
  job: PoolJob<unknown>;
  settled: boolean;
}

type Group = 'curve' | 'level' | 'inverse';

export class AnalysisController {
  state: AnalysisState | null = null;
  private jobs: Record<Group, Tracked[]> = { curve: [], level: [], inverse: [] };
  private key = '';
  private troopsKey = '';
  private input: AnalysisInput | null = null;
  private target = DEFAULT_TARGET;
  /** The finished curve and band of the current set-up: the inverse search starts from their counts. */
  private finals: { central: SweepResult | null; band: SweepResult | null } = { central: null, band: null };
  /** The target each inverse was last asked for (so a finished curve does not ask twice). */
  private asked = { central: '', band: '' };

  constructor(
    private readonly pool: WorkerPool,
    private readonly onChange: (state: AnalysisState) => void,
    private readonly sizes: AnalysisSizes = DEFAULT_SIZES,
    private readonly now: () => number = () => performance.now(),
  ) {}

  private cancel(group: Group) {
    for (const t of this.jobs[group]) t.job.cancel();
    this.jobs[group] = [];
  }

  private submit<Q extends Query>(group: Group, guard: () => boolean, query: Q, priority: number, done: (result: ResultOf<Q>) => void, onProgress?: (p: JobProgress<ResultOf<Q>>) => void) {
    const job = this.pool.run(query, { priority, onProgress });
    const tracked: Tracked = { job, settled: false };
    this.jobs[group].push(tracked);
    job.result.then(
      (result) => {
        tracked.settled = true;
        if (!guard()) return;
        done(result);
        this.emit();
      },
      (error: unknown) => {
        tracked.settled = true;
        if (error instanceof CancelledError || !guard()) return;
        if (this.state) this.state.error = error instanceof AnalysisError ? error.code : 'engine-failure';
        this.emit();
      },
    );
  }

  /** Start (or restart) the analysis for a selection; cheap to call on every slider event. */
  update(input: AnalysisInput): void {
    const scenario = input.scenario;
    const troops = currentTroops(input);
    const key = curveKey(input);
    const troopsKey = `${key}|${troops}`;
    this.input = input;
    if (key === this.key && troopsKey === this.troopsKey && this.state) {
      this.state.overrides = input.overrides;
      return;
    }
    const previous = this.state;
    const curvesStale = key !== this.key || !previous;
    this.key = key;
    this.troopsKey = troopsKey;
    this.cancel('level');
    if (curvesStale) {
      this.cancel('curve');
      this.cancel('inverse');
      this.finals = { central: null, band: null };
      this.asked = { central: '', band: '' };
    }
    const changedAt = this.now();
    const curves = curveQueries(input, this.sizes);
    const state: AnalysisState = {
      scenario,
      overrides: input.overrides,
      seed: input.seed,
      troops,
      axisMax: axisMax(input),
      band: curves.band,
      coarse: curvesStale ? emptyCurves(curves.coarse.levels, curves.coarse.runs) : previous.coarse,
      refined: curvesStale ? emptyCurves(curves.refined.levels, curves.refined.runs) : previous.refined,
      runSet: null,
      runSetResult: null,
      tornado: null,
      claims: curvesStale ? null : previous.claims,
      inverse: curvesStale ? emptyInverse(this.target) : previous.inverse,
      timings: curvesStale ? { changedAt, coarseAt: null, refinedAt: null, allAt: null } : { ...previous.timings, changedAt, allAt: null },
      pending: 0,
      error: null,
    };
    this.state = state;
    const curveGuard = () => this.key === key;
    const levelGuard = () => this.troopsKey === troopsKey;

    if (curvesStale) {
      const { coarse, refined } = state;
      this.submit('curve', curveGuard, curves.coarse, 0, (r) => {
        setCentral(coarse, r);
        if (this.state) this.state.timings.coarseAt = this.now();
      });
      this.submit(
        'curve',
        curveGuard,
        curves.refined,
        3,
        (r) => {
          setCentral(refined, r);
          if (this.state) this.state.timings.refinedAt = this.now();
          this.finals.central = r;
          this.startInverse();
        },
        ({ partial }) => {
          if (!curveGuard() || !partial || partial.query.runs >= refined.runs) return;
          setCentral(refined, partial);
          this.emit();
        },
      );
      this.submit('curve', curveGuard, curves.claims, 4, (r) => (state.claims = r));
      this.submit('curve', curveGuard, curves.refinedBand, 5, (r) => {
        setBand(refined, r);
        this.finals.band = r;
        this.startInverse();
      });
    }

    const level = levelQueries(input, this.sizes);
    this.submit('level', levelGuard, level.runSet, 2, (r) => {
      state.runSetResult = r;
      state.runSet = r.tally;
    });
    this.submit('level', levelGuard, level.tornado, 4, (r) => (state.tornado = r));
    this.emit();
  }

  /** Ask "how many troops for `target` success?" (0-1) for the current set-up. */
  setTarget(target: number): void {
    if (target === this.target && this.state?.inverse.target === target) return;
    this.target = target;
    if (!this.state || !this.input) return;
    this.cancel('inverse');
    this.asked = { central: '', band: '' };
    this.state.inverse = emptyInverse(target);
    this.startInverse();
    this.emit();
  }

  /**
   * Ask the inverse questions whose curve has finished: handed the curve's counts (knownCounts), the
   * search runs only its bisection inside one bracket. The band's two answers wait for the band.
   */
  private startInverse() {
    const input = this.input;
    const state = this.state;
    if (!input || !state) return;
    const target = this.target;
    const key = `${this.key}|${target}`;
    const queries = inverseQueries(input, target, this.sizes);
    const set = state.inverse;
    set.withBand = queries.optimistic !== null;
    const guard = () => this.state?.inverse === set && `${this.key}|${this.target}` === key;
    const { central, band } = this.finals;
    if (central && this.asked.central !== key) {
      this.asked.central = key;
      this.submit('inverse', guard, { ...queries.central, known: knownCounts(central) }, 3, (r) => (set.central = r));
    }
    if (band && this.asked.band !== key && queries.optimistic && queries.pessimistic) {
      this.asked.band = key;
      // The band sweep's variants: 0 the pessimistic end, 1 the optimistic (band.ts).
      this.submit('inverse', guard, { ...queries.optimistic, known: knownCounts(band, 1) }, 6, (r) => (set.optimistic = r));
      this.submit('inverse', guard, { ...queries.pessimistic, known: knownCounts(band, 0) }, 6, (r) => (set.pessimistic = r));
    }
  }

  private emit() {
    const state = this.state;
    if (!state) return;
    state.pending = Object.values(this.jobs)
      .flat()
      .filter((t) => !t.settled).length;
    if (state.pending === 0 && state.timings.allAt === null) state.timings.allAt = this.now();
    this.onChange(state);
  }

  dispose(): void {
    for (const group of Object.keys(this.jobs) as Group[]) this.cancel(group);
    this.state = null;
    this.input = null;
    this.key = '';
    this.finals = { central: null, band: null };
  }
}

function setCentral(set: CurveSet, result: SweepResult) {
  set.centralResult = result;
  set.central = result.points.map((p) => p.tally);
  set.centralRuns = result.query.runs;
}

function setBand(set: CurveSet, result: SweepResult) {
  const n = result.query.levels.length;
  const tallies = result.points.map((p) => p.tally);
  set.bandResult = result;
  set.pessimistic = tallies.slice(0, n);
  set.optimistic = tallies.slice(n, 2 * n);
}

function emptyCurves(levels: number[], runs: number): CurveSet {
  return { levels, runs, central: null, centralRuns: 0, optimistic: null, pessimistic: null, centralResult: null, bandResult: null };
}

function emptyInverse(target: number): InverseSet {
  return { target, central: null, optimistic: null, pessimistic: null, withBand: false };
}
