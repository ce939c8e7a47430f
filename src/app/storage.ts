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
// The stored document itself (its versions, serialiser, migrations and field checks) is
// src/app/storage-document.ts; this file reads and writes it through a Storage-like object.
import type { Scenario } from '../model/types';
import { parseScenario, type FieldError } from '../engine/scenario';
import { notice, type Notice, type Theme } from './state-schema';
import type { Preferences } from './store';
import { emptyKeptState, MIGRATIONS, readV2, serialiseKept, STORAGE_VERSION, versionOf, type KeptState } from './storage-document';

export type { Preferences, Theme };
export { THEMES } from './state-schema';
export { defaultPreferences, MAX_CUSTOM_SCENARIOS } from './store';
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
}

export interface RejectedScenario {
  /** Position in the stored list. */
  index: number;
  id: string | null;
  title: string | null;
  errors: FieldError[];
}

export interface SaveResult {
  ok: boolean;
  /** Why the save failed or is not possible; null on success. */
  notice: Notice | null;
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
  /** Write the kept state (a no-op when it serialises to what is stored). */
  save(kept: KeptState): SaveResult;
}

function isQuotaError(err: unknown): boolean {
  if (typeof err !== 'object' || err === null) return false;
  const e = err as { name?: unknown; code?: unknown };
  return e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e.code === 22 || e.code === 1014;
}

function describeScenario(raw: unknown): { id: string | null; title: string | null } {
  if (typeof raw !== 'object' || raw === null) return { id: null, title: null };
  const obj = raw as Record<string, unknown>;
  return {
    id: typeof obj.id === 'string' ? obj.id.slice(0, 64) : null,
    title: typeof obj.title === 'string' ? obj.title.slice(0, 200) : null,
  };
}

/** Read the stored document (never throws) and return what it holds and how to save. */
export function openPersistence(storage: StorageLike | null | undefined): Persistence {
  const notices: Notice[] = [];
  let kept = emptyKeptState();
  let customs: unknown[] = [];
  /** False: saving would destroy data we could not read, or there is no storage. */
  let writable = storage !== null && storage !== undefined;
  /** The raw stored text, kept so an unchanged state is not written again. */
  let raw: string | null = null;
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
    /** True when a readable document had parts that had to be dropped. */
    let dropped = false;
    let doc: unknown;
    let readable = true;
    try {
      doc = JSON.parse(raw);
    } catch {
      readable = false;
    }
    if (readable && (typeof doc !== 'object' || doc === null || Array.isArray(doc))) readable = false;
    if (readable) {
      let current = doc as Record<string, unknown>;
      let version = versionOf(current);
      if (version === null) {
        readable = false;
      } else if (version > STORAGE_VERSION) {
        // A newer copy of the app saved this: leave it exactly as it is.
        writable = false;
        notices.push(notice('storage/newer-version'));
      } else {
        try {
          while (version < STORAGE_VERSION) {
            current = MIGRATIONS[version](current);
            version += 1;
          }
          const before = notices.length;
          const read = readV2(current, notices);
          kept = { ...kept, preferences: read.preferences, selection: read.selection };
          customs = read.customs;
          dropped = notices.length > before;
        } catch {
          readable = false;
        }
      }
    }
    if (!readable) {
      kept = emptyKeptState();
      customs = [];
      dropped = false;
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
    }
    if (dropped) {
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

  const valid: Scenario[] = [];
  const invalid: unknown[] = [];
  const rejected: RejectedScenario[] = [];
  customs.forEach((item, index) => {
    const parsed = parseScenario(item);
    if (parsed.ok) valid.push(parsed.scenario);
    else {
      invalid.push(item);
      rejected.push({ index, ...describeScenario(item), errors: parsed.errors });
    }
  });
  kept = { ...kept, customScenarios: valid, keptCustoms: invalid };
  if (rejected.length > 0) notices.push(notice('storage/customs-rejected', { count: rejected.length }));

  return {
    loaded: kept,
    rejected,
    notices,
    get persistent() {
      return writable;
    },
    migrated: legacyPending,
    save(next) {
      if (!writable || !storage) return { ok: false, notice: notice('storage/not-saved-off') };
      const text = JSON.stringify(serialiseKept(next));
      if (text === raw && !legacyPending) return { ok: true, notice: null };
      try {
        storage.setItem(STORAGE_KEY, text);
        raw = text;
      } catch (err) {
        return { ok: false, notice: notice(isQuotaError(err) ? 'storage/not-saved-full' : 'storage/not-saved-refused') };
      }
      if (legacyPending) {
        // The document now says the walkthrough was seen: the old key has done its work.
        try {
          storage.removeItem?.(LEGACY_WALKTHROUGH_KEY);
        } catch {
          // Left in place: it is read again next time, which does no harm.
        }
        legacyPending = false;
      }
      return { ok: true, notice: null };
    },
  };
}

/** The page's localStorage, or null where reading it throws (some private modes, file:// rules). */
export function browserStorage(): StorageLike | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
