// Claim cards: evaluate each analyst's checkable claim on the model and name the input that moves
// its key figure most. All checks of a scenario run on the same run set (common random numbers).
import { DEFAULT_PARAMETERS } from '../model/parameters';
import { resolveInputs } from '../model/resolve';
import type {
  CheckResult,
  ClaimCheck,
  ClaimSpec,
  ClaimVerdict,
  ModelParameters,
  ObjectiveKind,
  Overrides,
  ResolvedInputs,
  Scenario,
  SensitivityBar,
} from '../model/types';
import { wilsonInterval, withObjective } from './batch';
import { metricCount } from './metrics';
import { sensitivity } from './sensitivity';
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
  /** Objective for checks that name none (default: the scenario's). */
  objective?: ObjectiveKind;
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

interface Condition {
  troops: number;
  objective: ObjectiveKind;
}

function conditionOf(check: ClaimCheck, base: ResolvedInputs): Condition {
  return { troops: check.troops ?? base.troops, objective: check.objective ?? base.objective };
}

const keyOf = (c: Condition) => `${c.troops}|${c.objective}`;

export function evaluateClaims(scenario: Scenario, options: ClaimOptions): ClaimVerdict[] {
  return evaluateClaimList(scenario, scenario.claims, options);
}

/** Evaluate some claims against a scenario (the scenario's own, or cards from elsewhere). */
export function evaluateClaimList(scenario: Scenario, claims: readonly ClaimSpec[], options: ClaimOptions): ClaimVerdict[] {
  const params = options.params ?? DEFAULT_PARAMETERS;
  const overrides = options.overrides ?? {};
  const base = withObjective(resolveInputs(scenario, overrides, params), options.objective, scenario);

  // Every distinct (troops, objective) condition runs once, all on the same draws.
  const conditions = new Map<string, Condition>();
  for (const claim of claims) {
    for (const check of claim.checks) {
      const condition = conditionOf(check, base);
      conditions.set(keyOf(condition), condition);
    }
  }
  const list = [...conditions.values()];
  const variants = list.map((c) => inputsAtTroops(scenario, c.troops, overrides, params, c.objective));
  const tallies = runVariants(variants, params, options);
  const tallyOf = new Map(list.map((c, i) => [keyOf(c), tallies[i]]));

  const drivers = new Map<string, SensitivityBar | null>();
  const driverOf = (check: ClaimCheck): SensitivityBar | null => {
    const condition = conditionOf(check, base);
    const key = `${check.metric}|${keyOf(condition)}`;
    if (!drivers.has(key)) {
      const bars = sensitivity(scenario, {
        metric: check.metric,
        runs: options.sensitivityRuns ?? Math.min(options.runs, 500),
        seed: options.seed,
        firstRun: options.firstRun,
        overrides,
        params,
        troops: condition.troops,
        objective: condition.objective,
      });
      drivers.set(key, bars.length > 0 && bars[0].swing > 0 ? bars[0] : null);
    }
    return drivers.get(key)!;
  };

  return claims.map((claim): ClaimVerdict => {
    const checks = claim.checks.map((check): CheckResult => {
      const condition = conditionOf(check, base);
      const tally = tallyOf.get(keyOf(condition))!;
      const count = metricCount(tally, check.metric);
      const measured = tally.runs > 0 ? count / tally.runs : 0;
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
    const wantDriver = options.drivers !== false && claim.checks.length > 0;
    return {
      id: claim.id,
      who: claim.who,
      quote: claim.quote,
      claim: claim.claim,
      verdict: checks.every((c) => c.holds) ? 'agrees' : 'disagrees',
      expected: claim.expected,
      checks,
      driver: wantDriver ? driverOf(claim.checks[0]) : null,
    };
  });
}
