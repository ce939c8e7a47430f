// Start-up as data: the app's first state from the shipped scenarios, what storage kept and the
// page's share link (which wins over storage), and the wiring that writes the kept part of the state
// back whenever it changes. Pure apart from the Storage object it is handed, so node tests boot the
// app, "reload" it over the same fake storage, and read its notices.
import type { Scenario } from '../model/types';
import { readShareLink } from './share-link';
import { DEFAULT_SEED, pickLocale, type Locale, type Notice, type Selection } from './state-schema';
import { openPersistence, keptOf, type Persistence, type StorageLike } from './storage';
import { createStore, initialState, sameItems, type AppState, type AppStore } from './store';
import { defaultTeacherSettings } from './teacher';

/** The scenario the issue asks about opens first when nothing else is asked for. */
export const DEFAULT_SCENARIO_ID = 'venezuela-2025-buildup';

export interface BootInput {
  /** The shipped scenarios, in list order. */
  shipped: readonly Scenario[];
  storage: StorageLike | null | undefined;
  /** The page's location.hash (a share link, or an ordinary route). */
  hash: string;
  /** navigator.languages. */
  languages?: readonly string[];
}

export interface Booted {
  state: AppState;
  persistence: Persistence;
}

/** The first state: link over storage over defaults; every problem is a notice in `state.notices`. */
export function bootState(input: BootInput): Booted {
  const persistence = openPersistence(input.storage);
  const kept = persistence.loaded;
  const scenarios: Scenario[] = [...input.shipped];
  const customIds: string[] = [];
  for (const scenario of kept.customScenarios) {
    // A custom scenario may not take a shipped scenario's id (nor appear twice).
    if (scenarios.some((s) => s.id === scenario.id)) continue;
    scenarios.push(scenario);
    customIds.push(scenario.id);
  }
  const fallbackId = scenarios.some((s) => s.id === DEFAULT_SCENARIO_ID) ? DEFAULT_SCENARIO_ID : scenarios[0].id;
  const link = readShareLink(input.hash, scenarios, { defaultScenarioId: fallbackId });
  const locale: Locale = link.locale ?? kept.preferences.locale ?? pickLocale(null, input.languages ?? []);

  let selection: Selection = { scenarioId: fallbackId, overrides: {}, seed: DEFAULT_SEED };
  if (link.present) selection = link.selection;
  else if (kept.selection && scenarios.some((s) => s.id === kept.selection!.scenarioId)) selection = kept.selection;
  const scenario = scenarios.find((s) => s.id === selection.scenarioId);
  if (selection.objective && selection.objective === scenario?.objective.kind) {
    const { objective: _own, ...rest } = selection;
    selection = rest;
  }
  // A link carries the class's teacher settings (none: teacher mode off), without replacing the saved ones.
  const teacher = link.present ? (link.teacher ?? defaultTeacherSettings()) : kept.preferences.teacher;
  const notices: Notice[] = [...persistence.notices, ...link.notices];

  const state = initialState(scenarios, {
    custom: { ids: customIds, kept: kept.keptCustoms },
    selection,
    classroom: { teacher, prediction: null, revealed: false },
    preferences: kept.preferences,
    locale,
    notices,
  });
  return { state, persistence };
}

/**
 * Write the kept part of the state whenever it changes (after the first state, which came from
 * storage or a link and is written only with the first change, or at once when loading migrated
 * something). A failed save becomes a notice. Returns the unsubscribe.
 */
export function persist(store: AppStore, persistence: Persistence): () => void {
  const slices = (state: AppState) => [state.preferences, state.selection, state.scenarios, state.custom];
  const save = () => {
    const result = persistence.save(keptOf(store.getState()));
    if (!result.ok && result.notice) store.dispatch({ type: 'notice/add', notices: [result.notice] });
  };
  if (persistence.migrated) save();
  return store.subscribe(slices, save, sameItems);
}

/** bootState, a store over it, and persistence wired: the app's start in one call. */
export function bootStore(input: BootInput): { store: AppStore; persistence: Persistence; stop: () => void } {
  const { state, persistence } = bootState(input);
  const store = createStore(state);
  const stop = persist(store, persistence);
  return { store, persistence, stop };
}
