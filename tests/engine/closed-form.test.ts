// Closed forms as oracles (model.md §2). With attrition off (ℓ_L = ℓ_W = 0) and quality fixed, a
// one-region entry walk is gambler's ruin: P(entered) = R^(βW) / (1 + R^(βW)) = R^4.5 / (1 + R^4.5).
// That holds with no day limit; the kernel draws its budget up front, so "lifted" means a large
// finite T_A = 2,000 days, where a walk still running has negligible probability (a ±1 walk absorbed
// at ±5 ends in 25 steps on average; P(still running after 2,000) < 1e-40). Under the real
// T_A = 60 the oracle is the exact finite-horizon value from the small dynamic program below.
import { describe, expect, it } from 'vitest';
import { runCampaign } from '../../src/engine/campaign';
import { advanceProbability } from '../../src/engine/formulas';
import { drawCount, fillDraws } from '../../src/engine/rng';
import { resolveInputs } from '../../src/model/resolve';
import type { ModelParameters } from '../../src/model/types';
import { closedFormParameters, ratioScenario } from './fixtures';

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
  for (const [ratio, published] of [[1, 0.468], [1.5, 0.839]] as const) {
    it(`R = ${ratio}: DP gives ${published * 100}% and the kernel is within 0.02 of it`, () => {
      const exact = finiteHorizon(advanceProbability(ratio, limited), 60);
      expect(exact).toBeCloseTo(published, 3);
      expect(Math.abs(entryRate(ratio, limited) - exact)).toBeLessThan(0.02);
    });
  }
});
