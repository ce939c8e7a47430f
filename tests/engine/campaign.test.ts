// One run of the campaign: seeded golden runs, the expected shape of model.md §8, the single-theatre
// control formulas by hand, and the objective and outcome rules checked against each run's record.
import { describe, expect, it } from 'vitest';
import { createRunRecord, runCampaign, runOne } from '../../src/engine/campaign';
import { growthFactor, growthRate, hostilityRequirement } from '../../src/engine/formulas';
import { drawCount, drawsFor, fillDraws, fillUniforms } from '../../src/engine/rng';
import { DEFAULT_PARAMETERS } from '../../src/model/parameters';
import { resolveInputs } from '../../src/model/resolve';
import type { Overrides, RunRecord, Scenario } from '../../src/model/types';
import { grenadaLike, makeScenario, oneRegion, panamaLike } from './fixtures';

const params = DEFAULT_PARAMETERS;

function rates(scenario: Scenario, overrides: Overrides, runs = 1_000, seed = 'shape') {
  const inputs = resolveInputs(scenario, overrides, params);
  const buffer = new Float64Array(drawCount(inputs.share.length, params));
  let entered = 0;
  let success = 0;
  let enteredShare = 0;
  for (let run = 0; run < runs; run++) {
    fillDraws(seed, run, buffer);
    const o = runCampaign(inputs, params, buffer, run);
    if (o.entered) entered++;
    if (o.success) success++;
    enteredShare += o.enteredPopulationShare;
  }
  return { entry: entered / runs, success: success / runs, enteredShare: enteredShare / runs };
}

describe('golden seeded runs (fixed 7-region fixture, seed "golden")', () => {
  // Outcome class, success, capital day, entered and stabilized population shares (rounded).
  const golden: Record<number, Array<[string, boolean, number | null, number, number]>> = {
    10_000: [['entry-failed', false, null, 0, 0], ['entry-failed', false, null, 0.063, 0.063], ['entry-failed', false, null, 0, 0], ['entry-failed', false, null, 0, 0], ['entry-failed', false, null, 0, 0], ['entry-failed', false, null, 0, 0], ['entry-failed', false, null, 0, 0], ['failed', false, 9, 0.183, 0]],
    50_000: [['failed', false, 23, 0.301, 0.183], ['failed', false, 29, 0.246, 0.246], ['failed', false, 35, 0.183, 0.183], ['failed', false, 7, 0.439, 0], ['failed', false, 9, 0.443, 0.443], ['failed', false, 19, 0.183, 0.183], ['failed', false, 9, 0.443, 0.325], ['failed', false, 5, 0.439, 0.439]],
    150_000: [['contested', false, 15, 1, 0.743], ['stabilized', true, 9, 1, 1], ['stabilized', true, 25, 1, 1], ['stabilized', true, 5, 1, 0.901], ['stabilized', true, 7, 1, 1], ['stabilized', true, 19, 1, 1], ['stabilized', true, 9, 1, 0.882], ['stabilized', true, 5, 1, 1]],
  };
  for (const [troops, expected] of Object.entries(golden)) {
    it(`${troops} troops, runs 0-7`, () => {
      const got = expected.map((_, run) => {
        const o = runOne(makeScenario(), { 'intervener.troops': Number(troops) }, 'golden', run);
        return [o.outcome, o.success, o.capitalDay, +o.enteredPopulationShare.toFixed(3), +o.stabilizedPopulationShare.toFixed(3)];
      });
      expect(got).toEqual(expected);
    });
  }
});

describe('expected shape (model.md §8, 1,000 runs each, fixture close to the shipped board)', () => {
  const venezuela = makeScenario();
  it('10,000: the capital is entered in 1-6% of runs and the country never', () => {
    const r = rates(venezuela, { 'intervener.troops': 10_000 });
    expect(r.entry).toBeGreaterThanOrEqual(0.01);
    expect(r.entry).toBeLessThanOrEqual(0.06);
    expect(r.success).toBe(0);
  });
  it('50,000: capital entered in 79-95%, country 0%, about a third of the population entered', () => {
    const r = rates(venezuela, { 'intervener.troops': 50_000 });
    expect(r.entry).toBeGreaterThanOrEqual(0.79);
    expect(r.entry).toBeLessThanOrEqual(0.95);
    expect(r.success).toBe(0);
    expect(r.enteredShare).toBeGreaterThan(0.29);
    expect(r.enteredShare).toBeLessThan(0.38);
  });
  it('100,000: country stabilized in 15-32%', () => {
    const r = rates(venezuela, { 'intervener.troops': 100_000 });
    expect(r.success).toBeGreaterThan(0.15);
    expect(r.success).toBeLessThan(0.32);
  });
  it('150,000: 55-72% at g 0.3, higher at g 0.2, none at g 0.4', () => {
    const base = rates(venezuela, { 'intervener.troops': 150_000 });
    expect(base.success).toBeGreaterThan(0.55);
    expect(base.success).toBeLessThan(0.72);
    expect(rates(venezuela, { 'intervener.troops': 150_000, 'population.hostility': 0.2 }).success).toBeGreaterThan(0.8);
    expect(rates(venezuela, { 'intervener.troops': 150_000, 'population.hostility': 0.4 }).success).toBe(0);
  });
  it('300,000: about 78%, clearly more without the rotation cap', () => {
    const capped = rates(venezuela, { 'intervener.troops': 300_000 });
    const uncapped = rates(venezuela, { 'intervener.troops': 300_000, 'intervener.sustainableForce': 1_000_000 });
    expect(capped.success).toBeGreaterThan(0.72);
    expect(capped.success).toBeLessThan(0.85);
    expect(uncapped.success).toBeGreaterThan(capped.success + 0.08);
  });
  it('back-tests: Panama-like and Grenada-like single theatres succeed in at least 90%', () => {
    expect(rates(panamaLike(), {}).success).toBeGreaterThanOrEqual(0.9);
    expect(rates(grenadaLike(), {}).success).toBeGreaterThanOrEqual(0.9);
  });
});

describe('control formulas (model.md §3)', () => {
  it('the hostility tiers: 2.0 at g ≤ 0.1, 4.3 at 0.3, 9.3 at 0.5, 20 at g ≥ 0.7', () => {
    expect(hostilityRequirement(0)).toBeCloseTo(2, 12);
    expect(hostilityRequirement(0.1)).toBeCloseTo(2, 12);
    expect(hostilityRequirement(0.3)).toBeCloseTo(4.31, 2);
    expect(hostilityRequirement(0.5)).toBeCloseTo(9.28, 2);
    expect(hostilityRequirement(0.7)).toBeCloseTo(20, 12);
    expect(hostilityRequirement(0.95)).toBeCloseTo(20, 12);
  });

  it('γ(q): +27%/month at q = 0, 0 at q = 1, towards −s above', () => {
    expect(growthRate(0, params)).toBeCloseTo(0.27, 12);
    expect(growthRate(1, params)).toBeCloseTo(0, 15);
    expect(growthRate(5, params)).toBeGreaterThan(-0.03);
    expect(growthRate(5, params)).toBeLessThan(-0.0299);
  });

  it('the tabulated growth factor equals exp(γ(q)) within 1e-12 relative, for growth scales up to twice the default', () => {
    const u = fillUniforms('growth-table', new Float64Array(200_000));
    for (const growthScale of [0.03, 0.06, 0.01]) {
      let worst = 0;
      for (let i = 0; i < u.length; i++) {
        const q = u[i] * 20;
        worst = Math.max(worst, Math.abs(growthFactor(q, { growthScale }) / Math.exp(growthRate(q, { growthScale })) - 1));
      }
      expect(worst).toBeLessThan(1e-12);
    }
    expect(growthFactor(1, params)).toBeCloseTo(1, 13);
    expect(growthFactor(0, params)).toBe(Math.exp(0.27));
  });
});

describe('single theatre: month 1 of control by hand (model.md §3)', () => {
  it('density, requirement, coverage, growth and the resistance update', () => {
    const scenario = makeScenario({ regions: oneRegion('mixed'), troops: 60_000, population: 3_000_000, regulars: 8_000, militia: 20_000, hostility: 0.4, preWarForces: 30_000, retained: 0.5, cohesion: 0.9 });
    const inputs = resolveInputs(scenario);
    for (let run = 0; run < 40; run++) {
      const record = createRunRecord();
      const draws = drawsFor('hand', run, 1, params);
      const outcome = runCampaign(inputs, params, draws, run, record);
      if (!outcome.entered) continue;
      const m1 = record.months[0][0];
      const P = 3_000_000;
      const thousands = P / 1000;
      const d0 = 0.9 * 8_000; // c·D, one region
      const i0 = Math.max(0.02 * d0 + 0.05 * 20_000, 1e-4 * 0.4 * P);
      const h0 = 0.5 * 30_000;
      const troops = record.timeline[0].troopsInCountry; // all in the one region after the month's water-fill
      const density = (troops + 0.5 * h0) / thousands;
      const dPop = 2 * 10 ** ((0.4 - 0.1) / 0.6);
      const requirement = Math.max(dPop, (10 * i0) / thousands);
      const q = density / requirement;
      const gamma = 0.03 * (10 * Math.exp(-Math.LN10 * q) - 1);
      const u1 = draws[2 + 60];
      const u2 = draws[2 + 60 + 1];
      const z = Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
      const after = Math.min(0.05 * 0.4 * P, i0 * Math.exp(gamma + 0.1 * z - 0.005));
      expect(m1.troops).toBeCloseTo(troops, 6);
      expect(m1.hostForces).toBeCloseTo(h0, 9);
      expect(m1.density).toBeCloseTo(density, 9);
      expect(m1.requirementFromHostility).toBeCloseTo(dPop, 12);
      expect(m1.requirement).toBeCloseTo(requirement, 12);
      expect(m1.coverage).toBeCloseTo(q, 9);
      expect(m1.resistersBefore).toBeCloseTo(i0, 9);
      expect(m1.growth).toBeCloseTo(gamma, 12);
      expect(m1.noise).toBeCloseTo(z, 12);
      expect(m1.resistersAfter / after).toBeCloseTo(1, 12);
      // Host forces grow a 24th of the way to 4 per 1,000 each month.
      expect(record.months[1][0].hostForces).toBeCloseTo(h0 + (0.004 * P - h0) / 24, 9);
      return;
    }
    throw new Error('no run entered');
  });
});

/** Coverage of the key region month by month, from a run's record. */
function keyCoverage(record: RunRecord, key: string): number[] {
  return record.months.map((month) => month.find((e) => e.region === key)?.coverage ?? 0);
}

describe('objectives and outcome classes agree with each run’s record', () => {
  it('capital: success iff the capital holds q ≥ 1 for 3 consecutive months', () => {
    const scenario = makeScenario({ objective: { kind: 'capital' }, hostility: 0.55 });
    const seen = new Set<boolean>();
    for (const troops of [20_000, 40_000, 60_000, 90_000]) {
      for (let run = 0; run < 25; run++) {
        const record = createRunRecord();
        const o = runOne(scenario, { 'intervener.troops': troops }, 'cap', run, params, record);
        const q = keyCoverage(record, 'capital');
        let streak = 0;
        let held = false;
        for (const c of q) {
          streak = c >= 1 ? streak + 1 : 0;
          if (streak >= 3) held = true;
        }
        expect(o.success).toBe(o.entered && held);
        seen.add(o.success);
      }
    }
    expect(seen.size).toBe(2);
  });

  it('limited: success iff the region is entered and q ≥ 1 in each of the holding months', () => {
    const scenario = makeScenario({ objective: { kind: 'limited', region: 'andes', holdMonths: { value: 2, source: 'Design choice', asOf: '2025-10' } } });
    const seen = new Set<boolean>();
    for (const troops of [6_000, 12_000, 20_000, 40_000]) {
      for (let run = 0; run < 25; run++) {
        const record = createRunRecord();
        const o = runOne(scenario, { 'intervener.troops': troops }, 'lim', run, params, record);
        const q = keyCoverage(record, 'andes');
        expect(o.success).toBe(o.entered && q[0] >= 1 && q[1] >= 1);
        expect(o.outcome === 'entry-failed').toBe(!o.entered);
        seen.add(o.success);
      }
    }
    expect(seen.size).toBe(2);
  });

  it('country: classes follow the capital and the population shares', () => {
    const scenario = makeScenario();
    const inputs = resolveInputs(scenario);
    const seen = new Set<string>();
    for (const troops of [50_000, 100_000, 150_000, 250_000]) {
      for (let run = 0; run < 20; run++) {
        const record = createRunRecord();
        const o = runOne(scenario, { 'intervener.troops': troops }, 'ctry', run, params, record);
        const share = (k: string) => record.regionClasses.reduce((a, c, r) => a + (c === k ? inputs.share[r] : 0), 0);
        expect(o.stabilizedPopulationShare).toBeCloseTo(share('stabilized'), 12);
        let expected: string;
        if (!o.entered) expected = 'entry-failed';
        else if (record.regionClasses[0] === 'stabilized' && share('stabilized') >= 0.75) expected = 'stabilized';
        else if (share('failed') >= 0.5) expected = 'failed';
        else expected = 'contested';
        expect(o.outcome).toBe(expected);
        expect(o.success).toBe(expected === 'stabilized');
        seen.add(o.outcome);
      }
    }
    expect(seen.size).toBeGreaterThanOrEqual(3);
  });

  it('the rotation cap holds the force in country at S_max from month T_rot', () => {
    const scenario = makeScenario({ troops: 250_000, sustainableForce: 90_000, rotationMonth: 6 });
    for (let run = 0; run < 10; run++) {
      const record = createRunRecord();
      const o = runOne(scenario, {}, 'rot', run, params, record);
      if (!o.entered) continue;
      const before = record.timeline[4].troopsInCountry;
      expect(before).toBeGreaterThan(90_000);
      for (const month of record.timeline.slice(5)) expect(month.troopsInCountry).toBeLessThanOrEqual(90_000 + 1e-6);
      expect(record.sentHome).toBeCloseTo(before - 90_000, 6);
    }
  });
});

describe('robustness over the whole input catalogue', () => {
  it('any inputs within the INPUTS bounds give a well-formed outcome (seeded fuzz, 400 cases)', async () => {
    const { INPUTS } = await import('../../src/model/inputs');
    const u = fillUniforms('fuzz', new Float64Array(INPUTS.length * 400 + 400));
    let k = 0;
    const objectives = ['country', 'capital', 'limited'] as const;
    for (let c = 0; c < 400; c++) {
      const overrides: Overrides = {};
      for (const spec of INPUTS) {
        const x = u[k++];
        // Half the draws at the ends of the range, where edge cases live.
        const v = x < 0.2 ? spec.min : x > 0.8 ? spec.max : spec.min + (x - 0.2) / 0.6 * (spec.max - spec.min);
        if (spec.path === 'population.total') overrides[spec.path] = Math.min(v, 1e8);
        else overrides[spec.path] = v;
      }
      const kind = objectives[Math.floor(u[k++] * 3)];
      const scenario = makeScenario({ objective: kind === 'limited' ? { kind, region: 'plains' } : { kind } });
      const record = createRunRecord();
      const o = runOne(scenario, overrides, 'fuzz', c, params, record);
      expect(['entry-failed', 'failed', 'contested', 'stabilized']).toContain(o.outcome);
      expect(o.enteredPopulationShare).toBeGreaterThanOrEqual(0);
      expect(o.enteredPopulationShare).toBeLessThanOrEqual(1 + 1e-9);
      expect(o.stabilizedPopulationShare).toBeLessThanOrEqual(o.enteredPopulationShare + 1e-9);
      if (o.capitalDay !== null) expect(o.capitalDay).toBeGreaterThanOrEqual(1);
      if (o.capitalDay !== null) expect(o.capitalDay).toBeLessThanOrEqual(params.entryDays);
      expect(o.success && !o.entered).toBe(false);
      for (const month of record.timeline) {
        expect(Number.isFinite(month.troopsInCountry)).toBe(true);
        expect(Number.isFinite(month.resistancePerThousand)).toBe(true);
      }
    }
  });
});
