// What the analysis screen asks of the analysis service for one set-up (pure, no DOM: node tests
// build the very same queries). Every figure shown at full size uses DISPLAY_RUNS runs of the
// session's seed, as the debrief does, so a quantity on both screens is one query and one number.
import { bandDefinition, type BandDefinition } from '../../analysis/band';
import { BAND_RUNS, CLAIM_RANGE_RUNS, DISPLAY_RUNS, type ClaimsQuery, type InverseQuery, type SummaryQuery, type SweepQuery, type TornadoQuery } from '../../analysis/queries';
import { INVERSE_DEFAULTS } from '../../analysis/records';
import type { ModelParameters, Overrides, Scenario } from '../../model/types';
import { troopAxisMax } from './axis';
import { gridLevels, refinedLevels } from './curve';

export interface AnalysisSizes {
  coarseLevels: number;
  coarseRuns: number;
  refinedLevels: number;
  refinedRuns: number;
  bandRuns: number;
  runSetRuns: number;
  tornadoRuns: number;
  claimRuns: number;
  /** Runs at each end of each input range behind the claims' range verdicts. */
  claimRangeRuns: number;
  inverseRuns: number;
}

export const DEFAULT_SIZES: AnalysisSizes = {
  coarseLevels: 16,
  coarseRuns: 100,
  // 31 levels from 0 to the scenario's axis end (every 10,000 troops to 300,000 for Venezuela; plus the marked levels): each level costs about 40 ms
  // of one core at 1,000 runs, and 31 levels draw the curve without a visible corner.
  refinedLevels: 31,
  refinedRuns: DISPLAY_RUNS,
  bandRuns: BAND_RUNS,
  runSetRuns: DISPLAY_RUNS,
  tornadoRuns: DISPLAY_RUNS,
  claimRuns: DISPLAY_RUNS,
  // The range verdicts of the claim cards: the debrief's very query (each card says how many runs stand behind each end).
  claimRangeRuns: CLAIM_RANGE_RUNS,
  inverseRuns: DISPLAY_RUNS,
};

export interface AnalysisSetup {
  /** The scenario as played (session.playedScenario(): the objective chosen applied). */
  scenario: Scenario;
  /** The scenario as published or imported (session.scenario()): the claims' own meaning. Default `scenario`. */
  claimsScenario?: Scenario;
  overrides: Overrides;
  seed: string;
  params?: ModelParameters;
}

/** The troop level of a set-up (the slider). */
export function currentTroops(setup: AnalysisSetup): number {
  return Math.round(setup.overrides['intervener.troops'] ?? setup.scenario.intervener.troops.value);
}

/** The end of the troop axis for a set-up: the curves, the inverse search and the chart stop there (axis.ts). */
/**
 * The top of the inverse search: the shared search top (INVERSE_DEFAULTS.max, which the debrief's
 * "why" panel and the CLI use too), or the axis end when a typed level stretched it further. Never
 * the axis end alone: a small scenario's short axis would otherwise give another answer than the
 * debrief for the same question.
 */
export function inverseMax(setup: AnalysisSetup): number {
  return Math.max(INVERSE_DEFAULTS.max, axisMax(setup));
}

export function axisMax(setup: AnalysisSetup): number {
  return troopAxisMax(setup.scenario, currentTroops(setup));
}

export interface CurveQueries {
  band: BandDefinition;
  /** The first, fast curve (few runs per level); the band waits for the refined curve's levels. */
  coarse: SweepQuery;
  refined: SweepQuery;
  refinedBand: SweepQuery;
  /** The scenario's claim cards under the current inputs, each across its inputs' declared ranges. */
  claims: ClaimsQuery;
}

/** The queries that do not depend on the troop level (the curves span every level). */
export function curveQueries(setup: AnalysisSetup, sizes: AnalysisSizes = DEFAULT_SIZES): CurveQueries {
  const { scenario, overrides, seed, params } = setup;
  const band = bandDefinition(scenario, overrides);
  const sweep = (levels: number[], runs: number, variants?: Overrides[]): SweepQuery => ({ kind: 'sweep', scenario, overrides, seed, params, levels, runs, ...(variants ? { variants } : {}) });
  const max = axisMax(setup);
  const coarseLevels = gridLevels(sizes.coarseLevels, max);
  const fineLevels = refinedLevels(scenario, currentTroops(setup), sizes.refinedLevels, max);
  return {
    band,
    coarse: sweep(coarseLevels, sizes.coarseRuns),
    refined: sweep(fineLevels, sizes.refinedRuns),
    refinedBand: sweep(fineLevels, sizes.bandRuns, band.variants),
    claims: { kind: 'claims', scenario: setup.claimsScenario ?? scenario, overrides, seed, params, runs: sizes.claimRuns, drivers: true, driverRuns: sizes.claimRangeRuns },
  };
}

export interface LevelQueries {
  /** One run set at the current level: the same query as the debrief's distribution. */
  runSet: SummaryQuery;
  tornado: TornadoQuery;
}

/** The queries at the current troop level. */
export function levelQueries(setup: AnalysisSetup, sizes: AnalysisSizes = DEFAULT_SIZES): LevelQueries {
  const { scenario, overrides, seed, params } = setup;
  return {
    runSet: { kind: 'summary', scenario, overrides, seed, params, runs: sizes.runSetRuns },
    tornado: { kind: 'tornado', scenario, overrides, seed, params, runs: sizes.tornadoRuns, metric: 'successRate' },
  };
}

export interface InverseQueries {
  central: InverseQuery;
  /** The same question with every band input at its optimistic / pessimistic end (input uncertainty). */
  optimistic: InverseQuery | null;
  pessimistic: InverseQuery | null;
}

/** "How many troops for `target` success?" under the set-up, and at the band's two ends. */
export function inverseQueries(setup: AnalysisSetup, target: number, sizes: AnalysisSizes = DEFAULT_SIZES): InverseQueries {
  const { scenario, overrides, seed, params } = setup;
  const band = bandDefinition(scenario, overrides);
  const ask = (o: Overrides, runs: number): InverseQuery => ({ kind: 'inverse', scenario, overrides: o, seed, params, runs, target, max: inverseMax(setup) });
  const moved = band.moved.length > 0;
  // The band's answers run on the band's runs, so they sit where the drawn band curves reach the target.
  return {
    central: ask(overrides, sizes.inverseRuns),
    optimistic: moved ? ask(band.optimistic, sizes.bandRuns) : null,
    pessimistic: moved ? ask(band.pessimistic, sizes.bandRuns) : null,
  };
}
