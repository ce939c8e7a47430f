// What the debrief asks of the analysis service (pure, no DOM: node tests build the same queries).
// The distribution is the automatic plan at the set-up as played (the objective chosen in set-up);
// the claim cards keep the scenario's own meaning (src/engine/claims.ts: each check at the troops and
// objective it names, else the published ones) with the other inputs as set. Both use DISPLAY_RUNS
// runs of the same seed, so a claim check at the distribution's condition shows its very number.
import { CLAIM_RANGE_RUNS, DISPLAY_RUNS, type ClaimsQuery, type RunsetQuery, type SummaryQuery } from '../../analysis/queries';
import type { Overrides, Scenario } from '../../model/types';

export const DEBRIEF_RUNS = DISPLAY_RUNS;

export interface DebriefSetup {
  /** The scenario as played (session.playedScenario()). */
  played: Scenario;
  /** The scenario as published or imported (session.scenario()): the claims' own meaning. */
  scenario: Scenario;
  overrides: Overrides;
  seed: string;
}

export interface DebriefQueries {
  summary: SummaryQuery;
  /** Run 0 of the seed: the automatic plan with exactly the player's dice. */
  sameDice: RunsetQuery;
  claims: ClaimsQuery;
}

export function debriefQueries(setup: DebriefSetup): DebriefQueries {
  const { played, scenario, overrides, seed } = setup;
  return {
    summary: { kind: 'summary', scenario: played, overrides, seed, runs: DEBRIEF_RUNS },
    sameDice: { kind: 'runset', scenario: played, overrides, seed, firstRun: 0, runs: 1 },
    claims: { kind: 'claims', scenario, overrides, seed, runs: DEBRIEF_RUNS, drivers: true, driverRuns: CLAIM_RANGE_RUNS },
  };
}
