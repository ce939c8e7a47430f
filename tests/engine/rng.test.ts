// The run generator: alea equal to seedrandom's own, a fixed draw layout, Box-Muller normals.
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { boxMuller, controlDrawIndex, drawCount, drawsFor, entryDrawIndex, fillDraws, fillUniforms, normalAt, runSeed } from '../../src/engine/rng';
import { DEFAULT_PARAMETERS } from '../../src/model/parameters';
import { referenceAlea } from './alea-reference';

describe('alea generator', () => {
  it("seedrandom.alea (used at run time) equals an independent transcription of Baagøe's alea bit for bit", () => {
    const seeds = ['42:0', '42:1', 'x', '', 'threshold:123456', 'ünïcödé:7', '0:0', 'año 3:5'];
    for (const seed of seeds) {
      const ours = fillUniforms(seed, new Float64Array(5_000));
      const oracle = referenceAlea(seed, new Float64Array(5_000));
      for (let i = 0; i < ours.length; i++) {
        if (ours[i] !== oracle[i]) throw new Error(`seed "${seed}" differs at draw ${i}`);
      }
    }
  });

  it('equals seedrandom.alea bit for bit, for many seeds', () => {
    const seeds = ['42:0', '42:1', 'x', '', 'threshold:123456', 'ünïcödé:7', '0:0', 'a long seed string with spaces:99'];
    for (const seed of seeds) {
      const reference = seedrandom.alea(seed);
      const ours = fillUniforms(seed, new Float64Array(5_000));
      for (let i = 0; i < ours.length; i++) {
        if (ours[i] !== reference()) throw new Error(`seed "${seed}" differs at draw ${i}`);
      }
    }
  });

  it('fillDraws seeds run r from `${seed}:${r}` and gives the same numbers for the same seed and run', () => {
    const a = fillDraws('s', 3, new Float64Array(100));
    const b = fillDraws('s', 3, new Float64Array(100));
    expect(Array.from(a)).toEqual(Array.from(b));
    expect(Array.from(a)).toEqual(Array.from(fillUniforms(runSeed('s', 3), new Float64Array(100))));
    const c = fillDraws('s', 4, new Float64Array(100));
    expect(Array.from(c)).not.toEqual(Array.from(a));
    expect(runSeed(42, 7)).toBe('42:7');
    // The values themselves, not just their range: seedrandom's own alea seeded "s:3".
    const reference = seedrandom.alea('s:3');
    expect(Array.from(a)).toEqual(Array.from({ length: 100 }, () => reference()));
  });
});

describe('draw layout', () => {
  it('has 2 + R·T_A + 2·R·T_B draws: 926 for 7 regions, 60 days, 36 months', () => {
    expect(drawCount(7, DEFAULT_PARAMETERS)).toBe(926);
    expect(drawCount(1, DEFAULT_PARAMETERS)).toBe(2 + 60 + 72);
    expect(drawCount(3, { entryDays: 10, controlMonths: 4 })).toBe(2 + 30 + 24);
    expect(() => drawCount(1, { entryDays: Infinity, controlMonths: 1 })).toThrow(/finite/);
  });

  it('gives every entry day/region and control month/region its own slots, covering the buffer exactly', () => {
    const R = 4;
    const params = { entryDays: 9, controlMonths: 5 };
    const used = new Array(drawCount(R, params)).fill(0);
    used[0]++;
    used[1]++;
    for (let d = 0; d < params.entryDays; d++) for (let r = 0; r < R; r++) used[entryDrawIndex(R, d, r)]++;
    for (let m = 0; m < params.controlMonths; m++) {
      for (let r = 0; r < R; r++) {
        const i = controlDrawIndex(R, params.entryDays, m, r);
        used[i]++;
        used[i + 1]++;
      }
    }
    expect(used.every((u) => u === 1)).toBe(true);
    expect(entryDrawIndex(R, 2, 3)).toBe(2 + 2 * R + 3);
    expect(controlDrawIndex(R, 9, 1, 2)).toBe(2 + R * 9 + 2 * (1 * R + 2));
  });

  it('drawsFor sizes and fills a buffer for a scenario shape', () => {
    const buffer = drawsFor('z', 1, 7, DEFAULT_PARAMETERS);
    expect(buffer.length).toBe(926);
    expect(Array.from(buffer)).toEqual(Array.from(fillDraws('z', 1, new Float64Array(926))));
  });
});

describe('Box-Muller normals', () => {
  it('have mean ≈ 0 and sd ≈ 1 (200,000 pairs)', () => {
    const u = fillUniforms('normal-test', new Float64Array(400_000));
    let sum = 0;
    let sumSq = 0;
    const n = u.length / 2;
    for (let i = 0; i < u.length; i += 2) {
      const z = normalAt(u, i);
      sum += z;
      sumSq += z * z;
    }
    const mean = sum / n;
    const sd = Math.sqrt(sumSq / n - mean * mean);
    expect(Math.abs(mean)).toBeLessThan(0.01);
    expect(Math.abs(sd - 1)).toBeLessThan(0.01);
  });

  it('are guarded against log(0) and match the two-output form', () => {
    // u1 = 0: sqrt(−2·ln 1) = 0 exactly, whatever the angle.
    expect(normalAt([0, 0.3], 0)).toBe(0);
    const [z0, z1] = boxMuller(0.25, 0.125);
    expect(z0).toBe(normalAt([0.25, 0.125], 0));
    expect(z0 * z0 + z1 * z1).toBeCloseTo(-2 * Math.log(0.75), 12);
    // u1 → 1: the largest radius the guard 1 − u1 allows, at angle π: −sqrt(−2·ln(1 − u1)) ≈ −6.79.
    expect(normalAt([0.9999999999, 0.5], 0)).toBeCloseTo(-Math.sqrt(-2 * Math.log(1 - 0.9999999999)), 12);
    expect(normalAt([0.9999999999, 0.5], 0)).toBeCloseTo(-6.786, 3);
  });
});
