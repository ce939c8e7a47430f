// The campaign's state as flat arrays (one slot per region): the struct and its set-up for a run
// (counts are in core-counts.ts, the plan order in core-order.ts). The rule steps that change it live in entry.ts (one entry day) and control.ts (control
// months and the final classification); the kernel (campaign.ts) and the play mode (play.ts) both
// drive those same steps, which is what makes a player who follows the automatic plan reach exactly
// the kernel's outcome.
import type { ModelParameters, RegionClass, ResolvedInputs } from '../model/types';
import { planOrder } from './core-order';
import { hostilityRequirement, initialHostForces, initialResisters, nominalQuality, reconcileFactor, regionDefenders, regionPosture, requirementPerThousand, supportFactor, troopsForRatio, walkLogStep } from './formulas';

/** Region status codes of the flat state (play maps them to RegionStatus words). */
export const IDLE = 0; // no troops committed, never resolved
export const COMMITTED = 1; // troops placed; the entry walk runs (or starts next day)
export const ENTERED = 2;
export const CULMINATED = 3; // the attacker culminated: region failed
export const STALEMATE = 4; // still contested at day T_A: region failed

/** Final region classes as codes (index into REGION_CLASS_NAMES). */
export const CLASS_STABILIZED = 0;
export const CLASS_CONTESTED = 1;
export const CLASS_FAILED = 2;
export const REGION_CLASS_NAMES: readonly RegionClass[] = ['stabilized', 'contested', 'failed'];

export const PHASE_ENTRY = 0;
export const PHASE_CONTROL = 1;
export const PHASE_ENDED = 2;

export interface Core {
  n: number;
  inputs: ResolvedInputs;
  params: ModelParameters;
  // Model constants copied from params (and inputs) at init: the hot loops read them from this one
  // monomorphic object instead of from parameter objects of many shapes (spreads, overrides).
  crtSlope: number;
  crtMidpoint: number;
  winsToEnter: number;
  lossesToCulminate: number;
  loserAttrition: number;
  winnerAttrition: number;
  entryDays: number;
  hostWeight: number;
  perResister: number;
  growthScale: number;
  resistanceNoise: number;
  hostGrowthMonths: number;
  // Model v3 (docs/model.md §4b): ζ, T_g, the run's outside-support and reconciliation factors, W.
  hostilityResponse: number;
  hostilityMonths: number;
  support: number;
  reconcile: number;
  willMonths: number;
  willMultiple: number;
  posture: Float64Array; // π per region (formulas.regionPosture)
  terrain: Float64Array;
  /** ln c of the walk (formulas.walkLogStep). */
  logStep: number;
  /** ln(R_0/R50) of each region's walk, set on its first day. */
  walkLogRatio: Float64Array;
  /** p by region and score (slot r·(W+L+1) + B + L), NaN until first needed in the walk. */
  walkChance: Float64Array;
  /** Q_eff of this run, and Q_nom the plan sizes forces with. */
  qualityEffective: number;
  qualityNominal: number;
  // Constants of the run, per region.
  thousands: Float64Array; // population / 1,000
  defendersInitial: Float64Array;
  entryNeed: Float64Array; // troops for R* at Q_nom (hold need for an undefended region)
  entryNeedTotal: number; // Σ entryNeed: above it the country plan holds a reserve for the capital
  holdNeed: Float64Array; // troops for q = 1 at the start of control, initial resisters
  baseHostility: Float64Array; // g_0,r of the scenario
  hostility: Float64Array; // g_r now (model v3: it responds to the intervention)
  hostilityPart: Float64Array; // d_pop(g_r)
  hostilityTroops: Float64Array; // d_pop(g_r)·P_r/1000
  resistersStart: Float64Array; // I_r at the start of control if entered
  hostStart: Float64Array; // κ·H_pre·p_r
  hostTarget: Float64Array; // 0.004·P·p_r
  resistanceCap: Float64Array; // 0.05·g_r·P·p_r
  /** Plan order: the capital, then the others by population (largest first, ties by index). */
  order: Int32Array;
  // Mutable state.
  status: Int8Array;
  fought: Int32Array; // entry days fought
  enteredDay: Int32Array; // 1-based day entered, 0 = never
  troops: Float64Array;
  defenders: Float64Array;
  score: Float64Array;
  hostForces: Float64Array;
  resisters: Float64Array;
  resistersInitial: Float64Array;
  coverage: Float64Array;
  /** Consecutive control months, up to the last, in which the region was covered (q ≥ 1). */
  coveredStreak: Int32Array;
  regionClass: Int8Array;
  reserve: number;
  sentHome: number;
  phase: number;
  day: number;
  month: number;
  heldStreak: number;
  heldMonths: number;
  objectiveMet: boolean;
  /** Political will: months in a row with resistance above W× its start; the month the intervener left (0: never). */
  willStreak: number;
  withdrawnMonth: number;
  /** The capital's culminated attack has been renewed once (country objective, plan.ts). */
  capitalRenewed: boolean;
  // Water-filling scratch (plan.ts), preallocated so the monthly loop allocates nothing.
  fillIndex: Int32Array;
  fillKey: Float64Array;
  fillNeed: Float64Array;
  fillBase: Float64Array;
  // Noise cache: slot m·n + r holds the noise factor of month m, region r, with the two uniforms it
  // came from. A slot is reused only when the buffer holds the same two uniforms and σ is unchanged,
  // so a sweep (one buffer, many troop levels) pays log/sqrt/cos/exp once per run, never stale.
  noiseU1: Float64Array;
  noiseU2: Float64Array;
  noiseValue: Float64Array;
  noiseSigma: number;
}

export function createCore(n: number, inputs: ResolvedInputs, params: ModelParameters): Core {
  return {
    n,
    inputs,
    params,
    crtSlope: params.crtSlope,
    crtMidpoint: params.crtMidpoint,
    winsToEnter: params.winsToEnter,
    lossesToCulminate: params.lossesToCulminate,
    loserAttrition: params.loserAttrition,
    winnerAttrition: params.winnerAttrition,
    entryDays: params.entryDays,
    hostWeight: params.hostWeight,
    perResister: params.perResister,
    growthScale: params.growthScale,
    resistanceNoise: params.resistanceNoise,
    hostGrowthMonths: params.hostGrowthMonths,
    hostilityResponse: params.hostilityResponse,
    hostilityMonths: params.hostilityMonths,
    support: 1,
    reconcile: 1,
    willMonths: params.willMonths,
    willMultiple: params.willMultiple,
    posture: new Float64Array(n),
    terrain: new Float64Array(n),
    logStep: 0,
    walkLogRatio: new Float64Array(n),
    walkChance: new Float64Array(0),
    qualityEffective: 1,
    qualityNominal: 1,
    thousands: new Float64Array(n),
    defendersInitial: new Float64Array(n),
    entryNeed: new Float64Array(n),
    entryNeedTotal: 0,
    holdNeed: new Float64Array(n),
    baseHostility: new Float64Array(n),
    hostility: new Float64Array(n),
    hostilityPart: new Float64Array(n),
    hostilityTroops: new Float64Array(n),
    resistersStart: new Float64Array(n),
    hostStart: new Float64Array(n),
    hostTarget: new Float64Array(n),
    resistanceCap: new Float64Array(n),
    order: new Int32Array(n),
    status: new Int8Array(n),
    fought: new Int32Array(n),
    enteredDay: new Int32Array(n),
    troops: new Float64Array(n),
    defenders: new Float64Array(n),
    score: new Float64Array(n),
    hostForces: new Float64Array(n),
    resisters: new Float64Array(n),
    resistersInitial: new Float64Array(n),
    coverage: new Float64Array(n),
    coveredStreak: new Int32Array(n),
    regionClass: new Int8Array(n),
    reserve: 0,
    sentHome: 0,
    phase: PHASE_ENTRY,
    day: 0,
    month: 0,
    heldStreak: 0,
    heldMonths: 0,
    objectiveMet: false,
    willStreak: 0,
    withdrawnMonth: 0,
    capitalRenewed: false,
    fillIndex: new Int32Array(n),
    fillKey: new Float64Array(n),
    fillNeed: new Float64Array(n),
    fillBase: new Float64Array(n),
    noiseU1: new Float64Array(0),
    noiseU2: new Float64Array(0),
    noiseValue: new Float64Array(0),
    noiseSigma: Number.NaN,
  };
}

/**
 * Set the run's constants and reset the state to day 0: every troop in reserve, nothing entered.
 * `qualityEffective` is the run's Q_eff (formulas.effectiveQuality of the quality draw).
 */
export function initCore(core: Core, inputs: ResolvedInputs, params: ModelParameters, qualityEffective: number): void {
  const n = core.n;
  core.inputs = inputs;
  core.params = params;
  core.crtSlope = params.crtSlope;
  core.crtMidpoint = params.crtMidpoint;
  core.winsToEnter = params.winsToEnter;
  core.lossesToCulminate = params.lossesToCulminate;
  core.loserAttrition = params.loserAttrition;
  core.winnerAttrition = params.winnerAttrition;
  core.entryDays = params.entryDays;
  core.hostWeight = params.hostWeight;
  core.perResister = params.perResister;
  core.growthScale = params.growthScale;
  core.resistanceNoise = params.resistanceNoise;
  core.hostGrowthMonths = params.hostGrowthMonths;
  core.hostilityResponse = params.hostilityResponse;
  core.hostilityMonths = params.hostilityMonths;
  core.support = supportFactor(inputs, params);
  core.reconcile = reconcileFactor(inputs, params);
  core.willMonths = params.willMonths;
  core.willMultiple = params.willMultiple;
  core.logStep = walkLogStep(params);
  const chanceSlots = n * (params.winsToEnter + params.lossesToCulminate + 1);
  if (core.walkChance.length !== chanceSlots) core.walkChance = new Float64Array(chanceSlots);
  core.walkChance.fill(Number.NaN);
  core.qualityEffective = qualityEffective;
  const qNom = nominalQuality(inputs);
  core.qualityNominal = qNom;
  let needTotal = 0;
  for (let r = 0; r < n; r++) {
    const share = inputs.share[r];
    const people = inputs.population * share;
    const thousands = people / 1000;
    const d0 = regionDefenders(inputs, r);
    const hostility = inputs.regionHostility[r];
    const dPop = hostilityRequirement(hostility);
    const i0 = initialResisters(inputs, params, r, d0);
    const h0 = initialHostForces(inputs, r);
    const req0 = requirementPerThousand(dPop, i0, thousands, params);
    const hold = Math.max(0, req0 * thousands - params.hostWeight * h0);
    core.thousands[r] = thousands;
    core.terrain[r] = inputs.terrainFactor[r];
    core.posture[r] = regionPosture(inputs, r);
    core.walkLogRatio[r] = 0;
    core.defendersInitial[r] = d0;
    core.baseHostility[r] = hostility;
    core.hostility[r] = hostility;
    core.hostilityPart[r] = dPop;
    core.hostilityTroops[r] = dPop * thousands;
    core.resistersStart[r] = i0;
    core.hostStart[r] = h0;
    core.hostTarget[r] = Math.max(h0, inputs.hostTargetTotal * share);
    core.resistanceCap[r] = params.resistanceCap * hostility * people;
    core.holdNeed[r] = hold;
    core.entryNeed[r] = d0 > 0 ? troopsForRatio(inputs.targetRatio, d0, core.posture[r], inputs.terrainFactor[r], qNom) : Math.max(1, hold);
    needTotal += core.entryNeed[r];
    core.status[r] = IDLE;
    core.fought[r] = 0;
    core.enteredDay[r] = 0;
    core.troops[r] = 0;
    core.defenders[r] = d0;
    core.score[r] = 0;
    core.hostForces[r] = 0;
    core.resisters[r] = 0;
    core.resistersInitial[r] = 0;
    core.coverage[r] = 0;
    core.coveredStreak[r] = 0;
    core.regionClass[r] = CLASS_FAILED;
  }
  core.entryNeedTotal = needTotal;
  planOrder(core);
  const slots = params.controlMonths * n;
  if (core.noiseValue.length !== slots || core.noiseSigma !== params.resistanceNoise) {
    core.noiseU1 = new Float64Array(slots).fill(Number.NaN);
    core.noiseU2 = new Float64Array(slots);
    core.noiseValue = new Float64Array(slots);
    core.noiseSigma = params.resistanceNoise;
  }
  core.reserve = inputs.troops;
  core.sentHome = 0;
  core.phase = PHASE_ENTRY;
  core.day = 0;
  core.month = 0;
  core.heldStreak = 0;
  core.heldMonths = 0;
  core.objectiveMet = false;
  core.willStreak = 0;
  core.withdrawnMonth = 0;
  core.capitalRenewed = false;
}
