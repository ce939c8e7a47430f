// The shared vocabulary of Threshold: scenario data (every number sourced), resolved inputs,
// per-run and batch results, and the play-mode state, actions and events.
// Pure types only: no behaviour lives here, so the engine, the view and the CLI can all import it.

/** A published (or design) number with where it comes from. Every number in a scenario file is one. */
export interface Sourced {
  value: number;
  /** Who published it, where; or "Design choice: …" for a value with no published source. */
  source: string;
  /** When the figure was true or published, e.g. "2025-10" or "1989-12". */
  asOf: string;
  /** The published range, where sources differ (used for sensitivity and uncertainty bands). */
  range?: [number, number];
  note?: string;
}

export type Terrain = 'open' | 'mixed' | 'urban' | 'rugged';

export interface RegionSpec {
  /** Stable id used in actions and URLs, kebab-case, e.g. "capital", "west". */
  id: string;
  /** A schematic group name a teacher recognises (never a site). */
  name: string;
  /** Share of the national population, 0-1; shares of a scenario sum to 1. */
  share: Sourced;
  terrain: Terrain;
  /** Where the terrain class comes from. */
  terrainSource: string;
  /** Exactly one region per scenario is the capital region. */
  capital?: boolean;
  /** Optional regional hostility g_r; defaults to population.hostility. */
  hostility?: Sourced;
}

export type ObjectiveKind = 'capital' | 'country' | 'limited';

export interface ObjectiveSpec {
  kind: ObjectiveKind;
  /** For "limited": the region to hold. */
  region?: string;
  /** For "limited": control months that the region must be held (8 weeks = 2). */
  holdMonths?: Sourced;
}

/** One analyst quote and the checkable claim the engine evaluates. */
export interface ClaimCheck {
  /** What is measured: see ClaimMetric. */
  metric: ClaimMetric;
  /** Evaluate at this troop level instead of the scenario's. */
  troops?: number;
  /** Evaluate under this objective instead of the scenario's. */
  objective?: ObjectiveKind;
  op: '<' | '<=' | '>' | '>=';
  value: number;
}

export type ClaimMetric =
  | 'entryRate' // share of runs in which the objective's key region is entered
  | 'successRate' // share of runs in which the objective succeeds
  | 'stabilizedShare'
  | 'contestedShare'
  | 'failedShare' // failed after entry
  | 'entryFailedShare'; // key region never entered

export interface ClaimSpec {
  id: string;
  /** Who said it, e.g. "Mark Cancian (CSIS)". */
  who: string;
  /** When, e.g. "2025-10". */
  date: string;
  /** The exact words, short, in quotation. */
  quote: string;
  /** Outlet and date, e.g. "Financial Times, Oct 2025 (shared/seeds/003)". */
  source: string;
  /** The claim in plain words that the checks test. */
  claim: string;
  /** All checks must hold for the model to agree. */
  checks: ClaimCheck[];
  /** What the shipped model finds (tested): documents the verdict. */
  expected: 'agrees' | 'disagrees';
}

export interface Scenario {
  schema: 'threshold-scenario/1';
  id: string;
  title: string;
  /** The one-line question the scenario asks. */
  question: string;
  /** "What this scenario assumes", a short paragraph. */
  assumes: string;
  /** "what-if" scenarios ask the question; "back-test" scenarios check the model on history. */
  kind: 'what-if' | 'back-test';
  /** Id of the claim whose quote frames the scenario on its card. */
  frameClaim?: string;
  objective: ObjectiveSpec;
  population: {
    total: Sourced;
    /** g: share of the population opposed to the intervention and new order (0-1). */
    hostility: Sourced;
  };
  regions: RegionSpec[];
  intervener: {
    /** N: ground troops committed (the main slider). */
    troops: Sourced;
    /** Q: relative combat effectiveness (median of a lognormal). */
    quality: Sourced;
    /** σ_ln of Q. */
    qualitySpread: Sourced;
    /** R*: the plan's target combat-power ratio per region. */
    targetRatio: Sourced;
    /** S_max: force sustainable after the first rotation. */
    sustainableForce: Sourced;
    /** T_rot: month from which the cap applies. */
    rotationMonth: Sourced;
  };
  defender: {
    /** D: regular ground forces. */
    regulars: Sourced;
    /** c: share of regulars that fight. */
    cohesion: Sourced;
    /** k_cap: share of fighting regulars concentrated in the capital region. */
    capitalShare: Sourced;
    /** M: militia, effective strength. */
    militia: Sourced;
    /** π: posture multiplier. */
    posture: Sourced;
    /** m: mastery of the modern system, 0-1. */
    mastery: Sourced;
  };
  host: {
    /** H_pre: pre-war army and police. */
    preWarForces: Sourced;
    /** κ: share retained by the new authorities. */
    retained: Sourced;
  };
  claims: ClaimSpec[];
}

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
  /** Capital objective: consecutive months held; country: population shares for classes. */
  capitalHoldMonths: number;
  stabilizedPopulationShare: number;
  failedPopulationShare: number;
  /** Tests only: when false, Q is fixed at its median (no per-run draw is used). */
  qualityVaries: boolean;
}

/** Flat numbers the kernel runs on, after overrides; arrays are indexed by region. */
export interface ResolvedInputs {
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
  mastery: number;
  hostPreWar: number;
  hostRetained: number;
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

// ---------------------------------------------------------------------------------------------
// Play mode

export type RegionStatus = 'not-entered' | 'being-entered' | 'entered' | 'failed' | 'stabilized' | 'contested';

export interface RegionState {
  id: string;
  status: RegionStatus;
  /** Intervention troops in the region (strength shown as share of the starting force). */
  troops: number;
  /** Regular defenders still present (entry phase). */
  defenders: number;
  defendersInitial: number;
  /** Net engagement score B_r of the entry walk. */
  score: number;
  enteredDay: number | null;
  /** Control phase. */
  hostForces: number;
  resisters: number;
  resistersInitial: number;
  coverage: number;
  /** Result of the entry walk (play.ts keeps it; status is the display word derived from it). */
  entryStatus?: 'none' | 'committed' | 'entered' | 'culminated' | 'stalemate';
  /** Entry days this region has fought (a region with a walk under way is locked). */
  daysFought?: number;
  /** ln(R_0/R50) of the region's entry walk, fixed on its first day (the walk's odds follow from it). */
  entryLogRatio?: number;
  /** Final class once the game has ended. */
  regionClass?: RegionClass;
}

export type GamePhase = 'entry' | 'control' | 'ended';

export interface EntryExplanation {
  region: string;
  attackers: number;
  defenders: number;
  qualityEffective: number;
  posture: number;
  terrain: number;
  /** Combat-power ratio R. */
  ratio: number;
  /** Odds column label, e.g. "3:1" or "1:2". */
  column: string;
  /** Chance the attacker advances this day. */
  probability: number;
  /** d10 faces that win: round(10·p). */
  winningFaces: number;
  /** The uniform draw and the die face it shows (1-10). */
  draw: number;
  die: number;
  advanced: boolean;
  scoreAfter: number;
  result: 'continues' | 'entered' | 'culminated' | 'stalemate';
  /** No defenders: entered on the first day without a roll (ratio 0, column "unopposed"). */
  unopposed?: boolean;
}

export interface ControlExplanation {
  region: string;
  troops: number;
  hostForces: number;
  /** Troops per 1,000 inhabitants, host forces weighted. */
  density: number;
  /** Requirement per 1,000 and its two parts. */
  requirement: number;
  requirementFromHostility: number;
  requirementFromResistance: number;
  coverage: number;
  resistersBefore: number;
  resistersAfter: number;
  /** Monthly growth rate γ(q) and the noise draw z. */
  growth: number;
  noise: number;
}

export type GameEvent =
  | { type: 'entry/day'; day: number; explanations: EntryExplanation[] }
  | { type: 'region/entered'; region: string; day: number }
  | { type: 'region/culminated'; region: string; day: number }
  | { type: 'entry/ended'; day: number }
  | { type: 'control/month'; month: number; explanations: ControlExplanation[] }
  | { type: 'rotation/cap'; month: number; cap: number }
  | { type: 'objective/met'; month: number }
  | { type: 'game/ended'; outcome: OutcomeClass; success: boolean }
  | { type: 'allocation/changed'; region: string; troops: number }
  | { type: 'turn/undone' };

export type GameAction =
  | { type: 'allocation/set'; region: string; troops: number }
  | { type: 'plan/apply' }
  | { type: 'day/end' }
  | { type: 'month/end' }
  | { type: 'rotation/cut'; region: string; troops: number }
  | { type: 'turn/undo' };

export type RejectionReason =
  | 'wrong-phase'
  | 'unknown-region'
  | 'not-enough-reserve'
  | 'region-locked'
  | 'over-rotation-cap'
  | 'invalid-amount'
  | 'nothing-to-undo'
  | 'game-over';

export interface Rejection {
  rejected: true;
  reason: RejectionReason;
  message: string;
}

/** One month's national picture for the debrief timeline. */
export interface MonthRecord {
  month: number;
  /** Share of the population in entered regions with coverage ≥ 1. */
  controlledShare: number;
  /** Active resisters per 1,000 inhabitants, nationally. */
  resistancePerThousand: number;
  troopsInCountry: number;
}

/** The explanation of one run, filled by runCampaign when asked (recording never changes a result). */
export interface RunRecord {
  qualityEffective: number;
  /** Troops per region after the day-0 plan (index = region). */
  initialAllocation: number[];
  /** days[d - 1]: the explanation of entry day d, one per contested region. */
  days: EntryExplanation[][];
  /** Entry days played before control started. */
  entryDays: number;
  /** months[m - 1]: the explanation of control month m, one per entered region. */
  months: ControlExplanation[][];
  timeline: MonthRecord[];
  /** Troops sent home by the rotation cap, in total. */
  sentHome: number;
  /** Final class of each region (index = region). */
  regionClasses: RegionClass[];
}

/** Play-mode state: plain, serializable data changed only through applyAction (immer). */
export interface GameState {
  scenarioId: string;
  inputs: ResolvedInputs;
  params: ModelParameters;
  seed: string;
  run: number;
  /** The run's whole draw budget, drawn up front, so play and batch consume identical numbers. */
  draws: number[];
  phase: GamePhase;
  /** Entry days resolved so far. */
  day: number;
  /** Control months resolved so far. */
  month: number;
  /** Troops not assigned to any region. */
  reserve: number;
  troopsInitial: number;
  qualityEffective: number;
  regions: RegionState[];
  /** Snapshot at the start of the current turn, for undo. */
  turnStart: { regions: RegionState[]; reserve: number; sentHome?: number } | null;
  /** Changes made since the turn started (0 = nothing to undo). */
  turnMoves?: number;
  /** Troops sent home so far (rotation cap or rotation/cut). */
  sentHome?: number;
  /** The run's outcome once the game has ended (same shape as runCampaign's). */
  result?: RunOutcome | null;
  /** Consecutive months the key region has had coverage ≥ 1 (capital objective). */
  heldStreak: number;
  /** Limited objective: months of the holding period passed so far. */
  heldMonths: number;
  objectiveMet: boolean;
  timeline: MonthRecord[];
  outcome: OutcomeClass | null;
  success: boolean | null;
}

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
  /** Where the range comes from: the scenario's Sourced.range, or ±50% of the value clamped to the input's bounds. */
  rangeKind: 'published' | 'assumed ±50%';
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

/** The model's verdict on one analyst's claim. */
export interface ClaimVerdict {
  id: string;
  who: string;
  quote: string;
  claim: string;
  verdict: 'agrees' | 'disagrees';
  /** The published `expected` verdict of the claim card (for the back-test). */
  expected: 'agrees' | 'disagrees';
  checks: CheckResult[];
  /** The input that moves the claim's key figure (its first check) most across its range; null when none moves it. */
  driver: SensitivityBar | null;
}
