// Each query of the analysis service equals an independent computation of the same question with the
// engine's primitives: summary = runBatch + summarize; runset = runOne run by run; sweep = a batch at
// each level (and variant); claims = a batch at each check's condition under the one rule; inverse =
// brackets the crossing of a fine sweep; tornado = batches at both ends of each range. And every
// result carries its query's record.
import { describe, expect, it } from 'vitest';
import type { SensitivityBar } from '../../src/model/types';
import { AnalysisError, errorData } from '../../src/analysis/errors';
import { describeQuery, queryKey, runQuery, sliceKey } from '../../src/analysis/service';
import type { ClaimsQuery, InverseQuery, SummaryQuery, SweepQuery, TornadoQuery } from '../../src/analysis/queries';
import { runBatch, summarize, withObjective } from '../../src/engine/batch';
import { runOne } from '../../src/engine/campaign';
import { checkHolds, evaluateClaims } from '../../src/engine/claims';
import { metricValue } from '../../src/engine/metrics';
import { inputRanges, sensitivity } from '../../src/engine/sensitivity';
import { troopsForSuccess } from '../../src/engine/sweep';
import { MODEL_VERSION } from '../../src/model/parameters';
import { resolveInputs } from '../../src/model/resolve';
import type { Overrides } from '../../src/model/types';
import { claim, oneRegion, threeRegions } from '../engine/batch-fixtures';

const seed = 'service';

describe('summary', () => {
  it('equals runBatch + summarize, with overrides and an objective override', () => {
    const scenario = threeRegions();
    for (const objective of [undefined, 'capital'] as const) {
      const overrides = { 'intervener.troops': 60_000, 'defender.cohesion': 0.7 };
      const query: SummaryQuery = { kind: 'summary', scenario, overrides, objective, seed, runs: 150 };
      const result = runQuery(query);
      const tally = runBatch(scenario, { runs: 150, seed, overrides, objective });
      expect(result.tally).toEqual(tally);
      expect(result.summary).toEqual(summarize(tally, seed));
      expect(result.population).toBe(resolveInputs(scenario, overrides).population);
      expect(result.query).toEqual({
        kind: 'summary',
        scenarioId: scenario.id,
        scenarioHash: result.query.scenarioHash,
        modelVersion: MODEL_VERSION,
        paramsHash: null,
        overrides: { 'defender.cohesion': 0.7 },
        objective: objective ?? 'country',
        troops: 60_000,
        seed,
        runs: 150,
        firstRun: 0,
      });
      expect(result.query.scenarioHash).toMatch(/^[0-9a-f]{14}$/);
    }
  });
});

describe('runset', () => {
  it('gives each run its own outcome, equal to runOne, and they count up to the summary tally', () => {
    const scenario = threeRegions();
    const overrides = { 'intervener.troops': 50_000 };
    const result = runQuery({ kind: 'runset', scenario, overrides, seed, runs: 40, firstRun: 7 });
    expect(result.outcomes.map((o) => o.run)).toEqual(Array.from({ length: 40 }, (_, i) => 7 + i));
    result.outcomes.forEach((o) => {
      expect(o).toEqual(runOne(scenario, overrides, seed, o.run));
    });
    const tally = runBatch(scenario, { runs: 40, firstRun: 7, seed, overrides });
    expect(result.outcomes.filter((o) => o.success).length).toBe(tally.success);
    expect(result.outcomes.filter((o) => o.entered).length).toBe(tally.entered);
  });
});

describe('sweep', () => {
  it('each level and variant equals a batch at those inputs (common random numbers change nothing per level)', () => {
    const scenario = threeRegions();
    const levels = [0, 20_000, 90_000];
    const variants: Overrides[] = [{}, { 'population.hostility': 0.35 }];
    const query: SweepQuery = { kind: 'sweep', scenario, overrides: { 'defender.cohesion': 0.8 }, seed, runs: 120, levels, variants };
    const result = runQuery(query);
    expect(result.points.map((p) => p.troops)).toEqual([...levels, ...levels]);
    variants.forEach((variant, v) => {
      levels.forEach((troops, l) => {
        const overrides = { 'defender.cohesion': 0.8, ...variant, 'intervener.troops': troops };
        const tally = runBatch(scenario, { runs: 120, seed, overrides });
        const point = result.points[v * levels.length + l];
        expect(point.tally).toEqual(tally);
        expect(point.successRate).toBe(summarize(tally, seed).successRate);
        expect(point.troopsPerThousand).toBeCloseTo(troops / (resolveInputs(scenario, overrides).population / 1000), 12);
      });
    });
    expect(result.query).toMatchObject({ kind: 'sweep', levels, variants, troops: null, objective: 'country' });
  });
});

describe('claims', () => {
  const scenario = threeRegions({
    claims: [
      claim('named', [{ metric: 'successRate', troops: 5_000, objective: 'country', op: '<', value: 0.05 }]),
      // No troops named: the scenario's published 40,000, whatever the user's troop level.
      claim('published', [
        { metric: 'entryRate', op: '>=', value: 0.5 },
        { metric: 'successRate', objective: 'capital', op: '>=', value: 0.5 },
      ]),
    ],
  });
  const overrides = { 'intervener.troops': 1_000, 'defender.cohesion': 0.6 };

  it('measures each check at the troops it names, else the published level, with the other inputs applied', () => {
    const result = runQuery({ kind: 'claims', scenario, overrides, seed, runs: 150, drivers: false });
    const [named, published] = result.verdicts;
    const batch = (troops: number, objective: 'country' | 'capital') => runBatch(scenario, { runs: 150, seed, objective, overrides: { 'defender.cohesion': 0.6, 'intervener.troops': troops } });
    expect(named.checks[0]).toMatchObject({ troops: 5_000, objective: 'country', runs: 150 });
    expect(named.checks[0].measured).toBe(metricValue(batch(5_000, 'country'), 'successRate'));
    expect(published.checks.map((c) => [c.troops, c.objective])).toEqual([
      [40_000, 'country'],
      [40_000, 'capital'],
    ]);
    expect(published.checks[0].measured).toBe(metricValue(batch(40_000, 'country'), 'entryRate'));
    expect(published.checks[1].measured).toBe(metricValue(batch(40_000, 'capital'), 'successRate'));
    for (const verdict of result.verdicts) {
      for (const check of verdict.checks) expect(check.holds).toBe(checkHolds(check.measured, check.op, check.threshold));
      expect(verdict.verdict).toBe(verdict.checks.every((c) => c.holds) ? 'agrees' : 'disagrees');
    }
    // Each condition's tally is the summary's at that condition (same runs, seed and inputs).
    for (const c of result.conditions) {
      const summary = runQuery({ kind: 'summary', scenario, overrides: { ...overrides, 'intervener.troops': c.troops }, objective: c.objective, seed, runs: 150 });
      expect(c.tally).toEqual(summary.tally);
    }
    // The record leaves out the troop level: the rule does not read it.
    expect(result.query.overrides).toEqual({ 'defender.cohesion': 0.6 });
    expect(result.query).toMatchObject({ kind: 'claims', claimIds: ['named', 'published'], drivers: false, driverRuns: 0, troops: null });
  });

  it("with ranges equals the engine's evaluateClaims: one tornado per condition, each claim's driver its widest swing over its checks", () => {
    const query: ClaimsQuery = { kind: 'claims', scenario, overrides, seed, runs: 100, driverRuns: 60 };
    const result = runQuery(query);
    expect(result.verdicts).toEqual(evaluateClaims(scenario, { runs: 100, seed, overrides, sensitivityRuns: 60 }));
    // Three distinct conditions: 5,000/country, and the published 40,000 under country and capital.
    expect(result.drivers.map((d) => [d.troops, d.objective])).toEqual([
      [5_000, 'country'],
      [40_000, 'country'],
      [40_000, 'capital'],
    ]);
    for (const driver of result.drivers) {
      const bars = sensitivity(scenario, { metric: driver.metric, runs: 60, seed, overrides, troops: driver.troops, objective: driver.objective });
      expect(driver.bar).toEqual(bars[0].swing > 0 ? bars[0] : null);
      expect(driver.query).toMatchObject({ kind: 'tornado', runs: 60, troops: driver.troops, objective: driver.objective, metric: driver.metric });
    }
    // Each claim's driver, recomputed from one tornado per check (its own metric): the bar that swings most.
    scenario.claims.forEach((spec, i) => {
      let best: SensitivityBar | null = null;
      for (const check of spec.checks) {
        const bars = sensitivity(scenario, { metric: check.metric, runs: 60, seed, overrides, troops: check.troops ?? 40_000, objective: check.objective ?? 'country' });
        for (const bar of bars) if (bar.swing > 0 && (!best || bar.swing > best.swing || (bar.swing === best.swing && bar.path < best.path))) best = bar;
      }
      expect(result.verdicts[i].driver).toEqual(best);
      expect(result.verdicts[i].range?.runs).toBe(60);
    });
  });
});

describe('inverse', () => {
  it('brackets the 50% crossing of a fine sweep, with low ≤ troops ≤ high', () => {
    const scenario = threeRegions({ objective: { kind: 'capital' } });
    const query: InverseQuery = { kind: 'inverse', scenario, seed, runs: 200, target: 0.5, max: 60_000, resolution: 500 };
    const { answer, query: record } = runQuery(query);
    expect(answer).not.toBeNull();
    const rate = (troops: number) => summarize(runBatch(scenario, { runs: 200, seed, overrides: { 'intervener.troops': troops } }), seed).successRate;
    // A fine sweep around the answer: it is where the curve first reaches 50%, to the resolution.
    expect(rate(answer!.troops)).toBeGreaterThanOrEqual(0.5);
    expect(rate(answer!.troops - 500)).toBeLessThan(0.5);
    const below = Array.from({ length: 6 }, (_, i) => answer!.troops - 500 * (i + 1)).filter((t) => t >= 0);
    for (const troops of below) expect(rate(troops)).toBeLessThan(0.5);
    expect(answer!.rate).toBe(rate(answer!.troops));
    expect(answer!.low).toBeLessThanOrEqual(answer!.troops);
    expect(answer!.high).toBeGreaterThanOrEqual(answer!.troops);
    // One algorithm: the engine's bisection.
    expect(answer).toEqual(troopsForSuccess(scenario, 0.5, { runs: 200, seed, max: 60_000, resolution: 500 }));
    expect(record).toMatchObject({ kind: 'inverse', target: 0.5, min: 0, max: 60_000, resolution: 500, troops: null });
  });

  it('is null when the target is not reached below the search top', () => {
    const { answer } = runQuery({ kind: 'inverse', scenario: threeRegions(), seed, runs: 50, target: 0.9, max: 5_000 });
    expect(answer).toBeNull();
  });
});

describe('tornado', () => {
  it('has one bar per input range (inputRanges), each end equal to a direct batch there', () => {
    const scenario = threeRegions();
    const overrides = { 'defender.cohesion': 0.8 };
    const query: TornadoQuery = { kind: 'tornado', scenario, overrides, seed, runs: 100, troops: 80_000, metric: 'successRate' };
    const result = runQuery(query);
    const inputs = resolveInputs(scenario, { ...overrides, 'intervener.troops': 80_000 });
    const ranges = inputRanges(scenario, inputs, { ...overrides, 'intervener.troops': 80_000 });
    expect(result.bars.map((b) => b.path).sort()).toEqual(ranges.map((r) => r.spec.path).sort());
    const at = (extra: Record<string, number>) => metricValue(runBatch(scenario, { runs: 100, seed, overrides: { ...overrides, 'intervener.troops': 80_000, ...extra } }), 'successRate');
    for (const bar of result.bars.slice(0, 4)) {
      expect(bar.metricAtLow).toBe(at({ [bar.path]: bar.low }));
      expect(bar.metricAtHigh).toBe(at({ [bar.path]: bar.high }));
      expect(bar.metricAtBase).toBe(at({}));
    }
    for (let i = 1; i < result.bars.length; i++) expect(result.bars[i].swing).toBeLessThanOrEqual(result.bars[i - 1].swing);
    expect(result.bars).toEqual(sensitivity(scenario, { metric: 'successRate', runs: 100, seed, overrides, troops: 80_000 }));
    expect(result.query).toMatchObject({ troops: 80_000, overrides: { 'defender.cohesion': 0.8 }, metric: 'successRate' });
  });

  it('uses the objective override as the summary does', () => {
    const scenario = oneRegion();
    const result = runQuery({ kind: 'tornado', scenario, seed, runs: 60, objective: 'capital' });
    const base = withObjective(resolveInputs(scenario), 'capital', scenario);
    expect(result.query.objective).toBe('capital');
    expect(result.query.troops).toBe(base.troops);
    expect(result.tallies[0]).toEqual(runBatch(scenario, { runs: 60, seed, objective: 'capital' }));
  });
});

describe('provenance and errors', () => {
  it('records tell one quantity from another: same query, same key; another seed, data or range, another key', () => {
    const scenario = threeRegions();
    const base: SummaryQuery = { kind: 'summary', scenario, seed, runs: 100 };
    const key = queryKey(describeQuery(base));
    // The troop level given as an override equal to the published one is the same quantity.
    expect(queryKey(describeQuery({ ...base, overrides: { 'intervener.troops': 40_000 } }))).toBe(key);
    expect(queryKey(describeQuery({ ...base, seed: 'other' }))).not.toBe(key);
    expect(queryKey(describeQuery({ ...base, scenario: threeRegions({ title: 'edited' }) }))).not.toBe(key);
    expect(queryKey(describeQuery({ ...base, firstRun: 100 }))).not.toBe(key);
    expect(sliceKey(describeQuery({ ...base, firstRun: 100 }))).toBe(sliceKey(describeQuery(base)));
    // The same data built in another key order has the same hash.
    const reordered = JSON.parse(JSON.stringify(scenario, Object.keys(scenario).reverse()));
    expect(describeQuery({ ...base, scenario: { ...reordered, ...scenario } }).scenarioHash).toBe(describeQuery(base).scenarioHash);
  });

  it('refuses bad queries with a typed error (a code and details, no sentence to parse)', () => {
    const scenario = threeRegions();
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (error) {
        expect(error).toBeInstanceOf(AnalysisError);
        return errorData(error);
      }
      throw new Error('no error');
    };
    expect(code(() => runQuery({ kind: 'summary', scenario, seed, runs: -1 }))).toEqual({ code: 'bad-run-range', details: { runs: -1, firstRun: 0 } });
    expect(code(() => runQuery({ kind: 'summary', scenario, seed, runs: 1, overrides: { 'defender.morale': 1 } }))).toEqual({ code: 'bad-override', details: { path: 'defender.morale', value: 1 } });
    expect(code(() => runQuery({ kind: 'inverse', scenario, seed, runs: 1, target: 1.5 }))).toEqual({ code: 'bad-target', details: { target: 1.5 } });
    expect(code(() => runQuery({ kind: 'inverse', scenario, seed, runs: 1, target: 0.5, min: 10, max: 5 }))).toEqual({ code: 'bad-search-range', details: { min: 10, max: 5 } });
    expect(code(() => runQuery({ kind: 'sweep', scenario, seed, runs: 1, levels: [Number.NaN] }))).toMatchObject({ code: 'bad-level' });
    expect(code(() => runQuery({ kind: 'nope', scenario, seed, runs: 1 } as never))).toEqual({ code: 'unknown-query', details: { kind: 'nope' } });
    expect(errorData(new Error('boom'))).toEqual({ code: 'engine-failure', details: { message: 'boom' } });
  });
});
