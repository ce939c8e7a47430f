// Start-up as data: the app's first state from the shipped scenarios, what storage kept and the
// page's share link (which wins over storage), and the wiring that writes the kept part of the state
// back whenever it changes. Pure apart from the Storage object it is handed, so node tests boot the
// app, "reload" it over the same fake storage, and read its notices.
import type { Scenario } from '../model/types';
import { isShareQuery, readShareLink, type ReadShareLink } from './share-link';
import { DEFAULT_SEED, keyOf, notice, pickLocale, type Locale, type Notice, type Selection } from './state-schema';
import { openPersistence, keptOf, type Persistence, type StorageLike } from './storage';
import { createStore, initialState, sameItems, type AppState, type AppStore } from './store';
import { defaultTeacherSettings, recordLockedValues } from './teacher';

/** The scenario the issue asks about opens first when nothing else is asked for. */
export const DEFAULT_SCENARIO_ID = 'venezuela-2025-buildup';

export interface BootInput {
  /** The shipped scenarios, in list order. */
  shipped: readonly Scenario[];
  storage: StorageLike | null | undefined;
  /**
   * The page's location.hash (a share link, or an ordinary route). A link given in the page's query
   * instead ("?scenario=…#/setup") is passed as search + hash: the same parser reads either.
   */
  hash: string;
  /** navigator.languages. */
  languages?: readonly string[];
}

export interface Booted {
  state: AppState;
  persistence: Persistence;
}

/**
 * The text the app reads its share link from at boot: the fragment, or, when the fragment holds no
 * link and the page's query does ("?scenario=…#/setup"), the query and fragment together (the same
 * parser reads both). `fromQuery` says the page should then remove the query from its address.
 */
export function bootLinkText(search: string, hash: string, scenarios: readonly Scenario[]): { text: string; fromQuery: boolean } {
  const fromQuery = !readShareLink(hash, scenarios).present && isShareQuery(search);
  return { text: fromQuery ? search + hash : hash, fromQuery };
}

/** The first state: link over storage over defaults; every problem is a notice in `state.notices`. */
export function bootState(input: BootInput): Booted {
  // A stored custom scenario may not take a shipped scenario's id: storage sets it aside and says so.
  const persistence = openPersistence(input.storage, { reservedIds: input.shipped.map((s) => s.id) });
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
  // A link carries the class's teacher settings (none: teacher mode off), without replacing the saved
  // ones. A lock pins the value it was set at: the link's (or the kept set-up's) value is recorded.
  const teacher = recordLockedValues(link.present ? (link.teacher ?? defaultTeacherSettings()) : kept.preferences.teacher, scenario, selection.overrides);
  const notices: Notice[] = [...persistence.notices, ...link.notices];

  const state = initialState(scenarios, {
    custom: { ids: customIds, kept: kept.keptCustoms },
    selection,
    classroom: { teacher, prediction: null, revealed: false },
    preferences: link.present || teacher === kept.preferences.teacher ? kept.preferences : { ...kept.preferences, teacher },
    locale,
    notices,
  });
  return { state, persistence };
}

/**
 * Write the kept part of the state whenever it changes (after the first state, which came from
 * storage or a link and is written only with the first change, or at once when loading migrated
 * something), and again when another tab changed storage. Each save merges with what is stored
 * (src/app/storage.ts); the custom scenarios another tab added, changed or removed are listed here
 * too (`custom/sync`). How the save went is `lastSave` (an import reads it to say whether the file
 * is kept); a failed save also becomes a notice. Returns the unsubscribe.
 */
export function persist(store: AppStore, persistence: Persistence): () => void {
  const slices = (state: AppState) => [state.preferences, state.selection, state.scenarios, state.custom];
  const save = () => {
    const result = persistence.save(keptOf(store.getState()));
    const last = store.getState().lastSave;
    if (!last || last.ok !== result.ok || last.notice?.code !== result.notice?.code) store.dispatch({ type: 'storage/saved', outcome: { ok: result.ok, notice: result.notice } });
    if (!result.ok && result.notice) store.dispatch({ type: 'notice/add', notices: [result.notice] });
    if (result.incoming) store.dispatch({ type: 'custom/sync', scenarios: result.incoming.customScenarios, kept: result.incoming.keptCustoms });
  };
  if (persistence.migrated) save();
  const stopSaving = store.subscribe(slices, save, sameItems);
  const stopWatching = persistence.watch(save);
  return () => {
    stopSaving();
    stopWatching();
  };
}

/** bootState, a store over it, and persistence wired: the app's start in one call. */
export function bootStore(input: BootInput): { store: AppStore; persistence: Persistence; stop: () => void } {
  const { state, persistence } = bootState(input);
  const store = createStore(state);
  const stop = persist(store, persistence);
  return { store, persistence, stop };
}

// ---------------------------------------------------------------------------------------------
// A link opened in a page that already shows the app (src/app/main.ts, on hashchange).

/**
 * True when the student changed the set-up: the selection differs from the scenario's published
 * values (some input changed, another objective, or a seed other than the default).
 */
export function hasOwnChanges(selection: Selection): boolean {
  return Object.keys(selection.overrides).length > 0 || selection.objective !== undefined || selection.seed !== DEFAULT_SEED;
}

/**
 * True when applying `link` would replace the student's changes, so the page asks first: the
 * current selection differs from what the link sets and from the scenario's published values.
 */
export function linkNeedsConfirm(state: AppState, link: ReadShareLink): boolean {
  if (!link.present) return false;
  return hasOwnChanges(state.selection) && keyOf(state.selection) !== keyOf(link.selection);
}

/**
 * Apply a share link to a running store: its selection, teacher settings (in effect, the saved ones
 * kept) and language, as at boot; its notices and one saying it was applied replace the old ones.
 */
export function applyShareLink(store: AppStore, link: ReadShareLink): void {
  if (!link.present) return;
  store.dispatch({ type: 'link/apply', selection: link.selection, teacher: link.teacher, locale: link.locale });
  store.dispatch({ type: 'notice/clear' });
  store.dispatch({ type: 'notice/add', notices: [...link.notices, notice('link/applied')] });
}

/** The student kept their set-up: nothing changes, and the page says so. */
export function declineShareLink(store: AppStore): void {
  store.dispatch({ type: 'notice/clear' });
  store.dispatch({ type: 'notice/add', notices: [notice('link/declined')] });
}
