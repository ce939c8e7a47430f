// One answer per question, across the three callers. The CLI (main --json), the debrief
// (src/ui/debrief/queries.ts) and the analysis screen (src/ui/analysis/queries.ts) ask the analysis
// service; these tests run the very queries each caller builds, in node, and check that
//   (a) Panama 1989 with 5,000 troops: the claim verdicts of the three callers come from one function
//       and agree, each check tested at the troop level the rule gives (the card names none: the
//       published 27,684), with the other inputs as set;
//   (b) Venezuela at 150,000 (the planners' scenario): the debrief's distribution and the claim card
//       show the same number for "the country objective succeeds at 150,000", and so do the analysis
//       screen's run set, curve and card.
// Before the service, (a) gave "disagrees" at 5,000 in the CLI and the debrief but "agrees" at 27,684
// in the analysis screen, and (b) showed 66.1% (1,000 runs) beside 68.3% (400 runs).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runQuery, sliceKey } from '../../src/analysis/service';
import type { ClaimsRecord } from '../../src/analysis/queries';
import { main } from '../../src/cli/main';
import { debriefQueries } from '../../src/ui/debrief/queries';
import { curveQueries, levelQueries } from '../../src/ui/analysis/queries';
import type { ClaimVerdict } from '../../src/model/types';
import { scenarioById } from '../app/fixtures';

const ROOT = join(__dirname, '../..');

function cli(...argv: string[]): { claims: ClaimVerdict[]; successRate: number; runs: number } {
  let out = '';
  const code = main(argv, { stdout: (t) => (out += t), stderr: () => {}, readFile: (p) => readFileSync(join(ROOT, p), 'utf8') });
  expect(code).toBe(0);
  return JSON.parse(out);
}

/** What a verdict says on a card: the verdict and, per check, the level and objective tested and the figure. */
const said = (v: ClaimVerdict) => ({ id: v.id, verdict: v.verdict, checks: v.checks.map((c) => [c.metric, c.troops, c.objective, c.measured, c.runs]) });

/** A claims record without its driver settings (the analysis cards show no driver). */
function sameChecks(record: ClaimsRecord) {
  const { drivers: _d, driverRuns: _r, ...rest } = record;
  return sliceKey({ ...rest, drivers: false, driverRuns: 0 });
}

describe('(a) Panama 1989 at 5,000 troops: one verdict in the CLI, the debrief and the analysis screen', () => {
  const panama = scenarioById('panama-1989');
  const overrides = { 'intervener.troops': 5_000 };
  const seed = '42';

  it('the three callers run one claims query and say the same, at the published 27,684', () => {
    const debrief = runQuery(debriefQueries({ played: panama, scenario: panama, overrides, seed }).claims);
    const analysis = runQuery(curveQueries({ scenario: panama, claimsScenario: panama, overrides, seed }).claims);
    const fromCli = cli('scenarios/panama-1989.json', '--troops', '5000', '--runs', String(debrief.query.runs), '--seed', seed, '--json');

    expect(panama.intervener.troops.value).toBe(27_684);
    expect(panama.claims.length).toBeGreaterThan(0);
    for (const verdicts of [debrief.verdicts, analysis.verdicts, fromCli.claims]) {
      for (const v of verdicts) for (const c of v.checks) expect(c.troops).toBe(27_684);
    }
    expect(analysis.verdicts.map(said)).toEqual(debrief.verdicts.map(said));
    expect(fromCli.claims.map(said)).toEqual(debrief.verdicts.map(said));
    // The CLI's JSON and the debrief carry the same verdicts in full (drivers included).
    expect(fromCli.claims).toEqual(JSON.parse(JSON.stringify(debrief.verdicts)));
    // And the queries are one query (the analysis screen leaves out the drivers it does not show).
    expect(sameChecks(analysis.query)).toBe(sameChecks(debrief.query));
    expect((fromCli as unknown as { queries: { claims: ClaimsRecord } }).queries.claims).toEqual(debrief.query);
    // The historical verdict: the model agrees with what happened.
    expect(debrief.verdicts.map((v) => v.verdict)).toEqual(['agrees']);
  });
});

describe('(b) Venezuela at 150,000: the distribution and the claim card show one number', () => {
  const planners = scenarioById('venezuela-planners');
  const seed = '42';
  const setup = { played: planners, scenario: planners, overrides: {}, seed };

  it("the debrief distribution's success rate is the claim card's figure for the same quantity", () => {
    expect(planners.intervener.troops.value).toBe(150_000);
    const queries = debriefQueries(setup);
    const summary = runQuery(queries.summary);
    // The checks as the debrief runs them (its drivers, tornadoes of other figures, are left out here for time).
    const claims = runQuery({ ...queries.claims, drivers: false });
    const check = claims.verdicts.flatMap((v) => v.checks).find((c) => c.metric === 'successRate' && c.troops === 150_000 && c.objective === 'country');
    expect(check).toBeDefined();
    expect(summary.query).toMatchObject({ troops: 150_000, objective: 'country', seed, runs: check!.runs });
    expect(check!.measured).toBe(summary.summary.successRate);
    expect(check!.interval).toEqual(summary.summary.successInterval);
    // The condition's tally is the summary's tally: same runs, seed and inputs.
    const condition = claims.conditions.find((c) => c.troops === 150_000 && c.objective === 'country')!;
    expect(condition.tally).toEqual(summary.tally);
  });

  it('the analysis screen shows that same number in its run set, its curve and its claim card', () => {
    const debrief = runQuery(debriefQueries(setup).summary);
    const analysisSetup = { scenario: planners, claimsScenario: planners, overrides: {}, seed };
    const runSet = runQuery(levelQueries(analysisSetup).runSet);
    expect(runSet.query).toEqual(debrief.query);
    expect(runSet.tally).toEqual(debrief.tally);
    // The refined curve's query at one of its levels (each level's tally depends only on its own inputs and runs).
    const refined = curveQueries(analysisSetup).refined;
    expect(refined.levels).toContain(150_000);
    const curve = runQuery({ ...refined, levels: [150_000] });
    const point = curve.points[0];
    expect(point.runs).toBe(debrief.summary.runs);
    expect(point.successRate).toBe(debrief.summary.successRate);
    const card = runQuery(curveQueries(analysisSetup).claims)
      .verdicts.flatMap((v) => v.checks)
      .find((c) => c.troops === 150_000 && c.objective === 'country')!;
    expect(card.measured).toBe(debrief.summary.successRate);
    // And the CLI at the same runs.
    expect(cli('scenarios/venezuela-planners.json', '--runs', String(debrief.summary.runs), '--json').successRate).toBe(debrief.summary.successRate);
  });
});
