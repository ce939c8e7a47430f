// Run-time translation, gettext style: the English text is the key, so code stays readable and a
// missing Spanish entry falls back to English instead of showing a key. Numbers and dates go through
// Intl for the current locale. Output is plain text for textContent, never HTML: parameters are
// inserted as they are and nothing here builds markup.
import { ES, type MessageKey } from './locales/es';
import { isLocale, LOCALES, pickLocale, type Locale } from '../app/state-schema';

export { isLocale, LOCALES, pickLocale, type Locale, type MessageKey };

/** The language tag Intl is given for each locale (en-GB: the app's existing number style). */
const INTL_TAG: Record<Locale, string> = { en: 'en-GB', es: 'es' };
const CATALOGUES: Record<Locale, Readonly<Record<string, string>> | null> = { en: null, es: ES };

export type Params = Record<string, string | number>;

/**
 * Where the current locale lives. In the app it is the store (src/app/store.ts: `state.locale`,
 * connected by src/app/main.ts); before that, and in node tests, a plain variable here. t() and the
 * formatters read it on every call, so text worded after a switch is in the new language.
 */
export interface LocaleSource {
  get(): Locale;
  set(locale: Locale): void;
  /** Calls `listener` after each real change; returns the unsubscribe. */
  subscribe(listener: (locale: Locale) => void): () => void;
}

function memorySource(): LocaleSource {
  let value: Locale = 'en';
  const heard = new Set<(locale: Locale) => void>();
  return {
    get: () => value,
    set(locale) {
      if (locale === value) return;
      value = locale;
      if (typeof document !== 'undefined') document.documentElement.lang = locale;
      for (const listener of [...heard]) listener(locale);
    },
    subscribe(listener) {
      heard.add(listener);
      return () => heard.delete(listener);
    },
  };
}

const memory = memorySource();
let source: LocaleSource = memory;
const listeners = new Set<(locale: Locale) => void>();
const forward = (locale: Locale) => {
  for (const listener of [...listeners]) listener(locale);
};
let unforward = source.subscribe(forward);
const missing = new Set<string>();

/**
 * Read (and set) the locale through `next` from now on; returns a function that goes back to the
 * module's own variable. Listeners of onLocaleChange keep listening across the switch.
 */
export function connectLocale(next: LocaleSource): () => void {
  unforward();
  source = next;
  unforward = source.subscribe(forward);
  return () => {
    if (source !== next) return;
    unforward();
    source = memory;
    unforward = source.subscribe(forward);
  };
}

export function getLocale(): Locale {
  return source.get();
}

/** The BCP 47 tag for Intl and for <html lang>. */
export function localeTag(locale: Locale = getLocale()): string {
  return INTL_TAG[locale];
}

/** Switch language; listeners run only on a real change. Returns false for an unknown locale. */
export function setLocale(locale: string): boolean {
  if (!isLocale(locale)) return false;
  if (locale !== source.get()) source.set(locale);
  return true;
}

export function onLocaleChange(listener: (locale: Locale) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Translate `key` (the English text) and fill its {placeholders}. Numbers are formatted for the
 * locale (pass a string to keep a number such as a year or a seed as it is).
 */
export function t(key: MessageKey, params?: Params): string {
  return lookup(key, params);
}

function lookup(key: string, params?: Params): string {
  const catalogue = CATALOGUES[getLocale()];
  let text = key;
  if (catalogue) {
    const found = Object.prototype.hasOwnProperty.call(catalogue, key) ? catalogue[key] : undefined;
    if (found !== undefined) text = found;
    else missing.add(key);
  }
  return params ? interpolate(text, params) : text;
}

/**
 * Translate text that comes from data rather than code (INPUTS labels and help, outcome words):
 * the same lookup as t(), kept apart so the source scan only asks literal t() keys of the code.
 */
export function tData(text: string, params?: Params): string {
  return lookup(text, params);
}

/**
 * Plural: picks `one` or `other` (both English keys) by the locale's plural rule for `count`,
 * translates it and fills {count} and the other parameters.
 */
export function tn(one: MessageKey, other: MessageKey, count: number, params?: Params): string {
  const form = pluralRules(getLocale()).select(count) === 'one' ? one : other;
  return t(form, { ...params, count });
}

/** English keys asked for in a non-English locale that have no entry yet (for development). */
export function missingTranslations(): string[] {
  return [...missing].sort();
}

/** The {names} a text uses, sorted: a translation must use the same ones as its key. */
export function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
}

function interpolate(text: string, params: Params): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!Object.prototype.hasOwnProperty.call(params, name)) return whole;
    const value = params[name];
    return typeof value === 'number' ? formatNumber(value) : value;
  });
}

// ---------------------------------------------------------------------------------------------
// Formatting through Intl, cached per locale and options.

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const pluralCache = new Map<Locale, Intl.PluralRules>();

function numberFormat(options: Intl.NumberFormatOptions, locale: Locale): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(INTL_TAG[locale], options);
    numberFormats.set(key, format);
  }
  return format;
}

function pluralRules(locale: Locale): Intl.PluralRules {
  let rules = pluralCache.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(INTL_TAG[locale]);
    pluralCache.set(locale, rules);
  }
  return rules;
}

/** A number with at most `maxDigits` decimals (default 2), grouped for the locale. */
export function formatNumber(value: number, maxDigits = 2, locale: Locale = getLocale()): string {
  if (!Number.isFinite(value)) return String(value);
  return numberFormat({ maximumFractionDigits: maxDigits }, locale).format(value);
}

/** A whole number, grouped for the locale: 10000 → "10,000" (en) or "10.000" (es). */
export function formatInteger(value: number, locale: Locale = getLocale()): string {
  if (!Number.isFinite(value)) return String(value);
  return numberFormat({ maximumFractionDigits: 0 }, locale).format(Math.round(value));
}

/**
 * A share as a percentage: 0.423 → "42%" (en) or "42 %" (es). With no `digits`, a small non-zero
 * share keeps one decimal so that 0.4% is not shown as 0%.
 */
export function formatPercent(share: number, digits?: number, locale: Locale = getLocale()): string {
  if (!Number.isFinite(share)) return String(share);
  const p = Math.abs(share * 100);
  const d = digits ?? (p !== 0 && p < 1 ? 1 : 0);
  return numberFormat({ style: 'percent', minimumFractionDigits: d, maximumFractionDigits: d }, locale).format(share);
}

const DATE_LIKE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * A date for the locale. Takes a Date or a scenario date string ("2025", "2025-10", "2025-10-31")
 * and shows only the parts it has: "October 2025" / "octubre de 2025". Read in UTC, so the day never
 * shifts with the computer's time zone. Text that is not a date comes back unchanged.
 */
export function formatDate(date: Date | string, locale: Locale = getLocale()): string {
  let when: Date;
  let parts: 'year' | 'month' | 'day' = 'day';
  if (typeof date === 'string') {
    const m = DATE_LIKE.exec(date);
    if (!m) return date;
    when = new Date(Date.UTC(Number(m[1]), m[2] ? Number(m[2]) - 1 : 0, m[3] ? Number(m[3]) : 1));
    parts = m[3] ? 'day' : m[2] ? 'month' : 'year';
  } else {
    when = date;
  }
  if (Number.isNaN(when.getTime())) return typeof date === 'string' ? date : '';
  const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
  if (parts !== 'year') options.month = 'long';
  if (parts === 'day') options.day = 'numeric';
  const key = `${locale}|${parts}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_TAG[locale], options);
    dateFormats.set(key, format);
  }
  return format.format(when);
}
