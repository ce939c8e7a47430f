// The engine's events in words, for the log and for screen readers. Strength is a share of the
// starting force; no casualty counts.
import type { ControlExplanation, EntryExplanation, GameEvent, GameState } from '../../model/types';
import { int, OUTCOME_WORDS, pct } from '../format';

export function regionName(state: GameState, id: string): string {
  const i = state.inputs.regionIds.indexOf(id);
  return i >= 0 ? state.inputs.regionNames[i] : id;
}

/** "7 of 10 faces win (68%)" */
export function oddsWords(x: EntryExplanation): string {
  return `${x.winningFaces} of 10 faces advance (exactly ${pct(x.probability, 1)})`;
}

export function entryWords(state: GameState, x: EntryExplanation): string {
  const name = regionName(state, x.region);
  if (x.unopposed) return `${name}: no organized defenders; entered unopposed.`;
  const roll = x.advanced ? 'the attack advances' : 'the defence holds';
  const result =
    x.result === 'entered' ? ' Region entered.' : x.result === 'culminated' ? ' The attack culminates.' : x.result === 'stalemate' ? ' Stalemate: time is up.' : '';
  return `${name}: force ratio ${x.ratio.toFixed(2)}:1, odds column ${x.column}, ${oddsWords(x)}; rolled ${x.die}: ${roll}. Score ${x.scoreAfter > 0 ? '+' : ''}${x.scoreAfter}.${result}`;
}

export function controlWords(state: GameState, x: ControlExplanation): string {
  const name = regionName(state, x.region);
  const change = x.resistersBefore > 0 ? x.resistersAfter / x.resistersBefore - 1 : 0;
  const trend = Math.abs(change) < 0.005 ? 'resistance steady' : change > 0 ? `resistance up ${pct(change)}` : `resistance down ${pct(-change)}`;
  return `${name}: ${x.density.toFixed(1)} per 1,000 against ${x.requirement.toFixed(1)} needed (coverage ${pct(Math.min(x.coverage, 9.99))}); ${trend}.`;
}

/** One log line per event (entry days and months give one line per region). */
export function describeEvent(state: GameState, event: GameEvent): string[] {
  switch (event.type) {
    case 'entry/day':
      return [`Day ${event.day}.`, ...event.explanations.map((x) => entryWords(state, x))];
    case 'region/entered':
      return [`Day ${event.day}: ${regionName(state, event.region)} entered; organized resistance there broke.`];
    case 'region/culminated':
      return [`Day ${event.day}: the attack on ${regionName(state, event.region)} culminated; its troops return to the reserve.`];
    case 'entry/ended':
      return [`Entry phase over after ${event.day} day${event.day === 1 ? '' : 's'}. Monthly control turns begin.`];
    case 'control/month':
      if (!event.explanations.length) return [`Month ${event.month}.`, 'No region has been entered, so there is nothing to hold: the whole country counts as hostile.'];
      return [`Month ${event.month}.`, ...event.explanations.map((x) => controlWords(state, x))];
    case 'rotation/cap':
      return [`Month ${event.month}: first rotation. At most ${int(event.cap)} troops can stay in the country from now on.`];
    case 'objective/met':
      return [`Month ${event.month}: the objective is met.`];
    case 'game/ended':
      return [`Game over: ${OUTCOME_WORDS[event.outcome]}; objective ${event.success ? 'achieved' : 'not achieved'}.`];
    case 'allocation/changed':
      return [`${regionName(state, event.region)} now has ${int(event.troops)} troops.`];
    case 'turn/undone':
      return ['Turn undone: placements since the last day or month were taken back.'];
    default:
      return [];
  }
}
