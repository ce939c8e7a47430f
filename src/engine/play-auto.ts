// Forgiving play: whether a decision remains, whether "End day" would end the entry phase with nothing
// placed, one turn of the automatic plan (the same plan/apply then day/end or month/end a player makes
// with "Apply the plan"), and the rest of a game with no decision left, all through applyAction.
// Pure: no timers or clocks here (the UI paces auto-play).
import type { GameAction, GameEvent, GameState } from '../model/types';
import { applyAction, isRejection, type ActionResult } from './play';
import { placementBlock, selectContested } from './play-selectors';

/**
 * True when "End day" would end the entry phase before any attack: day 0, no troops placed in any
 * region. (Later, with every attack over, ending the entry phase is the expected move: no question.)
 */
export function selectNothingPlaced(state: GameState): boolean {
  return state.phase === 'entry' && state.day === 0 && selectContested(state) === 0 && state.regions.every((r) => !(r.troops > 0));
}

/**
 * True when the player has nothing left to decide: the control phase with no region that can take or
 * give troops (no region was entered), so only months remain to be ended.
 */
export function selectNoDecisionLeft(state: GameState): boolean {
  if (state.phase !== 'control') return false;
  return state.regions.every((_, i) => placementBlock(state, i) !== null);
}

/** The actions of one turn of the automatic plan: apply the plan, then end the day or the month. */
export function planTurnActions(state: GameState): GameAction[] {
  if (state.phase === 'ended') return [];
  return [{ type: 'plan/apply' }, { type: state.phase === 'entry' ? 'day/end' : 'month/end' }];
}

/** Apply several actions in order; the first refusal stops and is returned. */
export function applyActions(state: GameState, actions: readonly GameAction[]): ActionResult {
  let current = state;
  const events: GameEvent[] = [];
  for (const action of actions) {
    const result = applyAction(current, action);
    if (isRejection(result)) return result;
    current = result.state;
    events.push(...result.events);
  }
  return { state: current, events };
}

/**
 * The actions that end the current month when no decision remains: month/end alone, or, when the
 * rotation cap refuses it, the plan first (its only move then is sending troops home).
 */
export function monthActions(state: GameState): GameAction[] {
  if (state.phase !== 'control') return [];
  return isRejection(applyAction(state, { type: 'month/end' })) ? [{ type: 'plan/apply' }, { type: 'month/end' }] : [{ type: 'month/end' }];
}
