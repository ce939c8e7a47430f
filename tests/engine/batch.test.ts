// Batches: split/merge equality, summaries against hand computations and against a direct loop
// over runCampaign, Wilson intervals, objective overrides.
import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMETERS } from '../../src/model/parameters';
import { resolveInputs } from '../../src/model/resolve';
import { OUTCOME_CLASSES, type OutcomeClass, type RunOutcome } from '../../src/model/types';
import { addOutcome, capitalDayPercentiles, emptyTally, histogramPercentile, mergeTallies, runBatch, runBatchInputs, summarize, wilsonInterval, withObjective } from '../../src/engine/batch';
import { runCampaign } from '../../src/engine/campaign';
import { drawCount, fillDraws } from '../../src/engine/rng';
import { oneRegion, threeRegions } from './batch-fixtures';
import { enteredOverQuality } from './walk-oracle';

const outcome = (over: Partial<RunOutcome>): RunOutcome => ({
  run: 0,
  entered: false,
  success: false,
  outcome: 'entry-failed',
  capitalDay: null,
  enteredPopulationShare: 0,
  stabilizedPopulationShare: 0,
  ...over,
});

describe('runBatch split and merge', () => {
  const scenario = threeRegions();
  const runs = 240;
  const whole = runBatch(scenario, { runs, seed: 'split' });

  it('a batch split at any point and merged equals the batch in one piece', () => {
    for (const cut of [0, 1, 97, 150, 239, 240]) {
      const a = runBatch(scenario, { runs: cut, seed: 'split' });
      const b = runBatch(scenario, { runs: runs - cut, seed: 'split', firstRun: cut });
      expect(mergeTallies(a, b)).toEqual(whole);
      expect(mergeTallies(b, a)).toEqual(whole);
    }
  });

  it('a three-way split in any grouping gives the same summary', () => {
    const parts = [
      [0, 50],
      [50, 170],
      [170, 240],
    ].map(([from, to]) => runBatch(scenario, { runs: to - from, seed: 'split', firstRun: from }));
    const left = mergeTallies(mergeTallies(parts[0], parts[1]), parts[2]);
    const right = mergeTallies(parts[0], mergeTallies(parts[1], parts[2]));
    expect(summarize(left, 'split')).toEqual(summarize(whole, 'split'));
    expect(summarize(right, 'split')).toEqual(summarize(whole, 'split'));
  });

  it('counts what a direct loop over runCampaign sees', () => {
    const params = DEFAULT_PARAMETERS;
    const inputs = resolveInputs(scenario, {}, params);
    const draws = new Float64Array(drawCount(inputs.regionIds.length, params));
    const byClass: Record<OutcomeClass, number> = { 'entry-failed': 0, failed: 0, contested: 0, stabilized: 0 };
    let entered = 0;
    let success = 0;
    let enteredShare = 0;
    const days: number[] = [];
    for (let run = 0; run < runs; run++) {
      fillDraws('split', run, draws);
      const out = runCampaign(inputs, params, draws, run);
      byClass[out.outcome] += 1;
      if (out.entered) entered += 1;
      if (out.success) success += 1;
      enteredShare += out.enteredPopulationShare;
      if (out.capitalDay !== null) days.push(out.capitalDay);
    }
    const summary = summarize(whole, 'split');
    expect(summary.runs).toBe(runs);
    expect(summary.entryRate).toBe(entered / runs);
    expect(summary.successRate).toBe(success / runs);
    for (const kind of OUTCOME_CLASSES) expect(summary.outcomeShares[kind]).toBe(byClass[kind] / runs);
    expect(summary.meanEnteredPopulationShare).toBeCloseTo(enteredShare / runs, 8);
    expect(summary.capitalDayCounts.reduce((a, b) => a + b, 0)).toBe(days.length);
    // Percentiles from the histogram equal nearest-rank percentiles of the sorted raw days. The
    // fixture is chosen so that the batch is not degenerate: enough capital days for five distinct
    // ranks (with none, the comparison below would have nothing to compare).
    expect(days.length).toBeGreaterThanOrEqual(20);
    expect(entered).toBeGreaterThan(0);
    days.sort((a, b) => a - b);
    const nearestRank = (q: number) => days[Math.max(1, Math.ceil(q * days.length)) - 1];
    expect(summary.capitalDays).toEqual({ p10: nearestRank(0.1), p25: nearestRank(0.25), median: nearestRank(0.5), p75: nearestRank(0.75), p90: nearestRank(0.9) });
  });

  it('is deterministic in its seed and sensitive to it', () => {
    expect(runBatch(scenario, { runs: 60, seed: 'a' })).toEqual(runBatch(scenario, { runs: 60, seed: 'a' }));
    expect(runBatch(scenario, { runs: 60, seed: 'a' })).not.toEqual(runBatch(scenario, { runs: 60, seed: 'b' }));
  });

  it('applies overrides like resolveInputs does', () => {
    const viaOverride = runBatch(scenario, { runs: 80, seed: 'o', overrides: { 'intervener.troops': 90_000 } });
    const inputs = { ...resolveInputs(scenario), troops: 90_000 };
    expect(viaOverride).toEqual(runBatchInputs(inputs, DEFAULT_PARAMETERS, { runs: 80, seed: 'o' }));
    expect(viaOverride.troops).toBe(90_000);
  });

  it('an objective override equals a scenario written with that objective', () => {
    const asCapital = threeRegions({ objective: { kind: 'capital' } });
    expect(runBatch(scenario, { runs: 80, seed: 'obj', objective: 'capital' })).toEqual(runBatch(asCapital, { runs: 80, seed: 'obj' }));
    const limited = withObjective(resolveInputs(scenario), 'limited', scenario);
    // No region named: the least-populated region is held.
    expect(limited.keyRegion).toBe(2);
    const named = withObjective(resolveInputs(scenario), 'limited', threeRegions({ objective: { kind: 'country', region: 'plains' } }));
    expect(named.keyRegion).toBe(1);
  });

  it('rejects a bad run range', () => {
    expect(() => runBatch(scenario, { runs: -1, seed: 's' })).toThrow(/runs/);
    expect(() => runBatch(scenario, { runs: 2.5, seed: 's' })).toThrow(/runs/);
    expect(() => runBatch(scenario, { runs: 2, seed: 's', firstRun: -3 })).toThrow(/firstRun/);
  });

  it('a one-region batch works and shares sum to 1', () => {
    const summary = summarize(runBatch(oneRegion(), { runs: 200, seed: 'one' }), 'one');
    const total = OUTCOME_CLASSES.reduce((sum, kind) => sum + summary.outcomeShares[kind], 0);
    expect(total).toBeCloseTo(1, 12);
    // Oracle: the fixture's one region is walked from R0 = 8,000·3/(3,000·1.3·1.3) ≈ 4.7 at the median
    // quality; the dynamic program of the walk, averaged over the lognormal quality, gives the rate.
    const oracle = enteredOverQuality((8_000 * 3) / (3_000 * 1.3 * 1.3), 0.25, 0, DEFAULT_PARAMETERS);
    expect(oracle).toBeGreaterThan(0.99);
    expect(Math.abs(summary.entryRate - oracle)).toBeLessThan(4.5 * Math.sqrt((oracle * (1 - oracle)) / 200) + 1 / 200);
    expect(summary.entryRate).toBe(1 - summary.outcomeShares['entry-failed']);
  });
});

describe('summary arithmetic', () => {
  it('percentiles of capital days match a hand computation (nearest rank)', () => {
    // Days 3,1,4,1,5,9,2,6,5,3 sorted: 1,1,2,3,3,4,5,5,6,9 (n = 10).
    // p10: rank ceil(1) = 1 → 1; p25: rank ceil(2.5) = 3 → 2; median: rank 5 → 3;
    // p75: rank ceil(7.5) = 8 → 5; p90: rank 9 → 6.
    const tally = emptyTally(1000);
    for (const day of [3, 1, 4, 1, 5, 9, 2, 6, 5, 3]) addOutcome(tally, outcome({ entered: true, outcome: 'contested', capitalDay: day }));
    addOutcome(tally, outcome({}));
    addOutcome(tally, outcome({}));
    const summary = summarize(tally, 's');
    expect(summary.capitalDays).toEqual({ p10: 1, p25: 2, median: 3, p75: 5, p90: 6 });
    expect(summary.capitalDayCounts).toEqual([2, 1, 2, 1, 2, 1, 0, 0, 1]);
    expect(summary.entryRate).toBeCloseTo(10 / 12, 12);
    expect(summary.outcomeShares).toEqual({ 'entry-failed': 2 / 12, failed: 0, contested: 10 / 12, stabilized: 0 });
  });

  it('no entry → no percentiles; an empty tally has zero rates', () => {
    expect(capitalDayPercentiles([0, 0, 0])).toBeNull();
    expect(histogramPercentile([], 0.5)).toBeNull();
    const summary = summarize(emptyTally(0), 's');
    expect(summary.entryRate).toBe(0);
    expect(summary.successInterval).toEqual([0, 1]);
  });

  it('mean shares are exact after merging in any order', () => {
    const shares = [0.1826, 0.2533, 0.1, 0.3, 0.0741, 0.7];
    const tallies = shares.map((share) => {
      const t = emptyTally(5);
      addOutcome(t, outcome({ entered: true, outcome: 'failed', capitalDay: 4, enteredPopulationShare: share }));
      return t;
    });
    const forward = tallies.reduce(mergeTallies);
    const backward = [...tallies].reverse().reduce(mergeTallies);
    expect(forward).toEqual(backward);
    expect(summarize(forward, 's').meanEnteredPopulationShare).toBeCloseTo(shares.reduce((a, b) => a + b) / shares.length, 12);
  });

  it('refuses to merge tallies of different troop levels', () => {
    expect(() => mergeTallies(emptyTally(1), emptyTally(2))).toThrow(/merge/);
  });

  it('Wilson interval matches published values', () => {
    // 95% Wilson intervals: 5/10 → (0.2366, 0.7634); 0/10 → (0, 0.2775); 10/10 → (0.7225, 1); 81/263 → (0.2553, 0.3662).
    const close = (got: [number, number], want: [number, number]) => {
      expect(got[0]).toBeCloseTo(want[0], 4);
      expect(got[1]).toBeCloseTo(want[1], 4);
    };
    close(wilsonInterval(5, 10), [0.2366, 0.7634]);
    close(wilsonInterval(0, 10), [0, 0.2775]);
    close(wilsonInterval(10, 10), [0.7225, 1]);
    close(wilsonInterval(81, 263), [0.2553, 0.3662]);
  });
});
