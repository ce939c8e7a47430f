// Reading a share link: the part of src/app/share-link.ts that takes a link apart and checks every
// piece against the one schema (src/app/state-schema.ts), keeping what is valid and warning about
// the rest with notice codes. Never throws and never evaluates anything.
// link writes every value in plain `set.` form, for the teacher's own records.
import { checkOverrides, findInput, publishedValue } from '../model/inputs';
import { MODEL_VERSION, OLDER_MODEL_VERSIONS } from '../model/parameters';
import type { Overrides, Scenario } from '../model/types';
import { checkSeed, isLocale, isObjective, notice, sameNotice, safeText, type Notice } from './state-schema';
import { defaultTeacherSettings, hideableOnly, type TeacherSettings } from './teacher';
import { pinFromText } from './teacher-pin';
import { LINK_KEYS, MAX_LINK_LENGTH, MAX_LINK_PARAMS, type ReadShareLink } from './share-link-types';

const NUMBER = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d{1,3})?$/;

function base64urlDecode(text: string): string | null {
  if (!/^[A-Za-z0-9_-]{1,1500}$/.test(text)) return null;
  try {
    return atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  } catch {
    return null;
  }
}

/**
 * The query part of a share link given as a full URL, a search string ("?…") or a fragment
 * ("#/setup?…" or "#…"). A query inside the fragment wins over the page's own query.
 */
export function queryOf(text: string): string {
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

export function readLink(text: unknown, scenarios: readonly Scenario[], result: ReadShareLink): void {
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
  } else if (OLDER_MODEL_VERSIONS.some((v) => String(v) === version)) {
    warn(notice('link/older-version', { linkVersion: safeText(version), version: String(MODEL_VERSION) }));
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
  const keys = ['lock', 'hide', 'hideOutcomes', 'predict', 'pin'];
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
  const problems: Notice[] = [];
  settings.hiddenInputs = hideableOnly(readList('hide'), problems);
  for (const problem of problems) warn(problem);
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
  const pin = first.get('pin');
  if (pin !== undefined) {
    const lock = pinFromText(pin);
    if (lock) settings.pin = lock;
    else warn(notice('link/teacher-flag-invalid', { name: 'pin' }));
  }
  return settings;
}
