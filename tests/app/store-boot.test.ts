// The app's start as data (src/app/boot.ts): the first state from storage and the share link, the
// persistence that writes the kept state back, and a "reload" over the same storage. Among them the
// defects the one store fixed: a seed such as "año 3" lost through a share link or a reload, and
// notices worded before the page's language was known.
import { afterEach, describe, expect, it } from 'vitest';
import { bootState, bootStore } from '../../src/app/boot';
import { encodeShareLink } from '../../src/app/share-link';
import { LEGACY_WALKTHROUGH_KEY, STORAGE_KEY } from '../../src/app/storage';
import { selectScenario } from '../../src/app/store';
import { MODEL_VERSION } from '../../src/model/parameters';
import { setLocale } from '../../src/ui/i18n';
import { wordNotices } from '../../src/ui/kit/notices';
import { shippedScenarios } from './fixtures';
import { FakeStorage } from './store-helpers';

const shipped = shippedScenarios();
const BUILDUP = 'venezuela-2025-buildup';

afterEach(() => {
  setLocale('en');
});

function boot(storage: FakeStorage | null, hash = '', languages: string[] = ['en-US']) {
  return bootStore({ shipped, storage, hash, languages });
}

describe('booting the store', () => {
  it('fresh storage, no link: the default scenario, seed 42, the browser’s language, no notice', () => {
    const { store } = boot(new FakeStorage(), '#/choose', ['es-VE', 'en']);
    const state = store.getState();
    expect(state.selection).toEqual({ scenarioId: BUILDUP, overrides: {}, seed: '42' });
    expect(state.locale).toBe('es');
    expect(state.preferences.locale).toBeNull();
    expect(state.notices).toEqual([]);
  });

  it('a share link wins over storage, and its teacher settings apply without replacing the saved ones', () => {
    const storage = new FakeStorage();
    const saved = { lockedInputs: ['intervener.troops'], hiddenInputs: [], hideOutcomes: true, predictFirst: false };
    storage.items.set(STORAGE_KEY, JSON.stringify({ version: 2, teacher: saved, selection: { scenarioId: 'panama-1989', overrides: {}, seed: 'saved' } }));
    const link = encodeShareLink({ scenarioId: 'grenada-1983', overrides: {}, seed: 'linked' }, { locale: 'es', teacher: { lockedInputs: [], hiddenInputs: [], hideOutcomes: false, predictFirst: true } });
    const { store } = boot(storage, link);
    const state = store.getState();
    expect(state.selection).toEqual({ scenarioId: 'grenada-1983', overrides: {}, seed: 'linked' });
    expect(state.locale).toBe('es');
    expect(state.classroom.teacher.predictFirst).toBe(true);
    expect(state.preferences.teacher).toEqual(saved);
    // Nothing is written at boot; the first change writes the saved teacher settings, not the link's.
    expect(storage.writes).toBe(0);
    store.dispatch({ type: 'theme/set', theme: 'high-contrast' });
    expect(JSON.parse(storage.items.get(STORAGE_KEY)!).teacher).toEqual(saved);
  });

  it('every change of the kept state is written; a failed write becomes a notice', () => {
    const storage = new FakeStorage();
    const { store } = boot(storage);
    store.dispatch({ type: 'selection/override', path: 'intervener.troops', value: 60000 });
    expect(JSON.parse(storage.items.get(STORAGE_KEY)!).selection.overrides).toEqual({ 'intervener.troops': 60000 });
    storage.failWrite = 'quota';
    store.dispatch({ type: 'theme/set', theme: 'high-contrast' });
    expect(store.getState().notices).toEqual([{ code: 'storage/not-saved-full' }]);
    expect(store.getState().preferences.theme).toBe('high-contrast');
  });
});

describe('the defects of the six owners, each fixed by the one store', () => {
  it('the seed "año 3" survives a share link (it became 42, with a warning)', () => {
    const first = boot(new FakeStorage());
    first.store.dispatch({ type: 'selection/seed', seed: 'año 3' });
    const state = first.store.getState();
    const link = encodeShareLink(state.selection, { locale: state.locale }, selectScenario(state));
    const opened = boot(new FakeStorage(), link);
    expect(opened.store.getState().notices).toEqual([]);
    expect(opened.store.getState().selection.seed).toBe('año 3');
  });

  it('a reload keeps a set-up whose seed is "año 3" (storage used to discard the whole set-up)', () => {
    const storage = new FakeStorage();
    const first = boot(storage);
    first.store.dispatch({ type: 'scenario/select', id: 'panama-1989' });
    first.store.dispatch({ type: 'selection/override', path: 'intervener.troops', value: 30000 });
    first.store.dispatch({ type: 'selection/seed', seed: 'año 3' });
    const reloaded = boot(storage);
    expect(reloaded.store.getState().notices).toEqual([]);
    expect(reloaded.store.getState().selection).toEqual({ scenarioId: 'panama-1989', overrides: { 'intervener.troops': 30000 }, seed: 'año 3' });
  });

  it('storage and link notices are codes, worded in the page’s language once it is known (Spanish at boot)', () => {
    const storage = new FakeStorage();
    storage.items.set(STORAGE_KEY, JSON.stringify({ version: 2, preferences: { locale: 'es', theme: 'neon' } }));
    const { state } = bootState({ shipped, storage, hash: `#/setup?v=${MODEL_VERSION}&scenario=${BUILDUP}&seed=a%00b`, languages: ['en-US'] });
    expect(state.locale).toBe('es');
    expect(state.notices.map((n) => n.code)).toEqual(['storage/setting-invalid', 'storage/dropped-backed-up', 'link/seed-invalid']);
    // Worded when shown, in the state's language (the app connects i18n to the store before it shows them).
    setLocale(state.locale);
    const text = wordNotices(state.notices);
    expect(text).toContain('Un ajuste guardado (theme) no era válido');
    expect(text).toContain('La semilla del enlace no es válida');
    expect(text).not.toMatch(/saved setting|The link/);
  });
});

describe('migrations at boot', () => {
  it('a stored version-1 document becomes the store’s state (and is written back as version 2 on the first change)', () => {
    const storage = new FakeStorage();
    const teacher = { lockedInputs: [], hiddenInputs: ['population.hostility'], hideOutcomes: false, predictFirst: true };
    storage.items.set(
      STORAGE_KEY,
      JSON.stringify({ version: 1, walkthroughSeen: true, locale: 'es', theme: 'high-contrast', teacher, lastSelection: { scenarioId: 'panama-1989', overrides: {}, seed: 's1', objective: 'capital' }, customScenarios: [] }),
    );
    const { store } = boot(storage);
    const state = store.getState();
    expect(state.preferences).toEqual({ walkthroughSeen: true, locale: 'es', theme: 'high-contrast', teacher });
    expect(state.classroom.teacher).toEqual(teacher);
    expect(state.locale).toBe('es');
    const panama = shipped.find((s) => s.id === 'panama-1989')!;
    expect(state.selection).toEqual({ scenarioId: 'panama-1989', overrides: {}, seed: 's1', ...(panama.objective.kind === 'capital' ? {} : { objective: 'capital' }) });
    expect(storage.writes).toBe(0);
    store.dispatch({ type: 'prediction/set', share: 0.3 });
    expect(storage.writes).toBe(0); // a forecast is not kept between lessons
    store.dispatch({ type: 'walkthrough/seen' });
    store.dispatch({ type: 'theme/set', theme: 'standard' });
    expect(JSON.parse(storage.items.get(STORAGE_KEY)!)).toMatchObject({ version: 2, preferences: { theme: 'standard', walkthroughSeen: true, locale: 'es' } });
  });

  it("the walkthrough's old key: a returning user is not shown it again, and the key is folded in at once", () => {
    const storage = new FakeStorage();
    storage.items.set(LEGACY_WALKTHROUGH_KEY, '1');
    const { store } = boot(storage);
    expect(store.getState().preferences.walkthroughSeen).toBe(true);
    expect(storage.items.has(LEGACY_WALKTHROUGH_KEY)).toBe(false);
    expect(JSON.parse(storage.items.get(STORAGE_KEY)!).preferences.walkthroughSeen).toBe(true);
    expect(boot(storage).store.getState().preferences.walkthroughSeen).toBe(true);
  });

  it('a saved custom scenario is listed after the shipped ones and can be the saved selection', () => {
    const storage = new FakeStorage();
    const first = boot(storage);
    const custom = { ...shipped.find((s) => s.id === 'panama-1989')!, id: 'class-copy' };
    first.store.dispatch({ type: 'custom/add', scenario: custom });
    first.store.dispatch({ type: 'scenario/select', id: 'class-copy' });
    const again = boot(storage).store.getState();
    expect(again.scenarios.map((s) => s.id).slice(-1)).toEqual(['class-copy']);
    expect(again.custom.ids).toEqual(['class-copy']);
    expect(again.selection.scenarioId).toBe('class-copy');
  });
});
