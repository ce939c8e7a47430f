// Phase A rules (model.md §2): defenders per region, the CRT probability and odds column, the d10
// faces, and the daily walk (score, attrition, entered / culminated / stalemate, unopposed entry).
import { describe, expect, it } from 'vitest';
import { createRunRecord, runCampaign, runOne } from '../../src/engine/campaign';
import { COMMITTED, createCore, CULMINATED, ENTERED, initCore, STALEMATE } from '../../src/engine/core';
import { resolveEntryDay } from '../../src/engine/entry';
import { advanceProbability, combatRatio, dieFace, oddsColumn, regionDefenders, troopsForRatio, winningFaces } from '../../src/engine/formulas';
import { drawCount, entryDrawIndex } from '../../src/engine/rng';
import { DEFAULT_PARAMETERS } from '../../src/model/parameters';
import { resolveInputs } from '../../src/model/resolve';
import type { EntryExplanation, ModelParameters } from '../../src/model/types';
import { grenadaLike, makeScenario, oneRegion, panamaLike, ratioScenario, SEVEN_REGIONS } from './fixtures';

describe('defenders per region', () => {
  it('one region is the single theatre: D_r = c·D exactly, whatever k_cap', () => {
    for (const k of [0, 0.1, 0.3, 0.7, 1]) {
      const inputs = resolveInputs(makeScenario({ regions: oneRegion(), regulars: 123_457, cohesion: 0.37, capitalShare: k }));
      expect(regionDefenders(inputs, 0)).toBe(0.37 * 123_457);
    }
  });

  it('splits c·D into k_cap in the capital plus (1 − k_cap) by population', () => {
    const inputs = resolveInputs(makeScenario({ regulars: 100_000, cohesion: 0.8, capitalShare: 0.3 }));
    const d = SEVEN_REGIONS.map((_, r) => regionDefenders(inputs, r));
    expect(d.reduce((a, b) => a + b, 0)).toBeCloseTo(80_000, 6);
    expect(d[0]).toBeCloseTo(80_000 * (0.3 + 0.7 * inputs.share[0]), 6);
    expect(d[2]).toBeCloseTo(80_000 * 0.7 * inputs.share[2], 6);
  });
});

describe('CRT', () => {
  it('p = 1 / (1 + R^−0.9): even at 1:1, rising with R, 0 at R = 0', () => {
    const p = (r: number) => advanceProbability(r, DEFAULT_PARAMETERS);
    expect(p(1)).toBeCloseTo(0.5, 15);
    expect(p(2)).toBeCloseTo(1 / (1 + 2 ** -0.9), 14);
    expect(p(3)).toBeCloseTo(1 / (1 + 3 ** -0.9), 14);
    expect(p(0)).toBe(0);
    expect(p(0.5) + p(2)).toBeCloseTo(1, 14);
    for (let r = 0.1; r < 8; r += 0.1) expect(p(r + 0.1)).toBeGreaterThan(p(r));
  });

  it('R = A·Q / (D·π·τ), and the plan sizes A for a target ratio', () => {
    expect(combatRatio(30_000, 3, 10_000, 1.5, 2)).toBeCloseTo(3, 14);
    const a = troopsForRatio(3, 27_000, 1.3, 1.4, 3);
    expect(combatRatio(a, 3, 27_000, 1.3, 1.4)).toBeCloseTo(3, 12);
  });

  it('labels odds columns in the defender’s favour, from 1:4 to 6:1', () => {
    expect(oddsColumn(3)).toBe('3:1');
    expect(oddsColumn(2.99)).toBe('2:1');
    expect(oddsColumn(1)).toBe('1:1');
    expect(oddsColumn(0.99)).toBe('1:2');
    expect(oddsColumn(0.5)).toBe('1:2');
    expect(oddsColumn(0.49)).toBe('1:3');
    expect(oddsColumn(1 / 3)).toBe('1:3');
    expect(oddsColumn(0.1)).toBe('1:4');
    expect(oddsColumn(0)).toBe('1:4');
    expect(oddsColumn(40)).toBe('6:1');
  });

  it('shows round(10·p) winning faces and a die face that agrees with the draw', () => {
    expect(winningFaces(0.5)).toBe(5);
    expect(winningFaces(0.73)).toBe(7);
    expect(winningFaces(0.04)).toBe(0);
    for (let p = 0.05; p < 0.95; p += 0.0137) {
      const w = winningFaces(p);
      for (let u = 0; u < 1; u += 0.0071) {
        const die = dieFace(u, p);
        expect(die).toBeGreaterThanOrEqual(1);
        expect(die).toBeLessThanOrEqual(10);
        expect(die <= w).toBe(u < p);
      }
    }
    // Every face shows up for some draw.
    const faces = new Set<number>();
    for (let u = 0; u < 1; u += 0.001) faces.add(dieFace(u, 0.5));
    expect(faces.size).toBe(10);
  });
});

/** A one-region core at ratio R on day 0 with all troops committed and hand-made draws. */
function walk(ratio: number, entryUniforms: number[], params: ModelParameters = DEFAULT_PARAMETERS) {
  const scenario = ratioScenario(ratio);
  const inputs = resolveInputs(scenario, {}, params);
  const core = createCore(1, inputs, params);
  initCore(core, inputs, params, 1);
  core.troops[0] = core.reserve;
  core.reserve = 0;
  core.status[0] = COMMITTED;
  const draws = new Float64Array(drawCount(1, params)).fill(0.5);
  entryUniforms.forEach((u, d) => {
    draws[entryDrawIndex(1, d, 0)] = u;
  });
  return { core, draws };
}

describe('the daily walk', () => {
  it('an advance adds 1 to the score; the loser loses ℓ_L and the winner ℓ_W', () => {
    const { core, draws } = walk(2, [0.1, 0.99]);
    const sink: EntryExplanation[] = [];
    resolveEntryDay(core, 1, draws, sink);
    expect(core.score[0]).toBe(1);
    expect(core.troops[0]).toBeCloseTo(20_000 * 0.99, 9);
    expect(core.defenders[0]).toBeCloseTo(10_000 * 0.96, 9);
    expect(sink[0]).toMatchObject({ ratio: 2, column: '2:1', advanced: true, scoreAfter: 1, result: 'continues', draw: 0.1, winningFaces: 7 });
    expect(sink[0].probability).toBeCloseTo(1 / (1 + 2 ** -0.9), 14);
    resolveEntryDay(core, 2, draws, sink);
    expect(core.score[0]).toBe(0);
    expect(core.troops[0]).toBeCloseTo(20_000 * 0.99 * 0.96, 9);
    expect(core.defenders[0]).toBeCloseTo(10_000 * 0.96 * 0.99, 9);
    expect(sink[1].advanced).toBe(false);
    expect(sink[1].ratio).toBeCloseTo((2 * 0.99) / 0.96, 12);
  });

  it('W net advances enter the region on day W', () => {
    const { core, draws } = walk(1, [0, 0, 0, 0, 0]);
    for (let d = 1; d <= 5; d++) resolveEntryDay(core, d, draws, null);
    expect(core.status[0]).toBe(ENTERED);
    expect(core.enteredDay[0]).toBe(5);
  });

  it('L net repulses culminate the attack and send the survivors to the reserve', () => {
    const { core, draws } = walk(1, [0.999, 0.999, 0.999, 0.999, 0.999]);
    const sink: EntryExplanation[] = [];
    for (let d = 1; d <= 5; d++) resolveEntryDay(core, d, draws, sink);
    expect(core.status[0]).toBe(CULMINATED);
    expect(core.troops[0]).toBe(0);
    expect(core.reserve).toBeCloseTo(10_000 * 0.96 ** 5, 9);
    expect(sink[4].result).toBe('culminated');
  });

  it('a walk still running on day T_A is a stalemate (failed)', () => {
    const params = { ...DEFAULT_PARAMETERS, entryDays: 4 };
    const { core, draws } = walk(1, [0, 0.999, 0, 0.999], params);
    for (let d = 1; d <= 4; d++) resolveEntryDay(core, d, draws, null);
    expect(core.status[0]).toBe(STALEMATE);
    expect(core.reserve).toBeGreaterThan(0);
  });

  it('a region with troops and no defenders is entered on day 1 without a roll', () => {
    const scenario = makeScenario({ regions: oneRegion(), cohesion: 0, troops: 500 });
    const inputs = resolveInputs(scenario);
    const record = { qualityEffective: 0, initialAllocation: [], days: [], entryDays: 0, months: [], timeline: [], sentHome: 0, regionClasses: [] } as import('../../src/model/types').RunRecord;
    const outcome = runCampaign(inputs, DEFAULT_PARAMETERS, new Float64Array(drawCount(1, DEFAULT_PARAMETERS)).fill(0.999), 0, record);
    expect(outcome.entered).toBe(true);
    expect(outcome.capitalDay).toBe(1);
    expect(record.days).toHaveLength(1);
    expect(record.days[0][0]).toMatchObject({ unopposed: true, result: 'entered', column: 'unopposed' });
  });
});

describe('every recorded day of whole games (attrition on): the chance shown is the CRT of the ratio shown', () => {
  // The kernel does not recompute the chance from the day's forces: it moves along the walk by the
  // score (formulas.walkProbability). Each explanation records both the day's ratio, from the forces
  // as they stand, and the chance used. They must agree: p = 1 / (1 + (R/R50)^(−β)), written out here.
  const crt = (ratio: number) => 1 / (1 + Math.pow(ratio / DEFAULT_PARAMETERS.crtMidpoint, -DEFAULT_PARAMETERS.crtSlope));
  const games: Array<[string, import('../../src/model/types').Scenario, number[]]> = [
    ['7-region country', makeScenario(), [20_000, 60_000, 150_000]],
    ['7-region capital', makeScenario({ objective: { kind: 'capital' } }), [25_000, 45_000]],
    ['Panama-like', panamaLike(), [15_000, 27_684]],
    ['Grenada-like', grenadaLike(), [3_000]],
  ];

  it('p = CRT(R) for every explanation, R = A·Q/(D·π·τ) from its own fields, and the forces follow the attrition rule', () => {
    expect(DEFAULT_PARAMETERS.loserAttrition).toBeGreaterThan(0);
    let checked = 0;
    let offStart = 0;
    const bad: string[] = [];
    for (const [name, scenario, levels] of games) {
      for (const troops of levels) {
        for (let run = 0; run < 12; run++) {
          const record = createRunRecord();
          runOne(scenario, { 'intervener.troops': troops }, 'crt-shown', run, DEFAULT_PARAMETERS, record);
          const previous = new Map<string, EntryExplanation>();
          for (const day of record.days) {
            for (const e of day) {
              const tag = `${name} ${troops} run ${run} ${e.region}`;
              if (e.unopposed) {
                // No defenders: entered without a roll, shown as a sure advance.
                if (e.defenders !== 0 || e.probability !== 1) bad.push(`${tag}: unopposed with ${e.defenders} defenders, p ${e.probability}`);
                continue;
              }
              checked++;
              const ratio = (e.attackers * e.qualityEffective) / (e.defenders * e.posture * e.terrain);
              if (Math.abs(ratio / e.ratio - 1) > 1e-12) bad.push(`${tag}: ratio ${e.ratio} ≠ A·Q/(D·π·τ) = ${ratio}`);
              if (Math.abs(e.probability - crt(e.ratio)) > 1e-12) bad.push(`${tag}: p ${e.probability} ≠ CRT(${e.ratio}) = ${crt(e.ratio)}`);
              const before = previous.get(e.region);
              if (before) {
                // Yesterday's winner lost ℓ_W and its loser ℓ_L.
                const [a, d] = before.advanced ? [1 - DEFAULT_PARAMETERS.winnerAttrition, 1 - DEFAULT_PARAMETERS.loserAttrition] : [1 - DEFAULT_PARAMETERS.loserAttrition, 1 - DEFAULT_PARAMETERS.winnerAttrition];
                if (Math.abs(e.attackers / (before.attackers * a) - 1) > 1e-12 || Math.abs(e.defenders / (before.defenders * d) - 1) > 1e-12) {
                  bad.push(`${tag}: forces ${e.attackers}/${e.defenders} do not follow ${before.attackers}/${before.defenders} by attrition`);
                }
                if (before.scoreAfter !== 0) offStart++;
              }
              previous.set(e.region, e);
            }
          }
        }
      }
    }
    expect(bad.slice(0, 5), `${bad.length} bad explanations`).toEqual([]);
    // Enough days, and most of them with the walk away from its start, where the score term matters.
    // (2,440 and 1,960 when written.)
    expect(checked).toBeGreaterThan(2_000);
    expect(offStart).toBeGreaterThan(1_500);
  });
});
