// The stored document of src/app/storage.ts: its versions (2, the current one, and the older shapes
// still migrated on load), the kept state it holds, the serialiser from kept state to document, the
// migrations between versions, and the field-by-field reader of a current document, which falls
// back to defaults with a notice wherever a field cannot be used. Pure: no storage is touched here.
import { MODEL_VERSION } from '../model/parameters';
import type { Overrides, Scenario } from '../model/types';
import { scenarioToJson } from '../engine/scenario';
import { checkSeed, DEFAULT_SEED, isLocale, isObjective, isScenarioId, isTheme, isValidOverride, notice, safeText, type Locale, type Notice, type Selection, type Theme } from './state-schema';
import { defaultPreferences, type AppState, type Preferences } from './store';
import { canonicalList, itemsOf, type StoredItem } from './storage-customs';
import { validateTeacherSettings, type TeacherSettings } from './teacher';

export const STORAGE_VERSION = 2;

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
  /** `model`: the model version the set-up was saved with (absent before version 3, read as 2). */
  selection: (Selection & { model?: number }) | null;
  /** Custom scenarios as the JSON data an exported file has (valid ones first, then kept ones). */
  customScenarios: unknown[];
  /**
   * Ids of custom scenarios removed in one tab, so another tab's older list does not bring them back
   * (src/app/storage-customs.ts); written only when there are any. Older copies of the app ignore it.
   */
  removedCustoms?: string[];
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
    model: MODEL_VERSION,
  };
  return {
    version: 2,
    preferences: { theme, walkthroughSeen, locale },
    teacher: {
      lockedInputs: [...teacher.lockedInputs],
      hiddenInputs: [...teacher.hiddenInputs],
      hideOutcomes: teacher.hideOutcomes,
      predictFirst: teacher.predictFirst,
      // The value each lock pins (validateTeacherSettings reads it back; dropped when empty).
      ...(teacher.lockedValues && Object.keys(teacher.lockedValues).length > 0 ? { lockedValues: { ...teacher.lockedValues } } : {}),
      // The PIN's salted hash only (src/app/teacher-pin.ts); validateTeacherSettings reads it back.
      ...(teacher.pin ? { pin: { salt: teacher.pin.salt, hash: teacher.pin.hash } } : {}),
    },
    selection,
    customScenarios: [...kept.customScenarios.map(dataOf), ...kept.keptCustoms],
  };
}

// ---------------------------------------------------------------------------------------------
// Migrations: MIGRATIONS[n] turns a version-n document into version n + 1 (unchecked: the fields are
// checked once, on the current version, by readV2).

export const MIGRATIONS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {
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

export function versionOf(doc: Record<string, unknown>): number | null {
  if (!Object.hasOwn(doc, 'version')) return 0;
  const v = doc.version;
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : null;
}

// ---------------------------------------------------------------------------------------------
// Document → state, field by field through the schema.

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
  // A set-up saved before model version 3 carries no version (it was 1 or 2): its inputs still mean
  // the same (docs/model.md §4b), so they are kept, and a set-up with changed inputs says so.
  const model = typeof obj.model === 'number' && Number.isInteger(obj.model) && obj.model > 0 ? obj.model : null;
  if ((model === null || model < MODEL_VERSION) && Object.keys(overrides).length > 0) {
    notices.push(notice('storage/selection-older-model', model === null ? { current: String(MODEL_VERSION) } : { version: String(model), current: String(MODEL_VERSION) }));
  }
  if (obj.objective !== undefined) {
    if (isObjective(obj.objective)) selection.objective = obj.objective;
    else notices.push(notice('storage/objective-invalid'));
  }
  return selection;
}

/** Field-by-field check of a version-2 document: a bad field falls back to its default, with a notice. */
export function readV2(doc: Record<string, unknown>, notices: Notice[]): { preferences: Preferences; selection: Selection | null; customs: unknown[]; removed: string[] } {
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
  // Tombstones are bookkeeping: anything that is not a list of ids is ignored without a word.
  const removed = Array.isArray(doc.removedCustoms) ? doc.removedCustoms.filter((id): id is string => typeof id === 'string' && id.length <= 64) : [];
  return { preferences, selection, customs, removed };
}

// ---------------------------------------------------------------------------------------------
// Stored text → checked document, and a document as the parts src/app/storage.ts merges.

export type Read = { status: 'unreadable' } | { status: 'newer' } | { status: 'ok'; read: ReturnType<typeof readV2> };

/** Parse, migrate and check a stored text (notices for the fields that had to fall back). */
export function readDocument(raw: string, notices: Notice[]): Read {
  let doc: unknown;
  try {
    doc = JSON.parse(raw);
  } catch {
    return { status: 'unreadable' };
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return { status: 'unreadable' };
  let current = doc as Record<string, unknown>;
  let version = versionOf(current);
  if (version === null) return { status: 'unreadable' };
  if (version > STORAGE_VERSION) return { status: 'newer' };
  try {
    while (version < STORAGE_VERSION) {
      current = MIGRATIONS[version](current);
      version += 1;
    }
    return { status: 'ok', read: readV2(current, notices) };
  } catch {
    return { status: 'unreadable' };
  }
}

export const GROUPS = ['theme', 'walkthroughSeen', 'locale', 'teacher', 'selection'] as const;
export type Group = (typeof GROUPS)[number];

/** A document as the merge sees it: each field group as JSON text, the custom entries, the tombstones. */
export interface Parts {
  groups: Record<Group, string>;
  items: StoredItem[];
  removed: readonly string[];
}

export function partsOf(doc: StoredDataV2): Parts {
  const { theme, walkthroughSeen, locale } = doc.preferences;
  const groups = { theme, walkthroughSeen, locale, teacher: doc.teacher, selection: doc.selection };
  return {
    groups: Object.fromEntries(GROUPS.map((g) => [g, JSON.stringify(groups[g])])) as Record<Group, string>,
    items: itemsOf(doc.customScenarios),
    removed: doc.removedCustoms ?? [],
  };
}

export function documentOf(parts: Parts): StoredDataV2 {
  const g = (name: Group) => JSON.parse(parts.groups[name]) as never;
  return {
    version: 2,
    preferences: { theme: g('theme'), walkthroughSeen: g('walkthroughSeen'), locale: g('locale') },
    teacher: g('teacher'),
    selection: g('selection'),
    customScenarios: parts.items.map((i) => i.data),
    ...(parts.removed.length > 0 ? { removedCustoms: [...parts.removed] } : {}),
  };
}

/** A checked stored document as parts (entries that parse in canonical form, so tabs compare alike). */
export function partsOfRead(read: ReturnType<typeof readV2>): Parts {
  const doc = serialiseKept({ preferences: read.preferences, selection: read.selection, customScenarios: [], keptCustoms: canonicalList(read.customs) });
  return { ...partsOf(doc), removed: read.removed };
}
