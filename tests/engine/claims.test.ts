// Claim evaluation on fixture claims: measured figures equal batch figures, comparison operators,
// "agrees" only when every check holds, and the driver is the top tornado bar.
import { describe, expect, it } from 'vitest';
import { runBatch, summarize } from '../../src/engine/batch';
import { checkHolds, evaluateClaimList, evaluateClaims } from '../../src/engine/claims';
import { sensitivity } from '../../src/engine/sensitivity';
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
    const scenario = threeRegions({
      claims: [
        claim('low-force-fails', [{ metric: 'successRate', troops: 5_000, objective: 'country', op: '<', value: 0.05 }]),
        claim('big-force-seizes-capital', [
          { metric: 'entryRate', troops: 150_000, objective: 'capital', op: '>=', value: 0.9 },
          { metric: 'successRate', troops: 150_000, objective: 'capital', op: '>=', value: 0.9 },
        ]),
        // One check holds, one fails → disagrees.
        claim('mixed', [
          { metric: 'successRate', troops: 5_000, objective: 'country', op: '<', value: 0.05 },
          { metric: 'entryFailedShare', troops: 150_000, objective: 'capital', op: '>', value: 0.5 },
        ], 'disagrees'),
        // No troops or objective given: the scenario's own (40,000, country).
        claim('defaults', [{ metric: 'stabilizedShare', op: '<=', value: 1 }]),
      ],
    });
    const verdicts = evaluateClaims(scenario, { runs, seed, drivers: false });
    expect(verdicts.map((v) => v.id)).toEqual(['low-force-fails', 'big-force-seizes-capital', 'mixed', 'defaults']);

    const rate = (troops: number, objective: 'capital' | 'country', key: 'entryRate' | 'successRate') =>
      summarize(runBatch(scenario, { runs, seed, overrides: { 'intervener.troops': troops }, objective }), seed)[key];

    const [low, big, mixed, defaults] = verdicts;
    expect(low.checks[0].measured).toBe(rate(5_000, 'country', 'successRate'));
    expect(low.verdict).toBe(low.checks[0].measured < 0.05 ? 'agrees' : 'disagrees');
    expect(low.verdict).toBe('agrees');
    expect(big.checks[0].measured).toBe(rate(150_000, 'capital', 'entryRate'));
    expect(big.checks[1].measured).toBe(rate(150_000, 'capital', 'successRate'));
    expect(big.checks.every((c) => c.holds)).toBe(big.verdict === 'agrees');
    expect(mixed.checks.map((c) => c.holds)).toEqual([true, false]);
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

  it('names as driver the input whose range moves the key figure most, or none', () => {
    const scenario = threeRegions({
      claims: [
        claim('key', [{ metric: 'successRate', troops: 60_000, objective: 'country', op: '>', value: 0.1 }]),
        // With no troops nothing is ever entered, whatever the inputs: no driver.
        claim('nothing', [{ metric: 'entryRate', troops: 0, objective: 'country', op: '<', value: 0.5 }]),
      ],
    });
    const [key, nothing] = evaluateClaims(scenario, { runs: 100, seed, sensitivityRuns: 100 });
    const bars = sensitivity(scenario, { metric: 'successRate', runs: 100, seed, troops: 60_000, objective: 'country' });
    expect(bars[0].swing).toBeGreaterThan(0);
    expect(key.driver).toEqual(bars[0]);
    expect(nothing.driver).toBeNull();
    expect(nothing.verdict).toBe('agrees');
  });
});
