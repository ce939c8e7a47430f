// Versioned storage against fake Storage objects: healthy, empty, garbage, wrong shapes, old
// versions, newer versions, throwing, full, absent. The promises under test: the app always starts,
// a failed save keeps what was saved before, invalid custom scenarios are reported and kept.
import { afterEach, describe, expect, it } from 'vitest';
import { BACKUP_KEY, MAX_CUSTOM_SCENARIOS, openStore, STORAGE_KEY, defaultPreferences, type StorageLike } from '../../src/app/storage';
import { scenarioToJson } from '../../src/engine/scenario';
import { setLocale } from '../../src/ui/i18n';
import { shippedScenarios } from './fixtures';

const scenarios = shippedScenarios();
const panama = scenarios.find((s) => s.id === 'panama-1989')!;

afterEach(() => {
  setLocale('en');
});

/** An in-memory Storage that can be told to fail on read, on write, or when the data grows too large. */
class FakeStorage implements StorageLike {
  readonly items = new Map<string, string>();
  failRead = false;
  failWrite: 'none' | 'quota' | 'security' = 'none';
  /** Total characters allowed across all keys (a quota). */
  quota = Infinity;
  writes = 0;

  getItem(key: string): string | null {
    if (this.failRead) throw Object.assign(new Error('denied'), { name: 'SecurityError' });
    return this.items.has(key) ? this.items.get(key)! : null;
  }

  setItem(key: string, value: string): void {
    this.writes++;
    if (this.failWrite === 'security') throw Object.assign(new Error('denied'), { name: 'SecurityError' });
    let size = value.length;
    for (const [k, v] of this.items) if (k !== key) size += v.length;
    if (this.failWrite === 'quota' || size > this.quota) {
      // Browsers throw a DOMException named QuotaExceededError and leave the old value in place.
      throw Object.assign(new Error('quota'), { name: 'QuotaExceededError', code: 22 });
    }
    this.items.set(key, value);
  }
}

function stored(storage: FakeStorage): Record<string, unknown> {
  return JSON.parse(storage.items.get(STORAGE_KEY)!) as Record<string, unknown>;
}

describe('a healthy storage', () => {
  it('starts empty with defaults and no message, and saves a versioned document under one key', () => {
    const storage = new FakeStorage();
    const store = openStore(storage);
    expect(store.preferences).toEqual(defaultPreferences());
    expect(store.loadMessages).toEqual([]);
    expect(store.persistent).toBe(true);
    expect(store.update({ walkthroughSeen: true, locale: 'es', theme: 'high-contrast' })).toEqual({ ok: true, message: null });
    expect([...storage.items.keys()]).toEqual([STORAGE_KEY]);
    expect(stored(storage)).toMatchObject({ version: 1, walkthroughSeen: true, locale: 'es', theme: 'high-contrast', customScenarios: [] });
  });

  it('reads back everything it saved: preferences, teacher settings, last set-up and custom scenarios', () => {
    const storage = new FakeStorage();
    const first = openStore(storage);
    first.update({
      walkthroughSeen: true,
      locale: 'es',
      teacher: { lockedInputs: ['intervener.troops'], hiddenInputs: ['population.hostility'], hideOutcomes: true, predictFirst: true },
      lastSelection: { scenarioId: 'panama-1989', overrides: { 'defender.regulars': 16000 }, seed: 'lesson 3', objective: 'capital' },
    });
    const custom = { ...panama, id: 'panama-class', title: 'Panama, class copy' };
    expect(first.saveCustomScenario(custom).ok).toBe(true);
    const second = openStore(storage);
    expect(second.loadMessages).toEqual([]);
    expect(second.preferences).toEqual(first.preferences);
    expect(second.customScenarios).toEqual([custom]);
    expect(second.rejected).toEqual([]);
  });

  it('replaces a custom scenario of the same id, removes by id, and refuses past the limit', () => {
    const storage = new FakeStorage();
    const store = openStore(storage);
    store.saveCustomScenario({ ...panama, id: 'a' });
    store.saveCustomScenario({ ...panama, id: 'a', title: 'A again' });
    expect(store.customScenarios.map((s) => s.title)).toEqual(['A again']);
    store.removeCustomScenario('a');
    expect(openStore(storage).customScenarios).toEqual([]);
    for (let i = 0; i < MAX_CUSTOM_SCENARIOS; i++) expect(store.saveCustomScenario({ ...panama, id: `c${i}` }).ok).toBe(true);
    const over = store.saveCustomScenario({ ...panama, id: 'one-more' });
    expect(over.ok).toBe(false);
    expect(over.message).toMatch(/at most 50 custom scenarios/);
    expect(openStore(storage).customScenarios).toHaveLength(MAX_CUSTOM_SCENARIOS);
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
    it(`${name}: defaults, a message, and a backup of the unreadable text before any save`, () => {
      const storage = new FakeStorage();
      storage.items.set(STORAGE_KEY, raw);
      const store = openStore(storage);
      expect(store.preferences).toEqual(defaultPreferences());
      expect(store.loadMessages.some((m) => message.test(m))).toBe(true);
      expect(storage.items.get(BACKUP_KEY)).toBe(raw);
      expect(store.update({ walkthroughSeen: true }).ok).toBe(true);
      expect(storage.items.get(BACKUP_KEY)).toBe(raw);
    });
  }

  it('unreadable data that cannot be backed up is never overwritten', () => {
    const storage = new FakeStorage();
    storage.items.set(STORAGE_KEY, '{broken');
    storage.failWrite = 'quota';
    const store = openStore(storage);
    expect(store.persistent).toBe(false);
    expect(store.loadMessages.join(' ')).toMatch(/no copy could be made/);
    storage.failWrite = 'none';
    const result = store.update({ theme: 'high-contrast' });
    expect(result.ok).toBe(false);
    expect(store.preferences.theme).toBe('high-contrast');
    expect(storage.items.get(STORAGE_KEY)).toBe('{broken');
  });

  it('wrong field types fall back field by field, each with a message', () => {
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
    const store = openStore(storage);
    expect(store.preferences.walkthroughSeen).toBe(false);
    expect(store.preferences.locale).toBeNull();
    expect(store.preferences.theme).toBe('standard');
    expect(store.preferences.teacher).toEqual({ lockedInputs: ['intervener.troops'], hiddenInputs: [], hideOutcomes: false, predictFirst: false });
    expect(store.preferences.lastSelection).toEqual({ scenarioId: 'panama-1989', seed: 'ok', overrides: { 'defender.cohesion': 0.5 } });
    const text = store.loadMessages.join('\n');
    for (const name of ['walkthroughSeen', 'locale', 'theme', 'hideOutcomes', 'x.y', 'intervener.troops', 'no.such']) expect(text).toContain(name);
    expect(text).toMatch(/objective was not valid/);
    expect(text).toMatch(/were not a list/);
    expect(store.customScenarios).toEqual([]);
    // What had to be dropped survives: the stored text was copied before any save replaces it.
    const original = storage.items.get(STORAGE_KEY);
    expect(text).toMatch(/copy of the saved data as it was has been kept/);
    expect(storage.items.get(BACKUP_KEY)).toBe(original);
    expect(store.update({ walkthroughSeen: true }).ok).toBe(true);
    expect(storage.items.get(BACKUP_KEY)).toBe(original);
  });

  it('a stored selection with a hostile scenario id or seed is dropped whole, with a message', () => {
    for (const lastSelection of [
      { scenarioId: '<script>', seed: '1', overrides: {} },
      { scenarioId: 'panama-1989', seed: '<b>', overrides: {} },
      { scenarioId: 'panama-1989', seed: '1', overrides: [1, 2] },
      'panama-1989',
    ]) {
      const storage = new FakeStorage();
      storage.items.set(STORAGE_KEY, JSON.stringify({ version: 1, lastSelection }));
      const store = openStore(storage);
      expect(store.preferences.lastSelection).toBeNull();
      expect(store.loadMessages.join(' ')).toMatch(/saved set-up could not be read/);
    }
  });

  it('an invalid custom scenario is reported with field errors and kept in storage, not dropped', () => {
    const storage = new FakeStorage();
    const good = JSON.parse(scenarioToJson({ ...panama, id: 'good-one' }));
    const bad = { ...JSON.parse(scenarioToJson({ ...panama, id: 'bad-one', title: 'Bad one' })), hostilty: 0.5 };
    bad.population.total.value = -3;
    storage.items.set(STORAGE_KEY, JSON.stringify({ version: 1, customScenarios: [bad, good, 'junk'] }));
    const store = openStore(storage);
    expect(store.customScenarios.map((s) => s.id)).toEqual(['good-one']);
    expect(store.rejected.map((r) => [r.index, r.id, r.title])).toEqual([
      [0, 'bad-one', 'Bad one'],
      [2, null, null],
    ]);
    const paths = store.rejected[0].errors.map((e) => e.path);
    expect(paths).toContain('hostilty');
    expect(paths).toContain('population.total.value');
    expect(store.loadMessages.join(' ')).toMatch(/2 saved custom scenarios did not pass the checks/);
    // Saving something else keeps the invalid entries stored.
    store.update({ walkthroughSeen: true });
    expect((stored(storage).customScenarios as unknown[]).length).toBe(3);
    expect(openStore(storage).rejected).toHaveLength(2);
    // Until the user removes one by id.
    store.removeCustomScenario('bad-one');
    expect((stored(storage).customScenarios as unknown[]).length).toBe(2);
  });
});

describe('versions', () => {
  it('migrates the version-0 shape (no version field) to version 1', () => {
    const storage = new FakeStorage();
    const custom = JSON.parse(scenarioToJson({ ...panama, id: 'old-custom' }));
    storage.items.set(
      STORAGE_KEY,
      JSON.stringify({ seenWalkthrough: true, lang: 'es', highContrast: true, scenario: 'panama-1989', overrides: { 'intervener.troops': 20000 }, seed: 's1', custom: [custom] }),
    );
    const store = openStore(storage);
    expect(store.loadMessages).toEqual([]);
    expect(store.preferences).toEqual({
      walkthroughSeen: true,
      locale: 'es',
      theme: 'high-contrast',
      teacher: { lockedInputs: [], hiddenInputs: [], hideOutcomes: false, predictFirst: false },
      lastSelection: { scenarioId: 'panama-1989', overrides: { 'intervener.troops': 20000 }, seed: 's1' },
    });
    expect(store.customScenarios.map((s) => s.id)).toEqual(['old-custom']);
    // Nothing is written until something changes; then the document is version 1.
    expect(storage.writes).toBe(0);
    store.update({});
    expect(stored(storage).version).toBe(1);
    expect(stored(storage)).not.toHaveProperty('seenWalkthrough');
  });

  it('a v0 document with bad values still migrates, reporting the bad ones', () => {
    const storage = new FakeStorage();
    storage.items.set(STORAGE_KEY, JSON.stringify({ seenWalkthrough: 'no', lang: 42, scenario: 'x', seed: '' }));
    const store = openStore(storage);
    expect(store.preferences.walkthroughSeen).toBe(false);
    expect(store.preferences.locale).toBeNull();
    expect(store.preferences.lastSelection).toBeNull();
    expect(store.loadMessages.length).toBeGreaterThanOrEqual(3);
  });

  it('data from a newer version is left exactly as it is', () => {
    const storage = new FakeStorage();
    const newer = JSON.stringify({ version: 7, walkthroughSeen: true, futureField: [1, 2, 3] });
    storage.items.set(STORAGE_KEY, newer);
    const store = openStore(storage);
    expect(store.preferences).toEqual(defaultPreferences());
    expect(store.persistent).toBe(false);
    expect(store.loadMessages.join(' ')).toMatch(/newer version of Threshold/);
    const result = store.update({ walkthroughSeen: true });
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/Not saved/);
    expect(storage.items.get(STORAGE_KEY)).toBe(newer);
    expect(storage.writes).toBe(0);
  });
});

describe('failing or missing storage', () => {
  it('no storage at all: defaults, a message, changes kept in memory only', () => {
    for (const storage of [null, undefined]) {
      const store = openStore(storage);
      expect(store.preferences).toEqual(defaultPreferences());
      expect(store.persistent).toBe(false);
      expect(store.loadMessages.join(' ')).toMatch(/storage is off/);
      const result = store.update({ locale: 'es' });
      expect(result.ok).toBe(false);
      expect(store.preferences.locale).toBe('es');
    }
  });

  it('a storage that throws on read (private mode, file:// rules): defaults and a message', () => {
    const storage = new FakeStorage();
    storage.failRead = true;
    const store = openStore(storage);
    expect(store.preferences).toEqual(defaultPreferences());
    expect(store.loadMessages.join(' ')).toMatch(/does not allow saved settings/);
    expect(store.update({ walkthroughSeen: true }).ok).toBe(false);
    expect(storage.writes).toBe(0);
  });

  it('a full storage: the failed save says so and what was saved before is intact', () => {
    const storage = new FakeStorage();
    const store = openStore(storage);
    store.update({ walkthroughSeen: true, locale: 'es' });
    store.saveCustomScenario({ ...panama, id: 'kept' });
    const before = storage.items.get(STORAGE_KEY)!;
    storage.quota = before.length + 100; // the next custom scenario does not fit
    const result = store.saveCustomScenario({ ...panama, id: 'too-big' });
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/storage is full\. What was saved before is kept/);
    expect(storage.items.get(STORAGE_KEY)).toBe(before);
    // The lesson goes on: memory has it; a reload has exactly the earlier save.
    expect(store.customScenarios.map((s) => s.id)).toEqual(['kept', 'too-big']);
    const reloaded = openStore(storage);
    expect(reloaded.customScenarios.map((s) => s.id)).toEqual(['kept']);
    expect(reloaded.preferences.locale).toBe('es');
  });

  it('a storage that refuses writes for another reason says so in other words', () => {
    const storage = new FakeStorage();
    const store = openStore(storage);
    storage.failWrite = 'security';
    const result = store.update({ theme: 'high-contrast' });
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/refused to store it/) });
  });

  it('messages come in the current language', () => {
    setLocale('es');
    const store = openStore(null);
    expect(store.loadMessages[0]).toMatch(/^Este navegador no guarda ajustes aquí/);
  });
});
