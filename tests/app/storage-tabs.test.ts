// Storage shared by tabs, imports whose save fails, and stored custom scenarios that are set aside:
// the "data lost silently" defects. Two tabs are two booted stores over two views of one in-memory
// storage; another tab's writes reach a view's onChange listeners only when the test delivers them
// (browsers fire `storage` events later, so a tab can save a stale copy first).
import { afterEach, describe, expect, it } from 'vitest';
import { bootStore } from '../../src/app/boot';
import { createKit } from '../../src/app/kit';
import { openPersistence, STORAGE_KEY, type StorageLike } from '../../src/app/storage';
import { scenarioToJson } from '../../src/engine/scenario';
import type { Scenario } from '../../src/model/types';
import { setLocale } from '../../src/ui/i18n';
import { importedText } from '../../src/ui/kit/files';
import { wordNotice, wordNotices } from '../../src/ui/kit/notices';
import { shippedScenarios } from './fixtures';
import { FakeStorage } from './store-helpers';

const shipped = shippedScenarios();
const panama = shipped.find((s) => s.id === 'panama-1989')!;

afterEach(() => {
  setLocale('en');
});

/** One localStorage; each tab gets a view whose onChange hears the other views' writes, when delivered. */
class SharedStorage {
  readonly items = new Map<string, string>();
  private listeners = new Map<number, Set<() => void>>();
  private pending = new Set<number>();
  private next = 0;

  view(): StorageLike {
    const me = this.next++;
    this.listeners.set(me, new Set());
    return {
      getItem: (key) => this.items.get(key) ?? null,
      setItem: (key, value) => {
        this.items.set(key, value);
        if (key === STORAGE_KEY) for (const other of this.listeners.keys()) if (other !== me) this.pending.add(other);
      },
      removeItem: (key) => void this.items.delete(key),
      onChange: (listener) => {
        this.listeners.get(me)!.add(listener);
        return () => this.listeners.get(me)!.delete(listener);
      },
    };
  }

  /** Fire the `storage` events now (until no tab writes again). */
  deliver(): void {
    for (let round = 0; this.pending.size > 0; round++) {
      if (round > 10) throw new Error('tabs keep writing in turn');
      const tabs = [...this.pending];
      this.pending.clear();
      for (const tab of tabs) for (const listener of this.listeners.get(tab)!) listener();
    }
  }

  doc(): { customScenarios: Array<{ id: string; title: string }>; selection: { seed: string } | null; preferences: { theme: string }; removedCustoms?: string[] } {
    return JSON.parse(this.items.get(STORAGE_KEY)!);
  }

  ids(): string[] {
    return this.doc().customScenarios.map((s) => s.id);
  }
}

function tab(storage: StorageLike) {
  const booted = bootStore({ shipped, storage, hash: '', languages: ['en'] });
  const kit = createKit(booted.store, () => 'https://school.example/');
  const state = () => booted.store.getState();
  return { ...booted, kit, state, customIds: () => [...state().custom.ids] };
}

function file(id: string, title = `Scenario ${id}`): string {
  return scenarioToJson({ ...panama, id, title });
}

describe('two tabs over one storage', () => {
  it('a stale tab that changes only the seed keeps the scenario another tab imported (it used to vanish)', () => {
    const shared = new SharedStorage();
    const a = tab(shared.view());
    const b = tab(shared.view());
    const imported = a.kit.importScenario(file('class-a'));
    expect(imported.ok && imported.saved).toEqual({ ok: true, notice: null });
    expect(shared.ids()).toEqual(['class-a']);
    // B has not heard of it yet and saves its whole document.
    b.store.dispatch({ type: 'selection/seed', seed: 'lesson 4' });
    expect(shared.ids()).toEqual(['class-a']);
    expect(shared.doc().selection?.seed).toBe('lesson 4');
    expect(b.state().notices).toEqual([]);
  });

  it('two imports at once are both kept, and each tab then lists both', () => {
    const shared = new SharedStorage();
    const a = tab(shared.view());
    const b = tab(shared.view());
    const first = a.kit.importScenario(file('from-a'));
    const second = b.kit.importScenario(file('from-b'));
    expect(first.ok && first.saved?.ok).toBe(true);
    expect(second.ok && second.saved?.ok).toBe(true);
    expect(shared.ids().sort()).toEqual(['from-a', 'from-b']);
    shared.deliver();
    // Both tabs list them in the stored order.
    expect(a.customIds()).toEqual(['from-a', 'from-b']);
    expect(b.customIds()).toEqual(['from-a', 'from-b']);
    expect(tab(shared.view()).customIds().sort()).toEqual(['from-a', 'from-b']);
  });

  it("a scenario imported in one tab is listed in the other without a reload; the other tab's selection stays", () => {
    const shared = new SharedStorage();
    const a = tab(shared.view());
    const b = tab(shared.view());
    b.store.dispatch({ type: 'scenario/select', id: 'panama-1989' });
    b.store.dispatch({ type: 'selection/seed', seed: 'tab b' });
    a.kit.importScenario(file('class-a'));
    a.store.dispatch({ type: 'scenario/select', id: 'class-a' });
    shared.deliver();
    expect(b.customIds()).toEqual(['class-a']);
    expect(b.state().scenarios.some((s) => s.id === 'class-a')).toBe(true);
    expect(b.state().selection).toEqual({ scenarioId: 'panama-1989', overrides: {}, seed: 'tab b' });
  });

  it('a removal in one tab reaches the other, and a stale save there does not bring it back', () => {
    const shared = new SharedStorage();
    const a = tab(shared.view());
    a.kit.importScenario(file('old-one'));
    a.kit.importScenario(file('keep-me'));
    const b = tab(shared.view());
    a.kit.removeCustom('old-one');
    expect(shared.ids()).toEqual(['keep-me']);
    b.store.dispatch({ type: 'theme/set', theme: 'high-contrast' }); // stale: B still lists old-one
    expect(shared.ids()).toEqual(['keep-me']);
    shared.deliver();
    expect(b.customIds()).toEqual(['keep-me']);
    // Imported again later, it is back (the tombstone does not outlive a new import).
    b.kit.importScenario(file('old-one'));
    shared.deliver();
    expect(shared.ids().sort()).toEqual(['keep-me', 'old-one']);
    expect(shared.doc().removedCustoms ?? []).toEqual([]);
    expect(a.customIds().sort()).toEqual(['keep-me', 'old-one']);
  });

  it('same id: the tab that changed it wins; a tab that only has the old copy does not overwrite it', () => {
    const shared = new SharedStorage();
    const a = tab(shared.view());
    a.kit.importScenario(file('shared-id', 'First version'));
    const b = tab(shared.view());
    b.kit.importScenario(file('shared-id', 'Second version'));
    a.store.dispatch({ type: 'walkthrough/seen' }); // stale A saves
    expect(shared.doc().customScenarios.map((s) => s.title)).toEqual(['Second version']);
    shared.deliver();
    expect(a.state().scenarios.find((s) => s.id === 'shared-id')!.title).toBe('Second version');
  });

  it('the selected scenario stays in a tab when another tab removes or replaces it (storage follows the other tab)', () => {
    const shared = new SharedStorage();
    const a = tab(shared.view());
    a.kit.importScenario(file('in-use', 'Being played'));
    const b = tab(shared.view());
    b.store.dispatch({ type: 'scenario/select', id: 'in-use' });
    shared.deliver();
    a.kit.removeCustom('in-use');
    shared.deliver();
    expect(b.state().selection.scenarioId).toBe('in-use');
    expect(b.state().scenarios.find((s) => s.id === 'in-use')!.title).toBe('Being played');
    b.store.dispatch({ type: 'selection/seed', seed: 'still here' });
    expect(shared.ids()).toEqual([]);
  });

  it('preferences and the selection: each is taken from the tab that changed it last', () => {
    const shared = new SharedStorage();
    const a = tab(shared.view());
    const b = tab(shared.view());
    a.store.dispatch({ type: 'theme/set', theme: 'high-contrast' });
    b.store.dispatch({ type: 'selection/seed', seed: 'from b' });
    expect(shared.doc().preferences.theme).toBe('high-contrast');
    expect(shared.doc().selection?.seed).toBe('from b');
    a.store.dispatch({ type: 'walkthrough/seen' });
    expect(shared.doc().selection?.seed).toBe('from b');
  });

  it('an entry a tab wrote without knowing of it (a lost update) comes back with the next save of a tab that has it', () => {
    const shared = new SharedStorage();
    const a = tab(shared.view());
    a.kit.importScenario(file('survivor'));
    const raw = shared.doc() as unknown as Record<string, unknown>;
    shared.items.set(STORAGE_KEY, JSON.stringify({ ...raw, customScenarios: [] }));
    a.store.dispatch({ type: 'theme/set', theme: 'high-contrast' });
    expect(shared.ids()).toEqual(['survivor']);
  });
});

describe('an import whose save fails says so', () => {
  it('storage full: "for this session only", not "kept in this browser" (it used to say kept)', () => {
    const storage = new FakeStorage();
    const { store } = bootStore({ shipped, storage, hash: '', languages: ['en'] });
    storage.failWrite = 'quota';
    const result = createKit(store, () => '').importScenario(file('too-much'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.saved).toEqual({ ok: false, notice: { code: 'storage/not-saved-full' } });
    const text = importedText(result.scenario.title, result.saved);
    expect(text).toMatch(/for this session only; it is not kept in this browser/);
    expect(text).toMatch(/storage is full/);
    expect(text).not.toMatch(/it is kept in this browser/);
    expect(storage.items.has(STORAGE_KEY)).toBe(false);
    setLocale('es');
    expect(importedText(result.scenario.title, result.saved)).toMatch(/solo para esta sesión.*lleno/);
  });

  it('no storage at all: the same, with its reason; a successful save says kept', () => {
    const { store } = bootStore({ shipped, storage: null, hash: '', languages: ['en'] });
    const result = createKit(store, () => '').importScenario(file('nowhere'));
    expect(result.ok && importedText(result.scenario.title, result.saved)).toMatch(/for this session only.*not keeping settings/);
    const kept = bootStore({ shipped, storage: new FakeStorage(), hash: '', languages: ['en'] });
    const ok = createKit(kept.store, () => '').importScenario(file('somewhere'));
    expect(ok.ok && importedText(ok.scenario.title, ok.saved)).toMatch(/it is kept in this browser/);
  });

  it('once space is free again, the next save writes the scenario imported while storage was full', () => {
    const storage = new FakeStorage();
    const { store } = bootStore({ shipped, storage, hash: '', languages: ['en'] });
    storage.failWrite = 'quota';
    createKit(store, () => '').importScenario(file('later'));
    storage.failWrite = 'none';
    store.dispatch({ type: 'theme/set', theme: 'high-contrast' });
    expect(store.getState().lastSave).toEqual({ ok: true, notice: null });
    expect(JSON.parse(storage.items.get(STORAGE_KEY)!).customScenarios.map((s: Scenario) => s.id)).toEqual(['later']);
  });
});

describe('stored custom scenarios that are set aside', () => {
  const data = (id: string) => JSON.parse(scenarioToJson({ ...panama, id, title: `Stored ${id}` }));

  it('60 stored: 50 listed, 10 set aside with a notice naming them, and all 60 still stored after a save', () => {
    const storage = new FakeStorage();
    const sixty = Array.from({ length: 60 }, (_, i) => data(`stored-${String(i).padStart(2, '0')}`));
    storage.items.set(STORAGE_KEY, JSON.stringify({ version: 2, customScenarios: sixty }));
    const { store } = bootStore({ shipped, storage, hash: '', languages: ['en'] });
    const state = store.getState();
    expect(state.custom.ids).toHaveLength(50);
    expect(state.custom.kept).toHaveLength(10);
    const over = state.notices.find((n) => n.code === 'storage/customs-over-limit')!;
    expect(over.params).toMatchObject({ count: 10, max: 50 });
    expect(wordNotice(over)).toMatch(/At most 50 custom scenarios are listed: 10 more saved ones \(stored-50, stored-51, stored-52, stored-53, stored-54, …\) were set aside\. They are kept in storage/);
    store.dispatch({ type: 'theme/set', theme: 'high-contrast' });
    const after = JSON.parse(storage.items.get(STORAGE_KEY)!)
      .customScenarios.map((s: Scenario) => s.id)
      .sort();
    expect(after).toEqual(sixty.map((s) => s.id).sort());
  });

  it("a stored scenario with a shipped scenario's id, or an id already listed, is set aside with a notice and kept", () => {
    const storage = new FakeStorage();
    const clash = { ...data('panama-1989'), title: 'My Panama' };
    const twice = { ...data('class-copy'), title: 'Second copy' };
    storage.items.set(STORAGE_KEY, JSON.stringify({ version: 2, customScenarios: [clash, data('class-copy'), twice] }));
    const { store } = bootStore({ shipped, storage, hash: '', languages: ['en'] });
    const state = store.getState();
    expect(state.custom.ids).toEqual(['class-copy']);
    expect(state.scenarios.find((s) => s.id === 'panama-1989')!.title).toBe(panama.title);
    const text = wordNotices(state.notices);
    expect(text).toMatch(/1 saved custom scenario uses the id of a shipped scenario \(panama-1989\) and was set aside/);
    expect(text).toMatch(/1 saved custom scenario repeats the id of another one \(class-copy\) and was set aside/);
    store.dispatch({ type: 'walkthrough/seen' });
    const titles = JSON.parse(storage.items.get(STORAGE_KEY)!)
      .customScenarios.map((s: Scenario) => s.title)
      .sort();
    expect(titles).toEqual(['My Panama', 'Second copy', 'Stored class-copy']);
    setLocale('es');
    expect(wordNotices(openPersistence(storage, { reservedIds: ['panama-1989'] }).notices)).toMatch(/usa el id de un escenario incluido \(panama-1989\)/);
  });
});
