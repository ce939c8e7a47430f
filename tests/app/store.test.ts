// The app store in node: the pure reducer action by action (and what it refuses), the selectors,
// subscriptions that fire only when their slice changes, and the thin views over it (session, kit).
import { afterEach, describe, expect, it } from 'vitest';
import { createGame, applyAction } from '../../src/engine/play';
import { appReducer, createStore, initialState, MAX_CUSTOM_SCENARIOS, sameItems, selectGame, selectPlayedScenario, selectPrediction, selectScenario, selectSelectionKey, type AppAction, type AppState } from '../../src/app/store';
import { createSession } from '../../src/app/session';
import { createKit } from '../../src/app/kit';
import { connectLocale, getLocale, setLocale, t } from '../../src/ui/i18n';
import { shippedScenarios } from './fixtures';

const scenarios = shippedScenarios();
const panama = scenarios.find((s) => s.id === 'panama-1989')!;
const buildup = scenarios.find((s) => s.id === 'venezuela-2025-buildup')!;

function fresh(partial: Partial<AppState> = {}): AppState {
  return initialState(scenarios, { selection: { scenarioId: buildup.id, overrides: {}, seed: '42' }, ...partial });
}

function run(state: AppState, ...actions: AppAction[]): AppState {
  return actions.reduce(appReducer, state);
}

afterEach(() => {
  setLocale('en');
});

describe('the reducer', () => {
  it('is pure: the old state is untouched and frozen, an action that changes nothing returns the same state', () => {
    const before = fresh();
    const after = appReducer(before, { type: 'selection/override', path: 'intervener.troops', value: 50000 });
    expect(before.selection.overrides).toEqual({});
    expect(after.selection.overrides).toEqual({ 'intervener.troops': 50000 });
    expect(Object.isFrozen(after.selection)).toBe(true);
    expect(after.scenarios).toBe(before.scenarios);
    expect(appReducer(after, { type: 'selection/override', path: 'intervener.troops', value: 50000 })).toBe(after);
    expect(appReducer(after, { type: 'notice/clear' })).toBe(after);
  });

  it('reset to published keeps what the teacher locked or hid (one rule for Set up and Analysis)', () => {
    const teacher = { lockedInputs: ['population.hostility'], hiddenInputs: ['defender.cohesion'], hideOutcomes: false, predictFirst: false };
    const state = run(
      fresh(),
      { type: 'selection/override', path: 'population.hostility', value: 0.37 },
      { type: 'selection/override', path: 'defender.cohesion', value: 0.5 },
      { type: 'selection/override', path: 'intervener.troops', value: 50000 },
      { type: 'teacher/set', settings: teacher },
    );
    const reset = appReducer(state, { type: 'selection/reset-overrides' });
    expect(reset.selection.overrides).toEqual({ 'population.hostility': 0.37, 'defender.cohesion': 0.5 });
    expect(appReducer(reset, { type: 'selection/reset-overrides' })).toBe(reset);
    const open = run(fresh(), { type: 'selection/override', path: 'intervener.troops', value: 50000 }, { type: 'selection/reset-overrides' });
    expect(open.selection.overrides).toEqual({});
  });

  it('selects a scenario: overrides and objective are cleared, the seed is kept; an unknown id changes nothing', () => {
    const state = run(fresh(), { type: 'selection/seed', seed: 'año 3' }, { type: 'selection/override', path: 'defender.cohesion', value: 0.5 }, { type: 'selection/objective', kind: 'capital' });
    expect(state.selection).toEqual({ scenarioId: buildup.id, overrides: { 'defender.cohesion': 0.5 }, seed: 'año 3', objective: 'capital' });
    const moved = appReducer(state, { type: 'scenario/select', id: panama.id });
    expect(moved.selection).toEqual({ scenarioId: panama.id, overrides: {}, seed: 'año 3' });
    expect(appReducer(moved, { type: 'scenario/select', id: 'atlantis' })).toBe(moved);
  });

  it('refuses an invalid seed, an unknown input or an out-of-range value (the one schema)', () => {
    const state = fresh();
    for (const seed of ['', '   ', 's'.repeat(65), 'a\u0000b', 'a\u202eb']) expect(appReducer(state, { type: 'selection/seed', seed })).toBe(state);
    expect(appReducer(state, { type: 'selection/override', path: 'defender.tanks', value: 5 })).toBe(state);
    expect(appReducer(state, { type: 'selection/override', path: 'defender.cohesion', value: 2 })).toBe(state);
    expect(appReducer(state, { type: 'selection/override', path: 'intervener.troops', value: Number.NaN })).toBe(state);
    expect(appReducer(state, { type: 'selection/seed', seed: '東京 2025' }).selection.seed).toBe('東京 2025');
  });

  it('keeps the objective only when it differs from the scenario’s own', () => {
    const own = buildup.objective.kind;
    const other = own === 'capital' ? 'country' : 'capital';
    expect(appReducer(fresh(), { type: 'selection/objective', kind: own }).selection).not.toHaveProperty('objective');
    const chosen = appReducer(fresh(), { type: 'selection/objective', kind: other });
    expect(chosen.selection.objective).toBe(other);
    expect(appReducer(chosen, { type: 'selection/objective', kind: null }).selection).not.toHaveProperty('objective');
    expect(selectPlayedScenario(chosen).objective.kind).toBe(other);
    // Memoized: the same played scenario object while nothing changes.
    expect(selectPlayedScenario(chosen)).toBe(selectPlayedScenario(chosen));
    expect(selectPlayedScenario(fresh())).toBe(buildup);
  });

  it('selection/set checks the whole selection: unknown scenario or invalid seed refused, bad overrides dropped', () => {
    const state = fresh();
    expect(appReducer(state, { type: 'selection/set', selection: { scenarioId: 'atlantis', overrides: {}, seed: '1' } })).toBe(state);
    expect(appReducer(state, { type: 'selection/set', selection: { scenarioId: panama.id, overrides: {}, seed: '' } })).toBe(state);
    const set = appReducer(state, { type: 'selection/set', selection: { scenarioId: panama.id, overrides: { 'intervener.troops': 9000, 'no.such': 1 }, seed: 'x', objective: panama.objective.kind } });
    expect(set.selection).toEqual({ scenarioId: panama.id, overrides: { 'intervener.troops': 9000 }, seed: 'x' });
  });

  it('records a game: start, applied turns with their log, undo drops the turn’s lines; a new selection hides it', () => {
    let state = fresh();
    const game = createGame(buildup, {}, '42', 0);
    state = appReducer(state, { type: 'game/start', key: selectSelectionKey(state), state: game });
    expect(selectGame(state)?.log).toEqual([{ event: null, turn: 'intro' }]);
    const planned = applyAction(game, { type: 'plan/apply' });
    if ('rejected' in planned) throw new Error('plan rejected');
    state = appReducer(state, { type: 'game/applied', action: { type: 'plan/apply' }, state: planned.state, events: planned.events });
    const ended = applyAction(planned.state, { type: 'day/end' });
    if ('rejected' in ended) throw new Error('day rejected');
    state = appReducer(state, { type: 'game/applied', action: { type: 'day/end' }, state: ended.state, events: ended.events });
    const record = selectGame(state)!;
    expect(record.state).toBe(ended.state);
    expect(record.lastEvents).toEqual(ended.events);
    expect(record.log.length).toBe(1 + planned.events.length + ended.events.length);
    expect(record.log.slice(1, 1 + planned.events.length).every((e) => e.turn === 'entry:0:0')).toBe(true);
    expect(Object.isFrozen(record.log)).toBe(true);
    // Undo of a turn with moves: the turn's lines go.
    const moved = applyAction(ended.state, { type: 'plan/apply' });
    if ('rejected' in moved) throw new Error('plan rejected');
    state = appReducer(state, { type: 'game/applied', action: { type: 'plan/apply' }, state: moved.state, events: moved.events });
    const undone = applyAction(moved.state, { type: 'turn/undo' });
    if ('rejected' in undone) throw new Error('undo rejected');
    state = appReducer(state, { type: 'game/applied', action: { type: 'turn/undo' }, state: undone.state, events: undone.events });
    expect(
      selectGame(state)!
        .log.filter((e) => e.turn === 'entry:1:0')
        .map((e) => e.event?.type),
    ).toEqual(undone.events.map((e) => e.type));
    // Another seed: no game for that selection; back to the old seed: the game is there again.
    const other = appReducer(state, { type: 'selection/seed', seed: '7' });
    expect(selectGame(other)).toBeNull();
    expect(selectGame(appReducer(other, { type: 'selection/seed', seed: '42' }))).toBe(selectGame(state));
  });

  it('teacher settings: in effect and saved; hiding outcomes takes back a reveal', () => {
    const settings = { lockedInputs: ['intervener.troops'], hiddenInputs: [], hideOutcomes: true, predictFirst: false };
    const revealed = appReducer(fresh(), { type: 'outcomes/reveal', revealed: true });
    const state = appReducer(revealed, { type: 'teacher/set', settings });
    expect(state.classroom.teacher).toEqual(settings);
    expect(state.preferences.teacher).toEqual(settings);
    expect(state.classroom.revealed).toBe(false);
  });

  it('a forecast belongs to the selection it was made for', () => {
    const state = appReducer(fresh(), { type: 'prediction/set', share: 0.35 });
    expect(selectPrediction(state)).toBe(0.35);
    const changed = appReducer(state, { type: 'selection/override', path: 'intervener.troops', value: 60000 });
    expect(selectPrediction(changed)).toBeNull();
    expect(selectPrediction(appReducer(changed, { type: 'selection/override', path: 'intervener.troops', value: null }))).toBe(0.35);
  });

  it('preferences and the locale: a switch is remembered, a link’s language is not', () => {
    const linked = appReducer(fresh(), { type: 'locale/set', locale: 'es', remember: false });
    expect(linked.locale).toBe('es');
    expect(linked.preferences.locale).toBeNull();
    const chosen = appReducer(linked, { type: 'locale/set', locale: 'en', remember: true });
    expect(chosen.preferences.locale).toBe('en');
    expect(appReducer(chosen, { type: 'locale/set', locale: 'fr' as 'en', remember: true })).toBe(chosen);
    const prefs = run(fresh(), { type: 'theme/set', theme: 'high-contrast' }, { type: 'walkthrough/seen' });
    expect(prefs.preferences).toMatchObject({ theme: 'high-contrast', walkthroughSeen: true });
  });

  it('custom scenarios: added without touching the old list, replaced by id, removed (the selection moves off it)', () => {
    const state = fresh();
    const custom = { ...panama, id: 'class-copy', title: 'Class copy' };
    const added = appReducer(state, { type: 'custom/add', scenario: custom });
    expect(state.scenarios).toHaveLength(scenarios.length);
    expect(added.scenarios.map((s) => s.id)).toContain('class-copy');
    expect(added.custom.ids).toEqual(['class-copy']);
    const replaced = appReducer(added, { type: 'custom/add', scenario: { ...custom, title: 'Again' } });
    expect(replaced.scenarios.filter((s) => s.id === 'class-copy').map((s) => s.title)).toEqual(['Again']);
    // A shipped scenario's id is refused.
    expect(appReducer(added, { type: 'custom/add', scenario: { ...panama } })).toBe(added);
    const selected = appReducer(replaced, { type: 'scenario/select', id: 'class-copy' });
    const removed = appReducer(selected, { type: 'custom/remove', id: 'class-copy' });
    expect(removed.scenarios.map((s) => s.id)).not.toContain('class-copy');
    expect(removed.custom.ids).toEqual([]);
    expect(removed.selection.scenarioId).toBe(scenarios[0].id);
    // A shipped scenario cannot be removed.
    expect(appReducer(removed, { type: 'custom/remove', id: panama.id })).toBe(removed);
  });

  it('refuses a custom scenario past the limit, counting stored ones that did not pass the checks', () => {
    const kept = Array.from({ length: MAX_CUSTOM_SCENARIOS }, (_, i) => ({ id: `broken-${i}` }));
    const state = fresh({ custom: { ids: [], kept } });
    expect(appReducer(state, { type: 'custom/add', scenario: { ...panama, id: 'one-more' } })).toBe(state);
    // Replacing a kept (invalid) one by id is allowed, and the invalid copy goes.
    const fixed = appReducer(state, { type: 'custom/add', scenario: { ...panama, id: 'broken-3' } });
    expect(fixed.custom.ids).toEqual(['broken-3']);
    expect(fixed.custom.kept).toHaveLength(MAX_CUSTOM_SCENARIOS - 1);
  });

  it('notices are added once each and cleared together', () => {
    const state = run(fresh(), { type: 'notice/add', notices: [{ code: 'storage/off' }, { code: 'storage/off' }] }, { type: 'notice/add', notices: [{ code: 'link/duplicate', params: { name: 'seed' } }, { code: 'storage/off' }] });
    expect(state.notices).toEqual([{ code: 'storage/off' }, { code: 'link/duplicate', params: { name: 'seed' } }]);
    expect(appReducer(state, { type: 'notice/clear' }).notices).toEqual([]);
  });
});

describe('subscriptions', () => {
  it('a listener hears only changes of its own slice, with the new and old values', () => {
    const store = createStore(fresh());
    const seeds: Array<[string, string]> = [];
    const themes: string[] = [];
    store.subscribe(
      (s) => s.selection.seed,
      (next, prev) => seeds.push([next, prev]),
    );
    store.subscribe(
      (s) => s.preferences.theme,
      (theme) => themes.push(theme),
    );
    store.dispatch({ type: 'selection/override', path: 'intervener.troops', value: 50000 });
    store.dispatch({ type: 'selection/seed', seed: 'año 3' });
    store.dispatch({ type: 'selection/seed', seed: 'año 3' });
    store.dispatch({ type: 'selection/seed', seed: '' });
    store.dispatch({ type: 'theme/set', theme: 'high-contrast' });
    expect(seeds).toEqual([['año 3', '42']]);
    expect(themes).toEqual(['high-contrast']);
  });

  it('unsubscribe stops the calls; a custom equality compares several slices at once', () => {
    const store = createStore(fresh());
    let calls = 0;
    const stop = store.subscribe(
      (s) => [s.preferences, s.selection],
      () => calls++,
      sameItems,
    );
    store.dispatch({ type: 'notice/add', notices: [{ code: 'storage/off' }] });
    expect(calls).toBe(0);
    store.dispatch({ type: 'walkthrough/seen' });
    expect(calls).toBe(1);
    stop();
    store.dispatch({ type: 'theme/set', theme: 'high-contrast' });
    expect(calls).toBe(1);
  });

  it('a listener may dispatch: every listener then sees the latest state, once per change', () => {
    const store = createStore(fresh());
    const heard: string[] = [];
    store.subscribe(
      (s) => s.selection.seed,
      (seed) => {
        heard.push(`a:${seed}`);
        if (seed === '1') store.dispatch({ type: 'selection/seed', seed: '2' });
      },
    );
    store.subscribe(
      (s) => s.selection.seed,
      (seed) => heard.push(`b:${seed}`),
    );
    store.dispatch({ type: 'selection/seed', seed: '1' });
    expect(heard).toEqual(['a:1', 'a:2', 'b:2']);
    expect(store.getState().selection.seed).toBe('2');
  });
});

describe('the thin views', () => {
  it('session: no mutable field; changes go through the store; an invalid seed is refused with a notice', () => {
    const store = createStore(fresh());
    const session = createSession(store);
    expect(() => {
      (session as unknown as { selection: unknown }).selection = { scenarioId: 'x' };
    }).toThrow();
    expect(() => {
      (session.selection.overrides as Record<string, number>)['intervener.troops'] = 1;
    }).toThrow();
    session.setOverride('intervener.troops', 70000);
    expect(store.getState().selection.overrides).toEqual({ 'intervener.troops': 70000 });
    expect(session.setSeed('año 3')).toEqual({ ok: true, seed: 'año 3' });
    expect(session.selection.seed).toBe('año 3');
    expect(session.setSeed('a\u0000b')).toEqual({ ok: false, problem: 'unprintable' });
    expect(session.selection.seed).toBe('año 3');
    expect(store.getState().notices).toEqual([{ code: 'seed/invalid', params: { problem: 'unprintable' } }]);
    const heard: string[] = [];
    session.subscribe((selection) => heard.push(selection.scenarioId));
    session.select(panama.id);
    expect(heard).toEqual([panama.id]);
    expect(session.scenario()).toBe(selectScenario(store.getState()));
  });

  it('kit: imports and removals are actions (no shared list is spliced); a shipped id is refused', () => {
    const store = createStore(fresh());
    const kit = createKit(store, () => 'https://school.example/#/setup');
    const before = store.getState().scenarios;
    const text = JSON.stringify(JSON.parse(JSON.stringify({ ...panama, id: 'imported-one' })));
    const result = kit.importScenario(text);
    expect(result.ok).toBe(true);
    expect(before.map((s) => s.id)).not.toContain('imported-one');
    expect(kit.isCustom('imported-one')).toBe(true);
    const clash = kit.importScenario(JSON.stringify(panama));
    expect(clash.ok).toBe(false);
    kit.removeCustom('imported-one');
    expect(kit.isCustom('imported-one')).toBe(false);
    expect(store.getState().scenarios.map((s) => s.id)).toEqual(before.map((s) => s.id));
  });

  it('kit: the share link carries the set-up, the language in effect and the teacher settings in effect', () => {
    const store = createStore(fresh());
    const kit = createKit(store, () => 'https://school.example/#/setup');
    store.dispatch({ type: 'selection/seed', seed: 'año 3' });
    store.dispatch({ type: 'locale/set', locale: 'es', remember: false });
    kit.setTeacher({ lockedInputs: [], hiddenInputs: [], hideOutcomes: false, predictFirst: true });
    const link = kit.shareLink();
    expect(link).toContain('seed=a%C3%B1o+3');
    expect(link).toContain('lang=es');
    expect(link).toContain('predict=1');
  });

  it('i18n reads the locale from the store once connected, and setLocale dispatches to it', () => {
    const store = createStore(fresh());
    const disconnect = connectLocale({
      get: () => store.getState().locale,
      set: (locale) => store.dispatch({ type: 'locale/set', locale, remember: true }),
      subscribe: (listener) => store.subscribe((s) => s.locale, listener),
    });
    try {
      store.dispatch({ type: 'locale/set', locale: 'es', remember: false });
      expect(getLocale()).toBe('es');
      expect(t('Play')).toBe('Jugar');
      setLocale('en');
      expect(store.getState().locale).toBe('en');
      expect(store.getState().preferences.locale).toBe('en');
    } finally {
      disconnect();
    }
    expect(getLocale()).toBe('en');
  });
});
