// Claim cards: evaluate each analyst's checkable claim on the model and name the input that moves
// its key figure most. All checks of a scenario run on the same run set (common random numbers).
//
// The rule (one for every caller: the CLI, the debrief and the analysis screen, through
// src/analysis): a check is evaluated at the troop level it names, or, when it names none, at the
// scenario's PUBLISHED troop level (the force the analyst spoke about), and under the objective it
// names, or else the scenario's own objective. The caller's other inputs (overrides) apply. Each
// check result says the troops and objective it was tested at.
import { DEFAULT_PARAMETERS } from '../model/parameters';
import type { CheckResult, ClaimCheck, ClaimMetric, ClaimSpec, ClaimVerdict, ModelParameters, ObjectiveKind, Overrides, ResolvedInputs, Scenario, SensitivityBar, Tally } from '../model/types';
import { wilsonInterval } from './batch';
import { metricCount, shareOf } from './metrics';
import { sensitivity, topBar } from './sensitivity';
import { inputsAtTroops, runVariants } from './sweep';

export interface ClaimOptions {
  runs: number;
  seed: string;
  firstRun?: number;
  overrides?: Overrides;
  params?: ModelParameters;
  /** Compute each claim's driver (a tornado per distinct key figure); default true. */
  drivers?: boolean;
  /** Runs per tornado variant; default min(runs, 500). */
  sensitivityRuns?: number;
}

export function checkHolds(measured: number, op: ClaimCheck['op'], threshold: number): boolean {
  switch (op) {
    case '<':
      return measured < threshold;
    case '<=':
      return measured <= threshold;
    case '>':
      return measured > threshold;
    case '>=':
      return measured >= threshold;
  }
}

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

/** The key figure of a claim (its first check) whose tornado names the claim's driver; null without checks. */
export interface DriverSpec extends ClaimCondition {
  metric: ClaimMetric;
}

export function driverSpec(claim: ClaimSpec, scenario: Scenario): DriverSpec | null {
  if (claim.checks.length === 0) return null;
  return { metric: claim.checks[0].metric, ...claimCondition(claim.checks[0], scenario) };
}

export const driverKey = (d: DriverSpec): string => `${d.metric}|${conditionKey(d)}`;

/** The distinct key figures of some claims, in claim order: one tornado each. */
export function driverSpecs(scenario: Scenario, claims: readonly ClaimSpec[]): DriverSpec[] {
  const byKey = new Map<string, DriverSpec>();
  for (const claim of claims) {
    const spec = driverSpec(claim, scenario);
    if (spec && !byKey.has(driverKey(spec))) byKey.set(driverKey(spec), spec);
  }
  return [...byKey.values()];
}

/**
 * Verdicts from the plan's tallies (one per condition, in plan order). `drivers` maps driverKey →
 * the top bar (or null); without it (null) every driver is null.
 */
export function claimVerdicts(scenario: Scenario, claims: readonly ClaimSpec[], plan: ClaimPlan, tallies: readonly Tally[], drivers: ReadonlyMap<string, SensitivityBar | null> | null): ClaimVerdict[] {
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
    const spec = driverSpec(claim, scenario);
    return {
      id: claim.id,
      who: claim.who,
      quote: claim.quote,
      claim: claim.claim,
      verdict: checks.every((c) => c.holds) ? 'agrees' : 'disagrees',
      expected: claim.expected,
      checks,
      driver: drivers && spec ? (drivers.get(driverKey(spec)) ?? null) : null,
    };
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
  let drivers: Map<string, SensitivityBar | null> | null = null;
  if (options.drivers !== false) {
    const runs = options.sensitivityRuns ?? defaultDriverRuns(options.runs);
    drivers = new Map(
      driverSpecs(scenario, claims).map((spec) => [
        driverKey(spec),
        topBar(sensitivity(scenario, { metric: spec.metric, runs, seed: options.seed, firstRun: options.firstRun, overrides, params, troops: spec.troops, objective: spec.objective })),
      ]),
    );
  }
  return claimVerdicts(scenario, claims, plan, tallies, drivers);
}
