// The campaign's state as flat arrays (one slot per region) and the rule steps that change it: one
// entry day, the start of control, one control month, and the final classification. The Monte Carlo
// kernel (campaign.ts) and the play mode (play.ts) both drive these same steps, which is what makes a
// player who follows the automatic plan reach exactly the kernel's outcome. No allocation happens in a
// step unless an explanation sink is passed (recording and play only).
import type {
  ControlExplanation,
  EntryExplanation,
  ModelParameters,
  MonthRecord,
  OutcomeClass,
  RegionClass,
  ResolvedInputs,
  RunOutcome,
} from '../model/types';
import {
  advanceProbability,
  combatRatio,
  densityPerThousand,
  dieFace,
  growthRate,
  hostilityRequirement,
  initialHostForces,
  initialResisters,
  nextHostForces,
  nextResisters,
  noiseFactor,
  nominalQuality,
  oddsColumn,
  regionDefenders,
  requirementPerThousand,
  troopsForRatio,
  winningFaces,
} from './formulas';
import { controlDrawIndex, entryDrawIndex, normalAt } from './rng';

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
  /** Q_eff of this run, and Q_nom the plan sizes forces with. */
  qualityEffective: number;
  qualityNominal: number;
  // Constants of the run, per region.
  thousands: Float64Array; // population / 1,000
  defendersInitial: Float64Array;
  entryNeed: Float64Array; // troops for R* at Q_nom (hold need for an undefended region)
  holdNeed: Float64Array; // troops for q = 1 at the start of control, initial resisters
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
  regionClass: Int8Array;
  reserve: number;
  sentHome: number;
  phase: number;
  day: number;
  month: number;
  heldStreak: number;
  heldMonths: number;
  objectiveMet: boolean;
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
    qualityEffective: 1,
    qualityNominal: 1,
    thousands: new Float64Array(n),
    defendersInitial: new Float64Array(n),
    entryNeed: new Float64Array(n),
    holdNeed: new Float64Array(n),
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
    regionClass: new Int8Array(n),
    reserve: 0,
    sentHome: 0,
    phase: PHASE_ENTRY,
    day: 0,
    month: 0,
    heldStreak: 0,
    heldMonths: 0,
    objectiveMet: false,
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
  core.qualityEffective = qualityEffective;
  const qNom = nominalQuality(inputs);
  core.qualityNominal = qNom;
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
    core.defendersInitial[r] = d0;
    core.hostilityPart[r] = dPop;
    core.hostilityTroops[r] = dPop * thousands;
    core.resistersStart[r] = i0;
    core.hostStart[r] = h0;
    core.hostTarget[r] = params.hostTarget * people;
    core.resistanceCap[r] = params.resistanceCap * hostility * people;
    core.holdNeed[r] = hold;
    core.entryNeed[r] = d0 > 0
      ? troopsForRatio(inputs.targetRatio, d0, inputs.posture, inputs.terrainFactor[r], qNom)
      : Math.max(1, hold);
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
    core.regionClass[r] = CLASS_FAILED;
  }
  // Plan order by insertion (n ≤ 8): capital first, then larger population first, ties by index.
  const order = core.order;
  const cap = inputs.capitalIndex;
  let filled = 0;
  order[filled++] = cap;
  for (let r = 0; r < n; r++) {
    if (r === cap) continue;
    let j = filled;
    while (j > 1 && inputs.share[order[j - 1]] < inputs.share[r]) {
      order[j] = order[j - 1];
      j--;
    }
    order[j] = r;
    filled++;
  }
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
}

/** Regions whose entry walk is running or starts next day. */
export function contestedCount(core: Core): number {
  let count = 0;
  for (let r = 0; r < core.n; r++) if (core.status[r] === COMMITTED) count++;
  return count;
}

/** Regions entered so far. */
export function enteredCount(core: Core): number {
  let count = 0;
  for (let r = 0; r < core.n; r++) if (core.status[r] === ENTERED) count++;
  return count;
}

/** Troops in country: the reserve plus every region's troops, summed in region order. */
export function troopsInCountry(core: Core): number {
  let total = core.reserve;
  for (let r = 0; r < core.n; r++) total += core.troops[r];
  return total;
}

/**
 * Resolve entry day `day` (1-based) in every contested region, in region order. Culminated and
 * (on day T_A) stalemated regions send their survivors to the reserve. Explanations go to `sink`.
 */
export function resolveEntryDay(core: Core, day: number, draws: ArrayLike<number>, sink: EntryExplanation[] | null): void {
  const { n, params, inputs } = core;
  const lastDay = day >= params.entryDays;
  const win = params.winsToEnter;
  const loss = -params.lossesToCulminate;
  core.day = day;
  for (let r = 0; r < n; r++) {
    if (core.status[r] !== COMMITTED) continue;
    core.fought[r]++;
    const attackers = core.troops[r];
    const defenders = core.defenders[r];
    if (!(defenders > 0)) {
      // Unopposed: entered on its first day, no draw used.
      core.status[r] = ENTERED;
      core.enteredDay[r] = day;
      if (sink) sink.push(unopposedExplanation(core, r, attackers));
      continue;
    }
    const ratio = combatRatio(attackers, core.qualityEffective, defenders, inputs.posture, inputs.terrainFactor[r]);
    const p = advanceProbability(ratio, params);
    const u = draws[entryDrawIndex(n, day - 1, r)];
    const advanced = u < p;
    let score = core.score[r];
    if (advanced) {
      score += 1;
      core.defenders[r] = defenders * (1 - params.loserAttrition);
      core.troops[r] = attackers * (1 - params.winnerAttrition);
    } else {
      score -= 1;
      core.troops[r] = attackers * (1 - params.loserAttrition);
      core.defenders[r] = defenders * (1 - params.winnerAttrition);
    }
    core.score[r] = score;
    let result: EntryExplanation['result'] = 'continues';
    if (score >= win) {
      core.status[r] = ENTERED;
      core.enteredDay[r] = day;
      result = 'entered';
    } else if (score <= loss) {
      core.status[r] = CULMINATED;
      core.reserve += core.troops[r];
      core.troops[r] = 0;
      result = 'culminated';
    } else if (lastDay) {
      core.status[r] = STALEMATE;
      core.reserve += core.troops[r];
      core.troops[r] = 0;
      result = 'stalemate';
    }
    if (sink) {
      const w = winningFaces(p);
      sink.push({
        region: inputs.regionIds[r],
        attackers,
        defenders,
        qualityEffective: core.qualityEffective,
        posture: inputs.posture,
        terrain: inputs.terrainFactor[r],
        ratio,
        column: oddsColumn(ratio),
        probability: p,
        winningFaces: w,
        draw: u,
        die: dieFace(u, p),
        advanced,
        scoreAfter: score,
        result,
      });
    }
  }
}

function unopposedExplanation(core: Core, r: number, attackers: number): EntryExplanation {
  return {
    region: core.inputs.regionIds[r],
    attackers,
    defenders: 0,
    qualityEffective: core.qualityEffective,
    posture: core.inputs.posture,
    terrain: core.inputs.terrainFactor[r],
    ratio: 0,
    column: 'unopposed',
    probability: 1,
    winningFaces: 10,
    draw: 0,
    die: 1,
    advanced: true,
    scoreAfter: core.score[r],
    result: 'entered',
    unopposed: true,
  };
}

/** Phase A → B: entered regions get their host forces and initial resisters. */
export function startControl(core: Core): void {
  for (let r = 0; r < core.n; r++) {
    if (core.status[r] === ENTERED) {
      core.hostForces[r] = core.hostStart[r];
      core.resisters[r] = core.resistersStart[r];
      core.resistersInitial[r] = core.resistersStart[r];
    }
  }
  core.phase = PHASE_CONTROL;
}

/**
 * Coverage q = d / d_req of an entered region with its current troops, host forces and resisters,
 * computed as (S + e_H·H) / max(d_pop·P_r/1000, λ·I): the same ratio with one division.
 */
export function coverageOf(core: Core, r: number): number {
  return (core.troops[r] + core.params.hostWeight * core.hostForces[r]) / needOf(core, r);
}

/** Troop-equivalents needed for q = 1 in region r now: max(d_pop·P_r/1000, λ·I_r). */
export function needOf(core: Core, r: number): number {
  return Math.max(core.hostilityTroops[r], core.params.perResister * core.resisters[r]);
}

/**
 * Resolve control month `month` (1-based) after the month's allocation: measure q, check the
 * objective, update resistance with the month's normal, grow host forces.
 */
export function resolveControlMonth(core: Core, month: number, draws: ArrayLike<number>, sink: ControlExplanation[] | null): void {
  const { n, params, inputs } = core;
  core.month = month;
  // One pass per region (q, then resistance, then host forces): each region's update reads only its
  // own q, so this equals measuring every q first and updating after.
  for (let r = 0; r < n; r++) {
    if (core.status[r] !== ENTERED) {
      core.coverage[r] = 0;
      continue;
    }
    const q = coverageOf(core, r);
    core.coverage[r] = q;
    const before = core.resisters[r];
    const growth = growthRate(q, params);
    const at = controlDrawIndex(n, params.entryDays, month - 1, r);
    const slot = (month - 1) * n + r;
    const u1 = draws[at];
    const u2 = draws[at + 1];
    let noise: number;
    if (core.noiseU1[slot] === u1 && core.noiseU2[slot] === u2) {
      noise = core.noiseValue[slot];
    } else {
      noise = noiseFactor(normalAt(draws, at), params);
      core.noiseU1[slot] = u1;
      core.noiseU2[slot] = u2;
      core.noiseValue[slot] = noise;
    }
    const after = nextResisters(before, growth, noise, core.resistanceCap[r]);
    core.resisters[r] = after;
    if (sink) sink.push(controlExplanation(core, r, q, before, after, growth, normalAt(draws, at)));
    core.hostForces[r] = nextHostForces(core.hostForces[r], core.hostTarget[r], params);
  }
  const key = inputs.keyRegion;
  const keyCovered = core.status[key] === ENTERED && core.coverage[key] >= 1;
  if (inputs.objective === 'capital') {
    core.heldStreak = keyCovered ? core.heldStreak + 1 : 0;
    if (core.heldStreak >= params.capitalHoldMonths) core.objectiveMet = true;
  } else if (inputs.objective === 'limited') {
    if (month <= inputs.holdMonths && keyCovered && core.heldMonths === month - 1) core.heldMonths = month;
    if (core.heldMonths >= inputs.holdMonths) core.objectiveMet = true;
  }
}

function controlExplanation(core: Core, r: number, q: number, before: number, after: number, growth: number, z: number): ControlExplanation {
  const { params, inputs } = core;
  const th = core.thousands[r];
  const fromResistance = params.perResister * (before / th);
  return {
    region: inputs.regionIds[r],
    troops: core.troops[r],
    hostForces: core.hostForces[r],
    density: densityPerThousand(core.troops[r], core.hostForces[r], th, params),
    requirement: Math.max(core.hostilityPart[r], fromResistance),
    requirementFromHostility: core.hostilityPart[r],
    requirementFromResistance: fromResistance,
    coverage: q,
    resistersBefore: before,
    resistersAfter: after,
    growth,
    noise: z,
  };
}

/** The national picture after a month (coverage as measured that month, resistance after it). */
export function monthRecord(core: Core): MonthRecord {
  let controlled = 0;
  let resisters = 0;
  for (let r = 0; r < core.n; r++) {
    if (core.status[r] !== ENTERED) continue;
    if (core.coverage[r] >= 1) controlled += core.inputs.share[r];
    resisters += core.resisters[r];
  }
  return {
    month: core.month,
    controlledShare: controlled,
    resistancePerThousand: resisters / (core.inputs.population / 1000),
    troopsInCountry: troopsInCountry(core),
  };
}

/**
 * End of the campaign: classify every region with its final state (troops as last placed, resisters
 * and host forces after the last month), then the national outcome and the objective.
 */
export function finishCampaign(core: Core, run: number): RunOutcome {
  const { n, inputs, params } = core;
  let entered = 0;
  let stabilized = 0;
  let failed = 0;
  for (let r = 0; r < n; r++) {
    const share = inputs.share[r];
    let klass = CLASS_FAILED;
    if (core.status[r] === ENTERED) {
      entered += share;
      const q = coverageOf(core, r);
      core.coverage[r] = q;
      const i = core.resisters[r];
      const i0 = core.resistersInitial[r];
      if (q >= 1 && i <= i0) klass = CLASS_STABILIZED;
      else if (i > 3 * i0) klass = CLASS_FAILED;
      else klass = CLASS_CONTESTED;
    }
    core.regionClass[r] = klass;
    if (klass === CLASS_STABILIZED) stabilized += share;
    else if (klass === CLASS_FAILED) failed += share;
  }
  const key = inputs.keyRegion;
  const keyEntered = core.status[key] === ENTERED;
  let outcome: OutcomeClass;
  let success: boolean;
  if (!keyEntered) {
    outcome = 'entry-failed';
    success = false;
  } else if (inputs.objective === 'country') {
    if (core.regionClass[key] === CLASS_STABILIZED && stabilized >= params.stabilizedPopulationShare) outcome = 'stabilized';
    else if (failed >= params.failedPopulationShare) outcome = 'failed';
    else outcome = 'contested';
    success = outcome === 'stabilized';
  } else {
    outcome = REGION_CLASS_NAMES[core.regionClass[key]];
    success = core.objectiveMet;
  }
  core.phase = PHASE_ENDED;
  const capitalDay = core.enteredDay[inputs.capitalIndex];
  return {
    run,
    entered: keyEntered,
    success,
    outcome,
    capitalDay: capitalDay > 0 ? capitalDay : null,
    enteredPopulationShare: entered,
    stabilizedPopulationShare: stabilized,
  };
}
