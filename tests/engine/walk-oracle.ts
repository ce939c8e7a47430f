// An independent re-implementation of the entry walk (model.md §2), for tests to compare the engine
// against. It shares no code with src/engine: the combat ratio is recomputed every day from the
// current strengths, R = A·Q/(D·π·τ), and the CRT chance is written out as p = 1 / (1 + (R/R50)^(−β))
// with Math.pow (the engine tracks ln R along the walk and uses exp). Only the draw layout is taken
// from the documented rule in src/engine/rng.ts, written out here: the run's quality pair at [0], [1],
// and the uniform of entry day d (1-based), region r of R regions at 2 + (d − 1)·R + r.
//
// The finite-horizon dynamic program below is the aggregate oracle: because each day multiplies both
// sides by fixed factors, the ratio after net score B is R0·c^B with c = (1 − ℓ_W)/(1 − ℓ_L), so the
// chance of advancing depends on the score only, and P(entered by day T) follows by forward recursion.

import type { ModelParameters } from '../../src/model/types';

/** The walk's constants, as the model parameters name them. */
export type WalkRules = Pick<ModelParameters, 'crtSlope' | 'crtMidpoint' | 'winsToEnter' | 'lossesToCulminate' | 'loserAttrition' | 'winnerAttrition' | 'entryDays'>;

export type WalkEnd = 'entered' | 'culminated' | 'stalemate';

export interface WalkResult {
  end: WalkEnd;
  /** The 1-based day the walk ended. */
  day: number;
  /** Days whose draw lay within 1e-9 of p (where rounding could legitimately flip the engine's roll). */
  nearTies: number;
}

/** The CRT, written out: p = 1 / (1 + (R/R50)^(−β)). */
export function crt(ratio: number, rules: Pick<WalkRules, 'crtSlope' | 'crtMidpoint'>): number {
  return 1 / (1 + Math.pow(ratio / rules.crtMidpoint, -rules.crtSlope));
}

/** Index of the uniform for entry day `day` (1-based), region `region` of `regions` (rng.ts layout). */
export function entryUniformIndex(regions: number, day: number, region: number): number {
  return 2 + (day - 1) * regions + region;
}

/**
 * The run's effective quality from its quality pair: Q_run = Q·exp(σ·z) with the Box-Muller normal
 * z = sqrt(−2 ln(1 − u0))·cos(2π·u1) (or Q when quality does not vary), then Q_eff = Q_run^(1−m).
 */
export function runQualityOracle(draws: ArrayLike<number>, quality: number, spread: number, mastery: number, varies: boolean): number {
  const z = Math.sqrt(-2 * Math.log(1 - draws[0])) * Math.cos(2 * Math.PI * draws[1]);
  const run = varies ? quality * Math.exp(spread * z) : quality;
  return Math.pow(run, 1 - mastery);
}

/**
 * One region's walk from day `firstDay` (1-based) with `attackers` against `defenders`: each day
 * R = A·Q/(D·π·τ) from the current strengths, p = crt(R), advance iff u < p; the day's winner loses
 * ℓ_W and the loser ℓ_L; +W net advances enter, −L culminate, and a walk still running on day T_A is a
 * stalemate. A region without defenders is entered on its first day without a roll.
 */
export function simulateWalk(draws: ArrayLike<number>, regions: number, region: number, force: { attackers: number; defenders: number; quality: number; posture: number; terrain: number }, rules: WalkRules, firstDay = 1): WalkResult {
  let a = force.attackers;
  let d = force.defenders;
  let score = 0;
  let nearTies = 0;
  if (!(d > 0)) return { end: 'entered', day: firstDay, nearTies };
  for (let day = firstDay; day <= rules.entryDays; day++) {
    const ratio = (a * force.quality) / (d * force.posture * force.terrain);
    const p = crt(ratio, rules);
    const u = draws[entryUniformIndex(regions, day, region)];
    if (Math.abs(u - p) < 1e-9) nearTies++;
    if (u < p) {
      score += 1;
      a *= 1 - rules.winnerAttrition;
      d *= 1 - rules.loserAttrition;
    } else {
      score -= 1;
      a *= 1 - rules.loserAttrition;
      d *= 1 - rules.winnerAttrition;
    }
    if (score >= rules.winsToEnter) return { end: 'entered', day, nearTies };
    if (score <= -rules.lossesToCulminate) return { end: 'culminated', day, nearTies };
  }
  return { end: 'stalemate', day: rules.entryDays, nearTies };
}

/**
 * Exact P(entered), P(culminated) within `rules.entryDays` days for a walk starting at ratio R0,
 * with p after net score B equal to crt(R0·c^B), c = (1 − ℓ_W)/(1 − ℓ_L) (forward recursion).
 */
export function walkEndProbabilities(ratio0: number, rules: WalkRules): { entered: number; culminated: number; stalemate: number } {
  const c = (1 - rules.winnerAttrition) / (1 - rules.loserAttrition);
  const W = rules.winsToEnter;
  const L = rules.lossesToCulminate;
  const p = (score: number) => crt(ratio0 * Math.pow(c, score), rules);
  let dist = new Map<number, number>([[0, 1]]);
  let entered = 0;
  let culminated = 0;
  for (let day = 0; day < rules.entryDays; day++) {
    const next = new Map<number, number>();
    for (const [score, mass] of dist) {
      const up = p(score);
      if (score + 1 >= W) entered += mass * up;
      else next.set(score + 1, (next.get(score + 1) ?? 0) + mass * up);
      if (score - 1 <= -L) culminated += mass * (1 - up);
      else next.set(score - 1, (next.get(score - 1) ?? 0) + mass * (1 - up));
    }
    dist = next;
  }
  return { entered, culminated, stalemate: 1 - entered - culminated };
}

/**
 * P(entered) when the run's quality is lognormal, Q_run = Q·exp(σ·z), z ~ N(0, 1): the dynamic
 * program averaged over z by the trapezoid rule on [−8, 8] (801 nodes; the tails beyond carry < 1e-15).
 */
export function enteredOverQuality(ratioAtMedianQuality: number, spread: number, mastery: number, rules: WalkRules): number {
  const nodes = 801;
  const h = 16 / (nodes - 1);
  let sum = 0;
  for (let i = 0; i < nodes; i++) {
    const z = -8 + i * h;
    const weight = ((i === 0 || i === nodes - 1 ? 0.5 : 1) * h * Math.exp(-0.5 * z * z)) / Math.sqrt(2 * Math.PI);
    // R scales with Q_eff = (Q·e^(σz))^(1−m) relative to Q_eff at the median, Q^(1−m).
    const ratio = ratioAtMedianQuality * Math.exp(spread * z * (1 - mastery));
    sum += weight * walkEndProbabilities(ratio, rules).entered;
  }
  return sum;
}
