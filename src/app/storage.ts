// Browser storage for what a class wants kept between lessons: walkthrough seen, language, theme,
// teacher settings, the last set-up and custom scenarios. One key holds one JSON document with a
// `version` field; older shapes are migrated on load. It takes any Storage-like object, so node tests
// can hand it a fake that is full, throws, or holds garbage.
//
// Promises: a broken or missing storage never stops the app (it starts with defaults and says so);
// a save that fails leaves what was saved before untouched (one setItem of the whole document, which
// either happens or not) and says so; custom scenarios are checked with parseScenario on load and an
// invalid one is reported and KEPT in storage, never dropped silently. When loading has to drop
// anything (unreadable JSON, a field of the wrong type), the stored text is first copied to
// BACKUP_KEY; if even that fails, the store will not write over it.
import { checkOverrides } from '../model/inputs';
import type { ObjectiveKind, Overrides, Scenario } from '../model/types';
import { parseScenario, scenarioToJson, type FieldError } from '../engine/scenario';
import { isLocale, t, tn, type Locale } from '../ui/i18n';
import type { Selection } from './session';
import { defaultTeacherSettings, safeText, validateTeacherSettings, type TeacherSettings } from './teacher';

export const STORAGE_KEY = 'threshold';
/** Where unreadable data is copied before the first save would replace it. */
export const BACKUP_KEY = 'threshold:unreadable-backup';
export const STORAGE_VERSION = 1;
export const MAX_CUSTOM_SCENARIOS = 50;

/** The part of the Web Storage API this module uses. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export type Theme = 'standard' | 'high-contrast';
export const THEMES: readonly Theme[] = ['standard', 'high-contrast'];

export interface Preferences {
  walkthroughSeen: boolean;
  /** null: follow the browser's language. */
  locale: Locale | null;
  theme: Theme;
  teacher: TeacherSettings;
  lastSelection: Selection | null;
}

/** The stored document, version 1. Custom scenarios are kept as the JSON data they were saved as. */
export interface StoredDataV1 extends Preferences {
  version: 1;
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
  /** Plain text for the page when the save failed or is not possible; null on success. */
  message: string | null;
}

export interface Store {
  readonly preferences: Readonly<Preferences>;
  /** Custom scenarios that passed parseScenario, in stored order. */
  readonly customScenarios: readonly Scenario[];
  /** Stored custom scenarios that did not pass, with the parser's field errors. */
  readonly rejected: readonly RejectedScenario[];
  /** Messages from loading (plain text), empty when everything was read as saved. */
  readonly loadMessages: readonly string[];
  /** False when nothing can be saved (no storage, or data from a newer version is protected). */
  readonly persistent: boolean;
  update(patch: Partial<Preferences>): SaveResult;
  /** Add or replace (same id) a custom scenario. */
  saveCustomScenario(scenario: Scenario): SaveResult;
  /** Remove every stored custom scenario with this id, valid or not. */
  removeCustomScenario(id: string): SaveResult;
}

export function defaultPreferences(): Preferences {
  return { walkthroughSeen: false, locale: null, theme: 'standard', teacher: defaultTeacherSettings(), lastSelection: null };
}

// ---------------------------------------------------------------------------------------------
// Migrations: MIGRATIONS[n] turns a version-n document into version n + 1.

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
      lastSelection: hasSelection ? { scenarioId: v0.scenario, overrides: v0.overrides ?? {}, seed: v0.seed ?? '42' } : null,
      customScenarios: v0.custom ?? [],
    };
  },
};

function versionOf(doc: Record<string, unknown>): number | null {
  if (!Object.prototype.hasOwnProperty.call(doc, 'version')) return 0;
  const v = doc.version;
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : null;
}

// ---------------------------------------------------------------------------------------------

function isQuotaError(err: unknown): boolean {
  if (typeof err !== 'object' || err === null) return false;
  const e = err as { name?: unknown; code?: unknown };
  return e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e.code === 22 || e.code === 1014;
}

const SEED = /^[A-Za-z0-9 _.:-]{1,64}$/;
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const OBJECTIVES: readonly ObjectiveKind[] = ['capital', 'country', 'limited'];

/** Check a stored selection; invalid overrides are dropped one by one, anything worse drops it all. */
function readSelection(raw: unknown, messages: string[]): Selection | null {
  if (raw === null || raw === undefined) return null;
  const bad = () => {
    messages.push(t('The saved set-up could not be read; the app starts with the first scenario.'));
    return null;
  };
  if (typeof raw !== 'object' || Array.isArray(raw)) return bad();
  const obj = raw as Record<string, unknown>;
  if (typeof obj.scenarioId !== 'string' || obj.scenarioId.length > 64 || !ID.test(obj.scenarioId)) return bad();
  if (typeof obj.seed !== 'string' || !SEED.test(obj.seed)) return bad();
  const overrides: Overrides = {};
  if (obj.overrides !== undefined) {
    if (typeof obj.overrides !== 'object' || obj.overrides === null || Array.isArray(obj.overrides)) return bad();
    for (const [path, value] of Object.entries(obj.overrides as Record<string, unknown>)) {
      if (typeof value === 'number' && checkOverrides({ [path]: value }).length === 0) overrides[path] = value;
      else messages.push(t('A saved input change ({input}) was not valid and was dropped.', { input: safeText(path) }));
    }
  }
  const selection: Selection = { scenarioId: obj.scenarioId, overrides, seed: obj.seed };
  if (obj.objective !== undefined) {
    if (typeof obj.objective === 'string' && (OBJECTIVES as readonly string[]).includes(obj.objective)) {
      selection.objective = obj.objective as ObjectiveKind;
    } else {
      messages.push(t('The saved objective was not valid; the scenario\'s own objective is used.'));
    }
  }
  return selection;
}

/** Field-by-field check of a version-1 document: a bad field falls back to its default, with a message. */
function readV1(doc: Record<string, unknown>, messages: string[]): { preferences: Preferences; customs: unknown[] } {
  const preferences = defaultPreferences();
  if (doc.walkthroughSeen !== undefined) {
    if (typeof doc.walkthroughSeen === 'boolean') preferences.walkthroughSeen = doc.walkthroughSeen;
    else messages.push(t('A saved setting ({name}) was not valid; its default is used.', { name: 'walkthroughSeen' }));
  }
  if (doc.locale !== undefined && doc.locale !== null) {
    if (isLocale(doc.locale)) preferences.locale = doc.locale;
    else messages.push(t('A saved setting ({name}) was not valid; its default is used.', { name: 'locale' }));
  }
  if (doc.theme !== undefined) {
    if (typeof doc.theme === 'string' && (THEMES as readonly string[]).includes(doc.theme)) preferences.theme = doc.theme as Theme;
    else messages.push(t('A saved setting ({name}) was not valid; its default is used.', { name: 'theme' }));
  }
  const teacher = validateTeacherSettings(doc.teacher);
  preferences.teacher = teacher.settings;
  messages.push(...teacher.problems);
  preferences.lastSelection = readSelection(doc.lastSelection, messages);
  let customs: unknown[] = [];
  if (doc.customScenarios !== undefined) {
    if (Array.isArray(doc.customScenarios)) customs = doc.customScenarios;
    else messages.push(t('The saved custom scenarios were not a list and could not be read.'));
  }
  return { preferences, customs };
}

function describeScenario(raw: unknown): { id: string | null; title: string | null } {
  if (typeof raw !== 'object' || raw === null) return { id: null, title: null };
  const obj = raw as Record<string, unknown>;
  return {
    id: typeof obj.id === 'string' ? obj.id.slice(0, 64) : null,
    title: typeof obj.title === 'string' ? obj.title.slice(0, 200) : null,
  };
}

/** Read the stored document (never throws) and return a store that saves through `storage`. */
export function openStore(storage: StorageLike | null | undefined): Store {
  const messages: string[] = [];
  let preferences = defaultPreferences();
  let customs: unknown[] = [];
  /** False: saving would destroy data we could not read, or there is no storage. */
  let writable = storage !== null && storage !== undefined;
  /** The raw stored text, kept so a failed save can be reported without touching it. */
  let raw: string | null = null;

  if (!storage) {
    messages.push(t('This browser does not keep settings here (storage is off); the app starts with its defaults and changes last until the page is closed.'));
  } else {
    try {
      raw = storage.getItem(STORAGE_KEY);
    } catch {
      writable = false;
      messages.push(t('This browser does not allow saved settings here; the app starts with its defaults and changes last until the page is closed.'));
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
        messages.push(t('Settings were saved by a newer version of Threshold; this version starts with its defaults and does not change them.'));
      } else {
        try {
          while (version < STORAGE_VERSION) {
            current = MIGRATIONS[version](current);
            version += 1;
          }
          const before = messages.length;
          const read = readV1(current, messages);
          preferences = read.preferences;
          customs = read.customs;
          dropped = messages.length > before;
        } catch {
          readable = false;
        }
      }
    }
    if (!readable) {
      preferences = defaultPreferences();
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
        messages.push(t('Saved settings could not be read; the app starts with its defaults. A copy of the unreadable data was kept.'));
      } else {
        writable = false;
        messages.push(t('Saved settings could not be read and no copy could be made; the app starts with its defaults and will not overwrite them.'));
      }
    }
    if (dropped) {
      // Parts were dropped: keep the document as it was before a save replaces it.
      try {
        storage!.setItem(BACKUP_KEY, raw);
        messages.push(t('A copy of the saved data as it was has been kept.'));
      } catch {
        writable = false;
        messages.push(t('No copy of the saved data could be made, so it will not be overwritten; changes last until the page is closed.'));
      }
    }
  }

  let valid: Scenario[] = [];
  let rejected: RejectedScenario[] = [];
  const checkCustoms = () => {
    valid = [];
    rejected = [];
    customs.forEach((item, index) => {
      const parsed = parseScenario(item);
      if (parsed.ok) valid.push(parsed.scenario);
      else rejected.push({ index, ...describeScenario(item), errors: parsed.errors });
    });
  };
  checkCustoms();
  if (rejected.length > 0) {
    messages.push(
      tn(
        '{count} saved custom scenario did not pass the checks and was not loaded; it is kept in storage so nothing is lost.',
        '{count} saved custom scenarios did not pass the checks and were not loaded; they are kept in storage so nothing is lost.',
        rejected.length,
      ),
    );
  }

  const save = (nextPreferences: Preferences, nextCustoms: unknown[]): SaveResult => {
    // Memory always takes the change, so the lesson goes on; storage either takes it whole or not.
    preferences = nextPreferences;
    customs = nextCustoms;
    checkCustoms();
    if (!writable || !storage) {
      return { ok: false, message: t('Not saved: this browser is not keeping settings for this page. The change lasts until the page is closed.') };
    }
    const doc: StoredDataV1 = { version: 1, ...nextPreferences, customScenarios: nextCustoms };
    const text = JSON.stringify(doc);
    try {
      storage.setItem(STORAGE_KEY, text);
      raw = text;
      return { ok: true, message: null };
    } catch (err) {
      return {
        ok: false,
        message: isQuotaError(err)
          ? t('Not saved: browser storage is full. What was saved before is kept; this change lasts until the page is closed.')
          : t('Not saved: the browser refused to store it. What was saved before is kept; this change lasts until the page is closed.'),
      };
    }
  };

  const store: Store = {
    get preferences() {
      return preferences;
    },
    get customScenarios() {
      return valid;
    },
    get rejected() {
      return rejected;
    },
    loadMessages: messages,
    get persistent() {
      return writable;
    },
    update(patch) {
      return save({ ...preferences, ...patch }, customs);
    },
    saveCustomScenario(scenario) {
      // Stored as its canonical JSON data, the same form an exported file has.
      const data = JSON.parse(scenarioToJson(scenario)) as unknown;
      const others = customs.filter((item) => describeScenario(item).id !== scenario.id);
      if (others.length >= MAX_CUSTOM_SCENARIOS) {
        return { ok: false, message: t('Not saved: at most {max} custom scenarios can be kept. Remove one first.', { max: MAX_CUSTOM_SCENARIOS }) };
      }
      return save(preferences, [...others, data]);
    },
    removeCustomScenario(id) {
      return save(preferences, customs.filter((item) => describeScenario(item).id !== id));
    },
  };
  return store;
}

/** The page's localStorage, or null where reading it throws (some private modes, file:// rules). */
export function browserStorage(): StorageLike | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
