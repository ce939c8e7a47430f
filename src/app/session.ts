// The app's shared selection: which scenario, which inputs changed, which seed. Screens read it and
// change it only through these functions; listeners redraw. No rules live here.
import type { Overrides, Scenario } from '../model/types';

export interface Selection {
  scenarioId: string;
  overrides: Overrides;
  seed: string;
}

export interface Session {
  scenarios: Scenario[];
  selection: Selection;
  scenario(): Scenario;
  select(scenarioId: string): void;
  setOverride(path: string, value: number | null): void;
  setSeed(seed: string): void;
  subscribe(listener: (selection: Selection) => void): () => void;
}

export function createSession(scenarios: Scenario[], initial?: Partial<Selection>): Session {
  if (scenarios.length === 0) throw new Error('no scenarios');
  const listeners = new Set<(selection: Selection) => void>();
  const firstId = scenarios.some((s) => s.id === initial?.scenarioId) ? initial!.scenarioId! : scenarios[0].id;
  const session: Session = {
    scenarios,
    selection: { scenarioId: firstId, overrides: { ...(initial?.overrides ?? {}) }, seed: initial?.seed ?? '42' },
    scenario() {
      return scenarios.find((s) => s.id === session.selection.scenarioId) ?? scenarios[0];
    },
    select(scenarioId) {
      if (!scenarios.some((s) => s.id === scenarioId)) return;
      session.selection = { ...session.selection, scenarioId, overrides: {} };
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
  };
  function notify() {
    for (const listener of listeners) listener(session.selection);
  }
  return session;
}
