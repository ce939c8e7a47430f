// Share links: round trips of real set-ups, and a hostile set where every bad part falls back to a
// safe default with a plain-text message, nothing throws and nothing from the link runs.
import seedrandom from 'seedrandom';
import { afterEach, describe, expect, it } from 'vitest';
import { checked } from '../engine/checked';
import { checkOverrides, INPUTS, publishedValue } from '../../src/model/inputs';
import { MODEL_VERSION } from '../../src/model/parameters';
import type { ObjectiveKind, Overrides } from '../../src/model/types';
import { encodeShareLink, MAX_LINK_LENGTH, readShareLink, shareUrl } from '../../src/app/share-link';
import { decodeShareLink, type DecodedShareLink } from '../../src/ui/kit/notices';
import { isValidSeed, type Selection } from '../../src/app/state-schema';
import { defaultTeacherSettings } from '../../src/app/teacher';
import { setLocale } from '../../src/ui/i18n';
import { ES as CATALOGUE } from '../../src/ui/locales/es';

/** The Spanish catalogue indexed by any string (its own type only admits the code's keys). */
const ES: Readonly<Record<string, string>> = CATALOGUE;
import { shippedScenarios } from './fixtures';
import { scanFiles } from './i18n-scan';

const scenarios = shippedScenarios();
const ids = scenarios.map((s) => s.id);
const buildup = scenarios.find((s) => s.id === 'venezuela-2025-buildup')!;
const FIRST = scenarios[0].id;

afterEach(() => {
  setLocale('en');
});

/**
 * Every warning the decoder can give is one of the link notices' sentences (the t('…') keys of
 * src/ui/kit/notices.ts, where the decoder's codes are worded, in English or as the Spanish catalogue
 * has them) with only the placeholders filled in: turned into patterns here, so a warning is checked
 * for its words, not just its type.
 */
const WARNING_PATTERNS: RegExp[] = (() => {
  const keys = [...new Set(scanFiles(['src/ui/kit/notices.ts']).keys.map((k) => k.key))];
  const pattern = (template: string) => new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\w+\}/g, '.*')}$`, 's');
  return keys.flatMap((key) => [pattern(key), ...(ES[key] ? [pattern(ES[key])] : [])]);
})();

/** What must hold for any decoded link, however hostile. */
function expectSafe(decoded: DecodedShareLink, link?: unknown): void {
  expect(ids).toContain(decoded.selection.scenarioId);
  expect(isValidSeed(decoded.selection.seed)).toBe(true);
  expect(checkOverrides(decoded.selection.overrides)).toEqual([]);
  expect(Object.getPrototypeOf(decoded.selection.overrides)).toBe(Object.prototype);
  for (const path of Object.keys(decoded.selection.overrides)) expect(INPUTS.some((i) => i.path === path)).toBe(true);
  const objective = decoded.selection.objective;
  if (objective !== undefined) {
    // An objective is kept only when the link asks for one the scenario does not already have.
    const scenario = scenarios.find((s) => s.id === decoded.selection.scenarioId)!;
    expect(objective).not.toBe(scenario.objective.kind);
    // …and it comes from the link itself (percent-escapes of single characters undone).
    const plain = (text: string) => text.replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    if (typeof link === 'string') expect(plain(link)).toContain(`objective=${objective}`);
  }
  for (const w of decoded.warnings) {
    // One of the decoder's own sentences, placeholders aside.
    expect(
      WARNING_PATTERNS.some((p) => p.test(w)),
      w,
    ).toBe(true);
    // Plain text only: nothing a careless innerHTML could turn into markup or script.
    expect(w).not.toMatch(/[<>&`]/);
    expect(w.length).toBeLessThan(400);
  }
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

function randomSelection(rng: () => number): { selection: Selection; locale: 'en' | 'es' } {
  const scenario = scenarios[Math.floor(rng() * scenarios.length)];
  const overrides: Overrides = {};
  for (const spec of INPUTS) {
    if (rng() < 0.4) {
      let value = spec.min + rng() * (spec.max - spec.min);
      value = spec.integer ? Math.round(value) : Math.round(value / spec.step) * spec.step;
      value = Math.min(spec.max, Math.max(spec.min, Number(value.toFixed(6))));
      // A value equal to the published one is no change, and links leave it out.
      if (value !== publishedValue(scenario, spec.path)) overrides[spec.path] = value;
    }
  }
  const kinds: ObjectiveKind[] = ['capital', 'country', 'limited'];
  const objective = kinds.filter((k) => k !== scenario.objective.kind)[Math.floor(rng() * 2)];
  const selection: Selection = { scenarioId: scenario.id, overrides, seed: `class-${Math.floor(rng() * 1e6)}` };
  if (rng() < 0.5) selection.objective = objective;
  return { selection, locale: rng() < 0.5 ? 'en' : 'es' };
}

describe('round trip', () => {
  it('reproduces 300 random set-ups exactly, with no warning', () => {
    const rng = seedrandom('share-link-round-trip');
    const objectives = checked("round trips with an objective other than the scenario's");
    for (let i = 0; i < 300; i++) {
      const { selection, locale } = randomSelection(rng);
      const teacher = defaultTeacherSettings();
      teacher.lockedInputs = rng() < 0.5 ? ['intervener.troops', 'defender.cohesion'] : [];
      teacher.hiddenInputs = rng() < 0.5 ? ['population.hostility'] : [];
      teacher.hideOutcomes = rng() < 0.5;
      teacher.predictFirst = rng() < 0.5;
      const scenario = scenarios.find((s) => s.id === selection.scenarioId)!;
      const link = encodeShareLink(selection, { locale, teacher }, scenario);
      const decoded = decodeShareLink(link, scenarios);
      expect(decoded.warnings).toEqual([]);
      expect(decoded.present).toBe(true);
      expect(decoded.selection).toEqual(selection);
      expect(decoded.locale).toBe(locale);
      const anyTeacher = teacher.lockedInputs.length + teacher.hiddenInputs.length > 0 || teacher.hideOutcomes || teacher.predictFirst;
      if (anyTeacher) {
        expect(decoded.teacher).toEqual({ ...teacher, lockedInputs: [...teacher.lockedInputs].sort() });
      } else {
        expect(decoded.teacher).toBeNull();
      }
      expectSafe(decoded, link);
      if (selection.objective !== undefined) objectives.hit();
    }
    objectives.atLeast(100);
  });

  it('puts the model version, scenario, seed and every changed input in the fragment, sorted', () => {
    const a = encodeShareLink({ scenarioId: buildup.id, seed: '7', overrides: { 'defender.cohesion': 0.5, 'intervener.troops': 50000 } });
    const b = encodeShareLink({ scenarioId: buildup.id, seed: '7', overrides: { 'intervener.troops': 50000, 'defender.cohesion': 0.5 } });
    expect(a).toBe(b);
    expect(a).toBe(`#/setup?v=${MODEL_VERSION}&scenario=venezuela-2025-buildup&seed=7&set.defender.cohesion=0.5&set.intervener.troops=50000`);
  });

  it('leaves out a "change" equal to the published value, and decoding drops one too', () => {
    const published = publishedValue(buildup, 'intervener.troops')!;
    const link = encodeShareLink({ scenarioId: buildup.id, seed: '1', overrides: { 'intervener.troops': published } }, {}, buildup);
    expect(link).not.toContain('set.');
    const handMade = `#/setup?v=${MODEL_VERSION}&scenario=${buildup.id}&seed=1&set.intervener.troops=${published}`;
    expect(decodeShareLink(handMade, scenarios).selection.overrides).toEqual({});
  });

  it('reads the link from a full URL whose page has its own query and fragment', () => {
    const selection: Selection = { scenarioId: 'panama-1989', seed: 'abc', overrides: { 'defender.regulars': 16000 } };
    const url = shareUrl('https://school.example/threshold/index.html?utm=x#/play', selection, { locale: 'es' });
    expect(url.startsWith('https://school.example/threshold/index.html?utm=x#/setup?')).toBe(true);
    const decoded = decodeShareLink(url, scenarios);
    expect(decoded.selection).toEqual(selection);
    expect(decoded.locale).toBe('es');
    // The query-before-fragment form (a link pasted by hand) is read too.
    const search = `https://school.example/?v=${MODEL_VERSION}&scenario=panama-1989&seed=abc#/choose`;
    expect(decodeShareLink(search, scenarios).selection.scenarioId).toBe('panama-1989');
  });

  it('an ordinary app URL is not a share link: nothing to apply, no warning', () => {
    for (const text of ['', '#/setup', '#/play', 'https://school.example/threshold/#/debrief', 'https://school.example/']) {
      const decoded = decodeShareLink(text, scenarios, { defaultScenarioId: buildup.id });
      expect(decoded.present).toBe(false);
      expect(decoded.warnings).toEqual([]);
      expect(decoded.selection).toEqual({ scenarioId: buildup.id, overrides: {}, seed: '42' });
    }
  });
});

describe('hostile and malformed links', () => {
  const v = `v=${MODEL_VERSION}`;
  const base = `${v}&scenario=${buildup.id}&seed=9`;
  const cases: Array<{ name: string; link: unknown; warn: RegExp | null; check?: (d: DecodedShareLink) => void }> = [
    {
      name: 'unknown scenario id',
      link: `#/setup?${v}&scenario=atlantis&seed=3&set.intervener.troops=20000`,
      warn: /does not have \(atlantis\)/,
      check: (d) => {
        expect(d.selection.scenarioId).toBe(FIRST);
        expect(d.selection.overrides).toEqual({ 'intervener.troops': 20000 });
      },
    },
    {
      name: 'script in the scenario id',
      link: `#/setup?${v}&scenario=%3Cscript%3Ealert(1)%3C%2Fscript%3E`,
      warn: /does not have/,
      check: (d) => expect(d.selection.scenarioId).toBe(FIRST),
    },
    {
      name: 'HTML in a value is not a number',
      link: `#/setup?${base}&set.intervener.troops=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E`,
      warn: /not a number/,
      check: (d) => expect(d.selection.overrides).toEqual({}),
    },
    { name: 'javascript: URL as a value', link: `#/setup?${base}&set.defender.cohesion=javascript:alert(1)`, warn: /not a number/ },
    { name: 'unknown input path', link: `#/setup?${base}&set.defender.tanks=5`, warn: /unknown input \(defender.tanks\)/ },
    {
      name: 'prototype pollution attempts',
      link: `#/setup?${base}&set.__proto__.polluted=1&set.constructor=1&__proto__=x&constructor.prototype.polluted=1`,
      warn: /unknown input/,
      check: (d) => expect(Object.keys(d.selection.overrides)).toEqual([]),
    },
    { name: 'out of range (cohesion 2)', link: `#/setup?${base}&set.defender.cohesion=2`, warn: /outside 0 to 1/ },
    { name: 'negative troops', link: `#/setup?${base}&set.intervener.troops=-5000`, warn: /outside 0 to 1,000,000/ },
    { name: 'overflow to Infinity', link: `#/setup?${base}&set.intervener.troops=1e999`, warn: /not a number|outside/ },
    { name: 'NaN', link: `#/setup?${base}&set.intervener.troops=NaN`, warn: /not a number/ },
    { name: 'Infinity', link: `#/setup?${base}&set.intervener.troops=Infinity`, warn: /not a number/ },
    { name: 'hex number', link: `#/setup?${base}&set.intervener.troops=0x10`, warn: /not a number/ },
    { name: 'grouped digits', link: `#/setup?${base}&set.intervener.troops=50,000`, warn: /not a number/ },
    { name: 'empty value', link: `#/setup?${base}&set.intervener.troops=`, warn: /not a number/ },
    {
      name: 'fraction of a troop is rounded',
      link: `#/setup?${base}&set.intervener.troops=50000.7`,
      warn: /rounded to 50,001/,
      check: (d) => expect(d.selection.overrides).toEqual({ 'intervener.troops': 50001 }),
    },
    {
      name: 'another model version keeps the scenario, drops the changed inputs',
      link: `#/setup?v=999&scenario=panama-1989&seed=5&set.intervener.troops=1000`,
      warn: new RegExp(`model version 999; this copy runs version ${MODEL_VERSION}`),
      check: (d) => {
        expect(d.selection.scenarioId).toBe('panama-1989');
        expect(d.selection.overrides).toEqual({});
      },
    },
    {
      name: 'no model version: applied, with a warning',
      link: `#/setup?scenario=panama-1989&seed=5&set.intervener.troops=1000`,
      warn: /does not say which model version/,
      check: (d) => expect(d.selection.overrides).toEqual({ 'intervener.troops': 1000 }),
    },
    {
      name: 'over-long link is refused whole',
      link: `#/setup?${base}&set.intervener.troops=20000&pad=${'a'.repeat(MAX_LINK_LENGTH)}`,
      warn: /too long/,
      check: (d) => {
        expect(d.selection).toEqual({ scenarioId: FIRST, overrides: {}, seed: '42' });
        expect(d.present).toBe(true);
      },
    },
    {
      name: 'too many parts',
      link: `#/setup?${base}&${Array.from({ length: 80 }, (_, i) => `x${i}=1`).join('&')}`,
      warn: /too many parts/,
      check: (d) => expect(d.selection.scenarioId).toBe(FIRST),
    },
    {
      name: 'duplicate keys: the first value wins',
      link: `#/setup?${base}&set.intervener.troops=20000&set.intervener.troops=900000&scenario=panama-1989`,
      warn: /more than once/,
      check: (d) => {
        expect(d.selection.scenarioId).toBe(buildup.id);
        expect(d.selection.overrides).toEqual({ 'intervener.troops': 20000 });
      },
    },
    {
      name: 'seed with a control character',
      link: `#/setup?${v}&scenario=${buildup.id}&seed=a%00b`,
      warn: /seed is not valid/,
      check: (d) => expect(d.selection.seed).toBe('42'),
    },
    {
      name: 'seed with a bidirectional override (looks like another seed)',
      link: `#/setup?${v}&scenario=${buildup.id}&seed=abc%E2%80%AEdef`,
      warn: /seed is not valid/,
      check: (d) => expect(d.selection.seed).toBe('42'),
    },
    { name: 'empty seed', link: `#/setup?${v}&scenario=${buildup.id}&seed=`, warn: /seed is not valid/ },
    { name: 'blank seed', link: `#/setup?${v}&scenario=${buildup.id}&seed=+++`, warn: /seed is not valid/ },
    { name: 'over-long seed', link: `#/setup?${v}&scenario=${buildup.id}&seed=${'s'.repeat(65)}`, warn: /seed is not valid/ },
    {
      name: 'markup in a seed is only text (a seed is never markup; it is shown with textContent)',
      link: `#/setup?${v}&scenario=${buildup.id}&seed=%3Cb%3Ehi%3C%2Fb%3E`,
      warn: null,
      check: (d) => expect(d.selection.seed).toBe('<b>hi</b>'),
    },
    { name: 'unknown objective', link: `#/setup?${base}&objective=annex`, warn: /objective \(annex\) is unknown/ },
    { name: 'unknown language', link: `#/setup?${base}&lang=fr`, warn: /language this app does not have \(fr\)/ },
    { name: 'unknown part', link: `#/setup?${base}&onload=alert(1)`, warn: /does not know \(onload\)/ },
    { name: 'teacher flag not 1 or 0', link: `#/setup?${base}&predict=yes`, warn: /should be 1 or 0/ },
    { name: 'teacher lock of an unknown input', link: `#/setup?${base}&lock=intervener.troops,evil.path`, warn: /locks or hides an unknown input \(evil.path\)/ },
    { name: 'broken percent-encoding', link: `#/setup?${v}&scenario=%E0%A4%A&seed=%ZZ`, warn: /does not have|seed is not valid/ },
    { name: 'control characters', link: `#/setup?${v}&scenario=%00%0A%0D&seed=%00`, warn: /does not have/ },
    { name: 'no scenario named', link: `#/setup?${v}&seed=3`, warn: /names no scenario/ },
    { name: 'not a string (number)', link: 42, warn: null },
    {
      name: 'not a string (object)',
      link: {
        toString: () => {
          throw new Error('boom');
        },
      },
      warn: null,
    },
    { name: 'null', link: null, warn: null },
  ];

  for (const c of cases) {
    it(c.name, () => {
      let decoded!: DecodedShareLink;
      expect(() => {
        decoded = decodeShareLink(c.link, scenarios);
      }).not.toThrow();
      expectSafe(decoded, c.link);
      if (c.warn) {
        expect(
          decoded.warnings.some((w) => c.warn!.test(w)),
          decoded.warnings.join(' | '),
        ).toBe(true);
      } else {
        expect(decoded.warnings).toEqual([]);
        if (typeof c.link !== 'string') expect(decoded.present).toBe(false);
      }
      c.check?.(decoded);
    });
  }

  it('a script payload never comes back in markup form, only reduced to plain characters', () => {
    const decoded = decodeShareLink(`#/setup?${v}&scenario=%22%3E%3Csvg%20onload%3Dalert(1)%3E`, scenarios);
    expect(decoded.warnings.join(' ')).toContain('??svg onload?alert?1??');
  });

  it('survives 3,000 seeded random mutations of a valid link', () => {
    const rng = seedrandom('share-link-fuzz');
    const valid = encodeShareLink(
      { scenarioId: buildup.id, seed: 'x', objective: 'capital', overrides: { 'intervener.troops': 25000, 'defender.cohesion': 0.6 } },
      { locale: 'es', teacher: { lockedInputs: ['intervener.troops'], hiddenInputs: [], hideOutcomes: true, predictFirst: true } },
    );
    const alphabet = '&=?#%.,;:/<>"\'`\\ 0123456789abcdefxyzAZ_-+eE\u0000\u202e\ud800';
    const warned = checked('mutated links that gave a warning');
    const kept = checked('mutated links that kept an objective');
    for (let i = 0; i < 3000; i++) {
      const chars = [...valid];
      const edits = 1 + Math.floor(rng() * 6);
      for (let e = 0; e < edits; e++) {
        const at = Math.floor(rng() * (chars.length + 1));
        const op = rng();
        const c = alphabet[Math.floor(rng() * alphabet.length)];
        if (op < 0.4) chars.splice(at, 0, c);
        else if (op < 0.7) chars.splice(at, 1);
        else chars[at] = c;
      }
      const link = chars.join('');
      const decoded = decodeShareLink(link, scenarios);
      expectSafe(decoded, link);
      warned.hit(decoded.warnings.length > 0);
      if (decoded.selection.objective !== undefined) kept.hit();
    }
    // The mutations do reach the checks inside expectSafe: many links warn, many keep the objective.
    warned.atLeast(300);
    kept.atLeast(300);
  });
});

describe('messages follow the language', () => {
  it('warns in Spanish, with numbers formatted for Spanish', () => {
    setLocale('es');
    const decoded = decodeShareLink(`#/setup?v=${MODEL_VERSION}&scenario=${buildup.id}&seed=1&set.intervener.troops=-1`, scenarios);
    expect(decoded.warnings).toEqual(['El enlace da a «Tropas de intervención» un valor fuera del intervalo de 0 a 1.000.000; se ha usado el valor publicado.']);
  });
});

describe('the one seed rule (src/app/state-schema.ts): seeds travel losslessly', () => {
  const SEEDS = ['año 3', 'Año 3', '東京 2025', 'Ελλάδα-7', 'Москва', 'مرحبا', 'naïve café', '😀🎲', 'a+b&c=d#e?f%g/h', '  padded  ', '\u00a0nbsp', 'x'.repeat(64), '🎲'.repeat(64)];

  it('every printable seed of up to 64 characters round-trips through a share link, with no notice', () => {
    for (const seed of SEEDS) {
      const selection: Selection = { scenarioId: buildup.id, overrides: { 'intervener.troops': 20000 }, seed };
      const link = encodeShareLink(selection, { locale: 'es' }, buildup);
      const read = readShareLink(link, scenarios);
      expect(read.notices, seed).toEqual([]);
      expect(read.selection, seed).toEqual(selection);
      // Through a full page URL too (the way the Share dialog makes it and a browser opens it).
      const url = new URL(shareUrl('https://school.example/threshold/', selection, {}, buildup));
      expect(readShareLink(url.hash, scenarios).selection.seed, seed).toBe(seed);
    }
  });

  it('the seed "año 3" is not replaced by 42 (it was, before the one rule)', () => {
    const decoded = decodeShareLink(encodeShareLink({ scenarioId: buildup.id, overrides: {}, seed: 'año 3' }), scenarios);
    expect(decoded.warnings).toEqual([]);
    expect(decoded.selection.seed).toBe('año 3');
  });

  it('an invalid seed is refused with a code (and its reason), and the default is kept visibly', () => {
    const cases: Array<[string, string]> = [
      ['', 'empty'],
      ['+++', 'empty'],
      ['s'.repeat(65), 'too-long'],
      ['🎲'.repeat(65), 'too-long'],
      ['a%00b', 'unprintable'],
      ['a%0Ab', 'unprintable'],
      ['a%E2%80%8Bb', 'unprintable'],
      ['a%E2%80%AEb', 'unprintable'],
    ];
    for (const [raw, problem] of cases) {
      const read = readShareLink(`#/setup?v=${MODEL_VERSION}&scenario=${buildup.id}&seed=${raw}`, scenarios);
      expect(read.notices, raw).toEqual([{ code: 'link/seed-invalid', params: { seed: '42', problem } }]);
      expect(read.selection.seed).toBe('42');
    }
  });

  it('notices are codes: the same link words its notice in English or Spanish, whichever is current', () => {
    const read = readShareLink(`#/setup?v=${MODEL_VERSION}&scenario=${buildup.id}&seed=a%00b&set.intervener.troops=-1`, scenarios);
    expect(read.notices.map((n) => n.code)).toEqual(['link/seed-invalid', 'link/value-out-of-range']);
    const english = decodeShareLink(`#/setup?v=${MODEL_VERSION}&scenario=${buildup.id}&seed=a%00b`, scenarios).warnings;
    setLocale('es');
    const spanish = decodeShareLink(`#/setup?v=${MODEL_VERSION}&scenario=${buildup.id}&seed=a%00b`, scenarios).warnings;
    expect(english[0]).toMatch(/^The link's seed is not valid/);
    expect(spanish[0]).toMatch(/^La semilla del enlace no es válida/);
  });
});
