// The selection (which scenario, which inputs changed, which seed, which objective) and the game for
// it, as a thin read-and-dispatch view over the app store (src/app/store.ts). Screens read through it
// and change the selection only through these functions; nothing here holds state of its own, and
// what it returns is the store's frozen state. No rules live here.
import type { ObjectiveKind, Scenario } from '../model/types';
import { checkSeed, keyOf, notice, type SeedCheck, type Selection } from './state-schema';
import { selectGame, selectPlayedScenario, selectScenario, selectSelectionKey, type AppStore, type GameRecord, type LogEntry } from './store';

export type { GameRecord, LogEntry, Selection };
export { keyOf };

export interface Session {
  /** Shipped and imported scenarios, in list order (read-only). */
  readonly scenarios: readonly Scenario[];
  /** The current selection (read-only; change it with the functions below). */
  readonly selection: Readonly<Selection>;
  scenario(): Scenario;
  select(scenarioId: string): void;
  setOverride(path: string, value: number | null): void;
  /**
   * Use `seed` when it is valid (src/app/state-schema.ts: 1 to 64 printable characters); an invalid
   * seed is refused, the selection keeps its seed, and the page is told why (a notice).
   */
  setSeed(seed: string): SeedCheck;
  /** Calls `listener` after every change of the selection; returns the unsubscribe. */
  subscribe(listener: (selection: Selection) => void): () => void;
  /** The scenario with the chosen objective applied: what the engine is given. */
  playedScenario(): Scenario;
  /** Choose the objective (null: the scenario's own). */
  setObjective(kind: ObjectiveKind | null): void;
  /** Clear every override of the current scenario at once (one notification). */
  resetOverrides(): void;
  /** A stable text key of the selection (scenario, sorted overrides, seed). */
  selectionKey(): string;
  /** The game for the current selection, or null when none was started (or the selection changed). */
  game(): GameRecord | null;
}

export function createSession(store: AppStore): Session {
  return {
    get scenarios() {
      return store.getState().scenarios;
    },
    get selection() {
      return store.getState().selection;
    },
    scenario: () => selectScenario(store.getState()),
    select(scenarioId) {
      store.dispatch({ type: 'scenario/select', id: scenarioId });
    },
    setOverride(path, value) {
      store.dispatch({ type: 'selection/override', path, value });
    },
    setSeed(seed) {
      const check = checkSeed(seed);
      if (check.ok) store.dispatch({ type: 'selection/seed', seed: check.seed });
      else store.dispatch({ type: 'notice/add', notices: [notice('seed/invalid', { problem: check.problem })] });
      return check;
    },
    subscribe(listener) {
      return store.subscribe(
        (state) => state.selection,
        (selection) => listener(selection),
      );
    },
    playedScenario: () => selectPlayedScenario(store.getState()),
    setObjective(kind) {
      store.dispatch({ type: 'selection/objective', kind });
    },
    resetOverrides() {
      store.dispatch({ type: 'selection/reset-overrides' });
    },
    selectionKey: () => selectSelectionKey(store.getState()),
    game: () => selectGame(store.getState()),
  };
}
