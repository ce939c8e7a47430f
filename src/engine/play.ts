// Play mode: a game is plain serializable state changed only by applyAction(state, action), an immer
// reducer (boardgame.io style) that returns the new state and the events that happened, or a typed
// Rejection for an illegal action (it never throws). Each action loads the state into the same flat
// Core the kernel uses and runs the same rule and plan steps (core.ts, plan.ts), so a player who does
// plan/apply then day/end (or month/end) at every decision point reaches exactly runCampaign's outcome.
import { produce } from 'immer';
import type { Draft } from 'immer';
import { DEFAULT_PARAMETERS } from '../model/parameters';
import { resolveInputs } from '../model/resolve';
import type {
  ControlExplanation,
  EntryExplanation,
  GameAction,
  GameEvent,
  GameState,
  ModelParameters,
  Overrides,
  RegionState,
  Rejection,
  RejectionReason,
  Scenario,
} from '../model/types';
import type { Core } from './core';
import {
  COMMITTED,
  contestedCount,
  createCore,
  CULMINATED,
  ENTERED,
  finishCampaign,
  IDLE,
  initCore,
  monthRecord,
  PHASE_CONTROL,
  PHASE_ENDED,
  PHASE_ENTRY,
  REGION_CLASS_NAMES,
  resolveControlMonth,
  resolveEntryDay,
  STALEMATE,
  startControl,
  troopsInCountry,
} from './core';
import { runQuality } from './campaign';
import {
  advanceProbability,
  combatRatio,
  densityPerThousand,
  hostilityRequirement,
  oddsColumn,
  requirementPerThousand,
  winningFaces,
} from './formulas';
import { planInitial, planMonth, planRolling } from './plan';
import { drawsFor } from './rng';

/** Slack when comparing troop totals: troops are whole people, sums of fractions are not exact. */
export const TROOP_TOLERANCE = 0.5;

/** Id accepted by rotation/cut for troops in country but in no region. */
export const RESERVE_ID = 'reserve';

export type ActionResult = { state: GameState; events: GameEvent[] } | Rejection;

export function isRejection(result: ActionResult): result is Rejection {
  return (result as Rejection).rejected === true;
}

/** A new game: all troops in reserve, phase 'entry', day 0, the run's draws drawn up front. */
export function createGame(
  scenario: Scenario,
  overrides: Overrides,
  seed: string,
  run = 0,
  params: ModelParameters = DEFAULT_PARAMETERS,
): GameState {
  const inputs = resolveInputs(scenario, overrides, params);
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
    });
  }
  const state: GameState = {
    scenarioId: scenario.id,
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
// State ↔ Core

const ENTRY_CODES: Record<NonNullable<RegionState['entryStatus']>, number> = {
  none: IDLE,
  committed: COMMITTED,
  entered: ENTERED,
  culminated: CULMINATED,
  stalemate: STALEMATE,
};
const ENTRY_WORDS = ['none', 'committed', 'entered', 'culminated', 'stalemate'] as const;

/** Load a game state into a fresh Core (constants recomputed from the inputs, state copied in). */
export function coreFromState(state: GameState): Core {
  const { inputs, params } = state;
  const n = state.regions.length;
  const core = createCore(n, inputs, params);
  initCore(core, inputs, params, state.qualityEffective);
  for (let r = 0; r < n; r++) {
    const region = state.regions[r];
    core.status[r] = ENTRY_CODES[region.entryStatus ?? 'none'];
    core.fought[r] = region.daysFought ?? 0;
    core.enteredDay[r] = region.enteredDay ?? 0;
    core.troops[r] = region.troops;
    core.defenders[r] = region.defenders;
    core.score[r] = region.score;
    core.hostForces[r] = region.hostForces;
    core.resisters[r] = region.resisters;
    core.resistersInitial[r] = region.resistersInitial;
    core.coverage[r] = region.coverage;
  }
  core.reserve = state.reserve;
  core.sentHome = state.sentHome ?? 0;
  core.phase = state.phase === 'entry' ? PHASE_ENTRY : state.phase === 'control' ? PHASE_CONTROL : PHASE_ENDED;
  core.day = state.day;
  core.month = state.month;
  core.heldStreak = state.heldStreak;
  core.heldMonths = state.heldMonths;
  core.objectiveMet = state.objectiveMet;
  return core;
}

function displayStatus(core: Core, r: number): RegionState['status'] {
  const code = core.status[r];
  if (code === CULMINATED || code === STALEMATE) return 'failed';
  if (code === COMMITTED) return 'being-entered';
  if (code === IDLE) return 'not-entered';
  if (core.phase === PHASE_ENDED) return REGION_CLASS_NAMES[core.regionClass[r]];
  return 'entered';
}

/** Write a Core back into a draft state. */
function writeCore(core: Core, draft: Draft<GameState>): void {
  for (let r = 0; r < core.n; r++) {
    const region = draft.regions[r];
    region.entryStatus = ENTRY_WORDS[core.status[r]];
    region.status = displayStatus(core, r);
    region.daysFought = core.fought[r];
    region.enteredDay = core.enteredDay[r] > 0 ? core.enteredDay[r] : null;
    region.troops = core.troops[r];
    region.defenders = core.defenders[r];
    region.score = core.score[r];
    region.hostForces = core.hostForces[r];
    region.resisters = core.resisters[r];
    region.resistersInitial = core.resistersInitial[r];
    region.coverage = core.coverage[r];
    if (core.phase === PHASE_ENDED) region.regionClass = REGION_CLASS_NAMES[core.regionClass[r]];
  }
  draft.reserve = core.reserve;
  draft.sentHome = core.sentHome;
  draft.phase = core.phase === PHASE_ENTRY ? 'entry' : core.phase === PHASE_CONTROL ? 'control' : 'ended';
  draft.day = core.day;
  draft.month = core.month;
  draft.heldStreak = core.heldStreak;
  draft.heldMonths = core.heldMonths;
  draft.objectiveMet = core.objectiveMet;
}

function snapshot(state: GameState | Draft<GameState>): NonNullable<GameState['turnStart']> {
  return {
    regions: state.regions.map((region) => ({ ...region })),
    reserve: state.reserve,
    sentHome: state.sentHome ?? 0,
  };
}

function restoreTurnStart(draft: Draft<GameState>): void {
  const start = draft.turnStart;
  if (!start) return;
  draft.regions = start.regions.map((region) => ({ ...region }));
  draft.reserve = start.reserve;
  draft.sentHome = start.sentHome ?? 0;
}

function beginTurn(draft: Draft<GameState>): void {
  draft.turnStart = snapshot(draft);
  draft.turnMoves = 0;
}

// ---------------------------------------------------------------------------------------------
// Actions

function reject(reason: RejectionReason, message: string): Rejection {
  return { rejected: true, reason, message };
}

export function applyAction(state: GameState, action: GameAction): ActionResult {
  if (state.phase === 'ended') return reject('game-over', 'The game has ended.');
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
    default:
      return reject('wrong-phase', `Unknown action ${(action as { type: string }).type}.`);
  }
}

/** Why a region cannot take or give troops now, or null if it can. */
export function placementBlock(state: GameState, regionIndex: number): { reason: RejectionReason; message: string } | null {
  const region = state.regions[regionIndex];
  if (!region) return { reason: 'unknown-region', message: 'No such region.' };
  const entry = region.entryStatus ?? 'none';
  if (state.phase === 'ended') return { reason: 'game-over', message: 'The game has ended.' };
  if (state.phase === 'entry') {
    if (entry === 'culminated' || entry === 'stalemate') {
      return { reason: 'region-locked', message: `${region.id} has failed: the attack culminated there.` };
    }
    if (entry === 'committed' && (region.daysFought ?? 0) > 0) {
      return { reason: 'region-locked', message: `${region.id} is being entered: its troops are committed until the walk ends.` };
    }
    return null;
  }
  if (entry !== 'entered') {
    return { reason: 'region-locked', message: `${region.id} was not entered: troops can only be placed in entered regions during control.` };
  }
  return null;
}

function setAllocation(state: GameState, regionId: string, troops: number): ActionResult {
  const index = state.regions.findIndex((r) => r.id === regionId);
  if (index < 0) return reject('unknown-region', `Unknown region "${regionId}".`);
  if (typeof troops !== 'number' || !Number.isFinite(troops) || troops < 0) {
    return reject('invalid-amount', `Troops must be a number of 0 or more, got ${String(troops)}.`);
  }
  const block = placementBlock(state, index);
  if (block) return reject(block.reason, block.message);
  const current = state.regions[index].troops;
  let target = troops;
  const added = target - current;
  if (added > state.reserve + 1e-9) {
    if (added > state.reserve + TROOP_TOLERANCE) {
      return reject('not-enough-reserve', `Only ${Math.floor(state.reserve)} troops are in reserve; ${Math.ceil(added)} asked.`);
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

/** The state after the automatic plan's choice for the current decision point (from the turn start). */
function planned(state: GameState): GameState {
  return produce(state, (draft) => {
    restoreTurnStart(draft);
    const core = coreFromState(draft as GameState);
    if (core.phase === PHASE_ENTRY) {
      if (core.day === 0) planInitial(core);
      else if (core.day < core.params.entryDays) planRolling(core, core.day);
    } else if (core.phase === PHASE_CONTROL) {
      planMonth(core, core.month + 1);
    }
    writeCore(core, draft);
    draft.turnMoves = (draft.turnMoves ?? 0) + 1;
  });
}

function applyPlan(state: GameState): ActionResult {
  const next = planned(state);
  const events = changedAllocations(state, next);
  return { state: next, events };
}

function endEntry(core: Core, events: GameEvent[]): void {
  startControl(core);
  events.push({ type: 'entry/ended', day: core.day });
}

function endDay(state: GameState): ActionResult {
  if (state.phase !== 'entry') return reject('wrong-phase', 'The entry phase is over: end the month instead.');
  const events: GameEvent[] = [];
  const next = produce(state, (draft) => {
    const core = coreFromState(draft as GameState);
    if (contestedCount(core) === 0) {
      endEntry(core, events);
    } else {
      const day = core.day + 1;
      const explanations: EntryExplanation[] = [];
      resolveEntryDay(core, day, Float64Array.from(state.draws), explanations);
      events.push({ type: 'entry/day', day, explanations });
      for (const e of explanations) {
        if (e.result === 'entered') events.push({ type: 'region/entered', region: e.region, day });
        else if (e.result === 'culminated') events.push({ type: 'region/culminated', region: e.region, day });
      }
      if (day >= core.params.entryDays) endEntry(core, events);
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
    finishIntoCore(core, draft);
    return;
  }
  const cap = core.inputs.sustainableForce;
  if (nextMonth >= core.inputs.rotationMonth && troopsInCountry(core) > cap + TROOP_TOLERANCE) {
    events.push({ type: 'rotation/cap', month: nextMonth, cap });
  }
}

function finishIntoCore(core: Core, draft: Draft<GameState>): void {
  draft.result = finishCampaign(core, draft.run);
}

function finish(draft: Draft<GameState>, events: GameEvent[]): void {
  const result = draft.result;
  if (!result) return;
  draft.outcome = result.outcome;
  draft.success = result.success;
  events.push({ type: 'game/ended', outcome: result.outcome, success: result.success });
}

function endMonth(state: GameState): ActionResult {
  if (state.phase !== 'control') return reject('wrong-phase', 'Months start after the entry phase: end the day instead.');
  const month = state.month + 1;
  if (month >= state.inputs.rotationMonth) {
    const inCountry = selectTroopsInCountry(state);
    if (inCountry > state.inputs.sustainableForce + TROOP_TOLERANCE) {
      return reject(
        'over-rotation-cap',
        `From month ${state.inputs.rotationMonth} at most ${state.inputs.sustainableForce} troops can stay; ${Math.round(inCountry)} are in the country. Send troops home first.`,
      );
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
    afterMonthOrEntry(core, draft, events);
    writeCore(core, draft);
    if (core.phase === PHASE_ENDED) finish(draft, events);
    beginTurn(draft);
  });
  return { state: next, events };
}

function cutTroops(state: GameState, regionId: string, troops: number): ActionResult {
  if (state.phase !== 'control') return reject('wrong-phase', 'Troops go home only during control.');
  if (typeof troops !== 'number' || !Number.isFinite(troops) || troops <= 0) {
    return reject('invalid-amount', `Troops to send home must be a positive number, got ${String(troops)}.`);
  }
  const fromReserve = regionId === RESERVE_ID;
  const index = fromReserve ? -1 : state.regions.findIndex((r) => r.id === regionId);
  if (!fromReserve && index < 0) return reject('unknown-region', `Unknown region "${regionId}".`);
  const available = fromReserve ? state.reserve : state.regions[index].troops;
  if (troops > available + TROOP_TOLERANCE) {
    return reject('invalid-amount', `Only ${Math.floor(available)} troops are there; ${Math.ceil(troops)} asked.`);
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
  if (!state.turnStart || !(state.turnMoves ?? 0)) return reject('nothing-to-undo', 'Nothing has changed this turn.');
  const next = produce(state, (draft) => {
    restoreTurnStart(draft);
    draft.turnMoves = 0;
  });
  return { state: next, events: [{ type: 'turn/undone' }] };
}

// ---------------------------------------------------------------------------------------------
// Selectors (pure reads for the UI)

export function selectReserve(state: GameState): number {
  return state.reserve;
}

/** Troops in the country: the reserve plus every region's troops. */
export function selectTroopsInCountry(state: GameState): number {
  let total = state.reserve;
  for (const region of state.regions) total += region.troops;
  return total;
}

/** Strength as a share of the starting force (never a casualty count). */
export function selectStrength(state: GameState): number {
  return state.troopsInitial > 0 ? selectTroopsInCountry(state) / state.troopsInitial : 0;
}

/** A region's troops as a share of the starting force. */
export function selectRegionStrength(state: GameState, regionIndex: number): number {
  return state.troopsInitial > 0 ? state.regions[regionIndex].troops / state.troopsInitial : 0;
}

/** A region's population in thousands (the "per 1,000" denominator). */
export function selectPopulationThousands(state: GameState, regionIndex: number): number {
  return (state.inputs.population * state.inputs.share[regionIndex]) / 1000;
}

/** A region's intervention troops per 1,000 inhabitants. */
export function selectTroopsPerThousand(state: GameState, regionIndex: number): number {
  return state.regions[regionIndex].troops / selectPopulationThousands(state, regionIndex);
}

/** Whether a region can take (or give back) troops now. */
export function canPlaceTroops(state: GameState, regionIndex: number): boolean {
  return placementBlock(state, regionIndex) === null;
}

/** Regions whose entry walk runs next day (0 means day/end ends the entry phase). */
export function selectContested(state: GameState): number {
  let count = 0;
  for (const region of state.regions) if (region.entryStatus === 'committed' && region.troops > 0) count++;
  return count;
}

/** Whether month/end is blocked by the rotation cap right now. */
export function selectOverCap(state: GameState): boolean {
  return state.phase === 'control' && state.month + 1 >= state.inputs.rotationMonth
    && selectTroopsInCountry(state) > state.inputs.sustainableForce + TROOP_TOLERANCE;
}

export interface AdviceMove {
  region: string;
  from: number;
  to: number;
}

export interface Advice {
  moves: AdviceMove[];
  reserveAfter: number;
  /** Troops the plan would send home (rotation cap). */
  sentHome: number;
  /** The state plan/apply would produce. */
  state: GameState;
}

/** What plan/apply would do now, without applying it (from the state at the start of the turn). */
export function selectAdvice(state: GameState): Advice {
  if (state.phase === 'ended') return { moves: [], reserveAfter: state.reserve, sentHome: 0, state };
  const after = planned(state);
  const start = state.turnStart ?? snapshot(state);
  const moves: AdviceMove[] = [];
  for (let r = 0; r < after.regions.length; r++) {
    const from = state.regions[r].troops;
    const to = after.regions[r].troops;
    if (to !== from) moves.push({ region: after.regions[r].id, from, to });
  }
  return { moves, reserveAfter: after.reserve, sentHome: (after.sentHome ?? 0) - (start.sentHome ?? 0), state: after };
}

export interface EntryPreview {
  ratio: number;
  column: string;
  probability: number;
  winningFaces: number;
}

/** The odds a region would fight at next day with its current troops (for previews), or null. */
export function previewEntry(state: GameState, regionIndex: number): EntryPreview | null {
  const region = state.regions[regionIndex];
  if (!region || state.phase !== 'entry' || !(region.troops > 0) || !(region.defenders > 0)) return null;
  const entry = region.entryStatus ?? 'none';
  if (entry !== 'none' && entry !== 'committed') return null;
  const ratio = combatRatio(region.troops, state.qualityEffective, region.defenders, state.inputs.posture, state.inputs.terrainFactor[regionIndex]);
  const probability = advanceProbability(ratio, state.params);
  return { ratio, column: oddsColumn(ratio), probability, winningFaces: winningFaces(probability) };
}

export interface ControlPreview {
  /** Troops per 1,000 inhabitants with host forces weighted, and the requirement per 1,000. */
  density: number;
  requirement: number;
  requirementFromHostility: number;
  requirementFromResistance: number;
  coverage: number;
}

/** Density against requirement for an entered region with its current allocation, or null. */
export function previewControl(state: GameState, regionIndex: number): ControlPreview | null {
  const region = state.regions[regionIndex];
  if (!region || region.entryStatus !== 'entered' || state.phase === 'entry') return null;
  const thousands = selectPopulationThousands(state, regionIndex);
  const density = densityPerThousand(region.troops, region.hostForces, thousands, state.params);
  const fromHostility = hostilityRequirement(state.inputs.regionHostility[regionIndex]);
  const fromResistance = state.params.perResister * (region.resisters / thousands);
  const requirement = requirementPerThousand(fromHostility, region.resisters, thousands, state.params);
  return { density, requirement, requirementFromHostility: fromHostility, requirementFromResistance: fromResistance, coverage: density / requirement };
}
