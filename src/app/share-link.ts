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
//   pin=<salt hex>.<SHA-256 hex>  (the teacher's PIN, salted and hashed; links without it still load)
//   hidden=<base64url of "path=value&path=value">  (the values of hidden inputs, in a student link)
//
// Two audiences. The student link (the default, what Share shows and the QR code holds) never writes
// a hidden input's value as `set.<path>=…`: it travels coded in `hidden=`, so every laptop computes
// with the class's value but nobody reads it off the address bar or the projector. Coded is not
// encrypted: whoever decodes base64 can read it (there is no server to keep a secret). The teacher
// link writes every value in plain `set.` form, for the teacher's own records.
import { publishedValue } from '../model/inputs';
import { MODEL_VERSION } from '../model/parameters';
import type { Scenario } from '../model/types';
import { DEFAULT_SEED, notice, type Locale, type Selection } from './state-schema';
import type { TeacherSettings } from './teacher';
import { pinToText } from './teacher-pin';
import { queryOf, readLink } from './share-link-read';
import { LINK_KEYS, MAX_LINK_LENGTH, type DecodeOptions, type ReadShareLink } from './share-link-types';

export { MAX_LINK_LENGTH, MAX_LINK_PARAMS, type DecodeOptions, type ReadShareLink } from './share-link-types';

export { DEFAULT_SEED };

const SCREEN = 'setup';

export interface ShareExtras {
  locale?: Locale;
  teacher?: TeacherSettings;
  /** 'student' (default): hidden inputs' values are coded in `hidden=`; 'teacher': every value readable. */
  audience?: 'student' | 'teacher';
}

function base64urlEncode(text: string): string {
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
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
    // The PIN's salted hash, so a class opening the link is locked too (never the PIN itself).
    if (teacher.pin) params.set('pin', pinToText(teacher.pin));
  }
  if ([...hidden.keys()].length > 0) params.set('hidden', base64urlEncode(hidden.toString()));
  return `#/${SCREEN}?${params.toString()}`;
}

/** A full URL: the page address without its own fragment, plus the share fragment. */
export function shareUrl(pageUrl: string, selection: Selection, extras: ShareExtras = {}, scenario?: Scenario): string {
  const hash = pageUrl.indexOf('#');
  return (hash >= 0 ? pageUrl.slice(0, hash) : pageUrl) + encodeShareLink(selection, extras, scenario);
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
