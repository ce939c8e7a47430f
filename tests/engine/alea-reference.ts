// An independent transcription of Baagøe's alea and Mash (the published algorithm that seedrandom's
// alea implements), kept as the oracle for src/engine/rng.ts, which uses seedrandom at run time: if
// the library ever changed its numbers, every seeded result in the project would change with it.
const TWO_POW_MINUS_32 = 2.3283064365386963e-10;

/** Baagøe's Mash hash state, run over the seed string exactly as seedrandom does. */
function mashSeed(seed: string): [number, number, number] {
  let n = 0xefc8249d;
  const mash = (data: string): number => {
    for (let i = 0; i < data.length; i++) {
      n += data.charCodeAt(i);
      let h = 0.02519603282416938 * n;
      n = h >>> 0;
      h -= n;
      h *= n;
      n = h >>> 0;
      h -= n;
      n += h * 0x100000000;
    }
    return (n >>> 0) * TWO_POW_MINUS_32;
  };
  let s0 = mash(' ');
  let s1 = mash(' ');
  let s2 = mash(' ');
  s0 -= mash(seed);
  if (s0 < 0) s0 += 1;
  s1 -= mash(seed);
  if (s1 < 0) s1 += 1;
  s2 -= mash(seed);
  if (s2 < 0) s2 += 1;
  return [s0, s1, s2];
}

/** Fill `out` with plain alea uniforms in [0, 1) for the given seed string (no normal conversion). */
export function referenceAlea(seedString: string, out: Float64Array): Float64Array {
  let [s0, s1, s2] = mashSeed(seedString);
  let c = 1;
  for (let i = 0; i < out.length; i++) {
    const t = 2091639 * s0 + c * TWO_POW_MINUS_32;
    s0 = s1;
    s1 = s2;
    c = t | 0;
    s2 = t - c;
    out[i] = s2;
  }
  return out;
}
