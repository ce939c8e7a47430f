// Versioned storage against fake Storage objects: healthy, empty, garbage, wrong shapes, old
// versions, newer versions, throwing, full, absent. The promises under test: the app always starts,
// a failed save keeps what was saved before, invalid custom scenarios are reported and kept. Storage
// is a serialiser of the store's kept state (src/app/storage.ts); its problems are notices (codes),
// worded here with the page's own wording (src/ui/kit/notices.ts) to check the words too.
import { afterEach, describe, expect, it } from 'vitest';
import { BACKUP_KEY, defaultPreferences, emptyKeptState, LEGACY_WALKTHROUGH_KEY, openPersistence, STORAGE_KEY, type KeptState, type Persistence } from '../../src/app/storage';
import { scenarioToJson } from '../../src/engine/scenario';
import type { Scenario } from '../../src/model/types';
import { setLocale } from '../../src/ui/i18n';
import { wordNotice, wordNotices } from '../../src/ui/kit/notices';
import { shippedScenarios } from './fixtures';
import { FakeStorage } from './store-helpers';

const scenarios = shippedScenarios();
const panama = scenarios.find((s) => s.id === 'panama-1989')!;

afterEach(() => {
  setLocale('en');
});

function stored(storage: FakeStorage): Record<string, unknown> {
  return JSON.parse(storage.items.get(STORAGE_KEY)!) as Record<string, unknown>;
}

/** The load notices in English words. */
function said(p: Persistence): string {
  return wordNotices(p.notices);
}

function withPreferences(kept: KeptState, patch: Partial<KeptState['preferences']>): KeptState {
  return { ...kept, preferences: { ...kept.preferences, ...patch } };
}

function withCustom(kept: KeptState, scenario: Scenario): KeptState {
  return { ...kept, customScenarios: [...kept.customScenarios.filter((s) => s.id !== scenario.id), scenario] };
}

describe('a healthy storage', () => {
  it('starts empty with defaults and no notice, and saves a versioned document under one key', () => {
    const storage = new FakeStorage();
    const p = openPersistence(storage);
    expect(p.loaded).toEqual(emptyKeptState());
    expect(p.notices).toEqual([]);
    expect(p.persistent).toBe(true);
    expect(p.save(withPreferences(p.loaded, { walkthroughSeen: true, locale: 'es', theme: 'high-contrast' }))).toEqual({ ok: true, notice: null });
    expect([...storage.items.keys()]).toEqual([STORAGE_KEY]);
    expect(stored(storage)).toMatchObject({ version: 2, preferences: { walkthroughSeen: true, locale: 'es', theme: 'high-contrast' }, selection: null, customScenarios: [] });
  });

  it('reads back everything it saved: preferences, teacher settings, the set-up and custom scenarios', () => {
    const storage = new FakeStorage();
    const first = openPersistence(storage);
    const custom = { ...panama, id: 'panama-class', title: 'Panama, class copy' };
    const kept: KeptState = {
      preferences: {
        walkthroughSeen: true,
        locale: 'es',
        theme: 'standard',
        teacher: { lockedInputs: ['intervener.troops'], hiddenInputs: ['population.hostility'], hideOutcomes: true, predictFirst: true },
      },
      selection: { scenarioId: 'panama-1989', overrides: { 'defender.regulars': 16000 }, seed: 'lesson 3', objective: 'capital' },
      customScenarios: [custom],
      keptCustoms: [],
    };
    expect(first.save(kept).ok).toBe(true);
    const second = openPersistence(storage);
    expect(second.notices).toEqual([]);
    expect(second.loaded).toEqual(kept);
    expect(second.rejected).toEqual([]);
  });

  it('a seed of any script survives a reload exactly (the one seed rule)', () => {
    for (const seed of ['año 3', '東京 2025', 'Ελλάδα', 'naïve café', '😀🎲', 'x'.repeat(64)]) {
      const storage = new FakeStorage();
      openPersistence(storage).save({ ...emptyKeptState(), selection: { scenarioId: 'panama-1989', overrides: {}, seed } });
      const again = openPersistence(storage);
      expect(again.notices, seed).toEqual([]);
      expect(again.loaded.selection?.seed, seed).toBe(seed);
    }
  });

  it('writes nothing when the kept state serialises to what is stored', () => {
    const storage = new FakeStorage();
    const p = openPersistence(storage);
    const kept = withPreferences(p.loaded, { theme: 'high-contrast' });
    p.save(kept);
    const writes = storage.writes;
    expect(p.save({ ...kept }).ok).toBe(true);
    expect(storage.writes).toBe(writes);
  });
});

describe('damaged or hostile stored data', () => {
  const damaged: Array<[string, string, RegExp]> = [
    ['corrupted JSON', '{"version":1,"walkthroughSeen":tr', /could not be read/],
    ['JSON that is not an object', '[1,2,3]', /could not be read/],
    ['a bare string', '"hello"', /could not be read/],
    ['null', 'null', /could not be read/],
    ['a version that is not a number', '{"version":"one"}', /could not be read/],
  ];
  for (const [name, raw, message] of damaged) {
    it(`${name}: defaults, a notice, and a backup of the unreadable text before any save`, () => {
      const storage = new FakeStorage();
      storage.items.set(STORAGE_KEY, raw);
      const p = openPersistence(storage);
      expect(p.loaded).toEqual(emptyKeptState());
      expect(said(p)).toMatch(message);
      expect(p.notices.map((n) => n.code)).toEqual(['storage/unreadable-backed-up']);
      expect(storage.items.get(BACKUP_KEY)).toBe(raw);
      expect(p.save(withPreferences(p.loaded, { walkthroughSeen: true })).ok).toBe(true);
      expect(storage.items.get(BACKUP_KEY)).toBe(raw);
    });
  }

  it('unreadable data that cannot be backed up is never overwritten', () => {
    const storage = new FakeStorage();
    storage.items.set(STORAGE_KEY, '{broken');
    storage.failWrite = 'quota';
    const p = openPersistence(storage);
    expect(p.persistent).toBe(false);
    expect(said(p)).toMatch(/no copy could be made/);
    storage.failWrite = 'none';
    const result = p.save(withPreferences(p.loaded, { theme: 'high-contrast' }));
    expect(result).toEqual({ ok: false, notice: { code: 'storage/not-saved-off' } });
    expect(storage.items.get(STORAGE_KEY)).toBe('{broken');
  });

  it('wrong field types fall back field by field, each with a notice', () => {
    const storage = new FakeStorage();
    storage.items.set(
      STORAGE_KEY,
      JSON.stringify({
        version: 1,
        walkthroughSeen: 'yes',
        locale: 'klingon',
        theme: 'neon',
        teacher: { lockedInputs: ['intervener.troops', 'x.y'], hideOutcomes: 'sometimes' },
        lastSelection: { scenarioId: 'panama-1989', seed: 'ok', overrides: { 'intervener.troops': -5, 'defender.cohesion': 0.5, 'no.such': 1 }, objective: 'annex' },
        customScenarios: 'not a list',
      }),
    );
    const p = openPersistence(storage);
    expect(p.loaded.preferences).toEqual({ ...defaultPreferences(), teacher: { lockedInputs: ['intervener.troops'], hiddenInputs: [], hideOutcomes: false, predictFirst: false } });
    expect(p.loaded.selection).toEqual({ scenarioId: 'panama-1989', seed: 'ok', overrides: { 'defender.cohesion': 0.5 } });
    const text = said(p);
    for (const name of ['walkthroughSeen', 'locale', 'theme', 'hideOutcomes', 'x.y', 'intervener.troops', 'no.such']) expect(text).toContain(name);
    expect(text).toMatch(/objective was not valid/);
    expect(text).toMatch(/were not a list/);
    expect(p.loaded.customScenarios).toEqual([]);
    // What had to be dropped survives: the stored text was copied before any save replaces it.
    const original = storage.items.get(STORAGE_KEY);
    expect(text).toMatch(/copy of the saved data as it was has been kept/);
    expect(storage.items.get(BACKUP_KEY)).toBe(original);
    expect(p.save(withPreferences(p.loaded, { walkthroughSeen: true })).ok).toBe(true);
    expect(storage.items.get(BACKUP_KEY)).toBe(original);
  });

  it('a stored selection with a hostile scenario id or a wrong shape is dropped whole, with a notice', () => {
    for (const selection of [{ scenarioId: '<script>', seed: '1', overrides: {} }, { scenarioId: 'panama-1989', seed: '1', overrides: [1, 2] }, 'panama-1989']) {
      const storage = new FakeStorage();
      storage.items.set(STORAGE_KEY, JSON.stringify({ version: 2, selection }));
      const p = openPersistence(storage);
      expect(p.loaded.selection).toBeNull();
      expect(p.notices.map((n) => n.code)).toContain('storage/selection-unreadable');
      expect(said(p)).toMatch(/saved set-up could not be read/);
    }
  });

  it('a set-up saved by model version 2 (no version stored) keeps its inputs and says the results may differ; once saved again it is quiet', () => {
    const storage = new FakeStorage();
    storage.items.set(STORAGE_KEY, JSON.stringify({ version: 2, selection: { scenarioId: 'venezuela-planners', seed: 'v2', overrides: { 'intervener.troops': 120000, 'advanced.hostGrowthMonths': 36 } } }));
    const p = openPersistence(storage);
    expect(p.loaded.selection).toEqual({ scenarioId: 'venezuela-planners', seed: 'v2', overrides: { 'intervener.troops': 120000, 'advanced.hostGrowthMonths': 36 } });
    expect(p.notices).toEqual([{ code: 'storage/selection-older-model', params: { current: '3' } }]);
    expect(said(p)).toMatch(/saved set-up was made with an earlier model version; this copy runs version 3\. Its changed inputs were kept, but the results may differ/);
    expect(storage.items.get(BACKUP_KEY)).toBeUndefined();
    setLocale('es');
    expect(said(p)).toMatch(/versión anterior del modelo; esta copia usa la versión 3/);
    setLocale('en');
    expect(p.save(p.loaded).ok).toBe(true);
    expect(JSON.parse(storage.items.get(STORAGE_KEY)!).selection.model).toBe(3);
    expect(openPersistence(storage).notices).toEqual([]);
    // A set-up with no changed inputs has nothing whose results could differ: no notice.
    const plain = new FakeStorage();
    plain.items.set(STORAGE_KEY, JSON.stringify({ version: 2, selection: { scenarioId: 'panama-1989', seed: '1', overrides: {} } }));
    expect(openPersistence(plain).notices).toEqual([]);
  });

  it('an invalid stored seed is refused with a notice, never silently replaced; the rest of the set-up is kept', () => {
    for (const [seed, problem] of [
      ['', 'empty'],
      ['   ', 'empty'],
      ['s'.repeat(65), 'too-long'],
      ['a\u0000b', 'unprintable'],
      ['a\u202eb', 'unprintable'],
      ['\ud800', 'unprintable'],
      [42, 'not-text'],
    ] as const) {
      const storage = new FakeStorage();
      storage.items.set(STORAGE_KEY, JSON.stringify({ version: 2, selection: { scenarioId: 'panama-1989', seed, overrides: { 'defender.cohesion': 0.5 } } }));
      const p = openPersistence(storage);
      expect(p.notices[0], JSON.stringify(seed)).toEqual({ code: 'storage/seed-invalid', params: { seed: '42', problem } });
      expect(wordNotice(p.notices[0])).toMatch(/saved seed was not valid.*seed 42 is used/);
      expect(p.loaded.selection).toEqual({ scenarioId: 'panama-1989', seed: '42', overrides: { 'defender.cohesion': 0.5 } });
      expect(storage.items.get(BACKUP_KEY)).toBe(storage.items.get(STORAGE_KEY));
    }
  });

  it('an invalid custom scenario is reported with field errors and kept in storage, not dropped', () => {
    const storage = new FakeStorage();
    const good = JSON.parse(scenarioToJson({ ...panama, id: 'good-one' }));
    const bad = { ...JSON.parse(scenarioToJson({ ...panama, id: 'bad-one', title: 'Bad one' })), hostilty: 0.5 };
    bad.population.total.value = -3;
    storage.items.set(STORAGE_KEY, JSON.stringify({ version: 2, customScenarios: [bad, good, 'junk'] }));
    const p = openPersistence(storage);
    expect(p.loaded.customScenarios.map((s) => s.id)).toEqual(['good-one']);
    expect(p.rejected.map((r) => [r.index, r.id, r.title])).toEqual([
      [0, 'bad-one', 'Bad one'],
      [2, null, null],
    ]);
    const paths = p.rejected[0].errors.map((e) => e.path);
    expect(paths).toContain('hostilty');
    expect(paths).toContain('population.total.value');
    expect(p.notices).toEqual([{ code: 'storage/customs-rejected', params: { count: 2 } }]);
    expect(said(p)).toMatch(/2 saved custom scenarios did not pass the checks/);
    // Saving something else keeps the invalid entries stored.
    p.save(withPreferences(p.loaded, { walkthroughSeen: true }));
    expect((stored(storage).customScenarios as unknown[]).length).toBe(3);
    expect(openPersistence(storage).rejected).toHaveLength(2);
  });
});

describe('versions', () => {
  it('migrates the version-0 shape (no version field) to the current one', () => {
    const storage = new FakeStorage();
    const custom = JSON.parse(scenarioToJson({ ...panama, id: 'old-custom' }));
    storage.items.set(STORAGE_KEY, JSON.stringify({ seenWalkthrough: true, lang: 'es', highContrast: true, scenario: 'panama-1989', overrides: { 'intervener.troops': 20000 }, seed: 's1', custom: [custom] }));
    const p = openPersistence(storage);
    // Its set-up came from before model version 3: kept, with a word that results may differ.
    expect(p.notices.map((n) => n.code)).toEqual(['storage/selection-older-model']);
    expect(p.loaded.preferences).toEqual({
      walkthroughSeen: true,
      locale: 'es',
      theme: 'high-contrast',
      teacher: { lockedInputs: [], hiddenInputs: [], hideOutcomes: false, predictFirst: false },
    });
    expect(p.loaded.selection).toEqual({ scenarioId: 'panama-1989', overrides: { 'intervener.troops': 20000 }, seed: 's1' });
    expect(p.loaded.customScenarios.map((s) => s.id)).toEqual(['old-custom']);
    // Nothing is written until something changes; then the document is the current version.
    expect(storage.writes).toBe(0);
    p.save(p.loaded);
    expect(stored(storage).version).toBe(2);
    expect(stored(storage)).not.toHaveProperty('seenWalkthrough');
  });

  it('keeps the value each lock pins across a save and a reload (lockedValues)', () => {
    const storage = new FakeStorage();
    const p = openPersistence(storage);
    const teacher = { lockedInputs: ['population.hostility'], hiddenInputs: [], hideOutcomes: false, predictFirst: false, lockedValues: { 'population.hostility': 0.37 } };
    p.save(withPreferences(p.loaded, { teacher }));
    const again = openPersistence(storage);
    expect(again.notices).toEqual([]);
    expect(again.loaded.preferences.teacher).toEqual(teacher);
  });

  it('migrates the version-1 shape (preferences, teacher and lastSelection side by side)', () => {
    const storage = new FakeStorage();
    const custom = JSON.parse(scenarioToJson({ ...panama, id: 'v1-custom' }));
    const teacher = { lockedInputs: ['intervener.troops'], hiddenInputs: [], hideOutcomes: true, predictFirst: false };
    storage.items.set(
      STORAGE_KEY,
      JSON.stringify({
        version: 1,
        walkthroughSeen: true,
        locale: 'es',
        theme: 'high-contrast',
        teacher,
        lastSelection: { scenarioId: 'panama-1989', overrides: { 'defender.cohesion': 0.4 }, seed: 'lesson 2', objective: 'country' },
        customScenarios: [custom],
      }),
    );
    const p = openPersistence(storage);
    expect(p.notices.map((n) => n.code)).toEqual(['storage/selection-older-model']); // a set-up from before model version 3, kept
    expect(p.loaded).toEqual({
      preferences: { walkthroughSeen: true, locale: 'es', theme: 'high-contrast', teacher },
      selection: { scenarioId: 'panama-1989', overrides: { 'defender.cohesion': 0.4 }, seed: 'lesson 2', objective: 'country' },
      customScenarios: [p.loaded.customScenarios[0]],
      keptCustoms: [],
    });
    expect(p.loaded.customScenarios.map((s) => s.id)).toEqual(['v1-custom']);
    expect(storage.writes).toBe(0);
    p.save(p.loaded);
    expect(stored(storage)).toEqual({
      version: 2,
      preferences: { walkthroughSeen: true, locale: 'es', theme: 'high-contrast' },
      teacher,
      selection: { scenarioId: 'panama-1989', overrides: { 'defender.cohesion': 0.4 }, seed: 'lesson 2', objective: 'country', model: 3 },
      customScenarios: [custom],
    });
  });

  it('a v0 document with bad values still migrates, reporting the bad ones', () => {
    const storage = new FakeStorage();
    storage.items.set(STORAGE_KEY, JSON.stringify({ seenWalkthrough: 'no', lang: 42, scenario: 'x', seed: '' }));
    const p = openPersistence(storage);
    expect(p.loaded.preferences.walkthroughSeen).toBe(false);
    expect(p.loaded.preferences.locale).toBeNull();
    // "x" is a fine id; the empty seed is refused (the default is used, with a notice).
    expect(p.loaded.selection).toEqual({ scenarioId: 'x', overrides: {}, seed: '42' });
    expect(p.notices.map((n) => n.code)).toEqual(['storage/setting-invalid', 'storage/setting-invalid', 'storage/seed-invalid', 'storage/dropped-backed-up']);
  });

  it('data from a newer version is left exactly as it is', () => {
    const storage = new FakeStorage();
    const newer = JSON.stringify({ version: 7, walkthroughSeen: true, futureField: [1, 2, 3] });
    storage.items.set(STORAGE_KEY, newer);
    const p = openPersistence(storage);
    expect(p.loaded).toEqual(emptyKeptState());
    expect(p.persistent).toBe(false);
    expect(said(p)).toMatch(/newer version of Threshold/);
    const result = p.save(withPreferences(p.loaded, { walkthroughSeen: true }));
    expect(result.ok).toBe(false);
    expect(wordNotice(result.notice!)).toMatch(/Not saved/);
    expect(storage.items.get(STORAGE_KEY)).toBe(newer);
    expect(storage.writes).toBe(0);
  });
});

describe("the walkthrough's old key", () => {
  it('is folded into the document on load, written once, and then removed', () => {
    const storage = new FakeStorage();
    storage.items.set(LEGACY_WALKTHROUGH_KEY, '1');
    const p = openPersistence(storage);
    expect(p.loaded.preferences.walkthroughSeen).toBe(true);
    expect(p.migrated).toBe(true);
    expect(p.notices).toEqual([]);
    expect(p.save(p.loaded).ok).toBe(true);
    expect(stored(storage)).toMatchObject({ preferences: { walkthroughSeen: true } });
    expect(storage.items.has(LEGACY_WALKTHROUGH_KEY)).toBe(false);
    expect(openPersistence(storage).loaded.preferences.walkthroughSeen).toBe(true);
  });

  it('beside a stored document that says "not seen", the old key wins (the user has seen it)', () => {
    const storage = new FakeStorage();
    storage.items.set(STORAGE_KEY, JSON.stringify({ version: 1, walkthroughSeen: false, theme: 'high-contrast' }));
    storage.items.set(LEGACY_WALKTHROUGH_KEY, '1');
    const p = openPersistence(storage);
    expect(p.loaded.preferences).toMatchObject({ walkthroughSeen: true, theme: 'high-contrast' });
  });

  it('is kept when the document cannot be written (it is read again next time)', () => {
    const storage = new FakeStorage();
    storage.items.set(LEGACY_WALKTHROUGH_KEY, '1');
    const p = openPersistence(storage);
    storage.failWrite = 'quota';
    expect(p.save(p.loaded).ok).toBe(false);
    expect(storage.items.get(LEGACY_WALKTHROUGH_KEY)).toBe('1');
    expect(openPersistence(storage).loaded.preferences.walkthroughSeen).toBe(true);
  });
});

describe('failing or missing storage', () => {
  it('no storage at all: defaults, a notice, nothing can be saved', () => {
    for (const storage of [null, undefined]) {
      const p = openPersistence(storage);
      expect(p.loaded).toEqual(emptyKeptState());
      expect(p.persistent).toBe(false);
      expect(said(p)).toMatch(/storage is off/);
      expect(p.save(withPreferences(p.loaded, { locale: 'es' }))).toEqual({ ok: false, notice: { code: 'storage/not-saved-off' } });
    }
  });

  it('a storage that throws on read (private mode, file:// rules): defaults and a notice', () => {
    const storage = new FakeStorage();
    storage.failRead = true;
    const p = openPersistence(storage);
    expect(p.loaded).toEqual(emptyKeptState());
    expect(said(p)).toMatch(/does not allow saved settings/);
    expect(p.save(withPreferences(p.loaded, { walkthroughSeen: true })).ok).toBe(false);
    expect(storage.writes).toBe(0);
  });

  it('a full storage: the failed save says so and what was saved before is intact', () => {
    const storage = new FakeStorage();
    const p = openPersistence(storage);
    let kept = withCustom(withPreferences(p.loaded, { walkthroughSeen: true, locale: 'es' }), { ...panama, id: 'kept' });
    p.save(kept);
    const before = storage.items.get(STORAGE_KEY)!;
    storage.quota = before.length + 100; // the next custom scenario does not fit
    kept = withCustom(kept, { ...panama, id: 'too-big' });
    const result = p.save(kept);
    expect(result).toEqual({ ok: false, notice: { code: 'storage/not-saved-full' } });
    expect(wordNotice(result.notice!)).toMatch(/storage is full\. What was saved before is kept/);
    expect(storage.items.get(STORAGE_KEY)).toBe(before);
    const reloaded = openPersistence(storage);
    expect(reloaded.loaded.customScenarios.map((s) => s.id)).toEqual(['kept']);
    expect(reloaded.loaded.preferences.locale).toBe('es');
  });

  it('a storage that refuses writes for another reason says so in other words', () => {
    const storage = new FakeStorage();
    const p = openPersistence(storage);
    storage.failWrite = 'security';
    const result = p.save(withPreferences(p.loaded, { theme: 'high-contrast' }));
    expect(result).toEqual({ ok: false, notice: { code: 'storage/not-saved-refused' } });
    expect(wordNotice(result.notice!)).toMatch(/refused to store it/);
  });

  it('notices are codes, worded in whatever language is current when they are shown', () => {
    const p = openPersistence(null);
    expect(p.notices).toEqual([{ code: 'storage/off' }]);
    expect(said(p)).toMatch(/^This browser does not keep settings here/);
    setLocale('es');
    expect(said(p)).toMatch(/^Este navegador no guarda ajustes aquí/);
  });
});
