// Share links: the set-up a class is looking at (scenario, every changed input, seed, objective,
// model version, language, teacher-mode flags) as a URL fragment, and back. The fragment form
// ("#/setup?v=1&scenario=…") is never sent to a server, so a link shares nothing beyond the page,
// and the app's hash router still opens the set-up screen.
//
// Decoding NEVER throws and never evaluates anything: every part of a link is checked against a
// known list (scenario ids, the INPUTS catalogue and its bounds, objective kinds, locales) and
// anything else is dropped with a plain-text warning that is safe for textContent. Values from the
// link are echoed in warnings only after safeText() reduces them to letters, digits and . _ : -.
//
// Format (URLSearchParams after "#/setup?"; every part optional for the decoder):
//   v=<model version>  scenario=<id>  objective=capital|country|limited  seed=<[A-Za-z0-9 _.:-]{1,64}>
//   set.<input path>=<decimal number>  (one per changed input; paths from INPUTS)
//   lang=en|es  lock=<path,path>  hide=<path,path>  hideOutcomes=1|0  predict=1|0
import { checkOverrides, findInput, publishedValue } from '../model/inputs';
import { MODEL_VERSION } from '../model/parameters';
import type { ObjectiveKind, Overrides, Scenario } from '../model/types';
import { isLocale, t, tData, type Locale } from '../ui/i18n';
import type { Selection } from './session';
import { defaultTeacherSettings, safeText, type TeacherSettings } from './teacher';

/** Links longer than this are refused whole (a full set-up with teacher flags is under 1,500). */
export const MAX_LINK_LENGTH = 4000;
/** Parameters read at most; a real link has at most about 25. */
export const MAX_LINK_PARAMS = 60;
export const DEFAULT_SEED = '42';

const SEED = /^[A-Za-z0-9 _.:-]{1,64}$/;
const NUMBER = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d{1,3})?$/;
const OBJECTIVES: readonly ObjectiveKind[] = ['capital', 'country', 'limited'];
const SCREEN = 'setup';

export interface ShareExtras {
  locale?: Locale;
  teacher?: TeacherSettings;
}

export interface DecodedShareLink {
  /** Always a usable selection: the link's where valid, safe defaults elsewhere. */
  selection: Selection;
  locale: Locale | null;
  /** Teacher flags from the link, or null when the link carries none. */
  teacher: TeacherSettings | null;
  /** False when the text holds no share link at all (an ordinary app URL): nothing to apply. */
  present: boolean;
  /** One plain-text message per part of the link that was not used, in the current language. */
  warnings: string[];
}

export interface DecodeOptions {
  /** Scenario to fall back to (default: the first in the list). */
  defaultScenarioId?: string;
  defaultSeed?: string;
}

/**
 * The fragment ("#/setup?…") that reproduces `selection`. Overrides equal to the published value
 * are left out (they change nothing); keys are sorted so equal set-ups give equal links.
 */
export function encodeShareLink(selection: Selection, extras: ShareExtras = {}, scenario?: Scenario): string {
  const params = new URLSearchParams();
  params.set('v', String(MODEL_VERSION));
  params.set('scenario', selection.scenarioId);
  if (selection.objective) params.set('objective', selection.objective);
  params.set('seed', selection.seed);
  for (const path of Object.keys(selection.overrides).sort()) {
    const value = selection.overrides[path];
    if (scenario && publishedValue(scenario, path) === value) continue;
    params.set(`set.${path}`, String(value));
  }
  if (extras.locale) params.set('lang', extras.locale);
  const teacher = extras.teacher;
  if (teacher) {
    if (teacher.lockedInputs.length > 0) params.set('lock', [...teacher.lockedInputs].sort().join(','));
    if (teacher.hiddenInputs.length > 0) params.set('hide', [...teacher.hiddenInputs].sort().join(','));
    if (teacher.hideOutcomes) params.set('hideOutcomes', '1');
    if (teacher.predictFirst) params.set('predict', '1');
  }
  return `#/${SCREEN}?${params.toString()}`;
}

/** A full URL: the page address without its own fragment, plus the share fragment. */
export function shareUrl(pageUrl: string, selection: Selection, extras: ShareExtras = {}, scenario?: Scenario): string {
  const hash = pageUrl.indexOf('#');
  return (hash >= 0 ? pageUrl.slice(0, hash) : pageUrl) + encodeShareLink(selection, extras, scenario);
}

/**
 * The query part of a share link given as a full URL, a search string ("?…") or a fragment
 * ("#/setup?…" or "#…"). A query inside the fragment wins over the page's own query.
 */
function queryOf(text: string): string {
  const hash = text.indexOf('#');
  if (hash >= 0) {
    const fragment = text.slice(hash + 1);
    const q = fragment.indexOf('?');
    if (q >= 0) return fragment.slice(q + 1);
    if (fragment !== '' && !fragment.startsWith('/')) return fragment;
  }
  const before = hash >= 0 ? text.slice(0, hash) : text;
  const q = before.indexOf('?');
  return q >= 0 ? before.slice(q + 1) : '';
}

/** Read a share link from a URL, search string or fragment. Never throws. */
export function decodeShareLink(text: unknown, scenarios: readonly Scenario[], options: DecodeOptions = {}): DecodedShareLink {
  const fallbackId = scenarios.some((s) => s.id === options.defaultScenarioId) ? options.defaultScenarioId! : (scenarios[0]?.id ?? '');
  const seed = options.defaultSeed ?? DEFAULT_SEED;
  const result: DecodedShareLink = {
    selection: { scenarioId: fallbackId, overrides: {}, seed },
    locale: null,
    teacher: null,
    present: false,
    warnings: [],
  };
  try {
    readLink(text, scenarios, result);
  } catch {
    // Nothing above should throw; if something exotic does, the link is dropped whole.
    result.selection = { scenarioId: fallbackId, overrides: {}, seed };
    result.locale = null;
    result.teacher = null;
    result.warnings = [t('The link could not be read; the app opened with its usual set-up.')];
  }
  return result;
}

function readLink(text: unknown, scenarios: readonly Scenario[], result: DecodedShareLink): void {
  if (typeof text !== 'string' || text === '') return;
  const warn = (message: string) => {
    if (!result.warnings.includes(message)) result.warnings.push(message);
  };
  if (text.length > MAX_LINK_LENGTH) {
    result.present = true;
    warn(t('The link is too long ({length} characters, at most {max}); it was not used.', { length: text.length, max: MAX_LINK_LENGTH }));
    return;
  }
  const query = queryOf(text);
  if (query === '') return;
  const entries = [...new URLSearchParams(query)];
  if (entries.length === 0) return;
  result.present = true;
  if (entries.length > MAX_LINK_PARAMS) {
    warn(t('The link has too many parts ({count}); it was not used.', { count: entries.length }));
    return;
  }

  // First value of each key; repeats are reported (a link should say each thing once).
  const first = new Map<string, string>();
  for (const [key, value] of entries) {
    if (first.has(key)) warn(t('The link gives "{name}" more than once; the first value was used.', { name: safeText(key) }));
    else first.set(key, value);
  }

  const version = first.get('v');
  let applyInputs = true;
  if (version === undefined) {
    warn(t('The link does not say which model version made it; results may differ from the ones it was made with.'));
  } else if (version !== String(MODEL_VERSION)) {
    applyInputs = false;
    warn(
      t('The link was made with model version {linkVersion}; this copy runs version {version}. The scenario opens with its published values and the link\'s changed inputs were not applied.', {
        linkVersion: safeText(version),
        version: String(MODEL_VERSION),
      }),
    );
  }

  const selection = result.selection;
  const scenarioId = first.get('scenario');
  let scenario = scenarios.find((s) => s.id === selection.scenarioId);
  if (scenarioId === undefined) {
    warn(t('The link names no scenario; the first scenario opened instead.'));
  } else {
    const found = scenarios.find((s) => s.id === scenarioId);
    if (found) {
      selection.scenarioId = found.id;
      scenario = found;
    } else {
      warn(t('The link names a scenario this copy does not have ({id}); the first scenario opened instead.', { id: safeText(scenarioId) }));
    }
  }

  const seedText = first.get('seed');
  if (seedText !== undefined) {
    if (SEED.test(seedText)) selection.seed = seedText;
    else warn(t('The link\'s seed is not valid (letters, digits, spaces and . _ : - only, at most 64); seed {seed} was used.', { seed: selection.seed }));
  }

  const objective = first.get('objective');
  if (objective !== undefined) {
    if ((OBJECTIVES as readonly string[]).includes(objective)) {
      if (objective !== scenario?.objective.kind) selection.objective = objective as ObjectiveKind;
    } else {
      warn(t('The link\'s objective ({objective}) is unknown; the scenario\'s own objective was used.', { objective: safeText(objective) }));
    }
  }

  const lang = first.get('lang');
  if (lang !== undefined) {
    if (isLocale(lang)) result.locale = lang;
    else warn(t('The link asks for a language this app does not have ({lang}); it was ignored.', { lang: safeText(lang) }));
  }

  const overrides: Overrides = {};
  for (const [key, raw] of first) {
    if (!key.startsWith('set.')) continue;
    if (!applyInputs) continue;
    const path = key.slice(4);
    const spec = findInput(path);
    if (!spec) {
      warn(t('The link changes an unknown input ({input}); it was ignored.', { input: safeText(path) }));
      continue;
    }
    if (!NUMBER.test(raw.trim()) || raw.length > 32) {
      warn(t('The link gives "{input}" a value that is not a number; the published value was used.', { input: tData(spec.label) }));
      continue;
    }
    let value = Number(raw.trim());
    const problem = checkOverrides({ [path]: value })[0];
    if (problem) {
      warn(
        t('The link gives "{input}" a value outside {min} to {max}; the published value was used.', {
          input: tData(spec.label),
          min: spec.min,
          max: spec.max,
        }),
      );
      continue;
    }
    if (spec.integer && !Number.isInteger(value)) {
      value = Math.round(value);
      warn(t('"{input}" takes whole numbers; the link\'s value was rounded to {value}.', { input: tData(spec.label), value }));
    }
    if (scenario && publishedValue(scenario, path) === value) continue;
    overrides[path] = value;
  }
  selection.overrides = overrides;

  const teacher = readTeacher(first, warn);
  if (teacher) result.teacher = teacher;

  const known = new Set(['v', 'scenario', 'seed', 'objective', 'lang', 'lock', 'hide', 'hideOutcomes', 'predict']);
  for (const key of first.keys()) {
    if (!known.has(key) && !key.startsWith('set.')) warn(t('The link has a part this app does not know ({name}); it was ignored.', { name: safeText(key) }));
  }
}

function readTeacher(first: Map<string, string>, warn: (message: string) => void): TeacherSettings | null {
  const keys = ['lock', 'hide', 'hideOutcomes', 'predict'];
  if (!keys.some((k) => first.has(k))) return null;
  const settings = defaultTeacherSettings();
  const readList = (key: 'lock' | 'hide'): string[] => {
    const raw = first.get(key);
    if (raw === undefined || raw === '') return [];
    const out: string[] = [];
    for (const path of raw.split(',').slice(0, 40)) {
      if (findInput(path)) {
        if (!out.includes(path)) out.push(path);
      } else {
        warn(t('The link locks or hides an unknown input ({input}); it was ignored.', { input: safeText(path) }));
      }
    }
    return out;
  };
  settings.hiddenInputs = readList('hide');
  settings.lockedInputs = readList('lock').filter((p) => !settings.hiddenInputs.includes(p));
  for (const [key, field] of [['hideOutcomes', 'hideOutcomes'], ['predict', 'predictFirst']] as const) {
    const raw = first.get(key);
    if (raw === undefined) continue;
    if (raw === '1' || raw === '0') settings[field] = raw === '1';
    else warn(t('The link\'s teacher setting "{name}" should be 1 or 0; it is off.', { name: key }));
  }
  return settings;
}
