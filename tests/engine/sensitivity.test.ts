// Tornado bars: ranges (published or ±50% clamped), ordering by swing, base figures that equal a
// batch, and sign sanity under common random numbers.
import { describe, expect, it } from 'vitest';
import { resolveInputs } from '../../src/model/resolve';
import { runBatch, summarize } from '../../src/engine/batch';
import { inputRanges, sensitivity } from '../../src/engine/sensitivity';
import { sweep } from '../../src/engine/sweep';
import { src, threeRegions } from './batch-fixtures';

describe('inputRanges', () => {
  it("uses the declared range where there is one (its kind the value's status) and ±50% clamped to the bounds otherwise", () => {
    const scenario = threeRegions();
    // The fixture's values are design choices ("Design choice: test fixture"), so their ranges are design ranges.
    const ranges = new Map(inputRanges(scenario, resolveInputs(scenario), {}).map((r) => [r.spec.path, r]));
    expect(ranges.get('population.hostility')).toMatchObject({ low: 0.15, high: 0.35, base: 0.25, rangeKind: 'design' });
    expect(ranges.get('defender.regulars')).toMatchObject({ low: 15_000, high: 30_000, rangeKind: 'design' });
    // A published value's range is a published range; a derived value's, a derived range.
    const published = threeRegions({ defender: { ...scenario.defender, regulars: { ...scenario.defender.regulars, source: 'A published count', status: 'published' } } });
    expect(inputRanges(published, resolveInputs(published), {}).find((r) => r.spec.path === 'defender.regulars')).toMatchObject({ rangeKind: 'published' });
    const derived = threeRegions({ defender: { ...scenario.defender, regulars: { ...scenario.defender.regulars, status: 'derived' } } });
    expect(inputRanges(derived, resolveInputs(derived), {}).find((r) => r.spec.path === 'defender.regulars')).toMatchObject({ rangeKind: 'derived' });
    // Cohesion 1 ± 50% is clamped to its bound 1.
    expect(ranges.get('defender.cohesion')).toMatchObject({ low: 0.5, high: 1, base: 1, rangeKind: 'assumed ±50%' });
    // Integer inputs stay whole.
    expect(ranges.get('intervener.rotationMonth')).toMatchObject({ low: 6, high: 18 });
    expect(ranges.has('intervener.troops')).toBe(false);
    expect(ranges.has('objective.holdMonths')).toBe(false);
    const withTroops = inputRanges(scenario, resolveInputs(scenario), {}, { includeTroops: true });
    expect(withTroops.some((r) => r.spec.path === 'intervener.troops')).toBe(true);
  });

  it('includes the months to hold only for a limited objective, and takes overridden values as base', () => {
    const limited = threeRegions({ objective: { kind: 'limited', region: 'hills', holdMonths: src(2) } });
    const overrides = { 'defender.cohesion': 0.6 };
    const ranges = new Map(inputRanges(limited, resolveInputs(limited, overrides), overrides).map((r) => [r.spec.path, r]));
    expect(ranges.get('objective.holdMonths')).toMatchObject({ low: 1, high: 3, base: 2 });
    expect(ranges.get('defender.cohesion')).toMatchObject({ low: 0.3, high: 0.9, base: 0.6 });
  });
});

describe('sensitivity', () => {
  const scenario = threeRegions();

  it('gives sorted bars whose figures equal batches at the range ends', () => {
    const bars = sensitivity(scenario, { metric: 'successRate', runs: 120, seed: 'tor', troops: 80_000 });
    for (let i = 1; i < bars.length; i++) expect(bars[i].swing).toBeLessThanOrEqual(bars[i - 1].swing);
    const hostility = bars.find((b) => b.path === 'population.hostility')!;
    const at = (g: number) => summarize(runBatch(scenario, { runs: 120, seed: 'tor', overrides: { 'intervener.troops': 80_000, 'population.hostility': g } }), 'tor').successRate;
    expect(hostility.metricAtLow).toBe(at(0.15));
    expect(hostility.metricAtHigh).toBe(at(0.35));
    expect(hostility.metricAtBase).toBe(at(0.25));
    expect(hostility.swing).toBeCloseTo(Math.abs(at(0.35) - at(0.15)), 12);
    expect(bars[0].swing).toBeGreaterThan(0);
  });

  it('more hostility never raises country success (common random numbers)', () => {
    for (const troops of [60_000, 120_000]) {
      const rates = [0.1, 0.2, 0.3, 0.4, 0.5, 0.7].map((g) => summarize(runBatch(scenario, { runs: 150, seed: 'g', overrides: { 'intervener.troops': troops, 'population.hostility': g } }), 'g').successRate);
      for (let i = 1; i < rates.length; i++) expect(rates[i]).toBeLessThanOrEqual(rates[i - 1]);
      expect(rates[0]).toBeGreaterThan(rates[rates.length - 1]);
      const bar = sensitivity(scenario, { metric: 'successRate', runs: 150, seed: 'g', troops }).find((b) => b.path === 'population.hostility')!;
      expect(bar.metricAtHigh).toBeLessThanOrEqual(bar.metricAtLow);
    }
  });

  it('more cohesion never raises the entry rate, and more quality never lowers it', () => {
    const bars = sensitivity(scenario, { metric: 'entryRate', runs: 150, seed: 'c', troops: 15_000, objective: 'capital' });
    const cohesion = bars.find((b) => b.path === 'defender.cohesion')!;
    const quality = bars.find((b) => b.path === 'intervener.quality')!;
    expect(cohesion.metricAtHigh).toBeLessThanOrEqual(cohesion.metricAtLow);
    expect(quality.metricAtHigh).toBeGreaterThanOrEqual(quality.metricAtLow);
    expect(quality.swing).toBeGreaterThan(0);
  });

  it('the base figure equals the sweep at the same troop level', () => {
    const bars = sensitivity(scenario, { metric: 'entryRate', runs: 80, seed: 'b', troops: 30_000 });
    const point = sweep(scenario, { troops: [30_000], runs: 80, seed: 'b' })[0];
    expect(bars[0].metricAtBase).toBe(point.entryRate);
  });
});
