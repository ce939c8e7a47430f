// The app store's selectors (src/app/store.ts is the store): pure reads of AppState, memoized where a
// new object would otherwise be made on every call, so subscriptions compare them with Object.is.
import { limitedObjectiveRegion } from '../engine/batch';
import type { ObjectiveKind, Scenario } from '../model/types';
import { keyOf, type Selection } from './state-schema';
import type { AppState, GameRecord } from './store-state';

export function selectScenario(state: AppState): Scenario {
  return state.scenarios.find((s) => s.id === state.selection.scenarioId) ?? state.scenarios[0];
}

const played = new WeakMap<Scenario, Partial<Record<ObjectiveKind, Scenario>>>();

/** The scenario with the chosen objective applied: what the engine is given. */
export function selectPlayedScenario(state: AppState): Scenario {
  const scenario = selectScenario(state);
  const kind = state.selection.objective;
  if (!kind || kind === scenario.objective.kind) return scenario;
  let byKind = played.get(scenario);
  if (!byKind) played.set(scenario, (byKind = {}));
  let out = byKind[kind];
  if (!out) {
    // A limited objective needs its region; other kinds key on the capital.
    const region = kind === 'limited' ? (scenario.objective.region ?? limitedObjectiveRegion(scenario)) : undefined;
    out = byKind[kind] = { ...scenario, objective: { ...scenario.objective, kind, region } };
  }
  return out;
}

const keys = new WeakMap<Selection, string>();

/** A stable text key of the selection (scenario, objective, sorted overrides, seed). */
export function selectSelectionKey(state: AppState): string {
  let key = keys.get(state.selection);
  if (key === undefined) keys.set(state.selection, (key = keyOf(state.selection)));
  return key;
}

/** The game for the current selection, or null when none was started (or the selection changed). */
export function selectGame(state: AppState): GameRecord | null {
  return state.game && state.game.key === selectSelectionKey(state) ? state.game : null;
}

/** The forecast for the current selection, or null. */
export function selectPrediction(state: AppState): number | null {
  const p = state.classroom.prediction;
  return p && p.key === selectSelectionKey(state) ? p.share : null;
}

export function isCustom(state: AppState, id: string): boolean {
  return state.custom.ids.includes(id);
}
