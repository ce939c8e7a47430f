// The model's equations (docs/model.md §3-§4) as small pure functions, shared by the
// Monte Carlo kernel (campaign.ts), the automatic plan (plan.ts) and the play mode (play.ts), so every
// path computes each number with the same arithmetic in the same order.
import type { ModelParameters, ResolvedInputs } from '../model/types';

/** k = ln 10 in the Epstein-shaped growth γ(q) = s·(10·e^(−k·q) − 1). */
export const GROWTH_K = Math.LN10;

/** Nominal effective quality the plan sizes forces with: Q_nom = Q^(1−m). */
export function nominalQuality(inputs: Pick<ResolvedInputs, 'quality' | 'mastery'>): number {
  return Math.pow(inputs.quality, 1 - inputs.mastery);
}

/**
 * The run's effective quality: Q_run = Q·exp(σQ·z) (so Q is the median), Q_eff = Q_run^(1−m).
 * With qualityVaries false, Q_run = Q and z is ignored (its draws are still consumed).
 */
export function effectiveQuality(inputs: Pick<ResolvedInputs, 'quality' | 'qualitySpread' | 'mastery'>, params: Pick<ModelParameters, 'qualityVaries'>, z: number): number {
  const run = params.qualityVaries ? inputs.quality * Math.exp(inputs.qualitySpread * z) : inputs.quality;
  return Math.pow(run, 1 - inputs.mastery);
}

/**
 * Regular defenders in region r at the start: D_r = c·D·(k_cap·[r is capital] + (1 − k_cap)·p_r).
 * One region is the single theatre: exactly c·D (k + (1 − k)·1 need not round to 1 in floating point).
 */
export function regionDefenders(inputs: ResolvedInputs, r: number): number {
  const fighting = inputs.cohesion * inputs.regulars;
  if (inputs.share.length === 1) return fighting;
  const capital = r === inputs.capitalIndex ? inputs.capitalShare : 0;
  return fighting * (capital + (1 - inputs.capitalShare) * inputs.share[r]);
}

/** Posture π of region r: the defender team's choice there (two-team play) or the scenario's π. */
export function regionPosture(inputs: Pick<ResolvedInputs, 'posture' | 'regionPosture'>, r: number): number {
  return inputs.regionPosture?.[r] ?? inputs.posture;
}

/** Combat-power ratio R = (A·Q_eff) / (D·π·τ). */
export function combatRatio(attackers: number, qualityEffective: number, defenders: number, posture: number, terrain: number): number {
  return (attackers * qualityEffective) / (defenders * posture * terrain);
}

/**
 * CRT chance the attacker advances in a day: p = 1 / (1 + (R/R50)^(−β)), computed as
 * exp(−β·ln(R/R50)) (about twice as fast as Math.pow in V8). R = 0 gives 0, R = ∞ gives 1.
 */
export function advanceProbability(ratio: number, params: Pick<ModelParameters, 'crtSlope' | 'crtMidpoint'>): number {
  return 1 / (1 + Math.exp(-params.crtSlope * Math.log(ratio / params.crtMidpoint)));
}

/**
 * The same chance along a walk without recomputing R: every net advance multiplies R by
 * c = (1 − ℓ_W)/(1 − ℓ_L) (the attacker loses ℓ_W, the defender ℓ_L) and every repulse divides it, so
 * after score B the ratio is R_0·c^B and p = 1 / (1 + exp(−β·(ln(R_0/R50) + B·ln c))). With B = 0 it is
 * advanceProbability(R_0) operation for operation.
 */
export function walkProbability(logRatio0: number, score: number, logStep: number, params: Pick<ModelParameters, 'crtSlope'>): number {
  return 1 / (1 + Math.exp(-params.crtSlope * (logRatio0 + score * logStep)));
}

/** ln c, the change of ln R per net advance: ln((1 − ℓ_W)/(1 − ℓ_L)). */
export function walkLogStep(params: Pick<ModelParameters, 'loserAttrition' | 'winnerAttrition'>): number {
  return Math.log((1 - params.winnerAttrition) / (1 - params.loserAttrition));
}

/**
 * Attackers needed for a target ratio: A = R*·D·π·τ / Q. (The plan uses Q_nom.)
 */
export function troopsForRatio(targetRatio: number, defenders: number, posture: number, terrain: number, quality: number): number {
  return (targetRatio * defenders * posture * terrain) / quality;
}

/**
 * The CRT odds column for a ratio, rounded in the defender's favour as board wargames do
 * (2.7 → "2:1", 0.6 → "1:2"), clamped to the table's 1:4 … 6:1.
 */
export function oddsColumn(ratio: number): string {
  if (ratio >= 1) return `${Math.min(6, Math.floor(ratio))}:1`;
  if (!(ratio > 0)) return '1:4';
  return `1:${Math.min(4, Math.ceil(1 / ratio - 1e-12))}`;
}

/** d10 faces on which the attacker advances: round(10·p). */
export function winningFaces(probability: number): number {
  return Math.round(10 * probability);
}

/**
 * The d10 face shown for a draw u, consistent with the exact rule (advance iff u < p) whenever the
 * rounded faces allow it: an advance shows a face in 1…w, a repulse a face in w+1…10, spread evenly
 * over the draw. Only when w = 0 and the attacker still advances (p < 0.05), or w = 10 and it is still
 * repulsed (p ≥ 0.95), does the face fall outside (shown as 1 and 10): the draw decides, not the die.
 */
export function dieFace(draw: number, probability: number): number {
  const w = winningFaces(probability);
  if (draw < probability) {
    if (w === 0) return 1;
    return 1 + Math.min(w - 1, Math.floor((draw / probability) * w));
  }
  if (w === 10) return 10;
  return w + 1 + Math.min(9 - w, Math.floor(((draw - probability) / (1 - probability)) * (10 - w)));
}

/**
 * Hostility requirement per 1,000 over the whole range g ∈ [0, 1] (model v3, docs/model.md §4b):
 * d_pop(g) = 1 + 10·g below g = 0.1 (Quinlivan's 1 per 1,000 for a population at peace, rising to 2),
 * and 2·10^((g − 0.1)/0.6) from 0.1 (2 per 1,000) through 0.7 (20, the successful-control densities)
 * on to 1 (about 63: more than any force has fielded, so a wholly hostile population cannot be
 * covered by density alone). Version 2 clamped g to [0.1, 0.7]; the two agree inside it.
 */
export function hostilityRequirement(hostility: number): number {
  const g = Math.min(1, Math.max(0, hostility));
  if (g < 0.1) return 1 + 10 * g;
  return 2 * Math.exp(GROWTH_K * ((g - 0.1) / 0.6));
}

/**
 * The hostility a region tends toward this month (model v3, docs/model.md §4b): g* = min(1, g_0 + ζ·f),
 * where f = S / (S + e_H·H) is the foreign share of the security forces there (0 with none at all):
 * foreign troops carrying the security raise opposition, host forces taking it over lower it again.
 */
export function hostilityTarget(baseHostility: number, troops: number, hostForces: number, params: Pick<ModelParameters, 'hostWeight' | 'hostilityResponse'>): number {
  const security = troops + params.hostWeight * hostForces;
  const foreign = security > 0 ? troops / security : 0;
  return Math.min(1, baseHostility + params.hostilityResponse * foreign);
}

/** g ← g + (g* − g)/T_g. */
export function nextHostility(hostility: number, target: number, params: Pick<ModelParameters, 'hostilityMonths'>): number {
  return hostility + (target - hostility) / params.hostilityMonths;
}

/**
 * The month's factor on resistance from outside support and reconciliation (model v3, docs/model.md
 * §4b): exp(s_o·o) always, times (1 − ρ·χ) in a covered month (q ≥ 1).
 */
export function supportFactor(inputs: Pick<ResolvedInputs, 'outsideSupport'>, params: Pick<ModelParameters, 'outsideSupportGrowth'>): number {
  return Math.exp(params.outsideSupportGrowth * inputs.outsideSupport);
}

export function reconcileFactor(inputs: Pick<ResolvedInputs, 'reconcilable'>, params: Pick<ModelParameters, 'reconciliationRate'>): number {
  return 1 - params.reconciliationRate * inputs.reconcilable;
}

/**
 * Initial active resisters: max(ω·D_r,initial + μ·M·p_r, ψ·g_r·P·p_r), ω the scenario's share of
 * fighting defenders who go to ground (model v3; default φ = 2%, version 2's constant).
 */
export function initialResisters(inputs: ResolvedInputs, params: ModelParameters, r: number, defendersInitial: number): number {
  const population = inputs.population * inputs.share[r];
  const fromFighting = inputs.toGround * defendersInitial + params.resistanceFromMilitia * inputs.militia * inputs.share[r];
  const floor = params.resistanceFloor * inputs.regionHostility[r] * population;
  return Math.max(fromFighting, floor);
}

/** Host forces at the start of control: κ·H_pre·p_r. */
export function initialHostForces(inputs: ResolvedInputs, r: number): number {
  return inputs.hostRetained * inputs.hostPreWar * inputs.share[r];
}

/** Requirement per 1,000: max(d_pop(g), λ·i) with i = resisters per 1,000. */
export function requirementPerThousand(hostilityPart: number, resisters: number, thousands: number, params: Pick<ModelParameters, 'perResister'>): number {
  return Math.max(hostilityPart, params.perResister * (resisters / thousands));
}

/** Density per 1,000: (S + e_H·H) / (population / 1,000). */
export function densityPerThousand(troops: number, hostForces: number, thousands: number, params: Pick<ModelParameters, 'hostWeight'>): number {
  return (troops + params.hostWeight * hostForces) / thousands;
}

/**
 * Monthly resistance growth γ(q) = s·(10·e^(−k·q) − 1), floored at −s. (The floor never binds:
 * e^(−k·q) > 0, so γ > −s; it is kept because the reference states it.)
 */
export function growthRate(coverage: number, params: Pick<ModelParameters, 'growthScale'>): number {
  const g = params.growthScale * (10 * Math.exp(-GROWTH_K * coverage) - 1);
  return Math.max(g, -params.growthScale);
}

/**
 * The month's growth factor exp(γ(q)), the hot spot of the control phase. Below q = 12 it is read
 * from a table of exp(γ) and its derivative every 1/1024 of q, by cubic Hermite interpolation
 * (relative error below 1e-13 at s = 0.03, 1e-12 up to s = 0.06, tested; the noise it multiplies has σ = 0.10); above, exactly. The table
 * is pure arithmetic built once per growth scale s, so every path (kernel, play) reads the same numbers.
 */
export function growthFactor(coverage: number, params: Pick<ModelParameters, 'growthScale'>): number {
  if (!(coverage < GROWTH_TABLE_MAX) || !(coverage >= 0)) return Math.exp(growthRate(coverage, params));
  if (params.growthScale !== growthTableScale) buildGrowthTable(params.growthScale);
  const t = coverage * GROWTH_TABLE_STEPS;
  const i = t | 0;
  const u = t - i;
  const u2 = u * u;
  const u3 = u2 * u;
  const values = growthTableValues;
  const slopes = growthTableSlopes;
  return values[i] * (2 * u3 - 3 * u2 + 1) + slopes[i] * (u3 - 2 * u2 + u) + values[i + 1] * (3 * u2 - 2 * u3) + slopes[i + 1] * (u3 - u2);
}

/** Table resolution: nodes per unit of q, and the q where the exact formula takes over. */
export const GROWTH_TABLE_STEPS = 1024;
export const GROWTH_TABLE_MAX = 12;
let growthTableScale = Number.NaN;
let growthTableValues = new Float64Array(0);
let growthTableSlopes = new Float64Array(0);

/** Tables already built, by growth scale (a tornado alternates a few scales run after run). */
const growthTables = new Map<number, [Float64Array<ArrayBuffer>, Float64Array<ArrayBuffer>]>();

function buildGrowthTable(scale: number): void {
  const cached = growthTables.get(scale);
  if (cached) {
    [growthTableValues, growthTableSlopes] = cached;
    growthTableScale = scale;
    return;
  }
  const nodes = GROWTH_TABLE_MAX * GROWTH_TABLE_STEPS + 2;
  const values = new Float64Array(nodes);
  const slopes = new Float64Array(nodes);
  for (let i = 0; i < nodes; i++) {
    const q = i / GROWTH_TABLE_STEPS;
    const x = Math.exp(-GROWTH_K * q);
    const f = Math.exp(scale * (10 * x - 1));
    values[i] = f;
    // d/dq exp(s(10e^(−kq) − 1)) = f·s·10·(−k)·e^(−kq), per table step.
    slopes[i] = (f * scale * 10 * -GROWTH_K * x) / GROWTH_TABLE_STEPS;
  }
  growthTableValues = values;
  growthTableSlopes = slopes;
  growthTableScale = scale;
  if (growthTables.size >= 8) growthTables.clear();
  growthTables.set(scale, [values, slopes]);
}

/** The month's multiplicative noise on resistance: exp(σ·z − σ²/2) (mean 1). */
export function noiseFactor(z: number, params: Pick<ModelParameters, 'resistanceNoise'>): number {
  const sigma = params.resistanceNoise;
  return Math.exp(sigma * z - (sigma * sigma) / 2);
}

/**
 * I ← min(cap, I·exp(γ)·exp(σ·z − σ²/2)), i.e. I·exp(γ + σ·z − σ²/2), from the growth factor
 * exp(γ) (growthFactor) and the noise factor, kept apart so the kernel can reuse the noise across the
 * troop levels of a sweep (same draws, same factor).
 */
export function nextResisters(resisters: number, growth: number, noise: number, cap: number): number {
  return Math.min(cap, resisters * growth * noise);
}

/** H ← H + (target − H)/months. */
export function nextHostForces(hostForces: number, target: number, params: Pick<ModelParameters, 'hostGrowthMonths'>): number {
  return hostForces + (target - hostForces) / params.hostGrowthMonths;
}
