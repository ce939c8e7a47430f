// The app store's reducer (src/app/store.ts is the store): one pure function from a state and an
// action to the next state, written as changes to an immer draft.
import { produce, type Draft } from 'immer';
import type { GameEvent, GameState, ObjectiveKind, Scenario } from '../model/types';
import { checkSeed, isLocale, isObjective, isTheme, isValidOverride, notice, sameNotice, type Notice, type Selection } from './state-schema';
import { defaultTeacherSettings, inputAccess, pinLockedValues, recordLockedValues } from './teacher';
import { selectSelectionKey } from './store-selectors';
import { MAX_CUSTOM_SCENARIOS, type AppAction, type AppState } from './store-state';

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

/** A selection as the store keeps it (valid overrides only, the objective only when not the scenario's own), or null when it is not usable. */
function cleanSelection(state: AppState, selection: Selection): Selection | null {
  if (!state.scenarios.some((s) => s.id === selection.scenarioId) || !checkSeed(selection.seed).ok) return null;
  const overrides: Record<string, number> = {};
  for (const [path, value] of Object.entries(selection.overrides)) if (isValidOverride(path, value)) overrides[path] = value;
  const objective = ownObjective(state.scenarios, selection.scenarioId, selection.objective);
  return { scenarioId: selection.scenarioId, overrides, seed: selection.seed, ...(objective ? { objective } : {}) };
}

/**
 * Keep every locked input at its locked value in the selection of `scenario` (a scenario chosen
 * again, an imported one, or the selected one replaced by an import), and say so when that differs
 * from the scenario's published value.
 */
function pinLocks(draft: Draft<AppState>, state: AppState, scenario: Scenario): void {
  const teacher = state.classroom.teacher;
  if (!teacher.lockedValues) return;
  const { overrides, kept } = pinLockedValues(teacher, scenario, draft.selection.overrides);
  draft.selection.overrides = overrides;
  if (kept.length === 0) return;
  const item = notice('teacher/lock-kept', { inputs: kept.join(',') });
  if (!state.notices.some((n) => sameNotice(n, item))) draft.notices.push(item as Draft<Notice>);
}

function apply(draft: Draft<AppState>, state: AppState, action: AppAction): void {
  switch (action.type) {
    case 'scenario/select': {
      const scenario = state.scenarios.find((s) => s.id === action.id);
      if (!scenario) return;
      draft.selection = { scenarioId: action.id, overrides: {}, seed: state.selection.seed };
      // A lock pins its value when the same scenario is chosen again or an imported one is chosen
      // (a shipped scenario, such as a back-test, opens with its own published values).
      if (action.id === state.selection.scenarioId || state.custom.ids.includes(action.id)) pinLocks(draft, state, scenario);
      return;
    }
    case 'selection/set': {
      const selection = cleanSelection(state, action.selection);
      if (selection) draft.selection = selection;
      return;
    }
    case 'link/apply': {
      const selection = cleanSelection(state, action.selection);
      if (!selection) return;
      draft.selection = selection;
      const scenario = state.scenarios.find((s) => s.id === selection.scenarioId);
      draft.classroom.teacher = recordLockedValues(action.teacher ?? defaultTeacherSettings(), scenario, selection.overrides);
      draft.classroom.revealed = false;
      if (action.locale && isLocale(action.locale)) draft.locale = action.locale;
      return;
    }
    case 'selection/override': {
      const { path, value } = action;
      if (value === null) {
        if (Object.hasOwn(state.selection.overrides, path)) delete draft.selection.overrides[path];
        return;
      }
      if (!isValidOverride(path, value) || state.selection.overrides[path] === value) return;
      draft.selection.overrides[path] = value;
      return;
    }
    case 'selection/reset-overrides': {
      // Back to the published values, except inputs the teacher locked or hid: they keep their value
      // (the one rule for every reset button: Set up's and Analysis's).
      const kept = Object.entries(state.selection.overrides).filter(([path]) => inputAccess(state.classroom.teacher, path) !== 'open');
      if (kept.length !== Object.keys(state.selection.overrides).length) draft.selection.overrides = Object.fromEntries(kept);
      return;
    }
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
        // The selected scenario replaced by a file with other published values keeps its locked inputs.
        if (state.selection.scenarioId === scenario.id) pinLocks(draft, state, scenario);
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
    case 'custom/sync': {
      // Another tab's list, but the selected scenario stays as this tab has it (a game may be under way).
      const shipped = state.scenarios.filter((s) => !state.custom.ids.includes(s.id));
      const selected = state.custom.ids.includes(state.selection.scenarioId) ? state.scenarios.find((s) => s.id === state.selection.scenarioId) : undefined;
      const customs: Scenario[] = [];
      for (const s of action.scenarios) {
        if (shipped.some((x) => x.id === s.id) || customs.some((x) => x.id === s.id)) continue;
        customs.push(s.id === selected?.id ? selected : s);
      }
      if (selected && !customs.includes(selected)) customs.push(selected);
      const scenarios = [...shipped, ...customs];
      const sameList = scenarios.length === state.scenarios.length && scenarios.every((s, i) => s === state.scenarios[i]);
      const sameKept = action.kept.length === state.custom.kept.length && action.kept.every((k, i) => k === state.custom.kept[i]);
      if (!sameList) {
        draft.scenarios = scenarios as Draft<Scenario>[];
        draft.custom.ids = customs.map((s) => s.id);
      }
      if (!sameKept) draft.custom.kept = [...action.kept] as Draft<unknown>[];
      return;
    }
    case 'storage/saved':
      draft.lastSave = action.outcome as Draft<typeof action.outcome>;
      return;
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
