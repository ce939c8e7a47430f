// The questions the app and the CLI ask of the model, each defined once as a typed query with its
// typed result. Plain data (structured-clone safe), so a query crosses to a Web Worker and its result
// comes back unchanged. Every result carries its query's record (Provenance): scenario id and content
// hash, model version, overrides, objective, seed, runs and first run, plus the kind's own fields, so
// a screen can say where a number comes from and two panels can be checked to show one quantity.
import type { BatchSummary, ClaimMetric, ClaimSpec, ClaimVerdict, ModelParameters, ObjectiveKind, Overrides, RunOutcome, Scenario, SensitivityBar, SweepPoint, Tally, TroopsForSuccess } from '../model/types';
import type { TornadoRange } from '../engine/sensitivity';

/**
 * Runs behind every figure the app shows (the debrief's distribution and claim cards, the analysis
 * screen's curves, claim cards, tornado and run set): with one run count and one seed, two panels
 * that show the same quantity run the same query and show the same number.
 */
export const DISPLAY_RUNS = 1000;

/**
 * Runs behind the input-uncertainty band (the curves with every ranged input at its optimistic and
 * at its pessimistic end) and behind the inverse answers at those two ends. A design choice for
 * speed: the band doubles the curve's work twice over, and it shows where the curve could lie, not
 * a figure another panel repeats. Its own figures (the band columns of the curve's table, the "input
 * uncertainty" troop range) say they come from this many runs.
 */
export const BAND_RUNS = 250;

/**
 * Runs at each end of each input range behind a claim card's range verdict (src/engine/claim-range.ts),
 * on every screen that shows claim cards (debrief, analysis), so both show the same verdict. The
 * engine's default for a claims query of at least this many runs (defaultDriverRuns).
 */
export const CLAIM_RANGE_RUNS = 500;

/** What every query names: the scenario, the inputs, the seed and the run range [firstRun, firstRun + runs). */
export interface QueryCommon {
  scenario: Scenario;
  /** Changed inputs by path (INPUTS); default none. */
  overrides?: Overrides;
  /** Evaluate under this objective instead of the scenario's. */
  objective?: ObjectiveKind;
  seed: string;
  runs: number;
  /** First run index; default 0. A slice of a query is the same query with another firstRun/runs. */
  firstRun?: number;
  /** Model constants; default DEFAULT_PARAMETERS (tests only). */
  params?: ModelParameters;
}

/** The outcome distribution of the automatic plan at the current inputs. Mergeable. */
export interface SummaryQuery extends QueryCommon {
  kind: 'summary';
}

/** Each run's own outcome (e.g. "the plan with exactly your dice": run 0). Mergeable (concatenation). */
export interface RunsetQuery extends QueryCommon {
  kind: 'runset';
}

/** Tallies over troop levels, optionally under input variants, all on the same runs (CRN). Mergeable. */
export interface SweepQuery extends QueryCommon {
  kind: 'sweep';
  /** Troop levels; each replaces "intervener.troops". */
  levels: number[];
  /** Override sets applied on top of `overrides`; default one variant with none. Results are variant-major. */
  variants?: Overrides[];
}

/**
 * Verdicts of claim cards. The rule (src/engine/claims.ts): a check runs at the troops and objective
 * it names, else at the scenario's PUBLISHED troops and own objective; the other overrides apply.
 * So the query has no objective, and its troop override does not matter (the record leaves it out).
 * Mergeable when `drivers` is false; with drivers it is composed of a checks query and one tornado
 * query per key figure (claimsParts / assembleClaims).
 */
export interface ClaimsQuery extends Omit<QueryCommon, 'objective'> {
  kind: 'claims';
  /** Claims to evaluate; default the scenario's own. */
  claims?: ClaimSpec[];
  /** Name each claim's driver (the top bar of a tornado of its key figure); default true. */
  drivers?: boolean;
  /** Runs of each driver tornado; default min(runs, 500). */
  driverRuns?: number;
}

/** "How many troops for X% success?": bisection on the CRN curve, with its Wilson uncertainty. Not mergeable. */
export interface InverseQuery extends QueryCommon {
  kind: 'inverse';
  /** Target success rate, 0-1. */
  target: number;
  /** Search range and grid; default 0-300,000 by 1,000. */
  min?: number;
  max?: number;
  resolution?: number;
  /** Spacing of the bracketing grid the search measures first; default 10,000 (engine INVERSE_BRACKET). */
  bracket?: number;
  /**
   * Success counts a sweep already measured on these runs (the analysis curve, or one variant of the
   * band): those levels are not measured again. The service checks that `from` is the same quantity
   * (scenario, model, inputs, objective, seed and runs) and refuses it otherwise ('bad-known'). The
   * answer is the same with or without it.
   */
  known?: KnownCounts;
}

/** Success counts by troop level from a sweep's result (variant `variant` of it). */
export interface KnownCounts {
  from: SweepRecord;
  variant: number;
  levels: number[];
  successes: number[];
}

/** The known counts of variant `variant` of a sweep result, for an inverse query on the same runs. */
export function knownCounts(result: SweepResult, variant = 0): KnownCounts {
  const n = result.query.levels.length;
  const points = result.points.slice(variant * n, (variant + 1) * n);
  return { from: result.query, variant, levels: points.map((p) => p.tally.troops), successes: points.map((p) => p.tally.success) };
}

/** Sensitivity bars: a metric at both ends of every input's range (inputRanges). Mergeable. */
export interface TornadoQuery extends QueryCommon {
  kind: 'tornado';
  /** Default 'successRate'. */
  metric?: ClaimMetric;
  /** Troop level to evaluate at; default the current one (overrides, else published). */
  troops?: number;
  /** Include the troop level itself as a bar. */
  includeTroops?: boolean;
}

export type Query = SummaryQuery | RunsetQuery | SweepQuery | ClaimsQuery | InverseQuery | TornadoQuery;
export type QueryKind = Query['kind'];
export const QUERY_KINDS: readonly QueryKind[] = ['summary', 'runset', 'sweep', 'claims', 'inverse', 'tornado'];

/** Where a result comes from: enough to rerun it, and to tell whether two results are one quantity. */
export interface Provenance {
  kind: QueryKind;
  scenarioId: string;
  /** Fingerprint of the scenario's canonical JSON (its "version": any edit of the data changes it). */
  scenarioHash: string;
  modelVersion: number;
  /** Fingerprint of non-default model parameters; null for the defaults. */
  paramsHash: string | null;
  /** The overrides applied, keys sorted (claims and an explicit tornado level: without the troop level). */
  overrides: Overrides;
  /** The objective the figures are under (claims: the scenario's own; each check says its own). */
  objective: ObjectiveKind;
  /** The troop level the figures are at, or null when the query spans levels (sweep, inverse, claims). */
  troops: number | null;
  seed: string;
  runs: number;
  firstRun: number;
}

export interface SummaryRecord extends Provenance {
  kind: 'summary';
  troops: number;
}
export interface RunsetRecord extends Provenance {
  kind: 'runset';
  troops: number;
}
export interface SweepRecord extends Provenance {
  kind: 'sweep';
  levels: number[];
  variants: Overrides[];
}
export interface ClaimsRecord extends Provenance {
  kind: 'claims';
  claimIds: string[];
  drivers: boolean;
  driverRuns: number;
}
export interface InverseRecord extends Provenance {
  kind: 'inverse';
  target: number;
  min: number;
  max: number;
  resolution: number;
  bracket: number;
}
export interface TornadoRecord extends Provenance {
  kind: 'tornado';
  troops: number;
  metric: ClaimMetric;
  includeTroops: boolean;
}
export type QueryRecord = SummaryRecord | RunsetRecord | SweepRecord | ClaimsRecord | InverseRecord | TornadoRecord;

export interface SummaryResult {
  kind: 'summary';
  query: SummaryRecord;
  tally: Tally;
  summary: BatchSummary;
  population: number;
}

export interface RunsetResult {
  kind: 'runset';
  query: RunsetRecord;
  /** outcomes[i] is run firstRun + i. */
  outcomes: RunOutcome[];
}

export interface SweepResult {
  kind: 'sweep';
  query: SweepRecord;
  /** Variant-major: points[v * levels.length + l]; each point carries its raw tally. */
  points: SweepPoint[];
  /** Population of each variant (troops per 1,000 use it). */
  populations: number[];
}

/** One distinct condition of a claims query and its tally (equal to a summary's at that condition). */
export interface ConditionTally {
  troops: number;
  objective: ObjectiveKind;
  tally: Tally;
}

/** The tornado behind one claim driver. */
export interface DriverResult {
  metric: ClaimMetric;
  troops: number;
  objective: ObjectiveKind;
  bar: SensitivityBar | null;
  query: TornadoRecord;
}

export interface ClaimsResult {
  kind: 'claims';
  query: ClaimsRecord;
  /** Each check result says the troops and the objective it was tested at. */
  verdicts: ClaimVerdict[];
  conditions: ConditionTally[];
  /** One per distinct key figure when drivers were asked for, else empty. */
  drivers: DriverResult[];
}

export interface InverseResult {
  kind: 'inverse';
  query: InverseRecord;
  /** Null when the target is not reached by `max`. */
  answer: TroopsForSuccess | null;
}

export interface TornadoResult {
  kind: 'tornado';
  query: TornadoRecord;
  /** Ranges in plan order; tallies[0] is the base, tallies[1 + 2i] and [2 + 2i] range i's ends. */
  ranges: TornadoRange[];
  tallies: Tally[];
  /** Sorted by swing, largest first. */
  bars: SensitivityBar[];
}

export type QueryResult = SummaryResult | RunsetResult | SweepResult | ClaimsResult | InverseResult | TornadoResult;

/** The result type of a query type. */
export type ResultOf<Q extends Query> = Extract<QueryResult, { kind: Q['kind'] }>;

/** Queries whose slices (run ranges) merge exactly into the whole. */
export function isMergeable(query: Query): boolean {
  if (query.kind === 'inverse') return false;
  if (query.kind === 'claims') return query.drivers === false;
  return true;
}
