// Browser storage: a serialiser of the part of the app state a class wants kept between lessons
// (src/app/store.ts: the preferences — theme, walkthrough seen, chosen language, saved teacher
// settings — the selection, and the custom scenarios), through the one schema of
// src/app/state-schema.ts. One key holds one JSON document with a `version` field; older shapes are
// migrated on load, and so is the walkthrough's old key of its own ('threshold.walkthrough.seen').
// It takes any Storage-like object, so node tests can hand it a fake that is full, throws, or holds
// garbage.
//
// Promises: a broken or missing storage never stops the app (it starts with defaults and says so);
// a save that fails leaves what was saved before untouched (one setItem of the whole document, which
// either happens or not) and says so; custom scenarios are checked with parseScenario on load and an
// invalid one is reported and KEPT in storage, never dropped silently. When loading has to drop
// anything (unreadable JSON, a field of the wrong type), the stored text is first copied to
// BACKUP_KEY; if even that fails, the store will not write over it. Everything it reports is a
// notice (a code), worded by the page once its language is known.
//
// Tabs share the one key: each save re-reads what is stored and merges this tab's changes into it
// (custom scenarios by id, src/app/storage-customs.ts; each preference and the selection taken from
// this tab only if it changed them since its last save); browserStorage reports other tabs' writes
// (src/app/boot.ts persist). docs/implementation-notes.md, "Storage across tabs", has the promises.
//
// The stored document itself (its versions, serialiser, migrations and field checks) is
// src/app/storage-document.ts; this file reads and writes it through a Storage-like object.
import type { Scenario } from '../model/types';
import { notice, type Notice, type Theme } from './state-schema';
import type { Preferences } from './store';
import { documentOf, emptyKeptState, GROUPS, partsOf, partsOfRead, readDocument, serialiseKept, type Group, type KeptState, type Parts } from './storage-document';
import { mergeItems, sameItems, setAsideNotices, sortCustoms, type RejectedScenario } from './storage-customs';

export type { Preferences, Theme };
export { THEMES } from './state-schema';
export { defaultPreferences, MAX_CUSTOM_SCENARIOS } from './store';
export type { RejectedScenario } from './storage-customs';
export { emptyKeptState, keptOf, readSelection, serialiseKept, STORAGE_VERSION, type KeptState, type StoredDataV0, type StoredDataV1, type StoredDataV2 } from './storage-document';

export const STORAGE_KEY = 'threshold';
/** Where unreadable data is copied before the first save would replace it. */
export const BACKUP_KEY = 'threshold:unreadable-backup';
/** The walkthrough's own key before the store (read once, folded into the document, then removed). */
export const LEGACY_WALKTHROUGH_KEY = 'threshold.walkthrough.seen';

/** The part of the Web Storage API this module uses. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem?(key: string): void;
  /** Call `listener` when another tab (or window) changed STORAGE_KEY; returns the unsubscribe. */
  onChange?(listener: () => void): () => void;
}

export interface SaveResult {
  ok: boolean;
  /** Why the save failed or is not possible; null on success. */
  notice: Notice | null;
  /**
   * The custom scenarios as merged with what another tab stored, when they differ from the ones
   * handed to save: the caller lists them (absent when there is nothing new).
   */
  incoming?: { customScenarios: readonly Scenario[]; keptCustoms: readonly unknown[] };
}

export interface PersistenceOptions {
  /** Ids a stored custom scenario may not take (the shipped ones): such entries are set aside, with a notice. */
  reservedIds?: Iterable<string>;
}

export interface Persistence {
  /** The kept state as loaded (defaults where nothing could be read). */
  readonly loaded: KeptState;
  /** Stored custom scenarios that did not pass, with the parser's field errors. */
  readonly rejected: readonly RejectedScenario[];
  /** Notices from loading, empty when everything was read as saved. */
  readonly notices: readonly Notice[];
  /** False when nothing can be saved (no storage, or data that must not be overwritten). */
  readonly persistent: boolean;
  /** True when loading folded in something that should be written back (the walkthrough's old key). */
  readonly migrated: boolean;
  /** Merge the kept state into what is stored now (what this tab did not change is taken from storage) and write it. */
  save(kept: KeptState): SaveResult;
  /** Call `listener` when another tab changes the stored document; returns the unsubscribe. */
  watch(listener: () => void): () => void;
}

function isQuotaError(err: unknown): boolean {
  if (typeof err !== 'object' || err === null) return false;
  const e = err as { name?: unknown; code?: unknown };
  return e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e.code === 22 || e.code === 1014;
}

/** Read the stored document (never throws) and return what it holds and how to save. */
export function openPersistence(storage: StorageLike | null | undefined, options: PersistenceOptions = {}): Persistence {
  const reserved = new Set(options.reservedIds ?? []);
  const notices: Notice[] = [];
  let kept = emptyKeptState();
  let customs: unknown[] = [];
  /** False: saving would destroy data we could not read, or there is no storage. */
  let writable = storage !== null && storage !== undefined;
  let raw: string | null = null;
  /** The stored document as this tab read it (null: nothing usable was stored). */
  let stored: Parts | null = null;
  let legacyPending = false;

  if (!storage) {
    notices.push(notice('storage/off'));
  } else {
    try {
      raw = storage.getItem(STORAGE_KEY);
    } catch {
      writable = false;
      notices.push(notice('storage/denied'));
    }
  }

  if (raw !== null) {
    const found: Notice[] = [];
    const doc = readDocument(raw, found);
    if (doc.status === 'newer') {
      // A newer copy of the app saved this: leave it exactly as it is.
      writable = false;
      notices.push(notice('storage/newer-version'));
    } else if (doc.status === 'unreadable') {
      // Keep a copy of what could not be read before any save replaces it.
      let backedUp = false;
      try {
        storage!.setItem(BACKUP_KEY, raw);
        backedUp = true;
      } catch {
        backedUp = false;
      }
      if (backedUp) {
        notices.push(notice('storage/unreadable-backed-up'));
      } else {
        writable = false;
        notices.push(notice('storage/unreadable-no-copy'));
      }
    } else {
      kept = { ...kept, preferences: doc.read.preferences, selection: doc.read.selection };
      customs = doc.read.customs;
      stored = partsOfRead(doc.read);
      notices.push(...found);
      // An older model's set-up is kept whole (a notice that only informs): nothing to back up.
      if (found.some((n) => n.code !== 'storage/selection-older-model')) {
        // Parts were dropped: keep the document as it was before a save replaces it.
        try {
          storage!.setItem(BACKUP_KEY, raw);
          notices.push(notice('storage/dropped-backed-up'));
        } catch {
          writable = false;
          notices.push(notice('storage/dropped-no-copy'));
        }
      }
    }
  }

  // The walkthrough kept its own key before the store: a returning user has seen it.
  if (storage) {
    try {
      if (storage.getItem(LEGACY_WALKTHROUGH_KEY) === '1') {
        legacyPending = writable;
        if (!kept.preferences.walkthroughSeen) kept = { ...kept, preferences: { ...kept.preferences, walkthroughSeen: true } };
      }
    } catch {
      // Unreadable: nothing to migrate.
    }
  }

  // Listed, or set aside (kept in storage as they are) with a notice: nothing is skipped silently.
  const sorted = sortCustoms(customs, reserved);
  kept = { ...kept, customScenarios: sorted.valid, keptCustoms: sorted.kept };
  notices.push(...setAsideNotices(sorted));

  /** This tab's kept state as it last saved (or loaded) it: what it changed since is what it wins. */
  let base = partsOf(serialiseKept(kept));
  // The old walkthrough key is this tab's change to write, not what the document said.
  if (legacyPending) base = { ...base, groups: { ...base.groups, walkthroughSeen: stored?.groups.walkthroughSeen ?? 'false' } };
  /** The stored text and its parts as this tab last read or wrote them. */
  let lastRaw = raw;
  let lastParts = stored ?? base;

  /** The stored document now: its text, and its parts (null with a notice when it must not be written). */
  function current(): { text: string | null; parts: Parts } | Notice {
    let now: string | null;
    try {
      now = storage!.getItem(STORAGE_KEY);
    } catch {
      return notice('storage/not-saved-refused');
    }
    if (now === lastRaw) return { text: now, parts: lastParts };
    if (now === null) return { text: now, parts: base };
    const doc = readDocument(now, []);
    if (doc.status === 'newer') {
      writable = false;
      return notice('storage/not-saved-newer');
    }
    let parts = base;
    if (doc.status === 'unreadable') {
      // Another tab (or a hand) left text this tab cannot read: copy it before replacing it.
      try {
        storage!.setItem(BACKUP_KEY, now);
      } catch {
        return notice('storage/not-saved-refused');
      }
    } else {
      parts = partsOfRead(doc.read);
    }
    lastRaw = now;
    lastParts = parts;
    return { text: now, parts };
  }

  /** The custom scenarios of `merged` for the store, reusing this tab's objects for unchanged entries. */
  function incomingOf(next: KeptState, ours: Parts, merged: Parts): SaveResult['incoming'] {
    if (sameItems(ours.items, merged.items)) return undefined;
    const scenarios = new Map<string, Scenario>();
    const keptItems = new Map<string, unknown>();
    ours.items.forEach((item, i) => {
      if (i < next.customScenarios.length) scenarios.set(item.text, next.customScenarios[i]);
      else keptItems.set(item.text, next.keptCustoms[i - next.customScenarios.length]);
    });
    const reuse = { scenario: (text: string) => scenarios.get(text), kept: (text: string) => keptItems.get(text) };
    const again = sortCustoms(
      merged.items.map((i) => i.data),
      reserved,
      reuse,
    );
    return { customScenarios: again.valid, keptCustoms: again.kept };
  }

  return {
    loaded: kept,
    rejected: sorted.rejected,
    notices,
    get persistent() {
      return writable;
    },
    migrated: legacyPending,
    save(next) {
      if (!writable || !storage) return { ok: false, notice: notice('storage/not-saved-off') };
      const now = current();
      if (!('parts' in now)) return { ok: false, notice: now };
      const ours = partsOf(serialiseKept(next));
      const theirs = now.parts;
      const groups = Object.fromEntries(GROUPS.map((g) => [g, ours.groups[g] !== base.groups[g] ? ours.groups[g] : theirs.groups[g]])) as Record<Group, string>;
      const merged: Parts = { groups, ...mergeItems(ours.items, base.items, theirs.items, theirs.removed) };
      const incoming = incomingOf(next, ours, merged);
      const text = JSON.stringify(documentOf(merged));
      if (text !== now.text) {
        try {
          storage.setItem(STORAGE_KEY, text);
        } catch (err) {
          return { ok: false, notice: notice(isQuotaError(err) ? 'storage/not-saved-full' : 'storage/not-saved-refused'), ...(incoming ? { incoming } : {}) };
        }
        lastRaw = text;
        lastParts = merged;
      }
      base = ours;
      if (legacyPending) {
        // The document now says the walkthrough was seen: the old key has done its work.
        try {
          storage.removeItem?.(LEGACY_WALKTHROUGH_KEY);
        } catch {
          // Left in place: it is read again next time, which does no harm.
        }
        legacyPending = false;
      }
      return { ok: true, notice: null, ...(incoming ? { incoming } : {}) };
    },
    watch(listener) {
      return storage?.onChange?.(listener) ?? (() => {});
    },
  };
}

/**
 * The page's localStorage, or null where reading it throws (some private modes, file:// rules). Its
 * onChange follows the `storage` events the browser fires in this page when another tab writes.
 */
export function browserStorage(): StorageLike | null {
  let local: Storage;
  try {
    if (typeof localStorage === 'undefined') return null;
    local = localStorage;
  } catch {
    return null;
  }
  return {
    getItem: (key) => local.getItem(key),
    setItem: (key, value) => local.setItem(key, value),
    removeItem: (key) => local.removeItem(key),
    onChange(listener) {
      if (typeof window === 'undefined') return () => {};
      const handle = (event: StorageEvent) => {
        if (event.storageArea === local && (event.key === STORAGE_KEY || event.key === null)) listener();
      };
      window.addEventListener('storage', handle);
      return () => window.removeEventListener('storage', handle);
    },
  };
}
