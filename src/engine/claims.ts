// Claim cards: evaluate each analyst's checkable claim on the model, across the declared ranges of
// its inputs (src/engine/claim-range.ts), and name the input that moves its figures most. All checks of a scenario run on the same run set (common random numbers).
//
// The rule (one for every caller: the CLI, the debrief and the analysis screen, through
// src/analysis): a check is evaluated at the troop level it names, or, when it names none, at the
// scenario's PUBLISHED troop level (the force the analyst spoke about), and under the objective it
// names, or else the scenario's own objective. The caller's other inputs (overrides) apply. Each
// check result says the troops and objective it was tested at.
import { DEFAULT_PARAMETERS } from '../model/parameters';
import type { CheckResult, ClaimCheck, ClaimMetric, ClaimSpec, ClaimVerdict, ModelParameters, ObjectiveKind, Overrides, ResolvedInputs, Scenario, Tally } from '../model/types';
import { wilsonInterval } from './batch';
import { checkHolds, claimRange, type ConditionTornado } from './claim-range';
import { metricCount, shareOf } from './metrics';
import { tornadoPlan } from './sensitivity';
import { inputsAtTroops, runVariants } from './sweep';

export interface ClaimOptions {
  runs: number;
  seed: string;
  firstRun?: number;
  overrides?: Overrides;
  params?: ModelParameters;
  /** Evaluate each claim across its inputs' ranges and name its driver (a tornado per distinct condition); default true. */
  drivers?: boolean;
  /** Runs per tornado variant; default min(runs, 500). */
  sensitivityRuns?: number;
}

export { checkHolds };

/** The condition a check is evaluated under: a troop level and an objective. */
export interface ClaimCondition {
  troops: number;
  objective: ObjectiveKind;
}

/** The rule: the troops and objective the check names, else the scenario's published ones. */
export function claimCondition(check: ClaimCheck, scenario: Scenario): ClaimCondition {
  return { troops: check.troops ?? scenario.intervener.troops.value, objective: check.objective ?? scenario.objective.kind };
}

export const conditionKey = (c: ClaimCondition): string => `${c.troops}|${c.objective}`;

/** Default runs per tornado variant behind a claim's driver. */
export function defaultDriverRuns(runs: number): number {
  return Math.min(runs, 500);
}

/** What evaluating some claims runs: each distinct condition once, as one variant of runVariants. */
export interface ClaimPlan {
  conditions: ClaimCondition[];
  variants: ResolvedInputs[];
}

/** The distinct conditions (troops, objective) the checks of `claims` run at, in first-seen order. */
export function claimConditions(scenario: Scenario, claims: readonly ClaimSpec[]): ClaimCondition[] {
  const byKey = new Map<string, ClaimCondition>();
  for (const claim of claims) {
    for (const check of claim.checks) {
      const condition = claimCondition(check, scenario);
      byKey.set(conditionKey(condition), condition);
    }
  }
  return [...byKey.values()];
}

export function claimPlan(scenario: Scenario, claims: readonly ClaimSpec[], overrides: Overrides = {}, params: ModelParameters = DEFAULT_PARAMETERS): ClaimPlan {
  const conditions = claimConditions(scenario, claims);
  return { conditions, variants: conditions.map((c) => inputsAtTroops(scenario, c.troops, overrides, params, c.objective)) };
}

/**
 * One tornado per distinct condition the checks of testable claims run at: it gives every check's
 * figure at both ends of every input's range (src/engine/claim-range.ts). `metric` only names the
 * figure the tornado's own bars rank (the first check's at that condition).
 */
export interface DriverSpec extends ClaimCondition {
  metric: ClaimMetric;
}

export const driverKey = (d: ClaimCondition): string => conditionKey(d);

/** Is a claim's quote testable by the model (default yes)? */
export const isTestable = (claim: ClaimSpec): boolean => claim.testable !== false;

/** The distinct conditions of the testable claims' checks, in claim order: one tornado each. */
export function driverSpecs(scenario: Scenario, claims: readonly ClaimSpec[]): DriverSpec[] {
  const byKey = new Map<string, DriverSpec>();
  for (const claim of claims) {
    if (!isTestable(claim)) continue;
    for (const check of claim.checks) {
      const condition = claimCondition(check, scenario);
      if (!byKey.has(conditionKey(condition))) byKey.set(conditionKey(condition), { metric: check.metric, ...condition });
    }
  }
  return [...byKey.values()];
}

/**
 * Verdicts from the plan's tallies (one per condition, in plan order). `tornadoes` maps a condition's
 * key (driverKey) → its tornado; without it (null) no range is evaluated and the headline verdict
 * is the point verdict. `rangeRuns` is the tornadoes' runs.
 */
export function claimVerdicts(scenario: Scenario, claims: readonly ClaimSpec[], plan: ClaimPlan, tallies: readonly Tally[], tornadoes: ReadonlyMap<string, ConditionTornado> | null, rangeRuns = 0): ClaimVerdict[] {
  const tallyOf = new Map(plan.conditions.map((c, i) => [conditionKey(c), tallies[i]]));
  return claims.map((claim): ClaimVerdict => {
    const checks = claim.checks.map((check): CheckResult => {
      const condition = claimCondition(check, scenario);
      const tally = tallyOf.get(conditionKey(condition))!;
      const count = metricCount(tally, check.metric);
      const measured = shareOf(count, tally.runs);
      return {
        metric: check.metric,
        troops: condition.troops,
        objective: condition.objective,
        op: check.op,
        threshold: check.value,
        measured,
        holds: checkHolds(measured, check.op, check.value),
        runs: tally.runs,
        interval: wilsonInterval(count, tally.runs),
      };
    });
    const pointVerdict = checks.every((c) => c.holds) ? 'agrees' : 'disagrees';
    const testable = isTestable(claim);
    const common = { id: claim.id, who: claim.who, quote: claim.quote, claim: claim.claim, testable, pointVerdict, expected: claim.expected, checks } as const;
    if (!testable) return { ...common, verdict: 'not-testable', range: null, driver: null };
    if (!tornadoes) return { ...common, verdict: pointVerdict, range: null, driver: null };
    const { range, driver } = claimRange(checks, pointVerdict, (c) => tornadoes.get(conditionKey(c)), rangeRuns);
    return { ...common, verdict: range.verdict, range, driver };
  });
}

export function evaluateClaims(scenario: Scenario, options: ClaimOptions): ClaimVerdict[] {
  return evaluateClaimList(scenario, scenario.claims, options);
}

/**
 * Evaluate some claims against a scenario (the scenario's own, or cards from elsewhere) in one call.
 * The analysis service (src/analysis) composes the same plan, tallies and verdicts in slices.
 */
export function evaluateClaimList(scenario: Scenario, claims: readonly ClaimSpec[], options: ClaimOptions): ClaimVerdict[] {
  const params = options.params ?? DEFAULT_PARAMETERS;
  const overrides = options.overrides ?? {};
  const plan = claimPlan(scenario, claims, overrides, params);
  const tallies = runVariants(plan.variants, params, options);
  let tornadoes: Map<string, ConditionTornado> | null = null;
  const runs = options.sensitivityRuns ?? defaultDriverRuns(options.runs);
  if (options.drivers !== false) {
    tornadoes = new Map(
      driverSpecs(scenario, claims).map((spec) => {
        const tornado = tornadoPlan(scenario, { overrides, params, troops: spec.troops, objective: spec.objective });
        return [driverKey(spec), { ranges: tornado.ranges, tallies: runVariants(tornado.variants, params, { runs, seed: options.seed, firstRun: options.firstRun }) }];
      }),
    );
  }
  return claimVerdicts(scenario, claims, plan, tallies, tornadoes, runs);
}
