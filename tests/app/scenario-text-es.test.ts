// Scenario-file text in Spanish (src/ui/locales/es-claims.ts, es-assumes.ts, es-sources.ts): every
// shipped scenario's "what this scenario assumes" paragraph and every claim's sentence, speaker and
// reasons have a Spanish entry; so do every scenario's source texts, notes and terrain reasons;
// and no translation translates a source's words: every passage inside quotation marks in the
// English stands unchanged inside quotation marks in the Spanish.
import { afterEach, describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/model/types';
import { SOURCES } from '../../src/model/sources';
import { setLocale, tData } from '../../src/ui/i18n';
import { ES as CATALOGUE } from '../../src/ui/locales/es';
import { ES_ASSUMES } from '../../src/ui/locales/es-assumes';
import { ES_CLAIMS } from '../../src/ui/locales/es-claims';
import { ES_SCENARIOS } from '../../src/ui/locales/es-scenarios';
import { ES_SOURCES } from '../../src/ui/locales/es-sources';
import { ES_SOURCES_HISTORY } from '../../src/ui/locales/es-sources-history';
import { ES_CASES_A } from '../../src/ui/locales/es-cases-a';
import { ES_CASES_B } from '../../src/ui/locales/es-cases-b';
import { ES_CASES_C } from '../../src/ui/locales/es-cases-c';
import { shippedScenarios } from './fixtures';

const ES: Readonly<Record<string, string>> = CATALOGUE;
const CLASS_NAMES = new Set(['stabilized', 'contested', 'failed', 'entry failed']);
const has = (key: string) => Object.hasOwn(ES, key);
const scenarios = shippedScenarios();
/** A speaker that is an outlet or author of the bibliography is a name: it stays as it is. */
const NAMES = new Set(SOURCES.flatMap((s) => [s.outlet, s.author]).filter((n): n is string => !!n));
/** Source texts made only of names, dates and quoted words: the same in Spanish, so no entry. */
const AS_WRITTEN = new Set([
  'Netherlands Ministry of Defence (2024): IFOR "was a robust, 60.000-strong multinational NATO implementation force"; FAMA Collection (2015): "IFOR was a 60,000-strong force"',
  'Library of Congress, Dominican Republic and Haiti: Country Studies (2001): "about 8,000 military and police when military rule was ended in 1994"',
  'Ministry of National Defence of Poland (2024): "At the time of the mission’s launch, KFOR had 50,000 troops from 30 countries"',
  'Wikipedia, Unified Task Force, 2025: "led by 28,000 US troops … totaling around 37,000 troops"',
]);

afterEach(() => {
  setLocale('en');
});

/** Every sourced record in a scenario (any object with a numeric value and a source text). */
function sourcedRecords(value: unknown, out: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (Array.isArray(value)) for (const v of value) sourcedRecords(v, out);
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.source === 'string' && 'value' in record) out.push(record);
    for (const [key, v] of Object.entries(record)) if (key !== 'claims') sourcedRecords(v, out);
  }
  return out;
}

/** The texts of a scenario's sourced values as the screens look them up (status-label.ts strips "Design choice: "). */
function sourceTexts(s: Scenario): string[] {
  const texts = sourcedRecords(s).flatMap((r) => [
    String(r.source)
      .replace(/^\s*design choice\s*[:.,;-]?\s*/i, '')
      .trim(),
    ...(typeof r.note === 'string' ? [r.note] : []),
  ]);
  return [...texts, ...s.regions.map((r) => r.terrainSource ?? '').filter(Boolean)];
}

/** The passages inside quotation marks ("…", “…”, «…»). */
function quoted(text: string): string[] {
  return [...text.matchAll(/"([^"]+)"|“([^”]+)”|«([^»]+)»/g)].map((m) => m[1] ?? m[2] ?? m[3]!);
}

describe('scenario-file text in Spanish', () => {
  it('every shipped scenario’s assumptions and claims (sentence, speaker, reasons) have an entry', () => {
    const texts = scenarios.flatMap((s) => [s.assumes, ...s.claims.flatMap((c) => [c.claim, c.who, ...c.checks.map((k) => k.why ?? '')])]).filter(Boolean);
    expect(texts.length).toBeGreaterThan(60);
    expect(texts.filter((text) => !has(text) && !NAMES.has(text))).toEqual([]);
  });

  it('every shipped scenario’s source texts, notes and terrain reasons have an entry', () => {
    expect(scenarios.filter((s) => s.id.startsWith('venezuela')).length).toBe(5);
    const texts = [...new Set(scenarios.flatMap(sourceTexts))];
    expect(texts.length).toBeGreaterThan(100);
    expect(texts.filter((text) => !has(text) && !AS_WRITTEN.has(text))).toEqual([]);
  });

  it('tData words them in Spanish once the page is Spanish', () => {
    const buildup = scenarios.find((s) => s.id === 'venezuela-2025-buildup')!;
    setLocale('es');
    expect(tData(buildup.assumes)).toMatch(/^Todo el personal estadounidense/);
    expect(tData(buildup.claims[0]!.claim)).toMatch(/^Con los 10\.000 efectivos de la región/);
    expect(tData(buildup.claims[0]!.who)).toBe('Expertos citados por el Financial Times');
  });

  it('no entry translates a source’s words: each quoted passage stands unchanged in quotation marks', () => {
    const parts: Record<string, Readonly<Record<string, string>>> = { ES_CLAIMS, ES_ASSUMES, ES_SOURCES, ES_SOURCES_HISTORY, ES_SCENARIOS, ES_CASES_A, ES_CASES_B, ES_CASES_C };
    const changed: string[] = [];
    let passages = 0;
    for (const [name, part] of Object.entries(parts)) {
      for (const [en, es] of Object.entries(part)) {
        const inSpanish = new Set(quoted(es));
        for (const passage of quoted(en)) {
          // The model's own class names are terms, shown in the reader's language (tests/model/quotes.test.ts MODEL_TERMS).
          if (CLASS_NAMES.has(passage)) continue;
          passages++;
          if (!inSpanish.has(passage)) changed.push(`${name}: "${passage}" in ${JSON.stringify(en.slice(0, 80))}`);
        }
      }
    }
    expect(passages).toBeGreaterThan(10);
    expect(changed).toEqual([]);
  });
});
