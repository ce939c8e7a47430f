// The run's randomness: one alea generator per run, seeded from `${seed}:${run}`, drawn up front
// into a fixed-layout buffer so every run consumes the same number of uniforms whatever happens in it.
// That makes runs independent of order and of how a batch is split, and lets a sweep reuse one
// buffer for every troop level (common random numbers).
//
// Layout of a buffer for R regions, T_A entry days and T_B control months (docs/implementation-notes.md):
//   [0], [1]                               the Box-Muller pair for the run's quality draw
//   2 + d·R + r                            uniform for entry day d (0-based), region r
//   2 + R·T_A + 2·(m·R + r), … + 1          the Box-Muller pair for control month m (0-based), region r
// The buffer holds plain uniforms; a normal is z0 = sqrt(−2 ln(1 − u1))·cos(2π u2) of its pair
// (Box-Muller, always two uniforms, z1 unused).
//
// The generator is seedrandom's alea (Baagøe), used from the library at run time. (An inline copy
// "so the hot loop has no closures" was measured no faster: the library fills a 926-draw buffer at
// 90-118k buffers/s against 70-93k for the copy, with the same numbers bit for bit.)
// tests/engine/rng.test.ts pins the values against seedrandom's alea and known constants.
import seedrandom from 'seedrandom';
import type { ModelParameters } from '../model/types';

const TWO_PI = 2 * Math.PI;

/** Number of uniforms a run consumes: 2 (quality) + R·T_A (entry) + 2·R·T_B (control). */
export function drawCount(regionCount: number, params: Pick<ModelParameters, 'entryDays' | 'controlMonths'>): number {
  const entryDays = finiteDays(params.entryDays);
  return 2 + regionCount * entryDays + 2 * regionCount * params.controlMonths;
}

/** Entry days as a finite count; an infinite limit cannot be drawn up front. */
function finiteDays(entryDays: number): number {
  if (!Number.isFinite(entryDays)) {
    throw new Error('entryDays must be finite: lift the limit with a large finite value (e.g. 2000) instead');
  }
  return entryDays;
}

/** Index of the uniform for entry day `day` (0-based) and region `region`. */
export function entryDrawIndex(regionCount: number, day: number, region: number): number {
  return 2 + day * regionCount + region;
}

/** Index of the standard normal for control month `month` (0-based) and region `region`. */
export function controlDrawIndex(regionCount: number, entryDays: number, month: number, region: number): number {
  return 2 + regionCount * entryDays + 2 * (month * regionCount + region);
}

/** The string alea is seeded with for run `run` of a batch seeded `seed`. */
export function runSeed(seed: string | number, run: number): string {
  return `${seed}:${run}`;
}

/** Fill `out` with plain alea uniforms in [0, 1) for the given seed string (no normal conversion). */
export function fillUniforms(seedString: string, out: Float64Array): Float64Array {
  const next = seedrandom.alea(seedString);
  for (let i = 0; i < out.length; i++) out[i] = next();
  return out;
}

/**
 * A pair of uniforms → the pair of standard normals (Box-Muller). 1 − u1 lies in (0, 1], so the log
 * never sees 0 (alea can return exactly 0).
 */
export function boxMuller(u1: number, u2: number): [number, number] {
  const rho = Math.sqrt(-2 * Math.log(1 - u1));
  const theta = TWO_PI * u2;
  return [rho * Math.cos(theta), rho * Math.sin(theta)];
}

/**
 * Fill `out` with run `run`'s draws: alea uniforms seeded from `${seed}:${run}`. Size `out` with
 * drawCount(regionCount, params). The control pairs stay uniforms here; the kernel turns each pair
 * into its normal with normalAt (core.ts caches the converted noise per buffer contents).
 */
export function fillDraws(seed: string | number, run: number, out: Float64Array): Float64Array {
  return fillUniforms(runSeed(seed, run), out);
}

/** Standard normal z0 from the Box-Muller pair at out[i], out[i + 1] (guarded against log 0). */
export function normalAt(draws: ArrayLike<number>, i: number): number {
  return Math.sqrt(-2 * Math.log(1 - draws[i])) * Math.cos(TWO_PI * draws[i + 1]);
}

/** Convenience: a fresh buffer holding run `run`'s draws. */
export function drawsFor(seed: string | number, run: number, regionCount: number, params: Pick<ModelParameters, 'entryDays' | 'controlMonths'>): Float64Array {
  return fillDraws(seed, run, new Float64Array(drawCount(regionCount, params)));
}
