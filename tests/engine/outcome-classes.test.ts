// Outcome classes robust to the resistance noise σ (a design value with no published source). A
// region was "stabilized" when its final resistance was at or below its start, which near full
// coverage is a coin flip decided by σ: at 150,000 troops the planners' scenario succeeded in 64.6%
// of runs at σ = 0.10 and 97.5% at σ = 0. Now a region is stabilized when coverage was held in each
// of the last stabilizedHoldMonths months, a state the noise alone cannot flip, and failed when its
// resistance has more than tripled.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRunRecord, runCampaign } from '../../src/engine/campaign';
import { runBatch } from '../../src/engine/batch';
import { drawCount, fillDraws } from '../../src/engine/rng';
import { parseScenario } from '../../src/engine/scenario';
import { DEFAULT_PARAMETERS } from '../../src/model/parameters';
import { resolveInputs } from '../../src/model/resolve';
import type { Scenario } from '../../src/model/types';

function planners(): Scenario {
  const parsed = parseScenario(JSON.parse(readFileSync(join(__dirname, '../../scenarios/venezuela-planners.json'), 'utf8')));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors.slice(0, 2)));
  return parsed.scenario;
}

const RUNS = 2_000;
const rate = (scenario: Scenario, sigma: number, overrides = {}) => {
  const tally = runBatch(scenario, { runs: RUNS, seed: 'sigma', overrides, params: { ...DEFAULT_PARAMETERS, resistanceNoise: sigma } });
  return { success: tally.success / tally.runs, failed: tally.outcomeCounts[1] / tally.runs, tally };
};

describe('outcome classes the noise alone cannot flip', () => {
  it('at 150,000 the success rate moves by less than 3 points between σ = 0 and σ = 0.10 (it moved 33 points)', () => {
    const scenario = planners();
    expect(scenario.intervener.troops.value).toBe(150_000);
    const quiet = rate(scenario, 0).success;
    const noisy = rate(scenario, 0.1).success;
    expect(Math.abs(quiet - noisy), `σ = 0: ${quiet}, σ = 0.10: ${noisy}`).toBeLessThan(0.03);
    expect(quiet).toBeGreaterThan(0.9);
  });

  it('a genuinely growing insurgency still fails: at hostility 0.5 nothing is stabilized and most runs end failed', () => {
    const scenario = planners();
    for (const sigma of [0, 0.1]) {
      const { success, failed } = rate(scenario, sigma, { 'population.hostility': 0.5 });
      expect(success, `σ = ${sigma}`).toBe(0);
      expect(failed, `σ = ${sigma}`).toBeGreaterThan(0.5);
    }
  });

  it('run by run: a region is stabilized iff it was covered in each of its last six months and its resistance at most tripled', () => {
    const scenario = planners();
    const params = DEFAULT_PARAMETERS;
    const inputs = resolveInputs(scenario, { 'intervener.troops': 110_000 }, params);
    const draws = new Float64Array(drawCount(inputs.share.length, params));
    const seen = new Set<string>();
    let resistanceRoseButStabilized = 0;
    for (let run = 0; run < 60; run++) {
      fillDraws('classes', run, draws);
      const record = createRunRecord();
      runCampaign(inputs, params, draws, run, record);
      inputs.regionIds.forEach((id, r) => {
        const months = record.months.map((m) => m.find((e) => e.region === id));
        if (!months[0]) {
          expect(record.regionClasses[r]).toBe('failed'); // never entered
          return;
        }
        const first = months[0]!.resistersBefore;
        const last = months[months.length - 1]!.resistersAfter;
        const held = months.slice(-params.stabilizedHoldMonths).every((e) => e!.coverage >= 1);
        const expected = last > 3 * first ? 'failed' : held ? 'stabilized' : 'contested';
        expect(record.regionClasses[r], `run ${run} ${id}`).toBe(expected);
        seen.add(expected);
        if (expected === 'stabilized' && last > first) resistanceRoseButStabilized++;
      });
    }
    expect([...seen].sort()).toEqual(['contested', 'failed', 'stabilized']);
    // The old rule would have called these "contested": the noise pushed resistance above its start.
    expect(resistanceRoseButStabilized).toBeGreaterThan(0);
  });
});
