// The defender team (two-team play, docs/model.md "The defender's choices"): before day 1 it may set
// the share of its fighting regulars in the capital region (k_cap), each region's posture π within the
// scenario's published range, and the control month from which the militia's part of the resistance
// counts. Each choice is an action through applyAction (play.ts routes the defender/* actions here);
// the automatic defender sends today's values, so a game with its actions equals a game without them.
import { produce } from 'immer';
import type { Draft } from 'immer';
import { findInput } from '../model/inputs';
import type { ChoiceRange, DefenderAction, DefenderState, GameEvent, GameState, ModelParameters, Rejection, ResolvedInputs, Scenario } from '../model/types';
import type { Core } from './core';
import { ENTERED } from './core';
import { initialResisters, regionDefenders, regionPosture } from './formulas';
import { beginTurn } from './play-state';

type Result = { state: GameState; events: GameEvent[] } | Rejection;

function bounds(path: string): ChoiceRange {
  const spec = findInput(path);
  return spec ? [spec.min, spec.max] : [0, 1];
}

/** A range widened to hold the game's own value (a student may have set one outside the published range). */
function holding(range: ChoiceRange, value: number): ChoiceRange {
  return [Math.min(range[0], value), Math.max(range[1], value)];
}

/**
 * The defender's set-up at the start of a game. Posture: the scenario's published range (Dupuy's
 * hasty defence to fortified); capital share: the scenario format's bounds (a design value with no
 * published range); militia month: 1 … the control months.
 */
export function initialDefender(scenario: Scenario | null, inputs: ResolvedInputs, params: ModelParameters): DefenderState {
  const postureRange = scenario?.defender.posture.range ?? bounds('defender.posture');
  const shareRange = scenario?.defender.capitalShare.range ?? bounds('defender.capitalShare');
  return {
    ready: false,
    militiaMonth: 1,
    moves: 0,
    automatic: { capitalShare: inputs.capitalShare, posture: inputs.posture },
    ranges: {
      capitalShare: holding(shareRange, inputs.capitalShare),
      posture: holding(postureRange, inputs.posture),
      militiaMonth: [1, params.controlMonths],
    },
  };
}

/** The defender's set-up of a game, with today's rules for a game that has none (older saved games). */
export function defenderOf(state: GameState): DefenderState {
  return state.defender ?? initialDefender(null, state.inputs, state.params);
}

/** The militia month in force: 1 (today's rule) unless the defender chose a later one. */
export function militiaMonthOf(state: Pick<GameState, 'defender'>): number {
  return state.defender?.militiaMonth ?? 1;
}

/** True while the defender may still choose: day 0 of the entry phase, before defender/ready and before the intervener's first move. */
export function defenderSetupOpen(state: GameState): boolean {
  if (state.phase !== 'entry' || state.day !== 0 || state.defender?.ready) return false;
  return !(state.turnMoves ?? 0) && state.regions.every((r) => !(r.troops > 0));
}

/** The defender's choices as they stand: capital share, posture per region, militia month. */
export function defenderChoices(state: GameState): { capitalShare: number; posture: number[]; militiaMonth: number } {
  return {
    capitalShare: state.inputs.capitalShare,
    posture: state.regions.map((_, r) => regionPosture(state.inputs, r)),
    militiaMonth: militiaMonthOf(state),
  };
}

function reject(facts: Record<string, unknown>): Rejection {
  return { rejected: true, ...facts } as Rejection;
}

function outOfRange(action: DefenderAction['type'], value: number, range: ChoiceRange): Rejection | null {
  if (typeof value === 'number' && Number.isFinite(value) && value >= range[0] && value <= range[1]) return null;
  return reject({ reason: 'defender-out-of-range', action, value: Number(value), min: range[0], max: range[1] });
}

/** Apply one defender action (play.ts routes defender/* here). */
export function applyDefenderAction(state: GameState, action: DefenderAction): Result {
  if (!String(action.type).startsWith('defender/')) return reject({ reason: 'unknown-action', action: String(action.type) });
  if (!defenderSetupOpen(state)) return reject({ reason: 'defender-setup-closed', action: action.type });
  const defender = defenderOf(state);
  switch (action.type) {
    case 'defender/spread': {
      const refused = outOfRange(action.type, action.capitalShare, defender.ranges.capitalShare);
      if (refused) return refused;
      const inputs = { ...state.inputs, capitalShare: action.capitalShare };
      return change(state, defender, (draft) => {
        draft.inputs.capitalShare = action.capitalShare;
        draft.regions.forEach((region, r) => {
          region.defenders = regionDefenders(inputs, r);
          region.defendersInitial = region.defenders;
        });
      });
    }
    case 'defender/posture': {
      const index = state.regions.findIndex((r) => r.id === action.region);
      if (index < 0) return reject({ reason: 'unknown-region', region: action.region });
      const refused = outOfRange(action.type, action.posture, defender.ranges.posture);
      if (refused) return refused;
      return change(state, defender, (draft) => {
        const posture = draft.regions.map((_, r) => regionPosture(state.inputs, r));
        posture[index] = action.posture;
        draft.inputs.regionPosture = posture;
      });
    }
    case 'defender/militia': {
      const refused = outOfRange(action.type, action.month, defender.ranges.militiaMonth) ?? (Number.isInteger(action.month) ? null : outOfRange(action.type, Number.NaN, defender.ranges.militiaMonth));
      if (refused) return refused;
      return change(state, defender, (draft) => {
        draft.defender!.militiaMonth = action.month;
      });
    }
    case 'defender/ready':
      return change(state, { ...defender, ready: true, moves: defender.moves - 1, ...(action.team ? { team: true } : {}) }, () => {}); // ending the set-up changes no choice
    default:
      return reject({ reason: 'unknown-action', action: String((action as { type: unknown }).type) });
  }
}

function change(state: GameState, defender: DefenderState, edit: (draft: GameState) => void): Result {
  const next = produce(state, (draft) => {
    draft.defender = { ...defender, moves: defender.moves + 1 };
    edit(draft as GameState);
    // The turn's snapshot (undo, plan/apply) starts from the defender's set-up, not from before it.
    beginTurn(draft);
  });
  return { state: next, events: [] };
}

/** The automatic defender: today's values (scenario k_cap, its posture everywhere, militia at once), then ready. */
export function automaticDefenderActions(state: GameState): DefenderAction[] {
  return [
    { type: 'defender/spread', capitalShare: state.inputs.capitalShare },
    ...state.regions.map((region): DefenderAction => ({ type: 'defender/posture', region: region.id, posture: state.inputs.posture })),
    { type: 'defender/militia', month: 1 },
    { type: 'defender/ready' },
  ];
}

/** The militia's part of region r's starting resisters: I_r,0 with the militia minus I_r,0 without it (≥ 0). */
export function militiaPart(core: Core, r: number): number {
  const without = initialResisters({ ...core.inputs, militia: 0 }, core.params, r, core.defendersInitial[r]);
  return Math.max(0, core.resistersStart[r] - without);
}

/** Start of control with the militia held back: entered regions start without its part. */
export function holdBackMilitia(core: Core): void {
  for (let r = 0; r < core.n; r++) {
    if (core.status[r] !== ENTERED) continue;
    const part = militiaPart(core, r);
    core.resisters[r] -= part;
    core.resistersInitial[r] -= part;
  }
}

/**
 * The militia called up at the start of its month (after the month before it ends, before the
 * intervener's allocation for it; play.ts calls this at every month's start): every entered region gets its part back
 * (resistance capped as every update is), and its starting resistance counts it, so a late call-up
 * is not read as resistance having tripled.
 */
export function callUpMilitia(core: Core, draft: Draft<GameState>, month: number, events: GameEvent[]): void {
  if (month <= 1 || month !== militiaMonthOf(draft) || !draft.defender) return;
  draft.defender.militiaCalled = true;
  events.push({ type: 'militia/called', month });
  for (let r = 0; r < core.n; r++) {
    if (core.status[r] !== ENTERED) continue;
    const part = militiaPart(core, r);
    core.resisters[r] = Math.min(core.resistanceCap[r], core.resisters[r] + part);
    core.resistersInitial[r] += part;
  }
}
