// Capital entry approaches certainty as the force grows (country objective). Before the capital's
// reserve, the capital got exactly its R*-need on day 0 and a culminated or stalled attack was never
// renewed, so about 1.6% of runs never entered it whatever the force. Now, above Σ R*-needs, the
// surplus is held as the capital's reserve and renews (or reinforces) the capital's attack once.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRunRecord, runCampaign } from '../../src/engine/campaign';
import { CULMINATED, COMMITTED } from '../../src/engine/core';
import { applyAction, createGame, isRejection } from '../../src/engine/play';
import { capitalReserveHeld, planInitial, planRolling } from '../../src/engine/plan';
import { drawCount, fillDraws } from '../../src/engine/rng';
import { parseScenario } from '../../src/engine/scenario';
import { sweepTallies } from '../../src/engine/sweep';
import { runBatch } from '../../src/engine/batch';
import { DEFAULT_PARAMETERS } from '../../src/model/parameters';
import { resolveInputs } from '../../src/model/resolve';
import { isScenarioFileName } from '../../src/model/scenario-schema';
import type { GameState, Overrides, RunRecord, Scenario } from '../../src/model/types';
import { makeScenario } from './fixtures';
import { createCore, initCore } from '../../src/engine/core';

function shipped(): Array<{ file: string; scenario: Scenario }> {
  const dir = join(__dirname, '../../scenarios');
  return readdirSync(dir)
    .filter(isScenarioFileName)
    .map((file) => {
      const parsed = parseScenario(JSON.parse(readFileSync(join(dir, file), 'utf8')));
      if (!parsed.ok) throw new Error(`${file}: ${JSON.stringify(parsed.errors.slice(0, 2))}`);
      return { file, scenario: parsed.scenario };
    });
}

/** The capital's entry-walk results day by day from a recorded run. */
function capitalResults(record: RunRecord, capitalId: string): string[] {
  return record.days.flatMap((day) => day.filter((e) => e.region === capitalId).map((e) => e.result));
}

describe('capital entry approaches certainty as the force grows', () => {
  it('every shipped scenario: 20× its troops enter the key region in at least 99.9% of 3,000 runs', () => {
    const files = shipped();
    expect(files.length).toBeGreaterThanOrEqual(7);
    const kinds = new Set<string>();
    for (const { file, scenario } of files) {
      kinds.add(scenario.kind);
      // Iraq 2003's 20× (3,460,000) is beyond the troop input's bound, 1,000,000 (one of model v3's cases):
      // it runs at the bound, where its 375,000 regulars, all fighting, face R0 ≈ 1,000,000·3/(375,000·1.3·1.3) ≈ 4.7.
      const bounded = 20 * scenario.intervener.troops.value > 1_000_000;
      const troops = bounded ? 1_000_000 : 20 * scenario.intervener.troops.value;
      const tally = runBatch(scenario, { runs: 3_000, seed: 'twenty-times', overrides: { 'intervener.troops': troops } });
      // Before the capital's reserve: 98.67% on every Venezuela country scenario (40 runs in 3,000 never entered).
      expect(tally.entered / tally.runs, `${file} at ${troops}`).toBeGreaterThanOrEqual(bounded ? 0.995 : 0.999);
    }
    expect([...kinds].sort()).toEqual(['back-test', 'what-if']);
  });

  it('run by run, the capital is entered at every higher troop level once it is entered at a lower one (the renewals included)', () => {
    const scenario = makeScenario();
    const inputs = resolveInputs(scenario, {}, DEFAULT_PARAMETERS);
    const core = createCore(inputs.share.length, inputs, DEFAULT_PARAMETERS);
    initCore(core, inputs, DEFAULT_PARAMETERS, 3);
    const needs = core.entryNeedTotal;
    // Around and above Σ needs, where the capital's reserve starts.
    const troops = [needs - 5_000, needs, needs + 1, needs + 2_000, needs + 10_000, needs + 40_000, needs + 150_000, 2_000_000];
    const params = DEFAULT_PARAMETERS;
    const variants = troops.map((n) => resolveInputs(scenario, { 'intervener.troops': n }, params));
    const draws = new Float64Array(drawCount(7, params));
    let renewedRuns = 0;
    for (let run = 0; run < 1_500; run++) {
      fillDraws('monotone-capital', run, draws);
      const entered = variants.map((v) => runCampaign(v, params, draws, run).entered);
      for (let k = 1; k < entered.length; k++) if (entered[k - 1]) expect(entered[k], `run ${run}: ${troops[k - 1]} → ${troops[k]}`).toBe(true);
      if (!entered[0] && entered[entered.length - 1]) renewedRuns++;
    }
    // The test covers runs the renewal rescues (about 1.6% of runs fail at exactly the need).
    expect(renewedRuns).toBeGreaterThan(5);
  });

  it('the entry rate over troop levels still never falls (common random numbers)', () => {
    const tallies = sweepTallies(makeScenario(), { troops: [100_000, 150_000, 158_000, 160_000, 200_000, 400_000, 1_000_000], runs: 1_000, seed: 'renew-sweep' });
    for (let k = 1; k < tallies.length; k++) expect(tallies[k].entered).toBeGreaterThanOrEqual(tallies[k - 1].entered);
    expect(tallies[0].entered).toBeLessThan(tallies[0].runs); // below the reserve: some runs never enter
    expect(tallies[tallies.length - 1].entered).toBe(tallies[tallies.length - 1].runs);
  });
});

describe('the capital reserve and its one renewal', () => {
  function coreAt(troops: number) {
    const inputs = resolveInputs(makeScenario(), { 'intervener.troops': troops }, DEFAULT_PARAMETERS);
    const core = createCore(inputs.share.length, inputs, DEFAULT_PARAMETERS);
    initCore(core, inputs, DEFAULT_PARAMETERS, 3);
    return core;
  }

  it('above Σ needs every region starts at its need and the surplus waits in reserve; at or below, no reserve is held', () => {
    const probe = coreAt(1);
    const needs = probe.entryNeedTotal;
    const above = coreAt(needs + 30_000);
    expect(capitalReserveHeld(above)).toBe(true);
    planInitial(above);
    for (let r = 0; r < above.n; r++) expect(above.troops[r]).toBe(above.entryNeed[r]);
    // Troops are whole: the surplus is N − Σ needs with N rounded.
    expect(above.reserve).toBeCloseTo(above.inputs.troops - needs, 6);
    expect(capitalReserveHeld(coreAt(needs - 1))).toBe(false);
  });

  it('a culminated capital is renewed once with the whole reserve, from score 0; a stalled one keeps a winning score, a losing one starts from even', () => {
    const needs = coreAt(1).entryNeedTotal;
    const core = coreAt(needs + 30_000);
    planInitial(core);
    const cap = core.inputs.capitalIndex;
    core.status[cap] = CULMINATED;
    core.reserve += 50_000; // survivors
    core.troops[cap] = 0;
    core.score[cap] = -5;
    core.fought[cap] = 9;
    planRolling(core, 9);
    expect(core.status[cap]).toBe(COMMITTED);
    expect(core.troops[cap]).toBeCloseTo(50_000 + core.inputs.troops - needs, 6);
    expect(core.reserve).toBe(0);
    expect(core.score[cap]).toBe(0);
    // Once only: a second culmination is final.
    core.status[cap] = CULMINATED;
    core.reserve = 80_000;
    core.troops[cap] = 0;
    planRolling(core, 20);
    expect(core.status[cap]).toBe(CULMINATED);

    const stalled = coreAt(needs + 30_000);
    planInitial(stalled);
    stalled.score[cap] = 2;
    stalled.fought[cap] = DEFAULT_PARAMETERS.capitalStallDays;
    const before = stalled.troops[cap];
    planRolling(stalled, DEFAULT_PARAMETERS.capitalStallDays);
    expect(stalled.troops[cap]).toBeCloseTo(before + stalled.inputs.troops - needs, 6);
    expect(stalled.score[cap]).toBe(2);
    // The walk's odds now follow the reinforced ratio at the current score.
    const ratio = (stalled.troops[cap] * stalled.qualityEffective) / (stalled.defenders[cap] * stalled.posture[cap] * stalled.terrain[cap]);
    expect(stalled.walkLogRatio[cap] + 2 * stalled.logStep).toBeCloseTo(Math.log(ratio), 12);

    // A stalled attack that is losing starts again from even: one more loss must not end it.
    const losing = coreAt(needs + 30_000);
    planInitial(losing);
    losing.score[cap] = -4;
    losing.fought[cap] = DEFAULT_PARAMETERS.capitalStallDays + 3;
    planRolling(losing, DEFAULT_PARAMETERS.capitalStallDays + 3);
    expect(losing.score[cap]).toBe(0);
    // No renewal before the stall, nor below Σ needs.
    const early = coreAt(needs + 30_000);
    planInitial(early);
    early.fought[cap] = DEFAULT_PARAMETERS.capitalStallDays - 1;
    planRolling(early, DEFAULT_PARAMETERS.capitalStallDays - 1);
    expect(early.reserve).toBeGreaterThan(0);
    expect(early.capitalRenewed).toBe(false);
  });

  it('renewed runs: the walk is recorded as culminated then entered, and play by the plan reaches the kernel’s outcome', () => {
    const scenario = makeScenario();
    const overrides: Overrides = { 'intervener.troops': 200_000 };
    const inputs = resolveInputs(scenario, overrides, DEFAULT_PARAMETERS);
    const draws = new Float64Array(drawCount(7, DEFAULT_PARAMETERS));
    const renewed: number[] = [];
    const reinforced: number[] = [];
    for (let run = 0; run < 2_000 && (renewed.length < 3 || reinforced.length < 2); run++) {
      fillDraws('renewed', run, draws);
      const record = createRunRecord();
      const outcome = runCampaign(inputs, DEFAULT_PARAMETERS, draws, run, record);
      const results = capitalResults(record, 'capital');
      if (results.includes('culminated')) {
        renewed.push(run);
        expect(results[results.length - 1], `run ${run}`).toBe('entered');
        expect(outcome.entered).toBe(true);
      } else if (results.length > DEFAULT_PARAMETERS.capitalStallDays) reinforced.push(run);
    }
    expect(renewed.length).toBeGreaterThanOrEqual(3);
    expect(reinforced.length).toBeGreaterThanOrEqual(1);
    for (const run of [...renewed, ...reinforced]) {
      let state: GameState = createGame(scenario, overrides, 'renewed', run);
      for (let guard = 0; state.phase !== 'ended'; guard++) {
        if (guard > 500) throw new Error('game did not end');
        for (const action of [{ type: 'plan/apply' }, { type: state.phase === 'entry' ? 'day/end' : 'month/end' }] as const) {
          const result = applyAction(state, action);
          if (isRejection(result)) throw new Error(JSON.stringify(result));
          state = result.state;
        }
      }
      fillDraws('renewed', run, draws);
      expect(state.result, `run ${run}`).toEqual(runCampaign(inputs, DEFAULT_PARAMETERS, draws, run));
    }
  });
});
