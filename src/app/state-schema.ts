// The one schema of the app's kept and shared state, and its one set of validators. Storage
// (src/app/storage.ts), share links (src/app/share-link.ts), the set-up and analysis seed fields and
// the store's reducer all check values here, so a seed, scenario id, objective, theme, locale or
// changed input is valid or not everywhere alike.
//
// Pure: no DOM, no wording. A problem is a Notice (a code and its parameters); the page words it in
// its language when it shows it (src/ui/kit/notices.ts), which is after the locale is known.
import { checkOverrides, findInput } from '../model/inputs';
import type { ObjectiveKind, Overrides } from '../model/types';
import { OBJECTIVE_KINDS } from '../model/scenario-schema';

// ---------------------------------------------------------------------------------------------
// Notices: what storage, share links and the validators report, as codes with parameters.

export type NoticeCode =
  // Storage (src/app/storage.ts)
  | 'storage/off'
  | 'storage/denied'
  | 'storage/newer-version'
  | 'storage/unreadable-backed-up'
  | 'storage/unreadable-no-copy'
  | 'storage/dropped-backed-up'
  | 'storage/dropped-no-copy'
  | 'storage/setting-invalid'
  | 'storage/selection-unreadable'
  | 'storage/seed-invalid'
  | 'storage/override-dropped'
  | 'storage/objective-invalid'
  // The saved set-up was made with an older model version (its inputs are kept; results may differ)
  | 'storage/selection-older-model'
  | 'storage/customs-not-list'
  | 'storage/customs-rejected'
  | 'storage/not-saved-off'
  | 'storage/not-saved-full'
  | 'storage/not-saved-refused'
  | 'storage/custom-limit'
  | 'storage/customs-shipped-id'
  | 'storage/customs-duplicate-id'
  | 'storage/customs-over-limit'
  | 'storage/not-saved-newer'
  // Teacher settings read from storage (src/app/teacher.ts)
  | 'teacher/unreadable'
  | 'teacher/flag-invalid'
  | 'teacher/list-invalid'
  | 'teacher/unknown-input'
  // An input that cannot be hidden (the troop level) was named as hidden; it is shown
  | 'teacher/not-hideable'
  // A locked input kept its locked value when a scenario was chosen, imported or replaced
  | 'teacher/lock-kept'
  // Share links (src/app/share-link.ts)
  | 'link/unreadable'
  | 'link/too-long'
  | 'link/too-many-parts'
  | 'link/duplicate'
  | 'link/no-version'
  | 'link/other-version'
  | 'link/older-version'
  | 'link/no-scenario'
  | 'link/unknown-scenario'
  | 'link/seed-invalid'
  | 'link/objective-unknown'
  | 'link/language-unknown'
  | 'link/input-unknown'
  | 'link/value-not-number'
  | 'link/value-out-of-range'
  | 'link/value-rounded'
  | 'link/teacher-unknown-input'
  | 'link/teacher-flag-invalid'
  | 'link/part-unknown'
  | 'link/hidden-unreadable'
  // A link opened in a page already showing the app (src/app/main.ts)
  | 'link/applied'
  | 'link/declined'
  // A seed typed in a field (Set up, Analysis)
  | 'seed/invalid'
  // An imported scenario file (src/app/kit.ts)
  | 'import/shipped-id'
  // The shipped scenario files (src/app/main.ts)
  | 'scenarios/unreadable';

export type NoticeParams = Readonly<Record<string, string | number>>;

/** One thing the page should tell the user, not yet in words. */
export interface Notice {
  code: NoticeCode;
  params?: NoticeParams;
}

export function notice(code: NoticeCode, params?: NoticeParams): Notice {
  return params ? { code, params } : { code };
}

export function sameNotice(a: Notice, b: Notice): boolean {
  if (a.code !== b.code) return false;
  const ka = Object.keys(a.params ?? {});
  const kb = Object.keys(b.params ?? {});
  return ka.length === kb.length && ka.every((k) => a.params![k] === b.params?.[k]);
}

/** At most 40 characters of plain letters, digits and . _ : -, for echoing bad data in a message. */
export function safeText(value: unknown): string {
  const text = typeof value === 'string' ? value : String(value);
  const clean = text.replace(/[^A-Za-z0-9 ._:-]/g, '?');
  return clean.length > 40 ? `${clean.slice(0, 40)}…` : clean;
}

// ---------------------------------------------------------------------------------------------
// Seeds: ONE rule. A seed is 1 to 64 characters (Unicode code points), not all spaces, with no
// control character, no invisible formatting character (bidirectional marks, zero-width joiners and
// spaces, soft hyphens), no line or paragraph separator and no unpaired surrogate. So "año 3",
// "東京 2025" and "😀" are seeds; "", "   ", a 65-character text, "a\u0000b" and "a\u202eb" are not.
// Share links carry a valid seed losslessly (UTF-8 percent-encoding).

export const SEED_MAX_LENGTH = 64;
export const DEFAULT_SEED = '42';

/** Why a seed is not valid. */
export type SeedProblem = 'not-text' | 'empty' | 'too-long' | 'unprintable';

export type SeedCheck = { ok: true; seed: string } | { ok: false; problem: SeedProblem };

const UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/u;

export function checkSeed(raw: unknown): SeedCheck {
  if (typeof raw !== 'string') return { ok: false, problem: 'not-text' };
  if (raw.trim() === '') return { ok: false, problem: 'empty' };
  // Code points, so an emoji counts once; an unpaired surrogate is caught below.
  let length = 0;
  for (const _ of raw) {
    length += 1;
    if (length > SEED_MAX_LENGTH) return { ok: false, problem: 'too-long' };
  }
  if (UNPRINTABLE.test(raw)) return { ok: false, problem: 'unprintable' };
  return { ok: true, seed: raw };
}

export function isValidSeed(raw: unknown): raw is string {
  return checkSeed(raw).ok;
}

// ---------------------------------------------------------------------------------------------
// Scenario ids, objectives, themes, locales, changed inputs.

export const SCENARIO_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function isScenarioId(raw: unknown): raw is string {
  return typeof raw === 'string' && raw.length <= 64 && SCENARIO_ID.test(raw);
}

export const OBJECTIVES: readonly ObjectiveKind[] = OBJECTIVE_KINDS;

export function isObjective(raw: unknown): raw is ObjectiveKind {
  return typeof raw === 'string' && (OBJECTIVES as readonly string[]).includes(raw);
}

export type Theme = 'standard' | 'high-contrast';
export const THEMES: readonly Theme[] = ['standard', 'high-contrast'];

export function isTheme(raw: unknown): raw is Theme {
  return typeof raw === 'string' && (THEMES as readonly string[]).includes(raw);
}

export type Locale = 'en' | 'es';
export const LOCALES: readonly Locale[] = ['en', 'es'];

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * The locale to start in: a saved choice if there is one, else the first of the browser's languages
 * (navigator.languages) that the app has ("es-VE" → es), else English.
 */
export function pickLocale(saved: unknown, browserLanguages: readonly string[] = []): Locale {
  if (isLocale(saved)) return saved;
  for (const tag of browserLanguages) {
    const base = typeof tag === 'string' ? tag.toLowerCase().split('-')[0] : '';
    if (isLocale(base)) return base;
  }
  return 'en';
}

/** True when `value` may be the changed value of the input at `path` (known path, finite, in bounds). */
export function isValidOverride(path: string, value: unknown): value is number {
  return typeof value === 'number' && findInput(path) !== undefined && checkOverrides({ [path]: value }).length === 0;
}

/** Only the valid entries of `raw`, as a plain object (no inherited keys). */
export function validOverrides(raw: Overrides): Overrides {
  const out: Overrides = {};
  for (const [path, value] of Object.entries(raw)) if (isValidOverride(path, value)) out[path] = value;
  return out;
}

// ---------------------------------------------------------------------------------------------
// The selection: which scenario, which inputs changed, which seed, which objective.

export interface Selection {
  scenarioId: string;
  overrides: Overrides;
  seed: string;
  /** The objective the player chose in set-up, when it differs from the scenario's own. */
  objective?: ObjectiveKind;
}

/** A stable text key of a selection (scenario, objective, sorted overrides, seed). */
export function keyOf(selection: Selection): string {
  const overrides = Object.keys(selection.overrides)
    .sort()
    .map((k) => `${k}=${selection.overrides[k]}`)
    .join('&');
  return `${selection.scenarioId}|${selection.objective ?? ''}|${overrides}|${selection.seed}`;
}
