// Translation: every literal t('…') / tn('…', '…') key in src/ui, src/view and src/app has a Spanish
// entry with the same placeholders; run-time switching; Intl formatting per locale; plurals.
import { afterEach, describe, expect, it } from 'vitest';
import { INPUTS } from '../../src/model/inputs';
import { formatDate, formatInteger, formatNumber, formatPercent, getLocale, missingTranslations, onLocaleChange, pickLocale, placeholders, setLocale, t, tData, tn } from '../../src/ui/i18n';
import { ES as CATALOGUE } from '../../src/ui/locales/es';

/** The Spanish catalogue indexed by any string (its own type only admits the code's keys). */
const ES: Readonly<Record<string, string>> = CATALOGUE;
import { ES_ANALYSIS } from '../../src/ui/locales/es-analysis';
import { ES_GAME } from '../../src/ui/locales/es-game';
import { ES_PLAY } from '../../src/ui/locales/es-play';
import { shippedScenarios } from './fixtures';
import { listSourceFiles, scanFiles, scanSource } from './i18n-scan';

afterEach(() => {
  setLocale('en');
});

const SOURCE_DIRS = ['src/ui', 'src/view', 'src/app'];
const files = SOURCE_DIRS.flatMap((dir) => listSourceFiles(dir)).filter((f) => !f.endsWith('ui/i18n.ts') && !f.includes('/locales/'));
const scan = scanFiles(files);

describe('the Spanish catalogue covers the code', () => {
  it('finds the keys of the kit modules (the scan itself works)', () => {
    expect(files.length).toBeGreaterThan(10);
    const keys = new Set(scan.keys.map((k) => k.key));
    expect(keys.has('The link names no scenario; the first scenario opened instead.')).toBe(true);
    expect(keys.has('Spot on')).toBe(true);
    // Both forms of a tn() call.
    expect(keys.has('{count} saved custom scenario did not pass the checks and was not loaded; it is kept in storage so nothing is lost.')).toBe(true);
    expect(keys.has('{count} saved custom scenarios did not pass the checks and were not loaded; they are kept in storage so nothing is lost.')).toBe(true);
  });

  it('every t() key in src/ui, src/view and src/app has a Spanish entry', () => {
    const missing = [...new Set(scan.keys.filter((k) => !Object.prototype.hasOwnProperty.call(ES, k.key)).map((k) => `${k.file}:${k.line}: ${JSON.stringify(k.key)}`))];
    expect(missing, `add these to src/ui/locales/es.ts:\n${missing.join('\n')}`).toEqual([]);
  });

  it('no t() call builds its key at run time (such a key can never be checked)', () => {
    const dynamic = scan.dynamic.map((k) => `${k.file}:${k.line}: t(${k.key}`);
    expect(dynamic, `use a literal key and {placeholders}:\n${dynamic.join('\n')}`).toEqual([]);
  });

  it('no English key is given two different translations by the part catalogues (the later would win silently)', () => {
    const parts: Record<string, Readonly<Record<string, string>>> = { ES_GAME, ES_ANALYSIS, ES_PLAY };
    const clashes: string[] = [];
    let compared = 0;
    for (const [key, value] of Object.entries(ES)) {
      for (const [name, part] of Object.entries(parts)) {
        if (!Object.prototype.hasOwnProperty.call(part, key)) continue;
        compared++;
        if (part[key] !== value) clashes.push(`${name} "${key}": ${part[key]} ≠ ${value}`);
      }
    }
    expect(clashes).toEqual([]);
    // Every key of every part catalogue was compared (the merged catalogue holds them all).
    expect(compared).toBe(Object.values(parts).reduce((a, part) => a + Object.keys(part).length, 0));
    expect(compared).toBeGreaterThan(0);
  });

  it('every Spanish entry keeps exactly the placeholders of its English key', () => {
    const wrong = Object.entries(ES)
      .filter(([en, es]) => placeholders(en).join() !== placeholders(es).join())
      .map(([en]) => en);
    expect(wrong).toEqual([]);
  });

  it('no Spanish entry is empty or left in English by mistake', () => {
    // Same text is allowed only where the word is the same in both languages.
    const same = new Set(['English', 'Español', 'Andes', 'Guayana']);
    const suspicious = Object.entries(ES).filter(([en, es]) => es.trim() === '' || (es === en && !same.has(en)));
    expect(suspicious).toEqual([]);
  });

  it("every shipped scenario's title, question and region names have Spanish entries", () => {
    const words = shippedScenarios().flatMap((s) => [s.title, s.question, ...s.regions.map((r) => r.name)]);
    expect(words.length).toBeGreaterThan(20);
    expect(words.filter((w) => !Object.prototype.hasOwnProperty.call(ES, w))).toEqual([]);
  });

  it('the shell screen names and every input label and help text have Spanish entries', () => {
    // Present, not blank, and really translated (not the English left in place).
    const translated = (en: string) => {
      expect(ES[en], en).toMatch(/\S/);
      expect(ES[en], en).not.toBe(en);
    };
    for (const word of ['Choose', 'Set up', 'Play', 'Debrief', 'Analysis', 'Help']) translated(word);
    expect(INPUTS.length).toBeGreaterThan(10);
    for (const spec of INPUTS) {
      translated(spec.label);
      translated(spec.help);
    }
  });
});

describe('the scanner', () => {
  it('reads quotes of all three kinds, escapes, multi-line calls and tn, and skips look-alikes', () => {
    const source = [
      "t('It\\'s {n}')",
      't("Double \\"quoted\\"")',
      't(`Back tick`)',
      "t(\n  'On the next line',\n  { a: 1 })",
      "tn('{count} run', '{count} runs', n)",
      "format('not a key'); x.t('not a key either'); set('nope'); const it = (t) => t",
      't(`dynamic ${x}`)',
      't(label)',
    ].join('\n');
    const found = scanSource(source, 'x.ts');
    expect(found.keys.map((k) => k.key)).toEqual(["It's {n}", 'Double "quoted"', 'Back tick', 'On the next line', '{count} run', '{count} runs']);
    expect(found.dynamic.map((k) => k.line)).toEqual([9, 10]);
  });
});

describe('t, tn and locale switching', () => {
  it('English is the key; Spanish is looked up; a missing entry falls back to English and is recorded', () => {
    expect(t('Play')).toBe('Play');
    expect(setLocale('es')).toBe(true);
    expect(getLocale()).toBe('es');
    expect(t('Play')).toBe('Jugar');
    // A literal key with no Spanish entry does not compile (MessageKey); text from data can still be
    // missing, and falls back to English.
    // @ts-expect-error: not a key of the Spanish catalogue
    expect(t('A sentence nobody translated')).toBe('A sentence nobody translated');
    expect(tData('Another sentence nobody translated')).toBe('Another sentence nobody translated');
    expect(missingTranslations()).toContain('Another sentence nobody translated');
    expect(missingTranslations()).toContain('A sentence nobody translated');
  });

  it('fills placeholders as plain text, formats numbers for the locale, leaves unknown ones', () => {
    expect(tData('{a} of {b} and {c}', { a: 12500, b: '<b>x</b>' })).toBe('12,500 of <b>x</b> and {c}');
    setLocale('es');
    expect(t('The link has too many parts ({count}); it was not used.', { count: 12500 })).toBe('El enlace tiene demasiadas partes (12.500); no se ha usado.');
  });

  it('tn picks the plural form by the locale rule', () => {
    const one = '{count} saved custom scenario did not pass the checks and was not loaded; it is kept in storage so nothing is lost.';
    const other = '{count} saved custom scenarios did not pass the checks and were not loaded; they are kept in storage so nothing is lost.';
    expect(tn(one, other, 1)).toMatch(/^1 saved custom scenario did/);
    expect(tn(one, other, 0)).toMatch(/^0 saved custom scenarios/);
    expect(tn(one, other, 3)).toMatch(/^3 saved custom scenarios/);
    setLocale('es');
    expect(tn(one, other, 1)).toMatch(/^1 escenario propio guardado no superó/);
    expect(tn(one, other, 2)).toMatch(/^2 escenarios propios guardados no superaron/);
    // Spanish has a "many" category for a million; it takes the "other" form.
    expect(tn(one, other, 1_000_000)).toMatch(/^1\.000\.000 escenarios/);
  });

  it('tData translates data-driven text (input labels) through the same catalogue', () => {
    setLocale('es');
    expect(tData('Intervention troops')).toBe('Tropas de intervención');
  });

  it('pickLocale: a saved choice first, then the browser languages, then English', () => {
    expect(pickLocale('es', ['en-US'])).toBe('es');
    expect(pickLocale(null, ['fr-FR', 'es-VE', 'en'])).toBe('es');
    expect(pickLocale('klingon', ['EN-gb'])).toBe('en');
    expect(pickLocale(undefined, ['fr', 'de'])).toBe('en');
    expect(pickLocale(undefined)).toBe('en');
  });

  it('listeners hear real changes only, and can unsubscribe; unknown locales are refused', () => {
    const heard: string[] = [];
    const stop = onLocaleChange((l) => heard.push(l));
    setLocale('es');
    setLocale('es');
    expect(setLocale('fr')).toBe(false);
    expect(getLocale()).toBe('es');
    setLocale('en');
    stop();
    setLocale('es');
    expect(heard).toEqual(['es', 'en']);
  });
});

describe('formatting for the locale', () => {
  it('numbers and integers', () => {
    expect(formatInteger(28405543)).toBe('28,405,543');
    expect(formatInteger(28405543, 'es')).toBe('28.405.543');
    expect(formatInteger(10000.4)).toBe('10,000');
    expect(formatNumber(0.355)).toBe('0.36');
    expect(formatNumber(1234.5, 2, 'es')).toBe('1234,5'); // Spanish groups from five digits
    expect(formatNumber(12345.25, 1, 'es')).toBe('12.345,3');
    expect(formatNumber(Number.NaN)).toBe('NaN');
  });

  it('percentages keep one decimal for a small non-zero share', () => {
    expect(formatPercent(0.423)).toBe('42%');
    expect(formatPercent(0.004)).toBe('0.4%');
    expect(formatPercent(0)).toBe('0%');
    expect(formatPercent(0.423, 1)).toBe('42.3%');
    expect(formatPercent(0.423, undefined, 'es')).toBe('42\u00a0%');
    expect(formatPercent(0.004, undefined, 'es')).toBe('0,4\u00a0%');
  });

  it('dates show the parts they have, in UTC, for the locale', () => {
    expect(formatDate('2025-10')).toBe('October 2025');
    expect(formatDate('2025-10', 'es')).toBe('octubre de 2025');
    expect(formatDate('1989-12-20')).toBe('20 December 1989');
    expect(formatDate('1989-12-20', 'es')).toBe('20 de diciembre de 1989');
    expect(formatDate('2025')).toBe('2025');
    expect(formatDate(new Date(Date.UTC(2026, 0, 3, 23, 30)), 'es')).toBe('3 de enero de 2026');
    expect(formatDate('not a date')).toBe('not a date');
    expect(formatDate(new Date(Number.NaN))).toBe('');
  });

  it('the default locale follows setLocale', () => {
    setLocale('es');
    expect(formatInteger(50000)).toBe('50.000');
    expect(formatDate('2025-10')).toBe('octubre de 2025');
  });
});
