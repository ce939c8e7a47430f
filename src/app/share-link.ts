// Share links: the set-up a class is looking at (scenario, every changed input, seed, objective,
// model version, language, teacher-mode flags) as a URL fragment, and back. The fragment form
// ("#/setup?v=1&scenario=…") is never sent to a server, so a link shares nothing beyond the page,
// and the app's hash router still opens the set-up screen.
//
// Decoding NEVER throws and never evaluates anything: every part of a link is checked against the
// one schema of src/app/state-schema.ts (scenario ids, the INPUTS catalogue and its bounds, objective
// kinds, locales, the seed rule shared with storage and the seed fields) and anything else is dropped
// with a notice: a code and parameters, worded by the page in its language (src/ui/kit/notices.ts).
// Values from the link are echoed in notices only after safeText() reduces them to letters, digits
// and . _ : -.
//
// Format (URLSearchParams after "#/setup?"; every part optional for the decoder):
//   v=<model version>  scenario=<id>  objective=capital|country|limited  seed=<any valid seed, UTF-8
//   percent-encoded, so "año 3" travels as a%C3%B1o+3>
//   set.<input path>=<decimal number>  (one per changed input; paths from INPUTS)
//   lang=en|es  lock=<path,path>  hide=<path,path>  hideOutcomes=1|0  predict=1|0
//   hidden=<base64url of "path=value&path=value">  (the values of hidden inputs, in a student link)
//
// Two audiences. The student link (the default, what Share shows and the QR code holds) never writes
// a hidden input's value as `set.<path>=…`: it travels coded in `hidden=`, so every laptop computes
// with the class's value but nobody reads it off the address bar or the projector. Coded is not
// encrypted: whoever decodes base64 can read it (there is no server to keep a secret). The teacher
// link writes every value in plain `set.` form, for the teacher's own records.
import { checkOverrides, findInput, publishedValue } from '../model/inputs';
import { MODEL_VERSION } from '../model/parameters';
import type { Overrides, Scenario } from '../model/types';
import { checkSeed, DEFAULT_SEED, isLocale, isObjective, notice, sameNotice, safeText, type Locale, type Notice, type Selection } from './state-schema';
import { defaultTeacherSettings, type TeacherSettings } from './teacher';

/** Links longer than this are refused whole (a full set-up with teacher flags is under 1,500). */
export const MAX_LINK_LENGTH = 4000;
/** Parameters read at most; a real link has at most about 25. */
export const MAX_LINK_PARAMS = 60;
export { DEFAULT_SEED };

const NUMBER = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d{1,3})?$/;
const SCREEN = 'setup';

export interface ShareExtras {
  locale?: Locale;
  teacher?: TeacherSettings;
  /** 'student' (default): hidden inputs' values are coded in `hidden=`; 'teacher': every value readable. */
  audience?: 'student' | 'teacher';
}

/** The keys a share link may hold (a page query without any of them is not a link). */
const LINK_KEYS = new Set(['v', 'scenario', 'seed', 'objective', 'lang', 'lock', 'hide', 'hideOutcomes', 'predict', 'hidden']);

function base64urlEncode(text: string): string {
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function base64urlDecode(text: string): string | null {
  if (!/^[A-Za-z0-9_-]{1,1500}$/.test(text)) return null;
  try {
    return atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  } catch {
    return null;
  }
}

/**
 * True when a page query ("?…", location.search) holds a share link: at least one key a link uses.
 * An ordinary query (an LMS's own parameters) is not one, and is left alone.
 */
export function isShareQuery(search: string): boolean {
  if (typeof search !== 'string' || search.length < 2 || search.length > MAX_LINK_LENGTH) return false;
  try {
    for (const key of new URLSearchParams(search.startsWith('?') ? search.slice(1) : search).keys()) if (LINK_KEYS.has(key) || key.startsWith('set.')) return true;
  } catch {
    return false;
  }
  return false;
}

/** True when a fragment or URL holds a hidden input's value in readable form (`set.<hidden path>=`). */
export function showsHiddenValue(text: string, hiddenInputs: readonly string[]): boolean {
  const q = queryOf(text);
  if (q === '' || hiddenInputs.length === 0) return false;
  const params = new URLSearchParams(q);
  return hiddenInputs.some((path) => params.has(`set.${path}`));
}

/** What a link holds, with its problems as notices (codes): the serialiser's answer. */
export interface ReadShareLink {
  /** Always a usable selection: the link's where valid, safe defaults elsewhere. */
  selection: Selection;
  locale: Locale | null;
  /** Teacher flags from the link, or null when the link carries none. */
  teacher: TeacherSettings | null;
  /** False when the text holds no share link at all (an ordinary app URL): nothing to apply. */
  present: boolean;
  /** One notice per part of the link that was not used. */
  notices: Notice[];
}

/** The same with the notices worded in the current language (for callers that only show text). */

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
  const teacher = extras.teacher;
  const coded = extras.audience !== 'teacher' && teacher ? new Set(teacher.hiddenInputs) : new Set<string>();
  const hidden = new URLSearchParams();
  for (const path of Object.keys(selection.overrides).sort()) {
    const value = selection.overrides[path];
    if (scenario && publishedValue(scenario, path) === value) continue;
    if (coded.has(path)) hidden.set(path, String(value));
    else params.set(`set.${path}`, String(value));
  }
  if (extras.locale) params.set('lang', extras.locale);
  if (teacher) {
    if (teacher.lockedInputs.length > 0) params.set('lock', [...teacher.lockedInputs].sort().join(','));
    if (teacher.hiddenInputs.length > 0) params.set('hide', [...teacher.hiddenInputs].sort().join(','));
    if (teacher.hideOutcomes) params.set('hideOutcomes', '1');
    if (teacher.predictFirst) params.set('predict', '1');
  }
  if ([...hidden.keys()].length > 0) params.set('hidden', base64urlEncode(hidden.toString()));
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
export function readShareLink(text: unknown, scenarios: readonly Scenario[], options: DecodeOptions = {}): ReadShareLink {
  const fallbackId = scenarios.some((s) => s.id === options.defaultScenarioId) ? options.defaultScenarioId! : (scenarios[0]?.id ?? '');
  const seed = options.defaultSeed ?? DEFAULT_SEED;
  const result: ReadShareLink = {
    selection: { scenarioId: fallbackId, overrides: {}, seed },
    locale: null,
    teacher: null,
    present: false,
    notices: [],
  };
  try {
    readLink(text, scenarios, result);
  } catch {
    // Nothing above should throw; if something exotic does, the link is dropped whole.
    result.selection = { scenarioId: fallbackId, overrides: {}, seed };
    result.locale = null;
    result.teacher = null;
    result.notices = [notice('link/unreadable')];
  }
  return result;
}

function readLink(text: unknown, scenarios: readonly Scenario[], result: ReadShareLink): void {
  if (typeof text !== 'string' || text === '') return;
  const warn = (item: Notice) => {
    if (!result.notices.some((n) => sameNotice(n, item))) result.notices.push(item);
  };
  if (text.length > MAX_LINK_LENGTH) {
    result.present = true;
    warn(notice('link/too-long', { length: text.length, max: MAX_LINK_LENGTH }));
    return;
  }
  const query = queryOf(text);
  if (query === '') return;
  const entries = [...new URLSearchParams(query)];
  if (entries.length === 0) return;
  result.present = true;
  if (entries.length > MAX_LINK_PARAMS) {
    warn(notice('link/too-many-parts', { count: entries.length }));
    return;
  }

  // First value of each key; repeats are reported (a link should say each thing once).
  const first = new Map<string, string>();
  for (const [key, value] of entries) {
    if (first.has(key)) warn(notice('link/duplicate', { name: safeText(key) }));
    else first.set(key, value);
  }

  const version = first.get('v');
  let applyInputs = true;
  if (version === undefined) {
    warn(notice('link/no-version'));
  } else if (version !== String(MODEL_VERSION)) {
    applyInputs = false;
    warn(notice('link/other-version', { linkVersion: safeText(version), version: String(MODEL_VERSION) }));
  }

  const selection = result.selection;
  const scenarioId = first.get('scenario');
  let scenario = scenarios.find((s) => s.id === selection.scenarioId);
  if (scenarioId === undefined) {
    warn(notice('link/no-scenario'));
  } else {
    const found = scenarios.find((s) => s.id === scenarioId);
    if (found) {
      selection.scenarioId = found.id;
      scenario = found;
    } else {
      warn(notice('link/unknown-scenario', { id: safeText(scenarioId) }));
    }
  }

  const seedText = first.get('seed');
  if (seedText !== undefined) {
    const seed = checkSeed(seedText);
    if (seed.ok) selection.seed = seed.seed;
    else warn(notice('link/seed-invalid', { seed: selection.seed, problem: seed.problem }));
  }

  const objective = first.get('objective');
  if (objective !== undefined) {
    if (isObjective(objective)) {
      if (objective !== scenario?.objective.kind) selection.objective = objective;
    } else {
      warn(notice('link/objective-unknown', { objective: safeText(objective) }));
    }
  }

  const lang = first.get('lang');
  if (lang !== undefined) {
    if (isLocale(lang)) result.locale = lang;
    else warn(notice('link/language-unknown', { lang: safeText(lang) }));
  }

  // Inputs: `set.<path>=value`, then the coded values of hidden inputs (`hidden=`), checked alike.
  const inputs: [string, string][] = [];
  for (const [key, raw] of first) if (key.startsWith('set.')) inputs.push([key.slice(4), raw]);
  const codedText = first.get('hidden');
  if (codedText !== undefined && applyInputs) {
    const decoded = base64urlDecode(codedText);
    if (decoded === null) warn(notice('link/hidden-unreadable'));
    else {
      const seen = new Set(inputs.map(([path]) => path));
      for (const [path, raw] of [...new URLSearchParams(decoded)].slice(0, MAX_LINK_PARAMS)) {
        if (seen.has(path)) continue; // a plain `set.` value of the same input wins
        seen.add(path);
        inputs.push([path, raw]);
      }
    }
  }
  const overrides: Overrides = {};
  for (const [path, raw] of inputs) {
    if (!applyInputs) continue;
    const spec = findInput(path);
    if (!spec) {
      warn(notice('link/input-unknown', { input: safeText(path) }));
      continue;
    }
    if (!NUMBER.test(raw.trim()) || raw.length > 32) {
      warn(notice('link/value-not-number', { input: path }));
      continue;
    }
    let value = Number(raw.trim());
    const problem = checkOverrides({ [path]: value })[0];
    if (problem) {
      warn(notice('link/value-out-of-range', { input: path, min: spec.min, max: spec.max }));
      continue;
    }
    if (spec.integer && !Number.isInteger(value)) {
      value = Math.round(value);
      warn(notice('link/value-rounded', { input: path, value }));
    }
    if (scenario && publishedValue(scenario, path) === value) continue;
    overrides[path] = value;
  }
  selection.overrides = overrides;

  const teacher = readTeacher(first, warn);
  if (teacher) result.teacher = teacher;

  for (const key of first.keys()) {
    if (!LINK_KEYS.has(key) && !key.startsWith('set.')) warn(notice('link/part-unknown', { name: safeText(key) }));
  }
}

function readTeacher(first: Map<string, string>, warn: (item: Notice) => void): TeacherSettings | null {
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
        warn(notice('link/teacher-unknown-input', { input: safeText(path) }));
      }
    }
    return out;
  };
  settings.hiddenInputs = readList('hide');
  settings.lockedInputs = readList('lock').filter((p) => !settings.hiddenInputs.includes(p));
  for (const [key, field] of [
    ['hideOutcomes', 'hideOutcomes'],
    ['predict', 'predictFirst'],
  ] as const) {
    const raw = first.get(key);
    if (raw === undefined) continue;
    if (raw === '1' || raw === '0') settings[field] = raw === '1';
    else warn(notice('link/teacher-flag-invalid', { name: key }));
  }
  return settings;
}
