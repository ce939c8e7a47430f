// Play mode: a game is plain serializable state changed only by applyAction(state, action), an immer
// reducer (boardgame.io style) that returns the new state and the events that happened, or a typed
// Rejection for an illegal action (it never throws). Each action loads the state into the same flat
// Core the kernel uses and runs the same rule and plan steps (core.ts, plan.ts), so a player who does
// plan/apply then day/end (or month/end) at every decision point reaches exactly runCampaign's outcome.
import { produce, type Draft } from 'immer';
import { DEFAULT_PARAMETERS } from '../model/parameters';
import { resolveInputs } from '../model/resolve';
import type { ControlExplanation, EntryExplanation, GameAction, GameEvent, GameState, ModelParameters, Overrides, RegionState, Rejection, Scenario } from '../model/types';
import type { Core } from './core';
import { createCore, initCore, PHASE_CONTROL, PHASE_ENDED } from './core';
import { contestedCount, troopsInCountry } from './core-counts';
import { finishCampaign, monthRecord, resolveControlMonth, startControl } from './control';
import { resolveEntryDay } from './entry';
import { runQuality } from './campaign';
import { drawsFor } from './rng';
import { runOutAfterWithdrawal } from './will';
import { beginTurn, coreFromState, plannedState, restoreTurnStart, RESERVE_ID, snapshot, TROOP_TOLERANCE, writeCore } from './play-state';
import { placementBlock, selectTroopsInCountry } from './play-selectors';
import { applyDefenderAction, callUpMilitia, holdBackMilitia, initialDefender, militiaMonthOf } from './defender';

export * from './play-selectors';
export { coreFromState, plannedState, RESERVE_ID, TROOP_TOLERANCE } from './play-state';

export type ActionResult = { state: GameState; events: GameEvent[] } | Rejection;

export function isRejection(result: ActionResult): result is Rejection {
  return (result as Rejection).rejected === true;
}

/** A new game: all troops in reserve, phase 'entry', day 0, the run's draws drawn up front. */
export function createGame(scenario: Scenario, overrides: Overrides, seed: string, run = 0, baseParams: ModelParameters = DEFAULT_PARAMETERS): GameState {
  const inputs = resolveInputs(scenario, overrides, baseParams);
  // The game runs on the parameters its inputs resolved (advanced overrides applied).
  const params = inputs.params ?? baseParams;
  return { ...gameFromInputs(scenario.id, inputs, params, seed, run), defender: initialDefender(scenario, inputs, params) };
}

/** The same game again from day 1: same scenario, resolved inputs, parameters, seed and run (Restart). */
export function restartGame(state: GameState): GameState {
  const game = gameFromInputs(state.scenarioId, state.inputs, state.params, state.seed, state.run);
  if (!state.defender) return game;
  const { militiaCalled: _, ...defender } = state.defender; // the same defender's choices, its militia not yet called
  return { ...game, defender };
}

function gameFromInputs(scenarioId: string, inputs: GameState['inputs'], params: ModelParameters, seed: string, run: number): GameState {
  const n = inputs.share.length;
  const draws = drawsFor(seed, run, n, params);
  const core = createCore(n, inputs, params);
  initCore(core, inputs, params, runQuality(inputs, params, draws));
  const regions: RegionState[] = [];
  for (let r = 0; r < n; r++) {
    regions.push({
      id: inputs.regionIds[r],
      status: 'not-entered',
      troops: 0,
      defenders: core.defenders[r],
      defendersInitial: core.defendersInitial[r],
      score: 0,
      enteredDay: null,
      hostForces: 0,
      resisters: 0,
      resistersInitial: 0,
      coverage: 0,
      entryStatus: 'none',
      daysFought: 0,
      entryLogRatio: 0,
    });
  }
  const state: GameState = {
    scenarioId,
    inputs,
    params,
    seed,
    run,
    draws: Array.from(draws),
    phase: 'entry',
    day: 0,
    month: 0,
    reserve: inputs.troops,
    troopsInitial: inputs.troops,
    qualityEffective: core.qualityEffective,
    regions,
    turnStart: null,
    turnMoves: 0,
    sentHome: 0,
    heldStreak: 0,
    heldMonths: 0,
    objectiveMet: false,
    timeline: [],
    outcome: null,
    success: null,
    result: null,
  };
  state.turnStart = snapshot(state);
  return state;
}

// ---------------------------------------------------------------------------------------------
// Actions

/** A refusal: its reason code and the facts its words need (no sentence; the UI words it). */
type WithoutFlag<R> = R extends Rejection ? Omit<R, 'rejected'> : never;
type RejectionFacts = WithoutFlag<Rejection>;

function reject(facts: RejectionFacts): Rejection {
  return { rejected: true, ...facts } as Rejection;
}

export function applyAction(state: GameState, action: GameAction): ActionResult {
  if (state.phase === 'ended') return reject({ reason: 'game-over' });
  switch (action.type) {
    case 'allocation/set':
      return setAllocation(state, action.region, action.troops);
    case 'plan/apply':
      return applyPlan(state);
    case 'day/end':
      return endDay(state);
    case 'month/end':
      return endMonth(state);
    case 'rotation/cut':
      return cutTroops(state, action.region, action.troops);
    case 'turn/undo':
      return undoTurn(state);
    default: // the defender's set-up (defender.ts), which also refuses an unknown action
      return applyDefenderAction(state, action);
  }
}

function setAllocation(state: GameState, regionId: string, troops: number): ActionResult {
  const index = state.regions.findIndex((r) => r.id === regionId);
  if (index < 0) return reject({ reason: 'unknown-region', region: regionId });
  if (typeof troops !== 'number' || !Number.isFinite(troops) || troops < 0) {
    return reject({ reason: 'invalid-amount', action: 'allocation/set', region: regionId, troops: Number(troops) });
  }
  const block = placementBlock(state, index);
  if (block) return block;
  const current = state.regions[index].troops;
  let target = troops;
  const added = target - current;
  if (added > state.reserve + 1e-9) {
    if (added > state.reserve + TROOP_TOLERANCE) {
      return reject({ reason: 'not-enough-reserve', region: regionId, asked: added, reserve: state.reserve });
    }
    target = current + state.reserve;
  }
  if (target === current) return { state, events: [] };
  const next = produce(state, (draft) => {
    const region = draft.regions[index];
    draft.reserve = draft.reserve - (target - current);
    if (draft.reserve < 0) draft.reserve = 0;
    region.troops = target;
    if (draft.phase === 'entry') {
      const entry = region.entryStatus ?? 'none';
      if (entry === 'none' && target > 0) {
        region.entryStatus = 'committed';
        region.status = 'being-entered';
      } else if (entry === 'committed' && target === 0) {
        region.entryStatus = 'none';
        region.status = 'not-entered';
      }
    }
    draft.turnMoves = (draft.turnMoves ?? 0) + 1;
  });
  return { state: next, events: [{ type: 'allocation/changed', region: regionId, troops: target }] };
}

function changedAllocations(before: GameState, after: GameState): GameEvent[] {
  const events: GameEvent[] = [];
  for (let r = 0; r < after.regions.length; r++) {
    if (after.regions[r].troops !== before.regions[r].troops) {
      events.push({ type: 'allocation/changed', region: after.regions[r].id, troops: after.regions[r].troops });
    }
  }
  return events;
}

function applyPlan(state: GameState): ActionResult {
  const next = plannedState(state);
  const events = changedAllocations(state, next);
  return { state: next, events };
}

function endEntry(core: Core, events: GameEvent[], militiaMonth: number): void {
  startControl(core);
  if (militiaMonth > 1) holdBackMilitia(core); // the defender holds its militia back (defender.ts)
  events.push({ type: 'entry/ended', day: core.day });
}

function endDay(state: GameState): ActionResult {
  if (state.phase !== 'entry') return reject({ reason: 'wrong-phase', action: 'day/end', phase: state.phase });
  const events: GameEvent[] = [];
  const next = produce(state, (draft) => {
    if (state.day === 0) draft.dayOneAllocation = state.regions.map((r) => r.troops);
    const core = coreFromState(draft as GameState);
    if (contestedCount(core) === 0) {
      endEntry(core, events, militiaMonthOf(state));
    } else {
      const day = core.day + 1;
      const explanations: EntryExplanation[] = [];
      resolveEntryDay(core, day, Float64Array.from(state.draws), explanations);
      events.push({ type: 'entry/day', day, explanations });
      for (const e of explanations) {
        if (e.result === 'entered') events.push({ type: 'region/entered', region: e.region, day });
        else if (e.result === 'culminated') events.push({ type: 'region/culminated', region: e.region, day });
      }
      if (day >= core.params.entryDays) endEntry(core, events, militiaMonthOf(state));
    }
    if (core.phase === PHASE_CONTROL) afterMonthOrEntry(core, draft, events);
    writeCore(core, draft);
    if (core.phase === PHASE_ENDED) finish(draft, events);
    beginTurn(draft);
  });
  return { state: next, events };
}

/** After entry ends or a month ends: the game may be over, or the cap may apply from next month. */
function afterMonthOrEntry(core: Core, draft: Draft<GameState>, events: GameEvent[]): void {
  const nextMonth = core.month + 1;
  if (nextMonth > core.params.controlMonths) {
    draft.result = finishCampaign(core, draft.run);
    return;
  }
  callUpMilitia(core, draft, nextMonth, events); // the defender's militia, if it joins from next month
  const cap = core.inputs.sustainableForce;
  if (nextMonth >= core.inputs.rotationMonth && troopsInCountry(core) > cap + TROOP_TOLERANCE) {
    events.push({ type: 'rotation/cap', month: nextMonth, cap });
  }
}

function finish(draft: Draft<GameState>, events: GameEvent[]): void {
  const result = draft.result;
  if (!result) return;
  draft.outcome = result.outcome;
  draft.success = result.success;
  events.push({ type: 'game/ended', outcome: result.outcome, success: result.success });
}

function endMonth(state: GameState): ActionResult {
  if (state.phase !== 'control') return reject({ reason: 'wrong-phase', action: 'month/end', phase: state.phase });
  const month = state.month + 1;
  if (month >= state.inputs.rotationMonth) {
    const inCountry = selectTroopsInCountry(state);
    if (inCountry > state.inputs.sustainableForce + TROOP_TOLERANCE) {
      return reject({ reason: 'over-rotation-cap', month: state.inputs.rotationMonth, cap: state.inputs.sustainableForce, total: inCountry });
    }
  }
  const events: GameEvent[] = [];
  const next = produce(state, (draft) => {
    const core = coreFromState(draft as GameState);
    const wasMet = core.objectiveMet;
    const explanations: ControlExplanation[] = [];
    resolveControlMonth(core, month, Float64Array.from(state.draws), explanations);
    draft.timeline.push(monthRecord(core));
    events.push({ type: 'control/month', month, explanations });
    if (!wasMet && core.objectiveMet) events.push({ type: 'objective/met', month });
    if (core.withdrawnMonth === month) runOutAfterWithdrawal(core, draft, events, state.draws);
    afterMonthOrEntry(core, draft, events);
    writeCore(core, draft);
    if (core.phase === PHASE_ENDED) finish(draft, events);
    beginTurn(draft);
  });
  return { state: next, events };
}

function cutTroops(state: GameState, regionId: string, troops: number): ActionResult {
  if (state.phase !== 'control') return reject({ reason: 'wrong-phase', action: 'rotation/cut', phase: state.phase });
  if (typeof troops !== 'number' || !Number.isFinite(troops) || troops <= 0) {
    return reject({ reason: 'invalid-amount', action: 'rotation/cut', region: regionId, troops: Number(troops) });
  }
  const fromReserve = regionId === RESERVE_ID;
  const index = fromReserve ? -1 : state.regions.findIndex((r) => r.id === regionId);
  if (!fromReserve && index < 0) return reject({ reason: 'unknown-region', region: regionId });
  const available = fromReserve ? state.reserve : state.regions[index].troops;
  if (troops > available + TROOP_TOLERANCE) {
    return reject({ reason: 'not-enough-troops', region: regionId, asked: troops, available });
  }
  const amount = Math.min(troops, available);
  const next = produce(state, (draft) => {
    if (fromReserve) draft.reserve -= amount;
    else draft.regions[index].troops -= amount;
    draft.sentHome = (draft.sentHome ?? 0) + amount;
    draft.turnMoves = (draft.turnMoves ?? 0) + 1;
  });
  const events: GameEvent[] = fromReserve ? [] : [{ type: 'allocation/changed', region: regionId, troops: next.regions[index].troops }];
  return { state: next, events };
}

function undoTurn(state: GameState): ActionResult {
  if (!state.turnStart || !(state.turnMoves ?? 0)) return reject({ reason: 'nothing-to-undo' });
  const next = produce(state, (draft) => {
    restoreTurnStart(draft);
    draft.turnMoves = 0;
  });
  return { state: next, events: [{ type: 'turn/undone' }] };
}
