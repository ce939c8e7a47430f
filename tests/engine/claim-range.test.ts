// Claim verdicts across the declared input ranges (src/engine/claim-range.ts): the rule on fabricated
// tornado figures (closed-form margins, so the flip estimate is known exactly), and on the engine:
// every end verdict a card reports is the point verdict an independent claims query computes with
// that input set to that end on the same runs; the planners' card depends on hostility, which also
// moves it most (not the first check's quality); an untestable quote gets no verdict.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimRange, type ConditionTornado } from '../../src/engine/claim-range';
import { evaluateClaimList, evaluateClaims } from '../../src/engine/claims';
import { parseScenario } from '../../src/engine/scenario';
import type { CheckResult, Scenario, Tally } from '../../src/model/types';
import { checked as countChecked } from './checked';
import { claim, threeRegions } from './batch-fixtures';

/** A tally of `runs` runs of which `success` succeeded (the only figure these checks read). */
function tally(success: number, runs = 1000): Tally {
  return { runs, troops: 0, entered: runs, success, outcomeCounts: [0, 0, 0, 0], capitalDayCounts: [], enteredPopulationNano: 0, stabilizedPopulationNano: 0 };
}

function check(op: CheckResult['op'], threshold: number, measured: number, troops = 1000): CheckResult {
  return {
    metric: 'successRate',
    troops,
    objective: 'country',
    op,
    threshold,
    measured,
    holds: op === '>' ? measured > threshold : op === '>=' ? measured >= threshold : op === '<' ? measured < threshold : measured <= threshold,
    runs: 1000,
    interval: [0, 1],
  };
}

const range = (path: string, low: number, high: number, base: number, rangeKind: 'published' | 'assumed ±50%' = 'published') => ({ path, label: path, symbol: path, low, high, base, rangeKind });

describe('claimRange on fabricated figures', () => {
  // One check "success > 50%" at base 0.3 with success 70%; input g over [0.2, 0.4]: 90% at 0.2, 10% at 0.4.
  // The margin goes from +0.2 at 0.3 to −0.4 at 0.4: linear crossing at 0.3 + 0.1·0.2/0.6 = 0.333.
  const tornado: ConditionTornado = { ranges: [range('g', 0.2, 0.4, 0.3), range('q', 1.5, 4.5, 3, 'assumed ±50%'), range('n', 90, 110, 100)], tallies: [tally(700), tally(900), tally(100), tally(0), tally(990), tally(690), tally(710)] };
  const point = check('>', 0.5, 0.7);

  it('flips on a declared range, with the crossing estimated linearly on the margin', () => {
    const { range: r } = claimRange([point], 'agrees', () => tornado, 500);
    expect(r.verdict).toBe('depends');
    expect(r.flips.map((f) => [f.path, f.atLow, f.atHigh])).toEqual([['g', 'agrees', 'disagrees']]);
    expect(r.flips[0].flipsAt).toBeCloseTo(0.333, 3);
    // Only declared ranges are examined; the assumed ±50% range of q flips nothing it can decide.
    expect(r.examined.map((e) => e.path)).toEqual(['g', 'n']);
    expect(r.runs).toBe(500);
  });

  it('names as driver the widest swing over every input, assumed ranges included (as the tornado ranks)', () => {
    const { driver } = claimRange([point], 'agrees', () => tornado, 500);
    // q swings 0% → 99% (0.99) against g's 0.8.
    expect(driver?.path).toBe('q');
    expect(driver?.swing).toBeCloseTo(0.99, 9);
  });

  it('holds across every declared range when no end changes the verdict', () => {
    const steady: ConditionTornado = { ranges: [range('g', 0.2, 0.4, 0.3)], tallies: [tally(700), tally(800), tally(600)] };
    const { range: r } = claimRange([point], 'agrees', () => steady, 500);
    expect(r.verdict).toBe('agrees');
    expect(r.flips).toEqual([]);
  });

  it('takes the driver from the claim check that swings most, not from its first check', () => {
    // Two conditions: check A (capital, 99% → 100%) and check B (country, 90% → 0%) over g.
    const a = check('>=', 0.9, 0.99, 1);
    const b = check('>', 0.5, 0.66, 2);
    const byTroops: Record<number, ConditionTornado> = {
      1: { ranges: [range('g', 0.2, 0.4, 0.3), range('quality', 1.5, 4.5, 3)], tallies: [tally(990), tally(1000), tally(990), tally(980), tally(1000)] },
      2: { ranges: [range('g', 0.2, 0.4, 0.3), range('quality', 1.5, 4.5, 3)], tallies: [tally(660), tally(900), tally(0), tally(640), tally(670)] },
    };
    const { driver, range: r } = claimRange([a, b], 'agrees', (c) => byTroops[c.troops], 500);
    expect(driver?.path).toBe('g');
    expect(driver?.metricAtHigh).toBe(0);
    expect(r.flips.map((f) => f.path)).toEqual(['g']);
  });
});

function load(id: string): Scenario {
  const parsed = parseScenario(JSON.parse(readFileSync(join(__dirname, '../../scenarios', `${id}.json`), 'utf8')));
  if (!parsed.ok) throw new Error(`${id}: ${JSON.stringify(parsed.errors)}`);
  return parsed.scenario;
}

describe('range verdicts on the engine', () => {
  const runs = 300;
  const seed = 'range';

  it('every end verdict equals the point verdict of a claims query with that input at that end (same runs)', () => {
    const scenario = load('venezuela-planners');
    const verdicts = evaluateClaims(scenario, { runs, seed, sensitivityRuns: runs });
    const checked = countChecked('range ends');
    for (const v of verdicts) {
      const claimSpec = scenario.claims.find((c) => c.id === v.id)!;
      for (const examined of v.range!.examined) {
        const flip = v.range!.flips.find((f) => f.path === examined.path);
        for (const end of ['low', 'high'] as const) {
          const [again] = evaluateClaimList(scenario, [claimSpec], { runs, seed, drivers: false, overrides: { [examined.path]: examined[end] } });
          const expected = flip ? (end === 'low' ? flip.atLow : flip.atHigh) : v.pointVerdict;
          expect(`${v.id} ${examined.path}=${examined[end]}: ${again.pointVerdict}`).toBe(`${v.id} ${examined.path}=${examined[end]}: ${expected}`);
          checked.hit();
        }
        if (flip) {
          expect(flip.flipsAt).toBeGreaterThanOrEqual(Math.min(flip.low, flip.high));
          expect(flip.flipsAt).toBeLessThanOrEqual(Math.max(flip.low, flip.high));
        }
      }
    }
    checked.atLeast(8);
  });

  it("the planners' card: depends on hostility inside 0.2-0.4, and hostility is what moves it most", () => {
    const scenario = load('venezuela-planners');
    const [v] = evaluateClaimList(
      scenario,
      scenario.claims.filter((c) => c.id === 'cancian-planners'),
      { runs: 500, seed: 'claims' },
    );
    expect(v.verdict).toBe('depends');
    const hostility = v.range!.flips.find((f) => f.path === 'population.hostility');
    expect(hostility).toBeDefined();
    expect(hostility!.atLow).toBe('agrees');
    expect(hostility!.atHigh).toBe('disagrees');
    expect(v.driver?.path).toBe('population.hostility');
  });

  it('a quote the model cannot test gets no verdict, range or driver, but keeps its figures', () => {
    const scenario = threeRegions({
      claims: [{ ...claim('untestable', [{ metric: 'successRate', troops: 5_000, objective: 'country', op: '<', value: 0.05 }]), testable: false, expected: 'not-testable' }],
    });
    const [v] = evaluateClaims(scenario, { runs: 100, seed });
    expect(v.verdict).toBe('not-testable');
    expect(v.testable).toBe(false);
    expect(v.range).toBeNull();
    expect(v.driver).toBeNull();
    expect(v.checks[0].runs).toBe(100);
  });
});
