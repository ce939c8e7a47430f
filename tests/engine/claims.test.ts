// Claim evaluation on fixture claims: measured figures equal batch figures, comparison operators,
// "agrees" only when every check holds, the rule for checks that name no troop level (the published
// one), and the driver is the top tornado bar.
import { describe, expect, it } from 'vitest';
import { runBatch, summarize } from '../../src/engine/batch';
import { checkHolds, claimCondition, evaluateClaimList, evaluateClaims } from '../../src/engine/claims';
import { sensitivity } from '../../src/engine/sensitivity';
import { resolveInputs } from '../../src/model/resolve';
import { claim, threeRegions } from './batch-fixtures';

describe('checkHolds', () => {
  it('applies each operator, boundaries included or not', () => {
    expect(checkHolds(0.05, '<', 0.05)).toBe(false);
    expect(checkHolds(0.05, '<=', 0.05)).toBe(true);
    expect(checkHolds(0.5, '>', 0.5)).toBe(false);
    expect(checkHolds(0.5, '>=', 0.5)).toBe(true);
    expect(checkHolds(0.2, '<', 0.3)).toBe(true);
    expect(checkHolds(0.4, '>', 0.3)).toBe(true);
  });
});

describe('evaluateClaims', () => {
  const runs = 200;
  const seed = 'claims';

  it('measures each check like a batch does and decides the verdict from all checks', () => {
    // The fixture claims' `expected` verdicts, and why (threeRegions: 6 million people, 20,000 regulars,
    // k_cap 0.3, π 1.3, Q 3, R* 3, g 0.25):
    //   low-force-fails agrees: with 5,000 no region besides the capital can ever be started (the plan
    //     starts a region only at R*: plains needs 3·4,900·1.3/3 = 6,370, hills 3·3,500·1.3·1.5/3 =
    //     6,825), so at most the capital's 40% of the people is entered and a country success (≥ 75%
    //     stabilized) is impossible: the measured rate is exactly 0.
    //   big-force-seizes-capital: 150,000 against the capital's 11,600 regulars (urban) is R0 ≈ 21, and
    //     holding 2.4 million at 3.56 per 1,000 needs ≈ 8,500: both ≈ 100%; the test only ties the
    //     verdict to its checks.
    //   mixed disagrees: its first check is low-force-fails (holds); its second asks for most runs to
    //     fail entry at R0 ≈ 21 (cannot hold).
    //   defaults agrees: a population share is at most 1, whatever the run.
    const scenario = threeRegions({
      claims: [
        claim('low-force-fails', [{ metric: 'successRate', troops: 5_000, objective: 'country', op: '<', value: 0.05 }]),
        claim('big-force-seizes-capital', [
          { metric: 'entryRate', troops: 150_000, objective: 'capital', op: '>=', value: 0.9 },
          { metric: 'successRate', troops: 150_000, objective: 'capital', op: '>=', value: 0.9 },
        ]),
        // One check holds, one fails → disagrees.
        claim(
          'mixed',
          [
            { metric: 'successRate', troops: 5_000, objective: 'country', op: '<', value: 0.05 },
            { metric: 'entryFailedShare', troops: 150_000, objective: 'capital', op: '>', value: 0.5 },
          ],
          'disagrees',
        ),
        // No troops or objective given: the scenario's own (40,000, country).
        claim('defaults', [{ metric: 'stabilizedShare', op: '<=', value: 1 }]),
      ],
    });
    const verdicts = evaluateClaims(scenario, { runs, seed, drivers: false });
    expect(verdicts.map((v) => v.id)).toEqual(['low-force-fails', 'big-force-seizes-capital', 'mixed', 'defaults']);

    const rate = (troops: number, objective: 'capital' | 'country', key: 'entryRate' | 'successRate') => summarize(runBatch(scenario, { runs, seed, overrides: { 'intervener.troops': troops }, objective }), seed)[key];

    const [low, big, mixed, defaults] = verdicts;
    expect(low.checks[0].measured).toBe(rate(5_000, 'country', 'successRate'));
    expect(low.verdict).toBe(low.checks[0].measured < 0.05 ? 'agrees' : 'disagrees');
    // The reasoning above, from the fixture's numbers: every non-capital R*-need exceeds 5,000, so
    // the success rate is not just small but exactly 0.
    const inputs = resolveInputs(scenario, { 'intervener.troops': 5_000 });
    for (const r of [1, 2]) {
      const defenders = inputs.cohesion * inputs.regulars * (1 - inputs.capitalShare) * inputs.share[r];
      expect((inputs.targetRatio * defenders * inputs.posture * inputs.terrainFactor[r]) / inputs.quality).toBeGreaterThan(5_000);
    }
    expect(low.checks[0].measured).toBe(0);
    expect(low.verdict).toBe('agrees');
    expect(big.checks[0].measured).toBe(rate(150_000, 'capital', 'entryRate'));
    expect(big.checks[1].measured).toBe(rate(150_000, 'capital', 'successRate'));
    expect(big.checks.every((c) => c.holds)).toBe(big.verdict === 'agrees');
    expect(mixed.checks.map((c) => c.holds)).toEqual([true, false]);
    // R0 ≈ 21 at 150,000: the entry oracle says practically every run enters the capital.
    expect(mixed.checks[1].measured).toBeLessThan(0.02);
    expect(mixed.verdict).toBe('disagrees');
    expect(mixed.expected).toBe('disagrees');
    expect(defaults.checks[0]).toMatchObject({ troops: 40_000, objective: 'country', op: '<=', threshold: 1, holds: true, runs });
    for (const v of verdicts) {
      for (const c of v.checks) {
        expect(c.interval[0]).toBeLessThanOrEqual(c.measured);
        expect(c.interval[1]).toBeGreaterThanOrEqual(c.measured);
      }
      expect(v.driver).toBeNull();
    }
  });

  it('user overrides apply, except the troop level a check names', () => {
    const scenario = threeRegions();
    const claims = [claim('c', [{ metric: 'entryRate', troops: 20_000, objective: 'capital', op: '>', value: 0 }])];
    const weak = evaluateClaimList(scenario, claims, { runs, seed, drivers: false, overrides: { 'defender.cohesion': 0.2, 'intervener.troops': 1 } });
    const direct = summarize(runBatch(scenario, { runs, seed, objective: 'capital', overrides: { 'defender.cohesion': 0.2, 'intervener.troops': 20_000 } }), seed);
    expect(weak[0].checks[0].measured).toBe(direct.entryRate);
    expect(weak[0].checks[0].troops).toBe(20_000);
  });

  it('a check that names no troop level runs at the PUBLISHED level, whatever the troop override; its other overrides apply', () => {
    const scenario = threeRegions();
    const claims = [claim('p', [{ metric: 'entryRate', op: '>=', value: 0 }])];
    const [verdict] = evaluateClaimList(scenario, claims, { runs, seed, drivers: false, overrides: { 'intervener.troops': 1_000, 'defender.cohesion': 0.4 } });
    expect(verdict.checks[0]).toMatchObject({ troops: 40_000, objective: 'country' });
    const direct = summarize(runBatch(scenario, { runs, seed, overrides: { 'defender.cohesion': 0.4 } }), seed);
    expect(verdict.checks[0].measured).toBe(direct.entryRate);
    expect(claimCondition({ metric: 'entryRate', op: '>=', value: 0 }, threeRegions({ objective: { kind: 'capital' } }))).toEqual({ troops: 40_000, objective: 'capital' });
  });

  it('names as driver the input whose range moves the key figure most, or none', () => {
    const scenario = threeRegions({
      claims: [
        claim('key', [{ metric: 'successRate', troops: 60_000, objective: 'country', op: '>', value: 0.1 }]),
        // With no troops nothing is ever entered, whatever the inputs: no driver.
        claim('nothing', [{ metric: 'entryRate', troops: 0, objective: 'country', op: '<', value: 0.5 }]),
      ],
    });
    // 'nothing' agrees for a reason independent of the engine: with 0 troops the day-1 ratio is 0,
    // the CRT chance 0, and no region is ever entered (entry rate exactly 0 < 0.5).
    const [key, nothing] = evaluateClaims(scenario, { runs: 100, seed, sensitivityRuns: 100 });
    const bars = sensitivity(scenario, { metric: 'successRate', runs: 100, seed, troops: 60_000, objective: 'country' });
    expect(bars[0].swing).toBeGreaterThan(0);
    expect(key.driver).toEqual(bars[0]);
    expect(nothing.driver).toBeNull();
    expect(nothing.checks[0].measured).toBe(0);
    expect(nothing.verdict).toBe('agrees');
  });
});
