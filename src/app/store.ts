// The app's one store: every piece of state the screens share lives in one immutable AppState,
// changed only by typed actions through a pure reducer (immer's produce), read with getState and
// selectors, and watched with subscribe(selector, listener), which calls back only when the selected
// slice changes (compared with Object.is, or the equality given), the way boardgame.io's client or
// PhET's Properties notify.
//
// Who owns what: the selection, the game in progress and its log, the classroom settings (teacher
// mode, forecast, reveal), the preferences kept between lessons (theme, walkthrough seen, chosen
// language, saved teacher settings), the language in effect, the scenarios (shipped and imported)
// and the notices waiting to be worded. src/app/session.ts and src/app/kit.ts are thin views over it;
// src/app/storage.ts and src/app/share-link.ts serialise it through src/app/state-schema.ts.
//
// Pure: no DOM, no storage, no wording, so the reducer and subscriptions are tested in node.
import { freeze, produce, type Draft } from 'immer';
import { limitedObjectiveRegion } from '../engine/batch';
import type { GameAction, GameEvent, GameState, ObjectiveKind, Scenario } from '../model/types';
import { checkSeed, DEFAULT_SEED, isLocale, isObjective, isTheme, isValidOverride, keyOf, sameNotice, type Locale, type Notice, type Selection, type Theme } from './state-schema';
import { defaultTeacherSettings, type TeacherSettings } from './teacher';

export type { Selection } from './state-schema';

/**
 * One event of the play log and the turn it belongs to (so undo can drop it). The play screen words
 * the event when it draws the log, so the log follows a change of language; null is the opening line.
 */
export interface LogEntry {
  event: GameEvent | null;
  turn: string;
}

/** The game being played for a selection, kept across screens (Play and Debrief read it). */
export interface GameRecord {
  /** keyOf(selection) when the game was created: a changed selection starts a new game. */
  key: string;
  state: GameState;
  log: LogEntry[];
  /** The events of the last resolved turn (the odds column and density panels show them). */
  lastEvents: GameEvent[];
}

/** What is kept between lessons (written to storage). */
export interface Preferences {
  theme: Theme;
  walkthroughSeen: boolean;
  /** The language the user chose with the switch; null: follow the browser (or a link). */
  locale: Locale | null;
  /** The teacher settings saved in this browser (a share link's settings apply without replacing them). */
  teacher: TeacherSettings;
}

/** The student's forecast of the chance of success, for the selection it was made for. */
export interface Prediction {
  share: number;
  key: string;
}

export interface Classroom {
  /** The teacher settings in effect (the saved ones, or a share link's). */
  teacher: TeacherSettings;
  prediction: Prediction | null;
  /** True once the teacher revealed hidden outcomes (for this page's life). */
  revealed: boolean;
}

export interface CustomScenarios {
  /** Ids of the scenarios in `scenarios` that came from an import (listed apart, removable). */
  ids: readonly string[];
  /** Stored entries that did not pass the checks: kept in storage as they are, never dropped silently. */
  kept: readonly unknown[];
}

export interface AppState {
  /** Shipped scenarios then imported ones, in the order Choose lists them. */
  scenarios: readonly Scenario[];
  custom: CustomScenarios;
  selection: Selection;
  /** The last game started; it belongs to the selection whose key it carries. */
  game: GameRecord | null;
  classroom: Classroom;
  preferences: Preferences;
  /** The language in effect (src/ui/i18n.ts reads it). */
  locale: Locale;
  /** What the page should tell the user (#notice), worded when shown. */
  notices: readonly Notice[];
}

export const MAX_CUSTOM_SCENARIOS = 50;

export type AppAction =
  | { type: 'scenario/select'; id: string }
  | { type: 'selection/set'; selection: Selection }
  | { type: 'selection/override'; path: string; value: number | null }
  | { type: 'selection/reset-overrides' }
  | { type: 'selection/seed'; seed: string }
  | { type: 'selection/objective'; kind: ObjectiveKind | null }
  | { type: 'game/start'; key: string; state: GameState }
  | { type: 'game/applied'; action: GameAction; state: GameState; events: readonly GameEvent[] }
  | { type: 'teacher/set'; settings: TeacherSettings }
  | { type: 'prediction/set'; share: number | null }
  | { type: 'outcomes/reveal'; revealed: boolean }
  | { type: 'theme/set'; theme: Theme }
  | { type: 'walkthrough/seen' }
  | { type: 'locale/set'; locale: Locale; remember: boolean }
  | { type: 'custom/add'; scenario: Scenario }
  | { type: 'custom/remove'; id: string }
  | { type: 'notice/add'; notices: readonly Notice[] }
  | { type: 'notice/clear' };

export function defaultPreferences(): Preferences {
  return { theme: 'standard', walkthroughSeen: false, locale: null, teacher: defaultTeacherSettings() };
}

/** A fresh state over `scenarios` (at least one), with everything else at its default. */
export function initialState(scenarios: readonly Scenario[], partial: Partial<AppState> = {}): AppState {
  if (scenarios.length === 0) throw new Error('no scenarios');
  const preferences = partial.preferences ?? defaultPreferences();
  return {
    scenarios,
    custom: { ids: [], kept: [] },
    selection: { scenarioId: scenarios[0].id, overrides: {}, seed: DEFAULT_SEED },
    game: null,
    classroom: { teacher: preferences.teacher, prediction: null, revealed: false },
    preferences,
    locale: 'en',
    notices: [],
    ...partial,
  };
}

// ---------------------------------------------------------------------------------------------
// Selectors (pure; memoized where a new object would otherwise be made on every call).

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

// ---------------------------------------------------------------------------------------------
// The reducer.

function turnKey(state: GameState): string {
  return `${state.phase}:${state.day}:${state.month}`;
}

function rawId(item: unknown): string | null {
  return typeof item === 'object' && item !== null && typeof (item as { id?: unknown }).id === 'string' ? (item as { id: string }).id : null;
}

/** The objective as the selection keeps it: undefined when it is the scenario's own. */
function ownObjective(scenarios: readonly Scenario[], scenarioId: string, kind: ObjectiveKind | null | undefined): ObjectiveKind | undefined {
  const scenario = scenarios.find((s) => s.id === scenarioId);
  return kind && isObjective(kind) && kind !== scenario?.objective.kind ? kind : undefined;
}

/**
 * Apply one action. Pure: the same state and action always give the same next state, and an action
 * that is not valid (an unknown scenario, an invalid seed or input value, a clash with a shipped
 * scenario's id) leaves the state as it is. Callers check first and tell the user why
 * (src/app/session.ts, src/app/kit.ts).
 */
export function appReducer(state: AppState, action: AppAction): AppState {
  return produce(state, (draft) => {
    apply(draft, state, action);
  });
}

function apply(draft: Draft<AppState>, state: AppState, action: AppAction): void {
  switch (action.type) {
    case 'scenario/select': {
      if (!state.scenarios.some((s) => s.id === action.id)) return;
      draft.selection = { scenarioId: action.id, overrides: {}, seed: state.selection.seed };
      return;
    }
    case 'selection/set': {
      const { selection } = action;
      if (!state.scenarios.some((s) => s.id === selection.scenarioId) || !checkSeed(selection.seed).ok) return;
      const overrides: Record<string, number> = {};
      for (const [path, value] of Object.entries(selection.overrides)) if (isValidOverride(path, value)) overrides[path] = value;
      const objective = ownObjective(state.scenarios, selection.scenarioId, selection.objective);
      draft.selection = { scenarioId: selection.scenarioId, overrides, seed: selection.seed, ...(objective ? { objective } : {}) };
      return;
    }
    case 'selection/override': {
      const { path, value } = action;
      if (value === null) {
        if (Object.prototype.hasOwnProperty.call(state.selection.overrides, path)) delete draft.selection.overrides[path];
        return;
      }
      if (!isValidOverride(path, value) || state.selection.overrides[path] === value) return;
      draft.selection.overrides[path] = value;
      return;
    }
    case 'selection/reset-overrides':
      if (Object.keys(state.selection.overrides).length > 0) draft.selection.overrides = {};
      return;
    case 'selection/seed': {
      const check = checkSeed(action.seed);
      if (check.ok && check.seed !== state.selection.seed) draft.selection.seed = check.seed;
      return;
    }
    case 'selection/objective': {
      const objective = ownObjective(state.scenarios, state.selection.scenarioId, action.kind);
      if (objective === state.selection.objective) return;
      if (objective) draft.selection.objective = objective;
      else delete draft.selection.objective;
      return;
    }
    case 'game/start':
      draft.game = { key: action.key, state: action.state as Draft<GameState>, log: [{ event: null, turn: 'intro' }], lastEvents: [] };
      return;
    case 'game/applied': {
      const game = draft.game;
      if (!game || !state.game) return;
      const turn = turnKey(state.game.state);
      if (action.action.type === 'turn/undo') game.log = game.log.filter((entry) => entry.turn !== turn);
      for (const event of action.events) game.log.push({ event: event as Draft<GameEvent>, turn });
      game.state = action.state as Draft<GameState>;
      if (action.action.type === 'day/end' || action.action.type === 'month/end') game.lastEvents = [...action.events] as Draft<GameEvent>[];
      return;
    }
    case 'teacher/set':
      draft.classroom.teacher = action.settings;
      draft.preferences.teacher = action.settings;
      if (action.settings.hideOutcomes) draft.classroom.revealed = false;
      return;
    case 'prediction/set':
      draft.classroom.prediction = action.share === null ? null : { share: action.share, key: selectSelectionKey(state) };
      return;
    case 'outcomes/reveal':
      draft.classroom.revealed = action.revealed;
      return;
    case 'theme/set':
      if (isTheme(action.theme)) draft.preferences.theme = action.theme;
      return;
    case 'walkthrough/seen':
      draft.preferences.walkthroughSeen = true;
      return;
    case 'locale/set':
      if (!isLocale(action.locale)) return;
      draft.locale = action.locale;
      if (action.remember) draft.preferences.locale = action.locale;
      return;
    case 'custom/add': {
      const { scenario } = action;
      const at = state.scenarios.findIndex((s) => s.id === scenario.id);
      const replacing = at >= 0;
      if (replacing && !state.custom.ids.includes(scenario.id)) return; // a shipped scenario's id
      const others = state.custom.ids.filter((id) => id !== scenario.id).length + state.custom.kept.filter((item) => rawId(item) !== scenario.id).length;
      if (others >= MAX_CUSTOM_SCENARIOS) return;
      if (replacing) {
        draft.scenarios[at] = scenario as Draft<Scenario>;
        // The old game and forecast were for the scenario as it was.
        if (state.game?.key.startsWith(`${scenario.id}|`)) draft.game = null;
      } else {
        draft.scenarios.push(scenario as Draft<Scenario>);
        draft.custom.ids.push(scenario.id);
      }
      draft.custom.kept = state.custom.kept.filter((item) => rawId(item) !== scenario.id) as Draft<unknown>[];
      return;
    }
    case 'custom/remove': {
      const { id } = action;
      const kept = state.custom.kept.filter((item) => rawId(item) !== id);
      if (kept.length !== state.custom.kept.length) draft.custom.kept = kept as Draft<unknown>[];
      if (!state.custom.ids.includes(id)) return;
      const scenarios = state.scenarios.filter((s) => s.id !== id);
      if (scenarios.length === 0) return;
      draft.scenarios = scenarios as Draft<Scenario>[];
      draft.custom.ids = state.custom.ids.filter((x) => x !== id);
      if (state.selection.scenarioId === id) draft.selection = { scenarioId: scenarios[0].id, overrides: {}, seed: state.selection.seed };
      return;
    }
    case 'notice/add': {
      const fresh = action.notices.filter((n, i) => !state.notices.some((m) => sameNotice(m, n)) && action.notices.findIndex((m) => sameNotice(m, n)) === i);
      if (fresh.length) draft.notices.push(...(fresh as Draft<Notice>[]));
      return;
    }
    case 'notice/clear':
      if (state.notices.length) draft.notices = [];
      return;
  }
}

// ---------------------------------------------------------------------------------------------
// The store.

export interface AppStore {
  getState(): AppState;
  dispatch(action: AppAction): void;
  /**
   * Call `listener(next, previous)` after a dispatch whenever `selector(state)` changes (by `equals`,
   * Object.is by default). Returns the unsubscribe. Listeners may dispatch: the nested change is
   * applied at once and every listener then sees the latest state exactly once per change.
   */
  subscribe<T>(selector: (state: AppState) => T, listener: (next: T, previous: T) => void, equals?: (a: T, b: T) => boolean): () => void;
}

interface Subscription {
  selector: (state: AppState) => unknown;
  listener: (next: unknown, previous: unknown) => void;
  equals: (a: unknown, b: unknown) => boolean;
  last: unknown;
  active: boolean;
}

export function createStore(initial: AppState, reducer: (state: AppState, action: AppAction) => AppState = appReducer): AppStore {
  // Frozen from the start, as every state the reducer makes is: nobody can change it behind its back.
  let state = freeze(initial, true);
  const subscriptions: Subscription[] = [];

  function notify() {
    for (const sub of [...subscriptions]) {
      if (!sub.active) continue;
      const next = sub.selector(state);
      if (sub.equals(sub.last, next)) continue;
      const previous = sub.last;
      sub.last = next;
      sub.listener(next, previous);
    }
  }

  return {
    getState: () => state,
    dispatch(action) {
      const next = reducer(state, action);
      if (next === state) return;
      state = next;
      notify();
    },
    subscribe(selector, listener, equals = Object.is) {
      const sub: Subscription = {
        selector: selector as (s: AppState) => unknown,
        listener: listener as (n: unknown, p: unknown) => void,
        equals: equals as (a: unknown, b: unknown) => boolean,
        last: selector(state),
        active: true,
      };
      subscriptions.push(sub);
      return () => {
        sub.active = false;
        const at = subscriptions.indexOf(sub);
        if (at >= 0) subscriptions.splice(at, 1);
      };
    },
  };
}

/** Equality of two arrays item by item (Object.is), for selectors that pick several slices. */
export function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((x, i) => Object.is(x, b[i]));
}
