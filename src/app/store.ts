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
// The store is in four parts: src/app/store-state.ts (the state, actions and defaults),
// src/app/store-selectors.ts, src/app/store-reducer.ts and this file (the store and its
// subscriptions), which re-exports the others so the app imports the store from here alone.
//
// Pure: no DOM, no storage, no wording, so the reducer and subscriptions are tested in node.
import { freeze } from 'immer';
import { appReducer } from './store-reducer';
import type { AppAction, AppState } from './store-state';

export type { Selection } from './state-schema';
export { appReducer } from './store-reducer';
export { isCustom, selectGame, selectPlayedScenario, selectPrediction, selectScenario, selectSelectionKey } from './store-selectors';
export {
  defaultPreferences,
  initialState,
  MAX_CUSTOM_SCENARIOS,
  type AppAction,
  type AppState,
  type Classroom,
  type CustomScenarios,
  type GameRecord,
  type LogEntry,
  type Prediction,
  type Preferences,
} from './store-state';

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
