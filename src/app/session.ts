// The app's shared selection: which scenario, which inputs changed, which seed; and the game in
// progress for that selection (so Play and Debrief see the same run). Screens read it and change it
// only through these functions; listeners redraw. No rules live here.
import type { GameEvent, GameState, ObjectiveKind, Overrides, Scenario } from '../model/types';

export interface Selection {
  scenarioId: string;
  overrides: Overrides;
  seed: string;
  /** The objective the player chose in set-up, when it differs from the scenario's own. */
  objective?: ObjectiveKind;
}

/**
 * One event of the play log and the turn it belongs to (so undo can drop it). The play screen words
 * the event when it draws the log, so the log follows a change of language; null is the opening line.
 */
export interface LogEntry {
  event: GameEvent | null;
  turn: string;
}

/** The game being played for the current selection, kept across screens. */
export interface GameRecord {
  /** selectionKey() when the game was created: a changed selection starts a new game. */
  key: string;
  state: GameState;
  log: LogEntry[];
  /** The events of the last resolved turn (the odds column and density panels show them). */
  lastEvents: GameEvent[];
}

export interface Session {
  scenarios: Scenario[];
  selection: Selection;
  scenario(): Scenario;
  select(scenarioId: string): void;
  setOverride(path: string, value: number | null): void;
  setSeed(seed: string): void;
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
  setGame(record: GameRecord | null): void;
}

export function keyOf(selection: Selection): string {
  const overrides = Object.keys(selection.overrides)
    .sort()
    .map((k) => `${k}=${selection.overrides[k]}`)
    .join('&');
  return `${selection.scenarioId}|${selection.objective ?? ''}|${overrides}|${selection.seed}`;
}

export function createSession(scenarios: Scenario[], initial?: Partial<Selection>): Session {
  if (scenarios.length === 0) throw new Error('no scenarios');
  const listeners = new Set<(selection: Selection) => void>();
  const firstId = scenarios.some((s) => s.id === initial?.scenarioId) ? initial!.scenarioId! : scenarios[0].id;
  let game: GameRecord | null = null;
  const session: Session = {
    scenarios,
    selection: { scenarioId: firstId, overrides: { ...(initial?.overrides ?? {}) }, seed: initial?.seed ?? '42' },
    scenario() {
      return scenarios.find((s) => s.id === session.selection.scenarioId) ?? scenarios[0];
    },
    select(scenarioId) {
      if (!scenarios.some((s) => s.id === scenarioId)) return;
      session.selection = { ...session.selection, scenarioId, overrides: {}, objective: undefined };
      notify();
    },
    setOverride(path, value) {
      const overrides = { ...session.selection.overrides };
      if (value === null) delete overrides[path];
      else overrides[path] = value;
      session.selection = { ...session.selection, overrides };
      notify();
    },
    setSeed(seed) {
      session.selection = { ...session.selection, seed };
      notify();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    playedScenario() {
      const scenario = session.scenario();
      const kind = session.selection.objective;
      if (!kind || kind === scenario.objective.kind) return scenario;
      // A limited objective needs its region; other kinds key on the capital.
      const region = kind === 'limited' ? (scenario.objective.region ?? scenario.regions.find((r) => !r.capital)?.id) : undefined;
      return { ...scenario, objective: { ...scenario.objective, kind, region } };
    },
    setObjective(kind) {
      const own = session.scenario().objective.kind;
      session.selection = { ...session.selection, objective: kind === null || kind === own ? undefined : kind };
      notify();
    },
    resetOverrides() {
      session.selection = { ...session.selection, overrides: {} };
      notify();
    },
    selectionKey() {
      return keyOf(session.selection);
    },
    game() {
      return game && game.key === keyOf(session.selection) ? game : null;
    },
    setGame(record) {
      game = record;
    },
  };
  function notify() {
    for (const listener of listeners) listener(session.selection);
  }
  return session;
}
