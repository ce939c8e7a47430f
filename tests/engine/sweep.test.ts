// Sweeps over troop levels (run-major, common random numbers) and the inverse question.
import { describe, expect, it } from 'vitest';
import { resolveInputs } from '../../src/model/resolve';
import { runBatch, summarize } from '../../src/engine/batch';
import { DEFAULT_PARAMETERS } from '../../src/model/parameters';
import { mergeSweepTallies, runVariants, sweep, sweepPoints, sweepTallies, troopsForSuccess } from '../../src/engine/sweep';
import { oneRegion, threeRegions } from './batch-fixtures';

const LEVELS = [0, 5_000, 10_000, 20_000, 40_000, 60_000, 90_000, 150_000];

describe('sweep', () => {
  const scenario = threeRegions();

  it('equals separate batches at each level', () => {
    const points = sweep(scenario, { troops: LEVELS, runs: 120, seed: 'sw', overrides: { 'defender.cohesion': 0.8 } });
    expect(points.map((p) => p.troops)).toEqual(LEVELS);
    LEVELS.forEach((troops, i) => {
      const tally = runBatch(scenario, { runs: 120, seed: 'sw', overrides: { 'defender.cohesion': 0.8, 'intervener.troops': troops } });
      expect(points[i].tally).toEqual(tally);
      const { tally: _t, troopsPerThousand, ...summary } = points[i];
      expect(summary).toEqual(summarize(tally, 'sw'));
      expect(troopsPerThousand).toBeCloseTo(troops / 6000, 12);
    });
  });

  it('split by run ranges and merged equals the sweep in one piece', () => {
    const whole = sweepTallies(scenario, { troops: LEVELS, runs: 90, seed: 'm' });
    const a = sweepTallies(scenario, { troops: LEVELS, runs: 33, seed: 'm' });
    const b = sweepTallies(scenario, { troops: LEVELS, runs: 57, seed: 'm', firstRun: 33 });
    expect(mergeSweepTallies(a, b)).toEqual(whole);
    expect(sweepPoints(mergeSweepTallies(a, b), 'm', 6_000_000)).toEqual(sweep(scenario, { troops: LEVELS, runs: 90, seed: 'm' }));
  });

  it('refuses variants with different boards (the draw layout depends on the region count)', () => {
    expect(() => runVariants([resolveInputs(scenario), resolveInputs(oneRegion())], DEFAULT_PARAMETERS, { runs: 1, seed: 's' })).toThrow(/same regions/);
    expect(runVariants([], DEFAULT_PARAMETERS, { runs: 5, seed: 's' })).toEqual([]);
  });

  it('entry rate never falls as troops rise (common random numbers), over seeds and objectives', () => {
    const levels = [0, 2_000, 5_000, 10_000, 15_000, 20_000, 30_000, 45_000, 70_000, 100_000, 200_000];
    for (const seed of ['1', '2', '3']) {
      for (const objective of ['capital', 'country'] as const) {
        const points = sweep(scenario, { troops: levels, runs: 150, seed, objective });
        for (let i = 1; i < points.length; i++) expect(points[i].entryRate).toBeGreaterThanOrEqual(points[i - 1].entryRate);
        // Not flat: the sweep spans the interesting range. At 0 troops the day-1 ratio is 0 and the
        // CRT chance 0, so nothing is ever entered. At 200,000 the capital (11,600 regulars, urban)
        // gets all of them (capital objective, R0 ≈ 28) or its R*-need (country, R0 = 3 at the
        // nominal quality): the entry oracle gives more than 97% either way.
        expect(points[0].entryRate).toBe(0);
        expect(points[points.length - 1].entryRate).toBeGreaterThan(0.9);
      }
    }
  });
});

describe('troopsForSuccess', () => {
  it('answers where the success curve crosses the target', () => {
    const scenario = threeRegions({ objective: { kind: 'capital' } });
    const options = { runs: 200, seed: 'inv', max: 100_000, resolution: 500 };
    for (const target of [0.5, 0.8]) {
      const answer = troopsForSuccess(scenario, target, options);
      expect(answer).not.toBeNull();
      const rateAt = (troops: number) => summarize(runBatch(scenario, { runs: 200, seed: 'inv', overrides: { 'intervener.troops': troops } }), 'inv').successRate;
      expect(rateAt(answer!.troops)).toBeGreaterThanOrEqual(target);
      expect(answer!.rate).toBe(rateAt(answer!.troops));
      expect(rateAt(answer!.troops - 500)).toBeLessThan(target);
      expect(answer!.low).toBeLessThanOrEqual(answer!.troops);
      expect(answer!.high).toBeGreaterThanOrEqual(answer!.troops);
      expect(answer!.high - answer!.low).toBeGreaterThan(0);
      expect(answer!.troops % 500).toBe(0);
    }
  });

  it('a higher target needs at least as many troops', () => {
    const scenario = oneRegion();
    const options = { runs: 300, seed: 'mono', max: 50_000, resolution: 250 };
    const a = troopsForSuccess(scenario, 0.5, options)!;
    const b = troopsForSuccess(scenario, 0.9, options)!;
    expect(b.troops).toBeGreaterThanOrEqual(a.troops);
  });

  it('null when the target is not reached by max; min when already reached there', () => {
    const scenario = threeRegions();
    expect(troopsForSuccess(scenario, 0.9, { runs: 50, seed: 'x', max: 5_000 })).toBeNull();
    const easy = troopsForSuccess(oneRegion(), 0.01, { runs: 100, seed: 'x', min: 40_000, max: 60_000 });
    expect(easy?.troops).toBe(40_000);
    expect(() => troopsForSuccess(scenario, 1.5, { runs: 10, seed: 'x' })).toThrow(/between 0 and 1/);
  });

  it('uses the same resolved population as the sweep (troops per 1,000)', () => {
    const points = sweep(threeRegions(), { troops: [30_000], runs: 5, seed: 'p', overrides: { 'population.total': 3_000_000 } });
    expect(points[0].troopsPerThousand).toBeCloseTo(10, 12);
    expect(resolveInputs(threeRegions(), { 'population.total': 3_000_000 }).population).toBe(3_000_000);
  });
});
