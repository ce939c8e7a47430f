// Model v3's six control-phase mechanisms (docs/model.md §4b), each alone: closed forms for the
// formulas, and runs with the monthly noise at 0 so that a month's resistance is exactly
// I·exp(γ(q))·(outside-support factor)·(reconciliation factor) and can be checked against that product.
import { describe, expect, it } from 'vitest';
import { createRunRecord, runCampaign, runOne } from '../../src/engine/campaign';
import { runBatch } from '../../src/engine/batch';
import { hostilityRequirement, hostilityTarget, initialResisters, nextHostility } from '../../src/engine/formulas';
import { drawCount, fillDraws } from '../../src/engine/rng';
import { applyAction, createGame, isRejection } from '../../src/engine/play';
import { DEFAULT_PARAMETERS } from '../../src/model/parameters';
import { resolveInputs } from '../../src/model/resolve';
import type { GameState, ModelParameters, Overrides, RunRecord, Scenario } from '../../src/model/types';
import { makeScenario, oneRegion, sourced } from './fixtures';

const QUIET: ModelParameters = { ...DEFAULT_PARAMETERS, resistanceNoise: 0, qualityVaries: false };

/** An unopposed one-region entry (no regulars): control starts on day 1 with the troops given. */
function unopposed(troops: number, extra: Partial<Scenario> = {}, hostility = 0.1): Scenario {
  return {
    ...makeScenario({ id: 'v3-fixture', regions: oneRegion('open'), troops, population: 1_000_000, hostility, regulars: 0, militia: 20_000, preWarForces: 0, retained: 0 }),
    ...extra,
  };
}

function record(scenario: Scenario, params: ModelParameters = QUIET, overrides: Overrides = {}): RunRecord {
  const inputs = resolveInputs(scenario, overrides, params);
  const draws = new Float64Array(drawCount(inputs.share.length, params));
  fillDraws('v3', 0, draws);
  const rec = createRunRecord();
  runCampaign(inputs, params, draws, 0, rec);
  return rec;
}

describe('3. hostility over the whole range 0-1', () => {
  it('inside 0.1-0.7 it is version 2’s 2·10^((g − 0.1)/0.6); below, 1 + 10g; at 1, 2·10^1.5', () => {
    for (const g of [0.1, 0.2, 0.3, 0.45, 0.5, 0.7]) expect(hostilityRequirement(g)).toBeCloseTo(2 * 10 ** ((g - 0.1) / 0.6), 10);
    expect(hostilityRequirement(0)).toBe(1);
    expect(hostilityRequirement(0.05)).toBeCloseTo(1.5, 12);
    expect(hostilityRequirement(0.8)).toBeCloseTo(2 * 10 ** (0.7 / 0.6), 10);
    expect(hostilityRequirement(1)).toBeCloseTo(2 * 10 ** 1.5, 10);
    expect(hostilityRequirement(2)).toBe(hostilityRequirement(1));
    expect(hostilityRequirement(-1)).toBe(1);
  });

  it('is continuous at 0.1 and strictly increasing over 0-1 (version 2 was flat above 0.7 and below 0.1)', () => {
    expect(hostilityRequirement(0.1 - 1e-12)).toBeCloseTo(hostilityRequirement(0.1), 9);
    let last = -Infinity;
    for (let i = 0; i <= 100; i++) {
      const d = hostilityRequirement(i / 100);
      expect(d).toBeGreaterThan(last);
      last = d;
    }
    expect(hostilityRequirement(0.8)).toBeGreaterThan(20);
  });

  it('so 20 per 1,000 no longer covers a population of hostility 0.8: 20,000 troops among 1,000,000 lose control', () => {
    const v = runBatch(unopposed(20_000, {}, 0.8), { runs: 50, seed: 'g', params: QUIET });
    expect(v.success).toBe(0);
    const w = runBatch(unopposed(20_000, {}, 0.7), { runs: 50, seed: 'g', params: QUIET });
    expect(w.success).toBe(50);
  });
});

describe('1. hostility that responds to the intervention, and outside support', () => {
  it('g* = g₀ + ζ·S/(S + e_H·H), at most 1, and 0 foreign share with no security forces; g moves 1/T_g of the gap', () => {
    const p = { hostWeight: 0.5, hostilityResponse: 0.2, hostilityMonths: 12 };
    expect(hostilityTarget(0.1, 10_000, 0, p)).toBeCloseTo(0.3, 12);
    expect(hostilityTarget(0.1, 10_000, 20_000, p)).toBeCloseTo(0.2, 12);
    expect(hostilityTarget(0.1, 0, 5_000, p)).toBe(0.1);
    expect(hostilityTarget(0.1, 0, 0, p)).toBe(0.1);
    expect(hostilityTarget(0.95, 1, 0, p)).toBe(1);
    expect(nextHostility(0.1, 0.3, p)).toBeCloseTo(0.1 + 0.2 / 12, 12);
  });

  it('with ζ > 0 the requirement rises month by month toward d_pop(g₀ + ζ); with ζ = 0 it stays d_pop(g₀)', () => {
    // Host target 0: no host forces, so the foreign share stays 1 and g* = g₀ + ζ exactly.
    const scenario = { ...unopposed(10_000), host: { preWarForces: sourced(0), retained: sourced(0), target: sourced(0) } };
    const still = record(scenario).months.map((m) => m[0]!.requirementFromHostility);
    expect(new Set(still)).toEqual(new Set([hostilityRequirement(0.1)]));
    const moving = record(scenario, { ...QUIET, hostilityResponse: 0.2 }).months.map((m) => m[0]!.requirementFromHostility);
    for (let i = 1; i < moving.length; i++) expect(moving[i]).toBeGreaterThan(moving[i - 1]!);
    // Month m reads g after m − 1 updates: g = 0.3 − 0.2·(11/12)^(m−1).
    moving.forEach((d, i) => {
      expect(d).toBeCloseTo(hostilityRequirement(0.3 - 0.2 * (11 / 12) ** i), 9);
    });
  });

  it('a force that covers the country at ζ = 0 loses coverage when hostility responds (10 per 1,000 against g₀ = 0.4)', () => {
    const scenario = unopposed(10_000, {}, 0.4);
    expect(runBatch(scenario, { runs: 20, seed: 'z', params: QUIET }).success).toBe(20);
    expect(runBatch(scenario, { runs: 20, seed: 'z', params: { ...QUIET, hostilityResponse: 0.2 } }).success).toBe(0);
  });

  it('outside support multiplies every month’s resistance by exp(s_o·o), so an insurgency grows at twice the required density', () => {
    const scenario = unopposed(30_000, { resistance: { outsideSupport: sourced(1), reconcilable: sourced(0) } });
    const params = { ...QUIET, outsideSupportGrowth: 0.08 };
    const months = record(scenario, params).months.map((m) => m[0]!);
    expect(months[0]!.coverage).toBeGreaterThan(2);
    for (const m of months.slice(0, 6)) expect(m.resistersAfter).toBeCloseTo(m.resistersBefore * Math.exp(m.growth + 0.08), 6);
    expect(months[5]!.resistersAfter).toBeGreaterThan(months[0]!.resistersBefore);
    const without = record(scenario).months.map((m) => m[0]!);
    expect(without[5]!.resistersAfter).toBeLessThan(without[0]!.resistersBefore);
  });
});

describe('2. defenders who go to ground', () => {
  it('initial resisters are max(ω·D + μ·M·p, ψ·g·P·p) with the scenario’s ω; absent, ω is version 2’s φ = 0.02', () => {
    const base = makeScenario({ regions: oneRegion('open'), regulars: 50_000, militia: 0, population: 1_000_000, hostility: 0.1 });
    const inputs = resolveInputs(base);
    expect(inputs.toGround).toBe(DEFAULT_PARAMETERS.resistanceFromRegulars);
    expect(initialResisters(inputs, DEFAULT_PARAMETERS, 0, 50_000)).toBeCloseTo(0.02 * 50_000, 9);
    const dissolved = resolveInputs({ ...base, defender: { ...base.defender, toGround: sourced(0.3) } });
    expect(dissolved.toGround).toBe(0.3);
    expect(initialResisters(dissolved, DEFAULT_PARAMETERS, 0, 50_000)).toBeCloseTo(15_000, 9);
    expect(resolveInputs(base, { 'defender.toGround': 0.5 }).toGround).toBe(0.5);
  });

  it('a defeated army that goes to ground can become the insurgency: the same entry ends failed instead of stabilized', () => {
    const base = makeScenario({ regions: oneRegion('open'), troops: 40_000, regulars: 5_000, militia: 0, population: 2_000_000, hostility: 0.1, preWarForces: 0, retained: 0 });
    const intact = runBatch(base, { runs: 40, seed: 'w', params: QUIET });
    const toGround = runBatch({ ...base, defender: { ...base.defender, toGround: sourced(0.9) } }, { runs: 40, seed: 'w', params: QUIET });
    expect(intact.success / 40).toBeGreaterThan(0.9);
    expect(toGround.success / 40).toBeLessThan(intact.success / 40);
  });
});

describe('4. host forces grow toward a sourced target, never below their start', () => {
  it('a host force above 4 per 1,000 keeps its size (version 2 shrank it toward 4 per 1,000)', () => {
    const scenario = { ...unopposed(5_000), host: { preWarForces: sourced(10_000), retained: sourced(1) } };
    const months = record(scenario).months.map((m) => m[0]!.hostForces);
    expect(new Set(months)).toEqual(new Set([10_000]));
  });

  it('they close 1/T_H of the gap to the scenario’s target each month', () => {
    const scenario = { ...unopposed(5_000), host: { preWarForces: sourced(1_000), retained: sourced(1), target: sourced(9_000) } };
    const months = record(scenario).months.map((m) => m[0]!.hostForces);
    const t = DEFAULT_PARAMETERS.hostGrowthMonths;
    expect(t).toBe(24);
    months.forEach((h, i) => {
      expect(h).toBeCloseTo(9_000 - 8_000 * (1 - 1 / t) ** i, 6);
    });
  });
});

describe('5. reconciliation', () => {
  it('a covered month multiplies resistance by (1 − ρ·χ) on top of its growth, so it can fall by far more than two-thirds in 36 months', () => {
    const scenario = unopposed(30_000, { resistance: { outsideSupport: sourced(0), reconcilable: sourced(0.8) } });
    const months = record(scenario).months.map((m) => m[0]!);
    for (const m of months) expect(m.coverage).toBeGreaterThanOrEqual(1);
    for (const m of months) expect(m.resistersAfter).toBeCloseTo(m.resistersBefore * Math.exp(m.growth) * (1 - 0.1 * 0.8), 6);
    const fall = months.at(-1)!.resistersAfter / months[0]!.resistersBefore;
    expect(fall).toBeLessThan(0.05);
    const plain = record(unopposed(30_000)).months.map((m) => m[0]!);
    expect(plain.at(-1)!.resistersAfter / plain[0]!.resistersBefore).toBeGreaterThan(1 / 3);
  });
});

describe('6. political will', () => {
  // 2,000 troops among 1,000,000 (2 per 1,000) against a requirement of about 4.3 at hostility 0.3:
  // q < 1, resistance grows every month.
  const losing = () => unopposed(2_000, {}, 0.3);

  it('after W months in a row above twice its start the intervener leaves: every troop goes home, the region fails', () => {
    const params = { ...QUIET, willMonths: 6 };
    const inputs = resolveInputs(losing(), {}, params);
    const draws = new Float64Array(drawCount(1, params));
    fillDraws('will', 0, draws);
    const rec = createRunRecord();
    const outcome = runCampaign(inputs, params, draws, 0, rec);
    const doubled = rec.months.findIndex((m) => m[0]!.resistersAfter > 2 * rec.months[0]![0]!.resistersBefore);
    expect(doubled).toBeGreaterThan(0);
    const leaves = doubled + 6; // the month (1-based) of the sixth month in a row above twice the start
    expect(rec.months[leaves - 1]![0]!.troops).toBeCloseTo(2_000, 6);
    expect(rec.months[leaves]![0]!.troops).toBe(0);
    expect(rec.sentHome).toBeCloseTo(2_000, 6);
    expect(rec.timeline).toHaveLength(36);
    expect(outcome.outcome).toBe('failed');
  });

  it('W = 99 never leaves within 36 months; the shipped default', () => {
    expect(DEFAULT_PARAMETERS.willMonths).toBe(99);
    const rec = record(losing());
    for (const m of rec.months) expect(m[0]!.troops).toBeCloseTo(2_000, 6);
  });

  it('play ≡ the kernel: a game that follows the plan through a withdrawal ends with runCampaign’s outcome, and says why', () => {
    const params = { ...DEFAULT_PARAMETERS, willMonths: 6 };
    const scenario = losing();
    for (let run = 0; run < 5; run++) {
      let state: GameState = createGame(scenario, {}, 'will-play', run, params);
      const events: string[] = [];
      for (let i = 0; i < 200 && state.phase !== 'ended'; i++) {
        const planned = applyAction(state, { type: 'plan/apply' });
        if (!isRejection(planned)) state = planned.state;
        const step = applyAction(state, { type: state.phase === 'entry' ? 'day/end' : 'month/end' });
        if (isRejection(step)) throw new Error(JSON.stringify(step));
        state = step.state;
        events.push(...step.events.map((e) => e.type));
      }
      const kernel = runOne(scenario, {}, 'will-play', run, params);
      expect(state.result).toEqual(kernel);
      expect(events).toContain('intervention/withdrawn');
      expect(state.withdrawnMonth).toBeGreaterThan(0);
      expect(state.timeline).toHaveLength(36);
    }
  });
});

describe('the engine’s guarantees', () => {
  it('the draw budget does not depend on any v3 constant (common random numbers across them)', () => {
    const v3 = { ...DEFAULT_PARAMETERS, hostilityResponse: 0.3, outsideSupportGrowth: 0.08, willMonths: 6, reconciliationRate: 0.5, hostGrowthMonths: 24 };
    for (const n of [1, 7]) expect(drawCount(n, v3)).toBe(drawCount(n, DEFAULT_PARAMETERS));
  });
});
