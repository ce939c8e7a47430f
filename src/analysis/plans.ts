// What each mergeable query runs (its variants, as resolved inputs under common random numbers) and
// how its tallies become its result: used by a whole run (service.ts) and by a merge (merge.ts).
import { resolveInputs } from '../model/resolve';
import type { Overrides, ResolvedInputs, RunOutcome, Tally } from '../model/types';
import { batchInputs, summarize } from '../engine/batch';
import { claimPlan, claimVerdicts } from '../engine/claims';
import { tornadoBars, tornadoPlan } from '../engine/sensitivity';
import { inputsAtTroops, sweepPoints } from '../engine/sweep';
import type { ClaimsQuery, ClaimsResult, RunsetQuery, RunsetResult, SummaryQuery, SummaryResult, SweepQuery, SweepResult, TornadoQuery, TornadoResult } from './queries';
import { claimsOf, overridesOf, paramsOf, describeQuery } from './records';

// ---------------------------------------------------------------------------------------------
// Plans: what each mergeable query runs, as resolved inputs (one variant each) under CRN.

export function summaryInputs(query: SummaryQuery | RunsetQuery): ResolvedInputs {
  return batchInputs(query.scenario, { overrides: overridesOf(query), params: query.params, objective: query.objective });
}

export const variantOverrides = (query: SweepQuery): Overrides[] => (query.variants ?? [{}]).map((extra) => ({ ...overridesOf(query), ...extra }));

export function sweepVariants(query: SweepQuery): ResolvedInputs[] {
  const params = paramsOf(query);
  return variantOverrides(query).flatMap((overrides) => query.levels.map((troops) => inputsAtTroops(query.scenario, troops, overrides, params, query.objective)));
}

export function sweepPopulations(query: SweepQuery): number[] {
  return variantOverrides(query).map((overrides) => resolveInputs(query.scenario, overrides, paramsOf(query)).population);
}

/** The engine's tornado options of a tornado query. */
export function tornadoOptions(query: TornadoQuery) {
  return { overrides: overridesOf(query), params: query.params, troops: query.troops, objective: query.objective, includeTroops: query.includeTroops };
}

export function planTornado(query: TornadoQuery) {
  return tornadoPlan(query.scenario, tornadoOptions(query));
}

export function planClaims(query: ClaimsQuery) {
  return claimPlan(query.scenario, claimsOf(query), overridesOf(query), paramsOf(query));
}

// ---------------------------------------------------------------------------------------------
// Finishing: results from tallies (also what a merge recomputes)

export function finishSummary(query: SummaryQuery, tally: Tally): SummaryResult {
  return {
    kind: 'summary',
    query: describeQuery(query),
    tally,
    summary: summarize(tally, query.seed),
    population: resolveInputs(query.scenario, overridesOf(query), paramsOf(query)).population,
  };
}

export function finishRunset(query: RunsetQuery, outcomes: RunOutcome[]): RunsetResult {
  return { kind: 'runset', query: describeQuery(query), outcomes };
}

export function finishSweep(query: SweepQuery, tallies: Tally[]): SweepResult {
  const populations = sweepPopulations(query);
  const n = query.levels.length;
  const points = populations.flatMap((population, v) => sweepPoints(tallies.slice(v * n, (v + 1) * n), query.seed, population));
  return { kind: 'sweep', query: describeQuery(query), points, populations };
}

export function finishTornado(query: TornadoQuery, tallies: Tally[]): TornadoResult {
  const { ranges } = planTornado(query);
  return { kind: 'tornado', query: describeQuery(query), ranges, tallies, bars: tornadoBars(ranges, tallies, query.metric ?? 'successRate') };
}

export function finishClaims(query: ClaimsQuery, tallies: Tally[]): ClaimsResult {
  const plan = planClaims(query);
  return {
    kind: 'claims',
    query: describeQuery(query),
    verdicts: claimVerdicts(query.scenario, claimsOf(query), plan, tallies, null),
    conditions: plan.conditions.map((c, i) => ({ troops: c.troops, objective: c.objective, tally: tallies[i] })),
    drivers: [],
  };
}
