// Closed forms as oracles (model.md §2). With attrition off (ℓ_L = ℓ_W = 0) and quality fixed, a
// one-region entry walk is gambler's ruin: P(entered) = R^(βW) / (1 + R^(βW)) = R^4.5 / (1 + R^4.5).
// That holds with no day limit; the kernel draws its budget up front, so "lifted" means a large
// finite T_A = 2,000 days, where a walk still running has negligible probability (a ±1 walk absorbed
// at ±5 ends in 25 steps on average; P(still running after 2,000) < 1e-40). Under the real
// T_A = 60 the oracle is the exact finite-horizon value from the small dynamic program below.
//
// With attrition ON (the shipped ℓ_L = 4%, ℓ_W = 1%) the kernel no longer recomputes the ratio: it
// moves along the walk as R0·c^B (formulas.walkProbability). The last block checks that against an
// independent simulator (tests/engine/walk-oracle.ts) that multiplies the two forces day by day and
// recomputes R = A·Q/(D·π·τ) and the CRT from them, run by run with the same draws, and against the
// dynamic program with the score-dependent chance.
import { describe, expect, it } from 'vitest';
import { createRunRecord, runCampaign } from '../../src/engine/campaign';
import { advanceProbability } from '../../src/engine/formulas';
import { drawCount, fillDraws } from '../../src/engine/rng';
import { DEFAULT_PARAMETERS } from '../../src/model/parameters';
import { resolveInputs } from '../../src/model/resolve';
import type { ModelParameters, Scenario } from '../../src/model/types';
import { closedFormParameters, makeScenario, oneRegion, ratioScenario } from './fixtures';
import { runQualityOracle, simulateWalk, walkEndProbabilities, type WalkEnd } from './walk-oracle';

const RUNS = 20_000;

function entryRate(ratio: number, params: ModelParameters): number {
  const inputs = resolveInputs(ratioScenario(ratio), {}, params);
  const draws = new Float64Array(drawCount(1, params));
  let entered = 0;
  for (let run = 0; run < RUNS; run++) {
    fillDraws(`closed-form-${ratio}`, run, draws);
    if (runCampaign(inputs, params, draws, run).entered) entered++;
  }
  return entered / RUNS;
}

/** Exact P(score reaches +W before −L within `days` steps), by forward probabilities. */
function finiteHorizon(p: number, days: number, wins = 5, losses = 5): number {
  let dist = new Map<number, number>([[0, 1]]);
  let entered = 0;
  for (let d = 0; d < days; d++) {
    const next = new Map<number, number>();
    for (const [score, mass] of dist) {
      const up = score + 1;
      const down = score - 1;
      if (up >= wins) entered += mass * p;
      else next.set(up, (next.get(up) ?? 0) + mass * p);
      if (down > -losses) next.set(down, (next.get(down) ?? 0) + mass * (1 - p));
    }
    dist = next;
  }
  return entered;
}

describe('entry walk against gambler’s ruin (attrition off, quality fixed, day limit lifted)', () => {
  const lifted = closedFormParameters(2_000);
  for (const ratio of [0.5, 1, 1.5, 2, 3]) {
    it(`R = ${ratio}: rate within 0.02 of R^4.5/(1+R^4.5)`, () => {
      const expected = ratio ** 4.5 / (1 + ratio ** 4.5);
      // The test bed really has this ratio: p on day 1 is the CRT value at R.
      const inputs = resolveInputs(ratioScenario(ratio), {}, lifted);
      expect((inputs.troops * inputs.quality) / (inputs.regulars * inputs.posture)).toBe(ratio);
      expect(Math.abs(entryRate(ratio, lifted) - expected)).toBeLessThan(0.02);
    });
  }

  it('the oracle itself: 4%, 50%, 96%, 99.3% at R = 0.5, 1, 2, 3', () => {
    const f = (r: number) => r ** 4.5 / (1 + r ** 4.5);
    expect(f(0.5)).toBeCloseTo(0.042, 3);
    expect(f(1)).toBe(0.5);
    expect(f(2)).toBeCloseTo(0.958, 3);
    expect(f(3)).toBeCloseTo(0.993, 3);
    // and the dynamic program converges to it when the horizon is long
    expect(finiteHorizon(advanceProbability(2, { crtSlope: 0.9, crtMidpoint: 1 }), 2_000)).toBeCloseTo(f(2), 10);
  });
});

describe('entry walk under the 60-day limit (exact finite-horizon dynamic program)', () => {
  const limited = closedFormParameters(60);
  for (const [ratio, published] of [
    [1, 0.468],
    [1.5, 0.839],
  ] as const) {
    it(`R = ${ratio}: DP gives ${(published * 100).toFixed(1)}% and the kernel is within 0.02 of it`, () => {
      const exact = finiteHorizon(advanceProbability(ratio, limited), 60);
      expect(exact).toBeCloseTo(published, 3);
      expect(Math.abs(entryRate(ratio, limited) - exact)).toBeLessThan(0.02);
    });
  }
});

describe('entry walk with attrition on, against an independent simulator (same draws) and the dynamic program', () => {
  // The shipped attrition and day limit; one control month keeps each run cheap (entry is all we read).
  const params: ModelParameters = { ...DEFAULT_PARAMETERS, entryDays: 60, controlMonths: 1 };
  const RUN_BY_RUN = 1_500;
  const AGGREGATE = 10_000;

  /** A one-region test bed at day-1 ratio R (ratioScenario), optionally with the quality varying run to run. */
  function bed(ratio: number, spread: number): Scenario {
    return spread === 0 ? ratioScenario(ratio) : makeScenario({ ...bedOptions(ratio), qualitySpread: spread });
  }
  function bedOptions(ratio: number) {
    return { id: `ratio-${ratio}-q`, regions: oneRegion('open'), troops: ratio * 10_000, quality: 1, posture: 1, regulars: 10_000, cohesion: 1, population: 1_000_000 };
  }

  /** The engine's end of the walk from a recorded run: the last day's result and its day. */
  function engineEnd(record: ReturnType<typeof createRunRecord>): { end: WalkEnd; day: number } {
    const last = record.days[record.days.length - 1][0];
    if (last.result === 'continues') throw new Error('walk still running after the entry phase');
    return { end: last.result, day: record.days.length };
  }

  for (const [ratio, spread] of [
    [0.7, 0],
    [1, 0],
    [1.3, 0],
    [1.6, 0],
    [2.2, 0],
    [1, 0.25],
    [1.5, 0.25],
  ] as const) {
    it(`R = ${ratio}${spread ? `, quality spread ${spread}` : ''}: entered / culminated / stalemate and the day agree run by run`, () => {
      const scenario = bed(ratio, spread);
      const run = { ...params, qualityVaries: spread > 0 };
      const inputs = resolveInputs(scenario, {}, run);
      const draws = new Float64Array(drawCount(1, run));
      const tally: Record<WalkEnd, number> = { entered: 0, culminated: 0, stalemate: 0 };
      const mismatches: string[] = [];
      let nearTies = 0;
      let movedOffStart = 0;
      for (let r = 0; r < RUN_BY_RUN; r++) {
        fillDraws(`attrition-${ratio}-${spread}`, r, draws);
        const record = createRunRecord();
        const outcome = runCampaign(inputs, run, draws, r, record);
        // The oracle's inputs come from the scenario's own numbers, not from the engine's state.
        const quality = runQualityOracle(draws, 1, spread, 0, spread > 0);
        const oracle = simulateWalk(draws, 1, 0, { attackers: ratio * 10_000, defenders: 10_000, quality, posture: 1, terrain: 1 }, run);
        const engine = engineEnd(record);
        nearTies += oracle.nearTies;
        tally[oracle.end]++;
        if (oracle.day > 1) movedOffStart++;
        if (engine.end !== oracle.end || engine.day !== oracle.day || outcome.entered !== (oracle.end === 'entered') || outcome.capitalDay !== (oracle.end === 'entered' ? oracle.day : null)) {
          mismatches.push(`run ${r}: engine ${engine.end} on day ${engine.day}, oracle ${oracle.end} on day ${oracle.day} (near ties ${oracle.nearTies})`);
        }
      }
      expect(mismatches.slice(0, 5), `${mismatches.length} of ${RUN_BY_RUN} runs differ`).toEqual([]);
      // A tie within 1e-9 of p could excuse a difference; none occurred, so none is excused.
      expect(nearTies).toBe(0);
      // The comparison covers walks that end every way, and walks long enough for the score to move p.
      expect(movedOffStart).toBe(RUN_BY_RUN);
      expect(tally.entered + tally.culminated).toBeGreaterThan(RUN_BY_RUN * 0.9);
      if (ratio <= 1.6) expect(Math.min(tally.entered, tally.culminated)).toBeGreaterThan(RUN_BY_RUN * 0.02);
    });
  }

  for (const ratio of [1, 1.3]) {
    it(`R = ${ratio}: how the kernel's walks end over ${AGGREGATE.toLocaleString('en')} runs is the dynamic program's with p depending on the score`, () => {
      const run = { ...params, qualityVaries: false };
      const inputs = resolveInputs(ratioScenario(ratio), {}, run);
      const draws = new Float64Array(drawCount(1, run));
      const tally: Record<WalkEnd, number> = { entered: 0, culminated: 0, stalemate: 0 };
      for (let r = 0; r < AGGREGATE; r++) {
        fillDraws(`attrition-dp-${ratio}`, r, draws);
        const record = createRunRecord();
        runCampaign(inputs, run, draws, r, record);
        tally[engineEnd(record).end]++;
      }
      const exact = walkEndProbabilities(ratio, run);
      // Within 4.5 binomial standard errors, for each way a walk ends.
      const se = (q: number) => Math.sqrt((q * (1 - q)) / AGGREGATE);
      const tolerance = (q: number) => 4.5 * se(q);
      for (const end of ['entered', 'culminated', 'stalemate'] as const) {
        expect(Math.abs(tally[end] / AGGREGATE - exact[end]), `${end}: ${tally[end]} of ${AGGREGATE}, exact ${exact[end]}`).toBeLessThan(tolerance(exact[end]));
      }
      // The check has the power to see the score term: attrition that compounds whoever is ahead
      // ends walks sooner, so the stalemate share without the term (p fixed at crt(R0)) or with it
      // inverted (ℓ_W and ℓ_L swapped: c → 1/c) lies outside that tolerance by 3 more standard errors,
      // so a kernel that walked either way would fail here almost surely.
      const flat = walkEndProbabilities(ratio, { ...run, loserAttrition: 0, winnerAttrition: 0 });
      const inverted = walkEndProbabilities(ratio, { ...run, loserAttrition: run.winnerAttrition, winnerAttrition: run.loserAttrition });
      const margin = tolerance(exact.stalemate) + 3 * se(exact.stalemate);
      expect(flat.stalemate - exact.stalemate).toBeGreaterThan(margin);
      expect(inverted.stalemate - exact.stalemate).toBeGreaterThan(margin);
    });
  }

  it('the dynamic program itself: attrition favours the side that is winning, and with ℓ = 0 it is the walk of the closed form', () => {
    const off = { ...params, loserAttrition: 0, winnerAttrition: 0 };
    const far = { ...off, entryDays: 2_000 };
    for (const ratio of [0.5, 1, 2]) {
      expect(walkEndProbabilities(ratio, far).entered).toBeCloseTo(ratio ** 4.5 / (1 + ratio ** 4.5), 10);
      expect(walkEndProbabilities(ratio, off).entered).toBeCloseTo(finiteHorizon(advanceProbability(ratio, off), 60), 12);
    }
    // At even odds attrition is symmetric in effect: each win makes the next more likely by the same
    // factor a loss makes it less likely, so entering and culminating stay equally likely.
    const even = walkEndProbabilities(1, params);
    expect(even.entered).toBeCloseTo(even.culminated, 12);
    // Attrition compounds whoever is ahead, so walks end sooner: fewer stalemates than without it.
    for (const ratio of [0.8, 1, 1.3, 2]) {
      expect(walkEndProbabilities(ratio, params).stalemate).toBeLessThan(walkEndProbabilities(ratio, off).stalemate);
    }
  });
});
