// The shared vocabulary of Threshold: scenario data (every number sourced), resolved inputs,
// per-run and batch results, and the play-mode state, actions and events.
// Pure types only: no behaviour lives here, so the engine, the view and the CLI can all import it.

// The scenario format (Scenario, Sourced, RegionSpec, ObjectiveSpec, ClaimSpec, ClaimCheck and the
// enumerations' types) is inferred from its one declaration in scenario-schema.ts, not restated here.
export type {
  ClaimCheck,
  ClaimMetric,
  ClaimOp,
  ClaimSpec,
  ObjectiveKind,
  ObjectiveSpec,
  ReferenceForce,
  RegionSpec,
  Scenario,
  Sourced,
  Terrain,
} from './scenario-schema';
import type { ClaimCheck, ClaimMetric, ObjectiveKind, Terrain } from './scenario-schema';

/** A numeric override by input path, e.g. { "defender.cohesion": 0.5, "intervener.troops": 50000 }. */
export type Overrides = Record<string, number>;

/** Global model constants: the same for every scenario (docs/model.md gives each its source). */
export interface ModelParameters {
  /** CRT slope β and the ratio of even odds R50. */
  crtSlope: number;
  crtMidpoint: number;
  /** W and L: net engagement wins/losses that end a region's walk. */
  winsToEnter: number;
  lossesToCulminate: number;
  /** ℓ_L and ℓ_W: daily attrition of the day's loser and winner. */
  loserAttrition: number;
  winnerAttrition: number;
  /** T_A days of entry, T_B months of control; Infinity lifts the entry limit (tests only). */
  entryDays: number;
  controlMonths: number;
  /** Defender terrain multipliers τ. */
  terrain: Record<Terrain, number>;
  /** φ, μ, ψ: initial resistance from regulars, militia, and the hostility floor. */
  resistanceFromRegulars: number;
  resistanceFromMilitia: number;
  resistanceFloor: number;
  /** Host forces grow toward hostTarget per person over hostGrowthMonths; they count at hostWeight. */
  hostTarget: number;
  hostGrowthMonths: number;
  hostWeight: number;
  /** λ: security personnel needed per active resister. */
  perResister: number;
  /** s: resistance growth scale per month; k = ln 10. */
  growthScale: number;
  /** σ: monthly noise of resistance. */
  resistanceNoise: number;
  /** Active resisters at most this share of the opposed population. */
  resistanceCap: number;
  /** Country plan: days after which an undecided capital attack is reinforced by the capital's reserve. */
  capitalStallDays: number;
  /** Region classes: months of held coverage for "stabilized"; resistance multiple for "failed". */
  stabilizedHoldMonths: number;
  failedResistanceMultiple: number;
  /** Capital objective: consecutive months held; country: population shares for classes. */
  capitalHoldMonths: number;
  stabilizedPopulationShare: number;
  failedPopulationShare: number;
  /** Tests only: when false, Q is fixed at its median (no per-run draw is used). */
  qualityVaries: boolean;
  // Model v3 (docs/model.md §4b).
  /** ζ: hostility rises toward g_0 + ζ·f, f the foreign share of the security forces in the region. */
  hostilityResponse: number;
  /** T_g: months over which hostility closes the gap to that level. */
  hostilityMonths: number;
  /** s_o: extra monthly growth of resistance at full outside support (o = 1). */
  outsideSupportGrowth: number;
  /** ρ: monthly share of the reconcilable part of the resistance won over in a covered month. */
  reconciliationRate: number;
  /** W: months in a row of resistance above willMultiple × its start after which the intervener leaves (≥ T_B: never). */
  willMonths: number;
  willMultiple: number;
}

/** Flat numbers the kernel runs on, after overrides; arrays are indexed by region. */
export interface ResolvedInputs {
  /** The model parameters with advanced overrides applied (src/model/advanced.ts); absent: the caller's. */
  params?: ModelParameters;
  troops: number;
  population: number;
  hostility: number;
  regionIds: string[];
  regionNames: string[];
  share: number[];
  terrainFactor: number[];
  regionHostility: number[];
  capitalIndex: number;
  quality: number;
  qualitySpread: number;
  targetRatio: number;
  sustainableForce: number;
  rotationMonth: number;
  regulars: number;
  cohesion: number;
  capitalShare: number;
  militia: number;
  posture: number;
  /** The defender team's posture per region (two-team play, src/engine/defender.ts); absent: `posture` everywhere. */
  regionPosture?: number[];
  mastery: number;
  hostPreWar: number;
  hostRetained: number;
  /** Model v3: the size host forces grow toward (national; at least their start in each region). */
  hostTargetTotal: number;
  /** Model v3: ω, share of the fighting regulars who go to ground (default φ). */
  toGround: number;
  /** Model v3: outside support o (0-1) and the reconcilable share χ of the resistance (0-1). */
  outsideSupport: number;
  reconcilable: number;
  objective: ObjectiveKind;
  /** Index of the objective's key region: the capital, or the limited target. */
  keyRegion: number;
  holdMonths: number;
}

export type RegionClass = 'stabilized' | 'contested' | 'failed';
/** National outcome class of one run; exhaustive. */
export type OutcomeClass = 'entry-failed' | 'failed' | 'contested' | 'stabilized';
export const OUTCOME_CLASSES: readonly OutcomeClass[] = ['entry-failed', 'failed', 'contested', 'stabilized'];

/** The compact result of one run (what batches aggregate). */
export interface RunOutcome {
  run: number;
  /** The objective's key region was entered. */
  entered: boolean;
  success: boolean;
  outcome: OutcomeClass;
  /** Day the capital region was entered (1-based), or null. */
  capitalDay: number | null;
  /** Share of the population in regions ever entered. */
  enteredPopulationShare: number;
  /** Share of the population in stabilized regions at the end. */
  stabilizedPopulationShare: number;
}

export interface Percentiles {
  p10: number;
  p25: number;
  median: number;
  p75: number;
  p90: number;
}

export interface BatchSummary {
  runs: number;
  seed: string;
  troops: number;
  entryRate: number;
  successRate: number;
  /** Share of runs in each national outcome class (sums to 1). */
  outcomeShares: Record<OutcomeClass, number>;
  /** Days to enter the capital over the runs that entered it; null if none did. */
  capitalDays: Percentiles | null;
  /** Histogram of capital entry days: counts[d-1] runs entered on day d. */
  capitalDayCounts: number[];
  meanEnteredPopulationShare: number;
  /** Wilson 95% interval of the success rate. */
  successInterval: [number, number];
  /** Mean share of the population in stabilized regions at the end (added by the batch module). */
  meanStabilizedPopulationShare?: number;
}

// Play mode lives in game-types.ts; re-exported so every import of './types' keeps working.
export * from './game-types';

// ---------------------------------------------------------------------------------------------
// Batches, sweeps, claims and sensitivity (src/engine/batch.ts, sweep.ts, claims.ts, sensitivity.ts)

/**
 * Mergeable counts of a set of runs. Plain data (structured-clone safe), so Web Workers can each
 * tally a run range and the main thread merges them; every field is an integer, so a merge is
 * exact and a batch split at any point equals the batch in one.
 */
export interface Tally {
  runs: number;
  troops: number;
  entered: number;
  success: number;
  /** Runs per national outcome class, in the order of OUTCOME_CLASSES. */
  outcomeCounts: number[];
  /** counts[d-1]: runs that entered the capital region on day d (grows as needed). */
  capitalDayCounts: number[];
  /** Σ entered-population share over runs, in units of 1e-9 (an integer, so sums are exact). */
  enteredPopulationNano: number;
  /** Σ stabilized-population share over runs, in units of 1e-9. */
  stabilizedPopulationNano: number;
}

/** One troop level of a sweep: the summary at that level, its troops per 1,000 and the raw tally. */
export interface SweepPoint extends BatchSummary {
  troopsPerThousand: number;
  tally: Tally;
}

/** Answer to "how many troops for X% success?" (src/engine/sweep.ts troopsForSuccess). */
export interface TroopsForSuccess {
  target: number;
  /** Smallest troop level (to `resolution`) whose measured success rate reaches the target. */
  troops: number;
  /** Where the upper end of the rate's 95% Wilson interval reaches the target. */
  low: number;
  /** Where the lower end of the rate's 95% Wilson interval reaches the target (or `max`). */
  high: number;
  /** True when the lower Wilson bound never reached the target below `max`: `high` is a floor. */
  highAtLimit: boolean;
  /** Success rate measured at `troops`. */
  rate: number;
  runs: number;
  resolution: number;
}

/** One bar of a tornado chart: a metric at the two ends of one input's range, under CRN. */
export interface SensitivityBar {
  path: string;
  label: string;
  symbol: string;
  /** The input's value at the two ends and at the base. */
  low: number;
  high: number;
  base: number;
  /** Where the range comes from: the scenario's declared Sourced.range (as published, derived or design as its value), or ±50% of the value clamped to the input's bounds. */
  rangeKind: 'published' | 'derived' | 'design' | 'assumed ±50%';
  metricAtLow: number;
  metricAtHigh: number;
  metricAtBase: number;
  /** |metricAtHigh − metricAtLow|: bars are sorted by it, largest first. */
  swing: number;
}

/** One check of a claim as measured. */
export interface CheckResult {
  metric: ClaimMetric;
  troops: number;
  objective: ObjectiveKind;
  op: ClaimCheck['op'];
  threshold: number;
  measured: number;
  holds: boolean;
  runs: number;
  /** 95% Wilson interval of the measured share. */
  interval: [number, number];
}

/** A claim's verdict at one set of inputs. */
export type Verdict = 'agrees' | 'disagrees';
/** A claim's verdict across its inputs' declared ranges (src/engine/claim-range.ts). */
export type RangeVerdict = Verdict | 'depends' | 'not-testable';

/** An input's range as a tornado bar names it. */
export type InputRangeFields = Pick<SensitivityBar, 'path' | 'label' | 'symbol' | 'low' | 'high' | 'rangeKind'>;

/** An input whose declared range flips a claim's verdict (`base`: its current value; `swing`: of the claim's figure, largest over its checks). */
export interface ClaimFlip extends InputRangeFields, Pick<SensitivityBar, 'base' | 'swing'> {
  /** The verdict with the input at each end of its range (the others at their current values). */
  atLow: Verdict;
  atHigh: Verdict;
  /** Estimated value where the verdict changes (linear on the check's margin between evaluated points; an estimate). */
  flipsAt: number;
}

/** How a claim's verdict fares across the declared ranges of its inputs. */
export interface ClaimRange {
  verdict: Verdict | 'depends';
  /** Runs behind each end of each range (the tornado's runs). */
  runs: number;
  /** The declared ranges examined. */
  examined: InputRangeFields[];
  /** Inputs whose range flips the verdict, largest swing first; empty when the verdict holds across all. */
  flips: ClaimFlip[];
}

/** The model's verdict on one analyst's claim. */
export interface ClaimVerdict {
  id: string;
  who: string;
  quote: string;
  claim: string;
  /** false when the model cannot test the quote itself: `claim` is what it checks instead, with no verdict. */
  testable: boolean;
  /** The headline: the range verdict when ranges were evaluated, else the point verdict; 'not-testable' for an untestable quote. */
  verdict: RangeVerdict;
  /** All checks hold at the current inputs (for an untestable quote: the checks of what it tests instead). */
  pointVerdict: Verdict;
  /** The published `expected` verdict of the claim card (for the back-test). */
  expected: RangeVerdict;
  checks: CheckResult[];
  /** Across the declared ranges; null when ranges were not evaluated or the quote is not testable. */
  range: ClaimRange | null;
  /** The input that moves the claim's figures most across its range (largest swing over all its checks, as the tornado ranks them); null when none moves them or ranges were not evaluated. */
  driver: SensitivityBar | null;
}
