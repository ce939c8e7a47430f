// The analysis screen's pure helpers in node: the uncertainty band's definition (from the one
// definition of ranges), the swept levels, the density figures, the one Wilson interval, and that
// the screen's sweep slices merge exactly. (The inverse question is the service's: tests/analysis.)
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { parseScenario } from '../../src/engine/scenario';
import { gridLevels, refinedLevels } from '../../src/ui/analysis/curve';
import { HISTORICAL_DENSITIES, QUINLIVAN_BANDS, troopsPerThousand } from '../../src/ui/analysis/densities';
import { claimsForMarker, markersFor } from '../../src/ui/analysis/markers';
import { bandDefinition, PESSIMISTIC_END } from '../../src/analysis/band';
import { mergeResults, runQuery, splitQuery } from '../../src/analysis/service';
import { BAND_RUNS, DISPLAY_RUNS, type SweepQuery } from '../../src/analysis/queries';
import { curveQueries, inverseQueries } from '../../src/ui/analysis/queries';
import { wilsonInterval } from '../../src/engine/batch';
import { claimCondition, claimPlan, conditionKey } from '../../src/engine/claims';
import { inputRanges } from '../../src/engine/sensitivity';
import { resolveInputs } from '../../src/model/resolve';
import type { Overrides, Scenario } from '../../src/model/types';
import { isScenarioFileName } from '../../src/model/scenario-schema';

function load(id: string): Scenario {
  const parsed = parseScenario(JSON.parse(readFileSync(`scenarios/${id}.json`, 'utf8')));
  if (!parsed.ok) throw new Error(`scenario ${id} does not parse`);
  return parsed.scenario;
}

describe('Wilson interval', () => {
  it('matches the closed form and pins the ends at 0 and 1', () => {
    const [lo, hi] = wilsonInterval(50, 100);
    expect(lo).toBeCloseTo(0.4038, 4);
    expect(hi).toBeCloseTo(0.5962, 4);
    expect(wilsonInterval(0, 100)[0]).toBe(0);
    expect(wilsonInterval(100, 100)[1]).toBe(1);
  });
});

describe('levels and band', () => {
  const scenario = load('venezuela-2025-buildup');

  it('sweeps 0-300,000 and adds the marker, claim and current levels', () => {
    expect(gridLevels(16)).toEqual(Array.from({ length: 16 }, (_, i) => i * 20_000));
    const levels = refinedLevels(scenario, 12_345);
    expect(markersFor(scenario).length).toBe(5);
    for (const m of markersFor(scenario)) expect(levels).toContain(m.troops);
    expect(levels).toContain(12_345);
    expect(levels[0]).toBe(0);
    expect(levels[levels.length - 1]).toBe(300_000);
    expect([...levels].sort((a, b) => a - b)).toEqual(levels);
    expect(new Set(levels).size).toBe(levels.length);
  });

  it('the curve runs DISPLAY_RUNS on every 10,000 troops plus the marked levels; the band and its inverse answers run BAND_RUNS', () => {
    const setup = { scenario, overrides: {}, seed: 'levels' };
    const curves = curveQueries(setup);
    for (let troops = 0; troops <= 300_000; troops += 10_000) expect(curves.refined.levels).toContain(troops);
    expect(curves.refined.levels).toEqual(refinedLevels(scenario, scenario.intervener.troops.value));
    expect(curves.refined.runs).toBe(DISPLAY_RUNS);
    expect(curves.claims.runs).toBe(DISPLAY_RUNS);
    // The band is drawn against the curve level by level: the same levels, its own (fewer) runs.
    expect(curves.refinedBand.levels).toEqual(curves.refined.levels);
    expect(curves.refinedBand.runs).toBe(BAND_RUNS);
    expect(BAND_RUNS).toBeLessThan(DISPLAY_RUNS);
    const inverse = inverseQueries(setup, 0.5);
    expect(inverse.central.runs).toBe(DISPLAY_RUNS);
    expect(inverse.optimistic?.runs).toBe(BAND_RUNS);
    expect(inverse.pessimistic?.runs).toBe(BAND_RUNS);
    expect(inverse.optimistic?.overrides).toEqual(bandDefinition(scenario, {}).optimistic);
  });

  it('moves every input with a published range of known direction to its ends, except those the student set', () => {
    const band = bandDefinition(scenario, {});
    // The one definition of ranges (engine inputRanges), its published ones.
    const ranged = inputRanges(scenario, resolveInputs(scenario), {})
      .filter((r) => r.rangeKind === 'published' && r.low < r.high && PESSIMISTIC_END[r.spec.path])
      .map((r) => ({ path: r.spec.path, range: [r.low, r.high] }));
    // The build-up publishes ranges of known direction (population, regulars, posture, hostility…):
    // the loop below has inputs to check.
    expect(ranged.length).toBeGreaterThanOrEqual(4);
    expect(band.moved.map((m) => m.path)).toEqual(ranged.map((r) => r.path));
    for (const input of band.moved) {
      const hurts = PESSIMISTIC_END[input.path] === 'high' ? input.high : input.low;
      const helps = PESSIMISTIC_END[input.path] === 'high' ? input.low : input.high;
      // The band's range is the scenario's published range.
      const published = ranged.find((r) => r.path === input.path)!.range;
      expect([input.low, input.high]).toEqual(published);
      expect(band.pessimistic[input.path]).toBe(hurts);
      expect(band.optimistic[input.path]).toBe(helps);
    }
    const set = bandDefinition(scenario, { 'population.hostility': 0.25 });
    expect(set.moved.some((m) => m.path === 'population.hostility')).toBe(false);
    expect(set.pessimistic['population.hostility']).toBe(0.25);
    expect(set.optimistic['population.hostility']).toBe(0.25);
    // As sweep variants on top of the user's overrides, the same override sets.
    expect({ 'population.hostility': 0.25, ...set.variants[0] }).toEqual(set.pessimistic);
    expect({ 'population.hostility': 0.25, ...set.variants[1] }).toEqual(set.optimistic);
  });

  it('puts the pessimistic curve at or below the optimistic one at the published levels', () => {
    const band = bandDefinition(scenario, {});
    const { points } = runQuery({ kind: 'sweep', scenario, seed: 'band', levels: [50_000, 150_000, 300_000], runs: 200, variants: band.variants });
    const low = points.slice(0, 3);
    const high = points.slice(3);
    low.forEach((p, i) => {
      expect(p.tally.success).toBeLessThanOrEqual(high[i].tally.success);
    });
    expect(high.some((p, i) => p.tally.success > low[i].tally.success)).toBe(true);
  });
});

describe('sweep slices', () => {
  it('merge to exactly the whole run range, in any order (what the worker pool relies on)', () => {
    const scenario = load('venezuela-planners');
    const variants: Overrides[] = [{}, { 'population.hostility': 0.2 }];
    const query: SweepQuery = { kind: 'sweep', scenario, overrides: {}, seed: 'merge', levels: [10_000, 100_000, 150_000], variants, runs: 90 };
    const whole = runQuery(query);
    const [a, b, c] = splitQuery(query, [25, 40, 25]).map((slice) => runQuery(slice));
    expect(mergeResults(query, mergeResults(query, a, b), c)).toEqual(whole);
    expect(mergeResults(query, c, mergeResults(query, b, a))).toEqual(whole);
    expect(whole.points.length).toBe(6);
    expect(whole.points.map((p) => p.troops)).toEqual([10_000, 100_000, 150_000, 10_000, 100_000, 150_000]);
  });
});

describe('densities and markers', () => {
  it('match figures.md: 10,000 and 150,000 in Venezuela are 0.35 and 5.3 per 1,000', () => {
    const population = load('venezuela-2025-buildup').population.total.value;
    expect(troopsPerThousand(10_000, population)).toBeCloseTo(0.352, 3);
    expect(troopsPerThousand(150_000, population)).toBeCloseTo(5.28, 2);
    expect(HISTORICAL_DENSITIES.find((h) => h.id === 'grenada')!.low).toBe(77);
    expect(HISTORICAL_DENSITIES.find((h) => h.id === 'panama')!.low).toBe(11.5);
    expect(HISTORICAL_DENSITIES.find((h) => h.id === 'afghanistan')!.low).toBe(0.27);
    for (const h of HISTORICAL_DENSITIES) {
      expect(h.source.length).toBeGreaterThan(5);
      expect(h.low).toBeLessThanOrEqual(h.high);
    }
    expect(QUINLIVAN_BANDS.map((b) => [b.low, b.high])).toEqual([
      [1, 4],
      [20, Infinity],
    ]);
  });

  it('every shipped claim is reachable: from a marker card or listed, and its conditions are computed', () => {
    const files = readdirSync('scenarios').filter(isScenarioFileName);
    expect(files.length).toBeGreaterThanOrEqual(7);
    let checks = 0;
    let markedClaims = 0;
    for (const file of files) {
      const scenario = load(file.replace(/\.json$/, ''));
      const conditions = claimPlan(scenario, scenario.claims).conditions.map(conditionKey);
      for (const claim of scenario.claims) {
        for (const check of claim.checks) {
          checks++;
          expect(conditions).toContain(conditionKey(claimCondition(check, scenario)));
        }
      }
      const marked = new Set(markersFor(scenario).flatMap((m) => claimsForMarker(m, scenario).map((c) => c.id)));
      for (const id of marked) {
        markedClaims++;
        expect(scenario.claims.some((c) => c.id === id)).toBe(true);
      }
    }
    // The loops ran: the shipped files hold 17 claim checks, and marker cards carry some claims.
    expect(checks).toBeGreaterThanOrEqual(17);
    expect(markedClaims).toBeGreaterThan(0);
  });
});

describe('claims on marker cards', () => {
  it('go to the nearest published force size only', () => {
    const scenario = load('venezuela-2025-buildup');
    const at30 = scenario.claims.filter((c) => c.checks.some((k) => k.troops === 30_000));
    expect(at30.length).toBeGreaterThan(0);
    const thirty = markersFor(scenario).find((m) => m.troops === 30_000)!;
    const panama = markersFor(scenario).find((m) => m.troops === 27_684)!;
    for (const claim of at30) {
      expect(claimsForMarker(thirty, scenario)).toContain(claim);
      expect(claimsForMarker(panama, scenario)).not.toContain(claim);
    }
  });
});
