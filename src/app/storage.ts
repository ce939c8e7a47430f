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
import type { Overrides, Scenario } from '../model/types';
import { parseScenario, scenarioToJson, type FieldError } from '../engine/scenario';
import { checkSeed, DEFAULT_SEED, isLocale, isObjective, isScenarioId, isTheme, isValidOverride, notice, safeText, type Locale, type Notice, type Selection, type Theme } from './state-schema';
import { defaultPreferences, type AppState, type Preferences } from './store';
import { validateTeacherSettings, type TeacherSettings } from './teacher';

export type { Preferences, Theme };
export { THEMES } from './state-schema';
export { defaultPreferences, MAX_CUSTOM_SCENARIOS } from './store';

export const STORAGE_KEY = 'threshold';
/** Where unreadable data is copied before the first save would replace it. */
export const BACKUP_KEY = 'threshold:unreadable-backup';
/** The walkthrough's own key before the store (read once, folded into the document, then removed). */
export const LEGACY_WALKTHROUGH_KEY = 'threshold.walkthrough.seen';
export const STORAGE_VERSION = 2;

/** The part of the Web Storage API this module uses. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem?(key: string): void;
}

/** What is kept between lessons: the stored part of the app state. */
export interface KeptState {
  preferences: Preferences;
  selection: Selection | null;
  /** Custom scenarios that passed parseScenario, in stored order. */
  customScenarios: readonly Scenario[];
  /** Stored custom scenarios that did not pass: written back as they are. */
  keptCustoms: readonly unknown[];
}

/** The stored document, version 2: the kept state, one field per slice of the store. */
export interface StoredDataV2 {
  version: 2;
  preferences: { theme: Theme; walkthroughSeen: boolean; locale: Locale | null };
  teacher: TeacherSettings;
  selection: Selection | null;
  /** Custom scenarios as the JSON data an exported file has (valid ones first, then kept ones). */
  customScenarios: unknown[];
}

/** Version 1: preferences, teacher settings and the selection side by side. */
export interface StoredDataV1 {
  version: 1;
  walkthroughSeen: boolean;
  locale: Locale | null;
  theme: Theme;
  teacher: TeacherSettings;
  lastSelection: Selection | null;
  customScenarios: unknown[];
}

/**
 * Version 0, the shape before versioning (kept so old saves migrate): no `version` field, flat
 * selection fields, a boolean for the theme, and custom scenarios under "custom".
 */
export interface StoredDataV0 {
  seenWalkthrough?: boolean;
  lang?: string;
  highContrast?: boolean;
  scenario?: string;
  overrides?: Record<string, number>;
  seed?: string;
  custom?: unknown[];
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

export function emptyKeptState(): KeptState {
  return { preferences: defaultPreferences(), selection: null, customScenarios: [], keptCustoms: [] };
}

/** The kept part of the app state. */
export function keptOf(state: AppState): KeptState {
  const custom = new Set(state.custom.ids);
  return {
    preferences: state.preferences,
    selection: state.selection,
    customScenarios: state.scenarios.filter((s) => custom.has(s.id)),
    keptCustoms: state.custom.kept,
  };
}

// ---------------------------------------------------------------------------------------------
// State → document.

const scenarioData = new WeakMap<Scenario, unknown>();

/** A custom scenario as stored: its canonical JSON data, the same form an exported file has. */
function dataOf(scenario: Scenario): unknown {
  let data = scenarioData.get(scenario);
  if (data === undefined) scenarioData.set(scenario, (data = JSON.parse(scenarioToJson(scenario)) as unknown));
  return data;
}

export function serialiseKept(kept: KeptState): StoredDataV2 {
  const { theme, walkthroughSeen, locale, teacher } = kept.preferences;
  const selection = kept.selection && {
    scenarioId: kept.selection.scenarioId,
    overrides: { ...kept.selection.overrides },
    seed: kept.selection.seed,
    ...(kept.selection.objective ? { objective: kept.selection.objective } : {}),
  };
  return {
    version: 2,
    preferences: { theme, walkthroughSeen, locale },
    teacher: { lockedInputs: [...teacher.lockedInputs], hiddenInputs: [...teacher.hiddenInputs], hideOutcomes: teacher.hideOutcomes, predictFirst: teacher.predictFirst },
    selection,
    customScenarios: [...kept.customScenarios.map(dataOf), ...kept.keptCustoms],
  };
}

// ---------------------------------------------------------------------------------------------
// Migrations: MIGRATIONS[n] turns a version-n document into version n + 1 (unchecked: the fields are
// checked once, on the current version, by readV2).

const MIGRATIONS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {
  0: (old) => {
    const v0 = old as StoredDataV0;
    const hasSelection = typeof v0.scenario === 'string';
    return {
      version: 1,
      walkthroughSeen: v0.seenWalkthrough,
      locale: v0.lang ?? null,
      theme: v0.highContrast === true ? 'high-contrast' : 'standard',
      teacher: undefined,
      lastSelection: hasSelection ? { scenarioId: v0.scenario, overrides: v0.overrides ?? {}, seed: v0.seed ?? DEFAULT_SEED } : null,
      customScenarios: v0.custom ?? [],
    };
  },
  1: (old) => {
    const preferences: Record<string, unknown> = {};
    for (const key of ['theme', 'walkthroughSeen', 'locale']) if (old[key] !== undefined) preferences[key] = old[key];
    return { version: 2, preferences, teacher: old.teacher, selection: old.lastSelection, customScenarios: old.customScenarios };
  },
};

function versionOf(doc: Record<string, unknown>): number | null {
  if (!Object.prototype.hasOwnProperty.call(doc, 'version')) return 0;
  const v = doc.version;
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : null;
}

// ---------------------------------------------------------------------------------------------
// Document → state, field by field through the schema.

function isQuotaError(err: unknown): boolean {
  if (typeof err !== 'object' || err === null) return false;
  const e = err as { name?: unknown; code?: unknown };
  return e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e.code === 22 || e.code === 1014;
}

/**
 * Check a stored selection. An invalid seed is refused (the default seed is used, with a notice);
 * invalid overrides are dropped one by one; a selection that is not an object or names no valid
 * scenario id is dropped whole.
 */
export function readSelection(raw: unknown, notices: Notice[]): Selection | null {
  if (raw === null || raw === undefined) return null;
  const bad = () => {
    notices.push(notice('storage/selection-unreadable'));
    return null;
  };
  if (typeof raw !== 'object' || Array.isArray(raw)) return bad();
  const obj = raw as Record<string, unknown>;
  if (!isScenarioId(obj.scenarioId)) return bad();
  if (obj.overrides !== undefined && (typeof obj.overrides !== 'object' || obj.overrides === null || Array.isArray(obj.overrides))) return bad();
  const seed = checkSeed(obj.seed);
  if (!seed.ok) notices.push(notice('storage/seed-invalid', { seed: DEFAULT_SEED, problem: seed.problem }));
  const overrides: Overrides = {};
  for (const [path, value] of Object.entries((obj.overrides ?? {}) as Record<string, unknown>)) {
    if (isValidOverride(path, value)) overrides[path] = value;
    else notices.push(notice('storage/override-dropped', { input: safeText(path) }));
  }
  const selection: Selection = { scenarioId: obj.scenarioId, overrides, seed: seed.ok ? seed.seed : DEFAULT_SEED };
  if (obj.objective !== undefined) {
    if (isObjective(obj.objective)) selection.objective = obj.objective;
    else notices.push(notice('storage/objective-invalid'));
  }
  return selection;
}

/** Field-by-field check of a version-2 document: a bad field falls back to its default, with a notice. */
function readV2(doc: Record<string, unknown>, notices: Notice[]): { preferences: Preferences; selection: Selection | null; customs: unknown[] } {
  const preferences = defaultPreferences();
  const invalid = (name: string) => notices.push(notice('storage/setting-invalid', { name }));
  const prefs = doc.preferences;
  if (prefs !== undefined && (typeof prefs !== 'object' || prefs === null || Array.isArray(prefs))) invalid('preferences');
  else if (prefs) {
    const p = prefs as Record<string, unknown>;
    if (p.walkthroughSeen !== undefined) {
      if (typeof p.walkthroughSeen === 'boolean') preferences.walkthroughSeen = p.walkthroughSeen;
      else invalid('walkthroughSeen');
    }
    if (p.locale !== undefined && p.locale !== null) {
      if (isLocale(p.locale)) preferences.locale = p.locale;
      else invalid('locale');
    }
    if (p.theme !== undefined) {
      if (isTheme(p.theme)) preferences.theme = p.theme;
      else invalid('theme');
    }
  }
  const teacher = validateTeacherSettings(doc.teacher);
  preferences.teacher = teacher.settings;
  notices.push(...teacher.problems);
  const selection = readSelection(doc.selection, notices);
  let customs: unknown[] = [];
  if (doc.customScenarios !== undefined) {
    if (Array.isArray(doc.customScenarios)) customs = doc.customScenarios;
    else notices.push(notice('storage/customs-not-list'));
  }
  return { preferences, selection, customs };
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
