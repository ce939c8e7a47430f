// Play-mode plumbing: load a GameState into the kernel's flat Core and write it back, the turn
// snapshot used by undo, and the automatic plan's choice for the current decision point.
import { produce } from 'immer';
import type { Draft } from 'immer';
import type { GameState, RegionState } from '../model/types';
import type { Core } from './core';
import { COMMITTED, createCore, CULMINATED, ENTERED, IDLE, initCore, PHASE_CONTROL, PHASE_ENDED, PHASE_ENTRY, REGION_CLASS_NAMES, STALEMATE } from './core';
import { setHostility } from './control';
import { planInitial, planMonth, planRolling } from './plan';

/** Slack when comparing troop totals: troops are whole people, sums of fractions are not exact. */
export const TROOP_TOLERANCE = 0.5;

/** Id accepted by rotation/cut for troops in country but in no region. */
export const RESERVE_ID = 'reserve';

/** Troops in the country: the reserve plus every region's troops. */
export function selectTroopsInCountry(state: GameState): number {
  let total = state.reserve;
  for (const region of state.regions) total += region.troops;
  return total;
}

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
    core.walkLogRatio[r] = region.entryLogRatio ?? 0;
    core.enteredDay[r] = region.enteredDay ?? 0;
    core.troops[r] = region.troops;
    core.defenders[r] = region.defenders;
    core.score[r] = region.score;
    core.hostForces[r] = region.hostForces;
    core.resisters[r] = region.resisters;
    core.resistersInitial[r] = region.resistersInitial;
    core.coverage[r] = region.coverage;
    core.coveredStreak[r] = region.coveredStreak ?? 0;
    if (region.hostility !== undefined && region.hostility !== core.hostility[r]) setHostility(core, r, region.hostility);
  }
  core.willStreak = state.willStreak ?? 0;
  core.withdrawnMonth = state.withdrawnMonth ?? 0;
  core.reserve = state.reserve;
  core.sentHome = state.sentHome ?? 0;
  core.phase = state.phase === 'entry' ? PHASE_ENTRY : state.phase === 'control' ? PHASE_CONTROL : PHASE_ENDED;
  core.day = state.day;
  core.month = state.month;
  core.heldStreak = state.heldStreak;
  core.heldMonths = state.heldMonths;
  core.objectiveMet = state.objectiveMet;
  core.capitalRenewed = state.capitalRenewed ?? false;
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
export function writeCore(core: Core, draft: Draft<GameState>): void {
  for (let r = 0; r < core.n; r++) {
    const region = draft.regions[r];
    region.entryStatus = ENTRY_WORDS[core.status[r]];
    region.status = displayStatus(core, r);
    region.daysFought = core.fought[r];
    region.entryLogRatio = core.walkLogRatio[r];
    region.enteredDay = core.enteredDay[r] > 0 ? core.enteredDay[r] : null;
    region.troops = core.troops[r];
    region.defenders = core.defenders[r];
    region.score = core.score[r];
    region.hostForces = core.hostForces[r];
    region.resisters = core.resisters[r];
    region.resistersInitial = core.resistersInitial[r];
    region.coverage = core.coverage[r];
    region.coveredStreak = core.coveredStreak[r];
    region.hostility = core.hostility[r];
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
  draft.capitalRenewed = core.capitalRenewed;
  draft.willStreak = core.willStreak;
  draft.withdrawnMonth = core.withdrawnMonth;
}

export function snapshot(state: GameState | Draft<GameState>): NonNullable<GameState['turnStart']> {
  return {
    regions: state.regions.map((region) => ({ ...region })),
    reserve: state.reserve,
    sentHome: state.sentHome ?? 0,
    capitalRenewed: state.capitalRenewed ?? false,
  };
}

export function restoreTurnStart(draft: Draft<GameState>): void {
  const start = draft.turnStart;
  if (!start) return;
  draft.regions = start.regions.map((region) => ({ ...region }));
  draft.reserve = start.reserve;
  draft.sentHome = start.sentHome ?? 0;
  draft.capitalRenewed = start.capitalRenewed ?? false;
}

export function beginTurn(draft: Draft<GameState>): void {
  draft.turnStart = snapshot(draft);
  draft.turnMoves = 0;
}

/** The state after the automatic plan's choice for the current decision point (from the turn start). */
export function plannedState(state: GameState): GameState {
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
