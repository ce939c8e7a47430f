// Phase B rule steps (docs/model.md §4, §6): the start of control, coverage, one control month (measure q,
// check the objective, update resistance, grow host forces), the monthly record, and the end-of-run
// classification into region classes, the national outcome and the objective's success.
import type { ControlExplanation, MonthRecord, OutcomeClass, RunOutcome } from '../model/types';
import type { Core } from './core';
import { CLASS_CONTESTED, CLASS_FAILED, CLASS_STABILIZED, ENTERED, PHASE_CONTROL, PHASE_ENDED, REGION_CLASS_NAMES } from './core';
import { troopsInCountry } from './core-counts';
import { densityPerThousand, growthFactor, growthRate, hostilityRequirement, hostilityTarget, nextHostForces, nextHostility, nextResisters, noiseFactor } from './formulas';
import { controlDrawIndex, normalAt } from './rng';

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
  return (core.troops[r] + core.hostWeight * core.hostForces[r]) / needOf(core, r);
}

/** Troop-equivalents needed for q = 1 in region r now: max(d_pop·P_r/1000, λ·I_r). */
export function needOf(core: Core, r: number): number {
  return Math.max(core.hostilityTroops[r], core.perResister * core.resisters[r]);
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
    core.coveredStreak[r] = q >= 1 ? core.coveredStreak[r] + 1 : 0;
    const before = core.resisters[r];
    const growth = growthFactor(q, core);
    const at = controlDrawIndex(n, core.entryDays, month - 1, r);
    const slot = (month - 1) * n + r;
    const u1 = draws[at];
    const u2 = draws[at + 1];
    let noise: number;
    if (core.noiseU1[slot] === u1 && core.noiseU2[slot] === u2) {
      noise = core.noiseValue[slot];
    } else {
      noise = noiseFactor(normalAt(draws, at), core);
      core.noiseU1[slot] = u1;
      core.noiseU2[slot] = u2;
      core.noiseValue[slot] = noise;
    }
    // Model v3 (docs/model.md §4b): outside support feeds the resistance whatever q; in a covered month
    // a share of its reconcilable part is won over.
    const factor = q >= 1 ? growth * core.support * core.reconcile : growth * core.support;
    const after = nextResisters(before, factor, noise, core.resistanceCap[r]);
    core.resisters[r] = after;
    if (sink) sink.push(controlExplanation(core, r, q, before, after, growthRate(q, core), normalAt(draws, at)));
    core.hostForces[r] = nextHostForces(core.hostForces[r], core.hostTarget[r], core);
    if (core.hostilityResponse > 0) respondHostility(core, r);
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
  checkWill(core, month);
}

/**
 * Hostility moves toward g* = g_0 + ζ·(foreign share of the security forces) (docs/model.md §4b), and
 * with it the region's requirement d_pop(g) and the cap on its resistance (both read next month).
 */
function respondHostility(core: Core, r: number): void {
  const g = nextHostility(core.hostility[r], hostilityTarget(core.baseHostility[r], core.troops[r], core.hostForces[r], core), core);
  if (g !== core.hostility[r]) setHostility(core, r, g);
}

/** Region r's hostility is g: its requirement d_pop(g) and its resistance cap follow (play-state loads it too). */
export function setHostility(core: Core, r: number, g: number): void {
  const dPop = hostilityRequirement(g);
  core.hostility[r] = g;
  core.hostilityPart[r] = dPop;
  core.hostilityTroops[r] = dPop * core.thousands[r];
  core.resistanceCap[r] = core.params.resistanceCap * g * (core.inputs.population * core.inputs.share[r]);
}

/**
 * Political will (docs/model.md §4b): after W months in a row with the resistance of the entered
 * regions above willMultiple × its start, the intervener leaves: every troop goes home, and the
 * months that remain run with host forces alone (a region not stabilized at the end has failed).
 */
function checkWill(core: Core, month: number): void {
  // A patience longer than the campaign can never run out (W = 99, the shipped value): skip the count.
  if (core.withdrawnMonth > 0 || core.willMonths > core.params.controlMonths) return;
  let total = 0;
  let start = 0;
  for (let r = 0; r < core.n; r++) {
    if (core.status[r] !== ENTERED) continue;
    total += core.resisters[r];
    start += core.resistersInitial[r];
  }
  core.willStreak = total > core.willMultiple * start ? core.willStreak + 1 : 0;
  if (core.willStreak < core.willMonths) return;
  core.withdrawnMonth = month;
  let home = core.reserve;
  for (let r = 0; r < core.n; r++) {
    home += core.troops[r];
    core.troops[r] = 0;
  }
  core.reserve = 0;
  core.sentHome += home;
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
    hostility: core.hostility[r],
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
      core.coverage[r] = coverageOf(core, r);
      // Classes on states the monthly noise alone cannot flip (docs/model.md §4): failed if resistance
      // has grown past its multiple (a growing insurgency), stabilized if coverage was held in each
      // of the last months (the density met the requirement, so resistance shrinks in expectation).
      // After a withdrawal (model v3) a region the host forces did not stabilize has failed.
      if (core.resisters[r] > params.failedResistanceMultiple * core.resistersInitial[r]) klass = CLASS_FAILED;
      else if (core.coveredStreak[r] >= Math.min(params.stabilizedHoldMonths, params.controlMonths)) klass = CLASS_STABILIZED;
      else klass = core.withdrawnMonth > 0 ? CLASS_FAILED : CLASS_CONTESTED;
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
