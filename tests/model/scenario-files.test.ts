// Every shipped scenario file parses, is fully sourced, and (for the Venezuela board) matches the
// census arithmetic of shared/reference/regions.md §0. The oracle here is the census counts, not
// the shares written in the files.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenario, scenarioToJson } from '../../src/engine/scenario';
import type { Scenario, Sourced } from '../../src/model/types';
import { isScenarioFileName, SCENARIO_SCHEMA_REF } from '../../src/model/scenario-schema';
import { CLAIM_SUPPORT } from '../engine/claim-support';
import { ES as CATALOGUE } from '../../src/ui/locales/es';

/** The Spanish catalogue indexed by any string (its own type only admits the code's keys). */
const ES: Readonly<Record<string, string>> = CATALOGUE;

const DIR = join(__dirname, '..', '..', 'scenarios');
const FILES = readdirSync(DIR).filter(isScenarioFileName).sort();

function load(file: string): { raw: unknown; text: string } {
  const text = readFileSync(join(DIR, file), 'utf8');
  return { raw: JSON.parse(text), text };
}

function parsed(file: string): Scenario {
  const result = parseScenario(load(file).raw);
  if (!result.ok) throw new Error(`${file}: ${JSON.stringify(result.errors)}`);
  return result.scenario;
}

/** Every Sourced record in a scenario, with its path. */
function allSourced(s: Scenario): [string, Sourced][] {
  const out: [string, Sourced][] = [
    ['population.total', s.population.total],
    ['population.hostility', s.population.hostility],
  ];
  for (const group of ['intervener', 'defender', 'host'] as const) {
    for (const [key, value] of Object.entries(s[group])) out.push([`${group}.${key}`, value as Sourced]);
  }
  s.regions.forEach((r, i) => {
    out.push([`regions[${i}].share`, r.share]);
    if (r.hostility) out.push([`regions[${i}].hostility`, r.hostility]);
  });
  if (s.objective.holdMonths) out.push(['objective.holdMonths', s.objective.holdMonths]);
  return out;
}

// regions.md §0: populations of the seven board regions in the 2011 census (INE), and their terrain classes.
const CENSUS_2011: Record<string, { people: number; terrain: string }> = {
  capital: { people: 4_971_986, terrain: 'urban' },
  central: { people: 3_876_052, terrain: 'urban' },
  west: { people: 6_982_970, terrain: 'mixed' },
  andes: { people: 2_683_867, terrain: 'rugged' },
  plains: { people: 3_222_689, terrain: 'open' },
  northeast: { people: 3_765_246, terrain: 'mixed' },
  guayana: { people: 1_725_120, terrain: 'rugged' },
};
const CENSUS_TOTAL = 27_227_930;

const EXPECTED_IDS = [
  'afghanistan-2001',
  'bosnia-1995',
  'cambodia-1992',
  'dominican-republic-1965',
  'east-timor-1999',
  'grenada-1983',
  'haiti-1994',
  'haiti-2004',
  'iraq-2003',
  'kosovo-1999',
  'lebanon-1982',
  'liberia-2003',
  'malaya-1948',
  'northern-ireland-1969',
  'panama-1989',
  'sierra-leone-2000',
  'solomon-islands-2003',
  'somalia-1992',
  'venezuela-2025-buildup',
  'venezuela-limited',
  'venezuela-minimum',
  'venezuela-panama-scale',
  'venezuela-planners',
];

describe('shipped scenario files', () => {
  it('ships the five Venezuela scenarios and the eighteen history-table back-tests (model v3 added ten)', () => {
    expect(FILES.map((f) => f.replace(/\.json$/, ''))).toEqual(EXPECTED_IDS);
  });

  it('the census oracle itself adds up to the INE national total', () => {
    expect(Object.values(CENSUS_2011).reduce((a, r) => a + r.people, 0)).toBe(CENSUS_TOTAL);
  });

  describe.each(FILES)('%s', (file) => {
    it('parses without errors and its id equals the file name', () => {
      const result = parseScenario(load(file).raw);
      expect(result.ok ? [] : result.errors).toEqual([]);
      expect(parsed(file).id).toBe(file.replace(/\.json$/, ''));
    });

    it('every number has a non-empty source and a date', () => {
      const sourced = allSourced(parsed(file));
      // Every file holds at least 17 sourced numbers (population 2, intervener 6, defender 6, host 2, a share).
      expect(sourced.length).toBeGreaterThanOrEqual(17);
      let ranged = 0;
      for (const [path, s] of sourced) {
        expect(s.source.trim().length, path).toBeGreaterThan(10);
        expect(s.asOf, path).toMatch(/^\d{4}(-\d{2}){0,2}$/);
        if (!s.range) continue;
        ranged++;
        expect(s.value, path).toBeGreaterThanOrEqual(s.range[0]);
        expect(s.value, path).toBeLessThanOrEqual(s.range[1]);
      }
      // The range checks ran: every shipped file publishes ranges (7-8 for Venezuela; 2-4 in the back-tests,
      // whose sustainable force and posture ranges are global, and Bosnia's and Kosovo's sources agree on the rest).
      expect(ranged).toBeGreaterThanOrEqual(2);
    });

    it('a published source names its year; a design choice gives its reason', () => {
      let design = 0;
      let published = 0;
      for (const [path, s] of allSourced(parsed(file))) {
        if (s.source.startsWith('Design choice')) {
          design++;
          expect(s.source.length, path).toBeGreaterThan('Design choice: '.length + 30);
        } else {
          published++;
          expect(s.source, path).toMatch(/(19|20)\d\d/);
        }
      }
      // Both rules ran on this file.
      expect(design).toBeGreaterThan(0);
      expect(published).toBeGreaterThan(0);
    });

    it('region shares sum to 1 and exactly one region is the capital', () => {
      const s = parsed(file);
      const sum = s.regions.reduce((a, r) => a + r.share.value, 0);
      expect(Math.abs(sum - 1)).toBeLessThanOrEqual(0.005);
      expect(s.regions.filter((r) => r.capital).length).toBe(1);
    });

    it('claims have checks, a quote and a source, and the frame claim exists', () => {
      const s = parsed(file);
      expect(s.claims.length).toBeGreaterThan(0);
      expect(s.claims.map((c) => c.id)).toContain(s.frameClaim);
      for (const c of s.claims) {
        expect(c.checks.length).toBeGreaterThan(0);
        expect(c.quote.length).toBeGreaterThan(10);
        expect(c.source).toMatch(/\d{4}/);
      }
    });

    it("every claim's documented verdict (`expected`) names its independent support", () => {
      // The `expected` verdicts are engine output written into the files; tests/engine/claim-support.ts
      // says, for each, what supports it beyond the engine (troop floor, entry oracle, coverage,
      // history) or that it is the model's own finding, and backtest.test.ts checks that support.
      for (const c of parsed(file).claims) {
        const support = CLAIM_SUPPORT[c.id];
        expect(support, `${c.id}: no entry in tests/engine/claim-support.ts`).toBeDefined();
        expect(support.why.length, c.id).toBeGreaterThan(80);
      }
    });

    it('points editors to the JSON Schema with "$schema", which the parser accepts and leaves out', () => {
      const raw = load(file).raw as Record<string, unknown>;
      expect(raw.$schema).toBe(SCENARIO_SCHEMA_REF);
      expect(Object.keys(raw)[0]).toBe('$schema');
      expect('$schema' in parsed(file)).toBe(false);
    });

    it('round-trips through scenarioToJson and parseScenario, byte for byte with the file', () => {
      const s = parsed(file);
      const json = scenarioToJson(s);
      const again = parseScenario(JSON.parse(json));
      expect(again.ok ? again.scenario : again.errors).toEqual(s);
      expect(json).toBe(load(file).text);
    });
  });

  const VENEZUELA = FILES.filter((f) => f.startsWith('venezuela-'));

  it.each(VENEZUELA)('%s uses the 7-region board of regions.md §0 with census shares', (file) => {
    const s = parsed(file);
    expect(s.regions.map((r) => r.id)).toEqual(Object.keys(CENSUS_2011));
    for (const r of s.regions) {
      const census = CENSUS_2011[r.id];
      expect(r.share.value, r.id).toBeCloseTo(census.people / CENSUS_TOTAL, 4);
      expect(r.terrain, r.id).toBe(census.terrain);
    }
    expect(s.regions.find((r) => r.capital)?.id).toBe('capital');
  });

  // Pinned from docs/model.md §7a, each with its published source: P 28,405,543 (UN WPP 2024) up to
  // 31,755,435 (CIA Factbook 2025); D 90,000 (Cancian, Politico, Dec 2025) up to 123,000 (IISS);
  // M 100,000 (design: half the independent estimates); π 1.3-1.6 (Dupuy QJM hasty to fortified);
  // S_max 67,000-106,000 (CBO 2003); g 0.3 (design choice, no published measure).
  it.each(VENEZUELA)('%s uses the shared Venezuela figures (figures.md §1, model.md §1)', (file) => {
    const s = parsed(file);
    expect(s.population.total.value).toBe(28_405_543);
    expect(s.population.total.range).toEqual([28_405_543, 31_755_435]);
    expect(s.defender.regulars.value).toBe(90_000);
    expect(s.defender.regulars.range).toEqual([90_000, 123_000]);
    expect(s.defender.militia.value).toBe(100_000);
    expect(s.defender.posture.range).toEqual([1.3, 1.6]);
    expect(s.intervener.sustainableForce.range).toEqual([67_000, 106_000]);
    expect(s.population.hostility.value).toBe(0.3);
  });

  // Pinned from the sources the files cite, not from the engine: FT, Oct 2025 (10,000 in the region;
  // Panama "about 30,000"); Cancian (CSIS) 50,000 "absolute minimum" and 150,000 planners' figure;
  // Panama 1989: 27,684 US troops (figures.md §2); Grenada 1983: about 7,300 US plus 353 Caribbean
  // Peace Force (docs/model.md §8). The limited scenario uses the build-up's 10,000.
  it('troop levels follow the quoted figures', () => {
    const troops = Object.fromEntries(FILES.map((f) => [f.replace(/\.json$/, ''), parsed(f).intervener.troops.value]));
    expect(troops).toEqual({
      // The history-table back-tests: AP 2014 (2,500 in Dec 2001), Dutch MoD (60,000), VWMA/Wikipedia (11,500),
      // Wikipedia (25,000), Polish MoD (50,000), Wikipedia (37,000).
      'afghanistan-2001': 2_500,
      'bosnia-1995': 60_000,
      'kosovo-1999': 50_000,
      'east-timor-1999': 11_500,
      'haiti-1994': 25_000,
      'somalia-1992': 37_000,
      'grenada-1983': 7_653,
      'panama-1989': 27_684,
      // Model v3's cases (docs/model-v3-cases.md §3.2): troops at entry as the research table gives them.
      'cambodia-1992': 16_000,
      'dominican-republic-1965': 42_000,
      'haiti-2004': 3_600,
      'iraq-2003': 173_000,
      'lebanon-1982': 2_285,
      'liberia-2003': 3_500,
      'malaya-1948': 11_000,
      'northern-ireland-1969': 6_107,
      'sierra-leone-2000': 8_900,
      'solomon-islands-2003': 2_200,
      'venezuela-2025-buildup': 10_000,
      'venezuela-limited': 10_000,
      'venezuela-minimum': 50_000,
      'venezuela-panama-scale': 30_000,
      'venezuela-planners': 150_000,
    });
  });

  // The force sizes on the analysis charts belong to the scenarios (they were hard-coded in
  // src/ui/analysis/markers.ts and shown for every scenario): the Venezuela boards carry the five
  // published levels, Panama its own, Grenada none.
  it('reference forces: the five published levels on every Venezuela board, Panama its own, Grenada none', () => {
    const levels = Object.fromEntries(FILES.map((f) => [f.replace(/\.json$/, ''), (parsed(f).referenceForces ?? []).map((m) => m.troops)]));
    const venezuela = [10_000, 27_684, 30_000, 50_000, 150_000];
    expect(levels).toEqual({
      'afghanistan-2001': [],
      'bosnia-1995': [],
      'kosovo-1999': [],
      'east-timor-1999': [],
      'haiti-1994': [],
      'somalia-1992': [],
      'grenada-1983': [],
      'panama-1989': [27_684],
      'cambodia-1992': [],
      'dominican-republic-1965': [],
      'haiti-2004': [],
      'iraq-2003': [],
      'lebanon-1982': [],
      'liberia-2003': [],
      'malaya-1948': [],
      'northern-ireland-1969': [],
      'sierra-leone-2000': [],
      'solomon-islands-2003': [],
      'venezuela-2025-buildup': venezuela,
      'venezuela-limited': venezuela,
      'venezuela-minimum': venezuela,
      'venezuela-panama-scale': venezuela,
      'venezuela-planners': venezuela,
    });
    const first = parsed(VENEZUELA[0]).referenceForces;
    for (const file of VENEZUELA) expect(parsed(file).referenceForces, file).toEqual(first);
    for (const m of first ?? []) {
      // The chart shows the label in the reader's language.
      expect(ES[m.label], m.label).toMatch(/\S/);
      expect((m.quote ?? m.says ?? '').length, m.id).toBeGreaterThan(10);
      expect(m.source, m.id).toMatch(/(19|20)\d\d/);
    }
  });

  it('back-tests are single-theatre boards with low hostility', () => {
    // Every back-test, the history table's too: one global hostility for all of them (no tuning per case).
    const backTests = FILES.filter((f) => parsed(f).kind === 'back-test');
    expect(backTests.length).toBeGreaterThanOrEqual(6);
    for (const file of backTests) {
      const s = parsed(file);
      expect(s.kind).toBe('back-test');
      expect(s.regions).toHaveLength(1);
      expect(s.regions[0].share.value).toBe(1);
      expect(s.population.hostility.value).toBe(0.1);
      expect(s.objective.kind).toBe('country');
    }
  });

  it('the limited scenario holds the sparsely populated Guayana region for two months', () => {
    const s = parsed('venezuela-limited.json');
    expect(s.objective).toMatchObject({ kind: 'limited', region: 'guayana' });
    expect(s.objective.holdMonths?.value).toBe(2);
    const guayana = s.regions.find((r) => r.id === 'guayana')!;
    expect(Math.min(...s.regions.map((r) => r.share.value))).toBe(guayana.share.value);
  });

  it('the Venezuela boards are the five of the brief (the checks over them have files to check)', () => {
    expect(VENEZUELA.map((f) => f.replace(/\.json$/, ''))).toEqual(EXPECTED_IDS.filter((id) => id.startsWith('venezuela-')));
    expect(VENEZUELA).toHaveLength(5);
  });

  it('no scenario text suggests that nothing followed the build-up', () => {
    for (const file of VENEZUELA) {
      expect(parsed(file).assumes, file).toMatch(/3 January 2026/);
    }
  });
});
