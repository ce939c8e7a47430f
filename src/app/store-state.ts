// The shape of the app store's state (src/app/store.ts is the store): what each slice holds, the
// actions that change it, the preferences' defaults and a fresh initial state. Pure types and values.
import type { GameAction, GameEvent, GameState, ObjectiveKind, Scenario } from '../model/types';
import { DEFAULT_SEED, type Locale, type Notice, type Selection, type Theme } from './state-schema';
import { defaultTeacherSettings, type TeacherSettings } from './teacher';

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
  /** How the last write to storage went (src/app/boot.ts persist); null before the first. */
  lastSave: SaveOutcome | null;
}

/** The outcome of one write of the kept state to storage. */
export interface SaveOutcome {
  ok: boolean;
  /** Why it was not kept; null when it was. */
  notice: Notice | null;
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
  /**
   * A share link opened (at boot or in a page already showing the app): its selection, its teacher
   * settings in effect (null: teacher mode off) without replacing the saved ones, its language
   * (null: unchanged) in effect without being remembered.
   */
  | { type: 'link/apply'; selection: Selection; teacher: TeacherSettings | null; locale: Locale | null }
  | { type: 'prediction/set'; share: number | null }
  | { type: 'outcomes/reveal'; revealed: boolean }
  | { type: 'theme/set'; theme: Theme }
  | { type: 'walkthrough/seen' }
  | { type: 'locale/set'; locale: Locale; remember: boolean }
  | { type: 'custom/add'; scenario: Scenario }
  | { type: 'custom/remove'; id: string }
  /**
   * The custom scenarios as storage holds them after another tab changed them (src/app/boot.ts
   * persist): listed in this order, except that the selected one stays as this tab has it.
   */
  | { type: 'custom/sync'; scenarios: readonly Scenario[]; kept: readonly unknown[] }
  | { type: 'storage/saved'; outcome: SaveOutcome }
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
    lastSave: null,
    ...partial,
  };
}
