// The analysis screen's pure helpers in node: the inverse crossing, the uncertainty band's
// definition, the swept levels, the density figures, and that sweep slices merge exactly.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { parseScenario } from '../../src/engine/scenario';
import { bandDefinition, crossing, gridLevels, inverseAnswer, rangedInputs, refinedLevels, PESSIMISTIC_END } from '../../src/ui/analysis/curve';
import { HISTORICAL_DENSITIES, QUINLIVAN_BANDS, troopsPerThousand } from '../../src/ui/analysis/densities';
import { mergeSweeps, tallySweep, wilson } from '../../src/ui/analysis/jobs';
import { FORCE_MARKERS, claimsForMarker } from '../../src/ui/analysis/markers';
import { claimConditions } from '../../src/ui/analysis/controller';
import type { Overrides, Scenario, Tally } from '../../src/model/types';

function load(id: string): Scenario {
  const parsed = parseScenario(JSON.parse(readFileSync(`scenarios/${id}.json`, 'utf8')));
  if (!parsed.ok) throw new Error(`scenario ${id} does not parse`);
  return parsed.scenario;
}

function tally(troops: number, success: number, runs = 100): Tally {
  return { runs, troops, entered: success, success, outcomeCounts: [runs - success, 0, 0, success], capitalDayCounts: [], enteredPopulationNano: 0, stabilizedPopulationNano: 0 };
}

describe('inverse crossing', () => {
  it('interpolates linearly inside the first bracket that reaches the target', () => {
    expect(crossing([0, 100, 200], [0, 0.4, 0.8], 0.5)).toBeCloseTo(125, 9);
    expect(crossing([0, 100, 200], [0, 0.4, 0.8], 0.4)).toBe(100);
    // A later dip does not move the answer: the first crossing counts.
    expect(crossing([0, 100, 200, 300], [0, 0.6, 0.3, 0.9], 0.5)).toBeCloseTo(83.333333, 5);
  });

  it('answers the first level when it already reaches the target, and null when nothing does', () => {
    expect(crossing([5, 10], [0.9, 1], 0.5)).toBe(5);
    expect(crossing([0, 100, 300_000], [0, 0.2, 0.45], 0.5)).toBeNull();
  });

  it('brackets the answer with the Wilson bounds and with the band curves', () => {
    const levels = [0, 50_000, 100_000, 150_000, 200_000];
    const central = levels.map((t, i) => tally(t, [0, 20, 45, 70, 90][i]));
    const optimistic = levels.map((t, i) => tally(t, [0, 40, 70, 90, 95][i]));
    const pessimistic = levels.map((t, i) => tally(t, [0, 5, 20, 40, 55][i]));
    const answer = inverseAnswer(0.5, central, { optimistic, pessimistic });
    expect(answer.troops).toBeCloseTo(110_000, 6);
    const [early, late] = answer.sampling;
    expect(early!).toBeLessThan(answer.troops!);
    expect(late!).toBeGreaterThan(answer.troops!);
    expect(answer.inputs![0]!).toBeLessThan(answer.troops!);
    expect(answer.inputs![1]!).toBeGreaterThan(answer.troops!);
    // The sampling bounds are where the 95% Wilson ends of the same counts cross 50%.
    const upper = central.map((t) => wilson(t.success, t.runs)[1]);
    expect(early).toBeCloseTo(crossing(levels, upper, 0.5)!, 9);
  });
});

describe('Wilson interval', () => {
  it('matches the closed form and pins the ends at 0 and 1', () => {
    const [lo, hi] = wilson(50, 100);
    expect(lo).toBeCloseTo(0.4038, 4);
    expect(hi).toBeCloseTo(0.5962, 4);
    expect(wilson(0, 100)[0]).toBe(0);
    expect(wilson(100, 100)[1]).toBe(1);
  });
});

describe('levels and band', () => {
  const scenario = load('venezuela-2025-buildup');

  it('sweeps 0-300,000 and adds the marker, claim and current levels', () => {
    expect(gridLevels(16)).toEqual(Array.from({ length: 16 }, (_, i) => i * 20_000));
    const levels = refinedLevels(scenario, 12_345);
    for (const m of FORCE_MARKERS) expect(levels).toContain(m.troops);
    expect(levels).toContain(12_345);
    expect(levels[0]).toBe(0);
    expect(levels[levels.length - 1]).toBe(300_000);
    expect([...levels].sort((a, b) => a - b)).toEqual(levels);
    expect(new Set(levels).size).toBe(levels.length);
  });

  it('moves every ranged input of known direction to its ends, except those the student set', () => {
    const band = bandDefinition(scenario, {});
    const ranged = rangedInputs(scenario).filter((r) => PESSIMISTIC_END[r.path]);
    // The build-up publishes ranges of known direction (population, regulars, posture, hostility…):
    // the loop below has inputs to check.
    expect(ranged.length).toBeGreaterThanOrEqual(4);
    expect(band.moved.map((m) => m.path)).toEqual(ranged.map((r) => r.path));
    for (const input of band.moved) {
      const hurts = PESSIMISTIC_END[input.path] === 'high' ? input.range[1] : input.range[0];
      const helps = PESSIMISTIC_END[input.path] === 'high' ? input.range[0] : input.range[1];
      expect(band.pessimistic[input.path]).toBe(hurts);
      expect(band.optimistic[input.path]).toBe(helps);
    }
    const set = bandDefinition(scenario, { 'population.hostility': 0.25 });
    expect(set.moved.some((m) => m.path === 'population.hostility')).toBe(false);
    expect(set.pessimistic['population.hostility']).toBe(0.25);
    expect(set.optimistic['population.hostility']).toBe(0.25);
  });

  it('puts the pessimistic curve at or below the optimistic one at the published levels', () => {
    const band = bandDefinition(scenario, {});
    const task = { scenario, seed: 'band', levels: [50_000, 150_000, 300_000], firstRun: 0, runs: 200 };
    const low = tallySweep({ ...task, overrides: band.pessimistic });
    const high = tallySweep({ ...task, overrides: band.optimistic });
    low.forEach((t, i) => expect(t.success).toBeLessThanOrEqual(high[i].success));
  });
});

describe('sweep slices', () => {
  it('merge to exactly the whole run range, in any order (what the worker pool relies on)', () => {
    const scenario = load('venezuela-planners');
    const variants: Overrides[] = [{}, { 'population.hostility': 0.2 }];
    const task = { scenario, overrides: {}, seed: 'merge', levels: [10_000, 100_000, 150_000], variants };
    const whole = tallySweep({ ...task, firstRun: 0, runs: 90 });
    const a = tallySweep({ ...task, firstRun: 0, runs: 25 });
    const b = tallySweep({ ...task, firstRun: 25, runs: 40 });
    const c = tallySweep({ ...task, firstRun: 65, runs: 25 });
    expect(mergeSweeps(mergeSweeps(a, b), c)).toEqual(whole);
    expect(mergeSweeps(c, mergeSweeps(b, a))).toEqual(whole);
    expect(whole.length).toBe(6);
    expect(whole.map((t) => t.troops)).toEqual([10_000, 100_000, 150_000, 10_000, 100_000, 150_000]);
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
    expect(QUINLIVAN_BANDS.map((b) => [b.low, b.high])).toEqual([[1, 4], [20, Infinity]]);
  });

  it('every shipped claim is reachable: from a marker card or listed, and its conditions are computed', () => {
    const files = readdirSync('scenarios').filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThanOrEqual(7);
    let checks = 0;
    let markedClaims = 0;
    for (const file of files) {
      const scenario = load(file.replace(/\.json$/, ''));
      const conditions = claimConditions(scenario);
      for (const claim of scenario.claims) {
        for (const check of claim.checks) {
          checks++;
          const objective = check.objective ?? scenario.objective.kind;
          expect(conditions.get(objective)).toContain(check.troops ?? scenario.intervener.troops.value);
        }
      }
      const marked = new Set(FORCE_MARKERS.flatMap((m) => claimsForMarker(m, scenario).map((c) => c.id)));
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
    const thirty = FORCE_MARKERS.find((m) => m.troops === 30_000)!;
    const panama = FORCE_MARKERS.find((m) => m.troops === 27_684)!;
    for (const claim of at30) {
      expect(claimsForMarker(thirty, scenario)).toContain(claim);
      expect(claimsForMarker(panama, scenario)).not.toContain(claim);
    }
  });
});
