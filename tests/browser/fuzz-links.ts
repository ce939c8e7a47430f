// The share-link fuzzer's seeded link generator and its oracle, shared by the node test
// (tests/app/share-link-fuzz.test.ts: every link through the boot decoder) and the browser test
// (tests/browser/fuzz-url.test.ts: a sample of the same links as real fresh page loads).
// No browser dependency: plain node, seedrandom and the app's own modules.
//
// A link is a page address relative to the app ("?fz=<index>&<query>#<fragment>"). The fz
// parameter makes every link's address before the fragment different, so opening it in a page that
// shows another link is a full load and the app boots (and decodes) again. At boot the app calls
// bootState (src/app/boot.ts) with `location.hash`, which reads the link with readShareLink;
// appHash() gives that string for a link the way the URL standard parses it, and decodeAtBoot()
// calls the same two functions the same way, with a fresh storage holding only the walkthrough's
// "seen" mark (as the browser test's pages have).
import seedrandom from 'seedrandom';
import { checkOverrides, findInput, INPUTS, publishedValue } from '../../src/model/inputs';
import { MODEL_VERSION } from '../../src/model/parameters';
import type { ObjectiveKind, Overrides, Scenario } from '../../src/model/types';
import { encodeShareLink, readShareLink, type ReadShareLink } from '../../src/app/share-link';
import { bootLinkText, bootState, DEFAULT_SCENARIO_ID } from '../../src/app/boot';
import { isValidSeed, type Locale, type Selection } from '../../src/app/state-schema';
import { LEGACY_WALKTHROUGH_KEY, type StorageLike } from '../../src/app/storage';
import { canHide, defaultTeacherSettings, type TeacherSettings } from '../../src/app/teacher';
import { wordNotice } from '../../src/ui/kit/notices';
import { isLocale, setLocale } from '../../src/ui/i18n';

/** navigator.languages of the browser test's Chromium. */
export const BROWSER_LANGUAGES = ['en-US'];

const PWN = 'window.__pwned=1';
export const HOSTILE = [
  `<script>${PWN}</script>`,
  `"><script>${PWN}</script>`,
  `'><img src=x onerror="${PWN}">`,
  `<img src=x onerror=${PWN}>`,
  `<svg onload=${PWN}>`,
  `javascript:${PWN}`,
  `" onmouseover="${PWN}`,
  `{{constructor.constructor('${PWN}')()}}`,
  `\${${PWN}}`,
  `</title><script>${PWN}</script>`,
  `<iframe src="javascript:${PWN}">`,
  `alert(1)`,
  `<script>alert(1)</script>`,
  `__proto__`,
  `constructor`,
  `prototype`,
  `toString`,
];
const ODD = [
  '',
  ' ',
  '0',
  '-1',
  '1e308',
  'NaN',
  'Infinity',
  '-0',
  '1e-320',
  '99999999999999999999',
  '0x10',
  '１２',
  'null',
  'undefined',
  'true',
  '%',
  '%E0%A4%A',
  '%00',
  '%FF%FE',
  '\u0000',
  '\u202e',
  '😀',
  'é',
  '\n',
  '#',
  '?',
  '&',
  '=',
  '..',
  '/',
  'x'.repeat(5000),
];
const KEYS = ['v', 'scenario', 'objective', 'seed', 'lang', 'lock', 'hide', 'hideOutcomes', 'predict', ...INPUTS.map((i) => `set.${i.path}`), 'set.unknown', 'set.__proto__', '__proto__', 'constructor'];
const SCREENS = ['choose', 'setup', 'play', 'debrief', 'analysis', '', 'nope', '<script>', 'constructor', '__proto__'];
const GOOD = {
  v: ['1', '2'],
  scenario: ['venezuela-2025-buildup', 'panama-1989', 'grenada-1983', 'venezuela-limited'],
  objective: ['capital', 'country', 'limited'],
  lang: ['en', 'es', 'fr'],
  lock: ['intervener.troops', 'defender.cohesion,defender.posture'],
};
const SEED_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 _.:-';
/** Seeds beyond ASCII, which links carry UTF-8 percent-encoded. */
const WIDE_SEEDS = ['año 3', '東京 2025', '😀', 'ça va', 'Ωmega-7', '१२३'];
const OBJECTIVES: ObjectiveKind[] = ['capital', 'country', 'limited'];

type Random = () => number;

function pick<T>(random: Random, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)];
}

function value(random: Random, key: string): string {
  const roll = random();
  if (roll < 0.35) return pick(random, HOSTILE);
  if (roll < 0.6) return pick(random, ODD);
  if (roll < 0.8 && Object.hasOwn(GOOD, key)) return pick(random, GOOD[key as keyof typeof GOOD]);
  return String(Math.round((random() - 0.3) * 10 ** Math.floor(random() * 9)));
}

function encode(random: Random, text: string): string {
  const roll = random();
  if (roll < 0.5) return encodeURIComponent(text);
  if (roll < 0.8) return text.replace(/[#&\s]/g, (c) => encodeURIComponent(c)); // raw markup, as a hostile link would
  return text; // entirely raw
}

/** What a well-formed link should decode to (for the links built from a valid set-up). */
export interface Intended {
  selection: Selection;
  locale: Locale | null;
  teacher: TeacherSettings | null;
}

export interface FuzzLink {
  index: number;
  /** valid: a real set-up, encoded by the app or by hand; mutated: a valid link with one part spoiled;
   * random: random and hostile keys and values; hash: a hostile fragment with no query. */
  mode: 'valid' | 'mutated' | 'random' | 'hash';
  /** Relative to the app's address: "?fz=<index>…#…". */
  url: string;
  /** For valid links: what the decoder must return. */
  intended?: Intended;
}

function randomSeed(random: Random): string {
  if (random() < 0.15) return pick(random, WIDE_SEEDS);
  const n = 1 + Math.floor(random() * (random() < 0.9 ? 12 : 64));
  let s = '';
  for (let i = 0; i < n; i++) s += pick(random, [...SEED_CHARS]);
  return s.trim() === '' ? `x${s.slice(1)}` : s; // a seed is not all spaces
}

function randomNumberText(random: Random, min: number, max: number, integer: boolean): string {
  const roll = random();
  let v: number;
  if (roll < 0.08) v = min;
  else if (roll < 0.16) v = max;
  else v = min + random() * (max - min);
  if (integer) return String(Math.round(v));
  const digits = Math.floor(random() * 5);
  const rounded = v.toFixed(digits);
  // Rounding may leave the bounds when they are not whole (0.79 → "1" above a maximum of 0.8).
  const text = Number(rounded) > max ? String(max) : Number(rounded) < min ? String(min) : rounded;
  // Number("1.50") === 1.5: the decoder must accept trailing zeros and an exponent form too.
  if (random() < 0.1 && Number(text) !== 0) return Number(text).toExponential();
  return text;
}

/** A valid set-up and its link: either the app's own encoder or a hand-made link in another order/form. */
function validLink(random: Random, scenarios: readonly Scenario[]): { fragment: string; params: [string, string][]; intended: Intended } {
  const scenario = pick(random, scenarios);
  const overrides: Overrides = {};
  const raw: [string, string][] = [];
  const share = random() < 0.5 ? 0.15 : 0.6;
  for (const spec of INPUTS) {
    if (random() >= share) continue;
    const text = randomNumberText(random, spec.min, spec.max, spec.integer);
    raw.push([`set.${spec.path}`, text]);
    const v = Number(text);
    if (publishedValue(scenario, spec.path) !== v) overrides[spec.path] = v;
  }
  const selection: Selection = { scenarioId: scenario.id, overrides, seed: randomSeed(random) };
  const objective = random() < 0.5 ? pick(random, OBJECTIVES) : undefined;
  if (objective && objective !== scenario.objective.kind) selection.objective = objective;
  const locale: Locale | null = random() < 0.6 ? pick(random, ['en', 'es'] as Locale[]) : null;
  let teacher: TeacherSettings | null = null;
  const teacherParams: [string, string][] = [];
  if (random() < 0.4) {
    teacher = defaultTeacherSettings();
    const paths = INPUTS.map((i) => i.path).filter(() => random() < 0.2);
    // A valid link hides only inputs that can be hidden (the troop level cannot: app/teacher.ts).
    teacher.hiddenInputs = paths.filter((p) => random() < 0.4 && canHide(p));
    teacher.lockedInputs = paths.filter((p) => !teacher!.hiddenInputs.includes(p));
    teacher.hideOutcomes = random() < 0.5;
    teacher.predictFirst = random() < 0.5;
    if (teacher.lockedInputs.length) teacherParams.push(['lock', teacher.lockedInputs.join(',')]);
    if (teacher.hiddenInputs.length) teacherParams.push(['hide', teacher.hiddenInputs.join(',')]);
    // Hand-made links may say "0" for off; the app's own encoder leaves an off flag out.
    if (teacher.hideOutcomes || random() < 0.5) teacherParams.push(['hideOutcomes', teacher.hideOutcomes ? '1' : '0']);
    if (teacher.predictFirst || random() < 0.5) teacherParams.push(['predict', teacher.predictFirst ? '1' : '0']);
    if (teacherParams.length === 0) teacher = null;
  }
  const params: [string, string][] = [['v', String(MODEL_VERSION)], ['scenario', scenario.id], ['seed', selection.seed], ...raw, ...teacherParams];
  if (objective) params.push(['objective', objective]);
  if (locale) params.push(['lang', locale]);
  const intendedTeacher = teacher && { ...teacher, lockedInputs: [...teacher.lockedInputs], hiddenInputs: [...teacher.hiddenInputs] };
  const intended: Intended = { selection, locale, teacher: intendedTeacher };
  const route = pick(random, ['#/setup?', '#/setup?', '#/choose?', '#/play?', '#/analysis?', '#?', '#']);
  if (random() < 0.4 && route === '#/setup?' && !teacherParams.some(([, v]) => v === '0')) {
    // The app's own encoder (sorted, published values left out).
    return { fragment: encodeShareLink(selection, { locale: locale ?? undefined, teacher: teacher ?? undefined }, scenario), params, intended };
  }
  // By hand: shuffled order, each part percent-encoded one way or another.
  for (let i = params.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [params[i], params[j]] = [params[j], params[i]];
  }
  const body = params.map(([k, v]) => `${encodeURIComponent(k)}=${random() < 0.5 ? encodeURIComponent(v) : encodeURIComponent(v).replace(/%20/g, '+').replace(/%2C/g, ',').replace(/%3A/g, ':')}`).join('&');
  return { fragment: route + body, params, intended };
}

/** One part of a valid link spoiled: a hostile or odd value, a repeat, an unknown part, a wrong version. */
function mutatedLink(random: Random, scenarios: readonly Scenario[]): string {
  const { params } = validLink(random, scenarios);
  const roll = random();
  if (roll < 0.45) {
    const at = Math.floor(random() * params.length);
    params[at] = [params[at][0], random() < 0.5 ? pick(random, HOSTILE) : pick(random, ODD)];
  } else if (roll < 0.6) {
    params.push([...pick(random, params)] as [string, string]);
  } else if (roll < 0.7) {
    params.push([pick(random, [...HOSTILE, 'set.unknown', 'zoom', 'set.', 'set.intervener']), value(random, 'x')]);
  } else if (roll < 0.8) {
    params[0] = ['v', pick(random, ['0', '2', '1.0', '', ' 1', '999'])];
  } else if (roll < 0.9) {
    params.splice(Math.floor(random() * 2), 1); // no version or no scenario
  } else {
    const spec = pick(random, INPUTS);
    params.push([`set.${spec.path}`, pick(random, [String(spec.max * 2 + 1), String(spec.min - 1), `${spec.max}0`, '1e999', String(spec.min + 0.5)])]);
  }
  return '#/setup?' + params.map(([k, v]) => `${encode(random, k)}=${encode(random, v)}`).join('&');
}

/** The old URL fuzzer's random links: random keys and values, hostile routes, a page query sometimes. */
function randomLink(random: Random): { query: string; fragment: string } {
  const params: string[] = [];
  const n = Math.floor(random() * 8);
  for (let i = 0; i < n; i++) {
    const key = random() < 0.9 ? pick(random, KEYS) : pick(random, HOSTILE);
    params.push(`${encode(random, key)}=${encode(random, value(random, key))}`);
  }
  const screen = random() < 0.15 ? encode(random, pick(random, HOSTILE)) : pick(random, SCREENS);
  const roll = random();
  const fragment = roll < 0.05 ? '' : `#/${screen}${params.length ? '?' + params.join('&') : ''}`;
  const query = random() < 0.2 ? params.join('&') : '';
  return { query, fragment };
}

/** The first `count` links of the seeded sequence (link i is the same whatever the count). */
export function makeLinks(seed: string, count: number, scenarios: readonly Scenario[]): FuzzLink[] {
  const random = seedrandom(seed);
  const links: FuzzLink[] = [];
  for (let index = 0; index < count; index++) {
    const roll = random();
    let link: FuzzLink;
    if (roll < 0.3) {
      const { fragment, intended } = validLink(random, scenarios);
      link = { index, mode: 'valid', url: `?fz=${index}${fragment}`, intended };
    } else if (roll < 0.5) {
      link = { index, mode: 'mutated', url: `?fz=${index}${mutatedLink(random, scenarios)}` };
    } else if (roll < 0.93) {
      const { query, fragment } = randomLink(random);
      link = { index, mode: 'random', url: `?fz=${index}${query ? '&' + query : ''}${fragment}` };
    } else {
      link = { index, mode: 'hash', url: `?fz=${index}#${encode(random, pick(random, HOSTILE))}` };
    }
    links.push(link);
  }
  return links;
}

/** `location.hash` for a link, as the URL standard parses it (Node's URL and Chromium agree). */
export function appHash(url: string): string {
  return new URL(url, 'http://127.0.0.1/').hash;
}

/** What the app reads its link from at boot (src/app/main.ts): the fragment, or a query link when the fragment has none. */
export function appBootText(url: string, scenarios: readonly Scenario[]): { text: string; fromQuery: boolean } {
  const parsed = new URL(url, 'http://127.0.0.1/');
  return bootLinkText(parsed.search, parsed.hash, scenarios);
}

export type Outcome = 'decoded' | 'fallback' | 'none';

/** The set-up the app opens: the booted state's selection, language and teacher settings. */
export interface BootedSetUp {
  selection: Selection;
  locale: Locale;
  teacher: TeacherSettings;
}

export interface BootVerdict {
  /** decoded: a share link, used whole; fallback: a share link with parts replaced by safe defaults,
   * each with a plain-text message; none: no share link in the address (the usual set-up). */
  outcome: Outcome;
  /** readShareLink's answer (what the link holds, its problems as notice codes). */
  link: ReadShareLink;
  setUp: BootedSetUp;
  /** The messages, worded in the language the app opens in, one per notice. */
  messages: string[];
  /** What #notice shows: the messages as one paragraph. */
  notice: string;
  /** The share fragment the app's Share dialog must show for the set-up it opened. */
  shareFragment: string;
  /** Everything wrong with the answer (empty when it is sound). */
  problems: string[];
}

/** A fresh browser storage with only the walkthrough's "seen" mark, as the browser test's pages have. */
function freshStorage(): StorageLike {
  const items = new Map<string, string>([[LEGACY_WALKTHROUGH_KEY, '1']]);
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, String(value)),
    removeItem: (key) => void items.delete(key),
  };
}

/**
 * Boot the app on a link in node: bootState({ hash }) as main.ts calls it, and readShareLink as
 * bootState calls it (for the link's own answer: present or not, its notice codes). Never throws: a
 * throw is reported as a problem. Leaves the i18n module in English.
 */
export function decodeAtBoot(hash: string, scenarios: readonly Scenario[]): BootVerdict {
  const problems: string[] = [];
  const fallbackId = scenarios.some((s) => s.id === DEFAULT_SCENARIO_ID) ? DEFAULT_SCENARIO_ID : scenarios[0].id;
  let link: ReadShareLink = { selection: { scenarioId: fallbackId, overrides: {}, seed: '42' }, locale: null, teacher: null, present: false, notices: [] };
  let setUp: BootedSetUp = { selection: link.selection, locale: 'en', teacher: defaultTeacherSettings() };
  let messages: string[] = [];
  try {
    link = readShareLink(hash, scenarios, { defaultScenarioId: fallbackId });
    const { state } = bootState({ shipped: scenarios, storage: freshStorage(), hash, languages: BROWSER_LANGUAGES });
    setUp = { selection: state.selection, locale: state.locale, teacher: state.classroom.teacher };
    setLocale(state.locale);
    messages = state.notices.map(wordNotice);
  } catch (err) {
    problems.push(`boot threw: ${(err as Error)?.stack ?? String(err)}`);
  } finally {
    setLocale('en');
  }
  // The decoder's catch-all: something inside it threw and the whole link was dropped.
  if (link.notices.some((n) => n.code === 'link/unreadable')) problems.push('the decoder threw inside (its catch-all fallback answered)');
  problems.push(...validate(setUp, scenarios), ...validate({ selection: link.selection, locale: link.locale ?? 'en', teacher: link.teacher ?? defaultTeacherSettings() }, scenarios));
  for (const m of messages) {
    // Plain text only: nothing a careless innerHTML could turn into markup or script.
    if (typeof m !== 'string' || m.trim() === '') problems.push(`empty or non-text message ${JSON.stringify(m)}`);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
    else if (/[<>&`\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/.test(m)) problems.push(`message is not plain text: ${JSON.stringify(m)}`);
    else if (m.length > 400) problems.push(`message longer than 400 characters: ${m.slice(0, 80)}…`);
  }
  const outcome: Outcome = !link.present ? 'none' : link.notices.length === 0 ? 'decoded' : 'fallback';
  if (outcome === 'none') {
    if (link.notices.length > 0) problems.push(`no link, yet notices: ${JSON.stringify(link.notices)}`);
    if (messages.length > 0) problems.push(`no link, yet messages at boot: ${JSON.stringify(messages)}`);
    if (JSON.stringify(setUp.selection) !== JSON.stringify({ scenarioId: fallbackId, overrides: {}, seed: '42' })) problems.push(`no link, yet a changed set-up: ${JSON.stringify(setUp.selection)}`);
  } else if (messages.length !== link.notices.length) {
    problems.push(`${link.notices.length} notices from the link but ${messages.length} messages at boot`);
  }
  if (outcome === 'fallback' && messages.length === 0) problems.push('a fallback with no message');
  const scenario = scenarios.find((s) => s.id === setUp.selection.scenarioId);
  let shareFragment = '';
  try {
    shareFragment = encodeShareLink(setUp.selection, { locale: setUp.locale, teacher: setUp.teacher }, scenario);
  } catch (err) {
    problems.push(`encoder threw on the booted set-up: ${String(err)}`);
  }
  return { outcome, link, setUp, messages, notice: messages.join(' '), shareFragment, problems };
}

/** Every number finite and inside the catalogue's bounds, a known scenario, a valid seed. */
export function validate(setUp: BootedSetUp, scenarios: readonly Scenario[]): string[] {
  const problems: string[] = [];
  const { selection } = setUp;
  if (!scenarios.some((s) => s.id === selection.scenarioId)) problems.push(`unknown scenario ${JSON.stringify(selection.scenarioId)}`);
  if (!isValidSeed(selection.seed)) problems.push(`invalid seed ${JSON.stringify(selection.seed)}`);
  if (Object.getPrototypeOf(selection.overrides) !== Object.prototype) problems.push('overrides is not a plain object');
  for (const [path, v] of Object.entries(selection.overrides)) {
    const spec = findInput(path);
    if (!spec) problems.push(`override of unknown input ${JSON.stringify(path)}`);
    else if (typeof v !== 'number' || !Number.isFinite(v)) problems.push(`${path} = ${String(v)} is not a finite number`);
    else if (v < spec.min || v > spec.max) problems.push(`${path} = ${v} outside ${spec.min}..${spec.max}`);
    else if (spec.integer && !Number.isInteger(v)) problems.push(`${path} = ${v} is not a whole number`);
  }
  if (checkOverrides(selection.overrides).length > 0) problems.push(`checkOverrides: ${JSON.stringify(checkOverrides(selection.overrides))}`);
  if (selection.objective !== undefined && !OBJECTIVES.includes(selection.objective)) problems.push(`unknown objective ${JSON.stringify(selection.objective)}`);
  if (!isLocale(setUp.locale)) problems.push(`unknown language ${JSON.stringify(setUp.locale)}`);
  const tch = setUp.teacher;
  for (const p of [...tch.lockedInputs, ...tch.hiddenInputs]) if (!findInput(p)) problems.push(`teacher setting for unknown input ${JSON.stringify(p)}`);
  if (typeof tch.hideOutcomes !== 'boolean' || typeof tch.predictFirst !== 'boolean') problems.push('teacher flags are not booleans');
  if (({} as Record<string, unknown>).polluted !== undefined || ({} as Record<string, unknown>).__pwned !== undefined) problems.push('Object.prototype was polluted');
  return problems;
}

/** For a valid link: the link decodes, with no notice, to exactly the set-up it was made from. */
export function checkIntended(link: FuzzLink, verdict: BootVerdict): string[] {
  if (!link.intended) return [];
  const problems: string[] = [];
  const read = verdict.link;
  if (verdict.outcome !== 'decoded') problems.push(`a valid link did not decode cleanly (${verdict.outcome}): ${JSON.stringify(read.notices)}`);
  const sortKeys = (o: Overrides) => JSON.stringify(Object.fromEntries(Object.entries(o).sort()));
  const want = link.intended.selection;
  const got = read.selection;
  if (got.scenarioId !== want.scenarioId || got.seed !== want.seed || got.objective !== want.objective || sortKeys(got.overrides) !== sortKeys(want.overrides)) {
    problems.push(`set-up differs: want ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
  }
  if (read.locale !== link.intended.locale) problems.push(`language: want ${link.intended.locale}, got ${read.locale}`);
  // Locked values are recorded from the set-up at boot (a lock pins its value): compared apart, not here.
  const norm = (s: TeacherSettings | null) => (s ? JSON.stringify({ ...s, lockedInputs: [...s.lockedInputs].sort(), hiddenInputs: [...s.hiddenInputs].sort(), lockedValues: undefined }) : 'null');
  if (norm(read.teacher) !== norm(link.intended.teacher)) problems.push(`teacher: want ${norm(link.intended.teacher)}, got ${norm(read.teacher)}`);
  // And the app opens on it: the booted set-up is the link's.
  if (sortKeys(verdict.setUp.selection.overrides) !== sortKeys(want.overrides) || verdict.setUp.selection.seed !== want.seed || verdict.setUp.selection.scenarioId !== want.scenarioId) {
    problems.push(`the app booted on ${JSON.stringify(verdict.setUp.selection)}, not the link's set-up`);
  }
  if (norm(verdict.setUp.teacher) !== norm(link.intended.teacher ?? defaultTeacherSettings())) problems.push(`the app booted with teacher settings ${norm(verdict.setUp.teacher)}`);
  return problems;
}

/** Counts of outcomes, for the summary line. */
export function tally(verdicts: readonly { outcome: Outcome }[]): Record<Outcome, number> {
  const counts: Record<Outcome, number> = { decoded: 0, fallback: 0, none: 0 };
  for (const v of verdicts) counts[v.outcome]++;
  return counts;
}
