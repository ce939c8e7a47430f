// The scenario format has ONE declaration (src/model/scenario-schema.ts); this checks what comes
// from it: the published JSON Schema is up to date and agrees with the parser (Ajv, a standard
// validator, accepts every shipped file and rejects malformed ones at the same field as the parser),
// the inferred Scenario type is the one the code was written against, the inputs catalogue is the
// same catalogue, every error code is worded in English and Spanish, and nothing restates the
// format or a scenario's content elsewhere.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import Ajv2020, { type ErrorObject } from 'ajv/dist/2020';
import { afterEach, describe, expect, it } from 'vitest';
import { INPUTS } from '../../src/model/inputs';
import { parseScenario, parseScenarioText, scenarioJsonSchema, scenarioJsonSchemaText, scenarioToJson, type FieldError } from '../../src/model/scenario';
import { SCENARIO_ERROR_CODES, type ScenarioErrorCode, type ScenarioErrorParams } from '../../src/model/scenario-errors';
import {
  isScenarioFileName,
  OBJECTIVE_KINDS,
  SCENARIO_FORMAT,
  SCENARIO_SCHEMA_FILE,
  SCENARIO_SCHEMA_REF,
  type ClaimCheck,
  type ClaimSpec,
  type ObjectiveSpec,
  type RegionSpec,
  type Scenario,
  type Sourced,
} from '../../src/model/scenario-schema';
import { missingTranslations, setLocale } from '../../src/ui/i18n';
import { scenarioErrorText } from '../../src/ui/scenario-errors';

type Json = Record<string, any>;
const ROOT = join(__dirname, '..', '..');
const DIR = join(ROOT, 'scenarios');
const FILES = readdirSync(DIR).filter(isScenarioFileName).sort();
const load = (file: string): Json => JSON.parse(readFileSync(join(DIR, file), 'utf8'));
const BASE = load('venezuela-2025-buildup.json');
const LIMITED = load('venezuela-limited.json');

function mutate(base: Json, change: (s: Json) => void): Json {
  const copy = structuredClone(base);
  change(copy);
  return copy;
}

function validator() {
  // Strict mode: an unknown keyword or a loose type in the schema is an error, not a warning.
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  return ajv.compile(JSON.parse(readFileSync(join(DIR, SCENARIO_SCHEMA_FILE), 'utf8')));
}

/** Ajv's errors as the parser's field paths ("/regions/2/id" → "regions[2].id"; a missing or extra property named on itself). */
function ajvPaths(errors: readonly ErrorObject[]): string[] {
  return errors.flatMap((e) => {
    if (e.keyword === 'if') return [];
    const parts = e.instancePath
      .split('/')
      .slice(1)
      .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
    if (e.keyword === 'required') parts.push(String(e.params.missingProperty));
    if (e.keyword === 'additionalProperties') parts.push(String(e.params.additionalProperty));
    return [parts.map((p, i) => (/^\d+$/.test(p) ? `[${p}]` : i === 0 ? p : `.${p}`)).join('')];
  });
}

describe('the published JSON Schema', () => {
  it(`scenarios/${SCENARIO_SCHEMA_FILE} is the declaration's (after changing src/model/scenario-schema.ts, run \`npm run schema\`)`, () => {
    expect(readFileSync(join(DIR, SCENARIO_SCHEMA_FILE), 'utf8')).toBe(scenarioJsonSchemaText());
  });

  it('is JSON Schema draft 2020-12 that Ajv compiles in strict mode, and every shipped scenario is valid against it', () => {
    expect(scenarioJsonSchema().$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    const validate = validator();
    expect(FILES.length).toBe(23);
    for (const file of FILES) {
      const data = load(file);
      expect(data.$schema, file).toBe(SCENARIO_SCHEMA_REF);
      expect(validate(data) ? [] : validate.errors, file).toEqual([]);
    }
  });

  // Each mutation is refused by both, and both name the same field.
  const BOTH: { name: string; change: (s: Json) => void; path: string; base?: Json }[] = [
    { name: 'a number as text', change: (s) => void (s.intervener.troops.value = '10000'), path: 'intervener.troops.value' },
    { name: 'a missing source', change: (s) => void delete s.defender.cohesion.source, path: 'defender.cohesion.source' },
    { name: 'a misspelt field', change: (s) => void (s.hostilty = 0.5), path: 'hostilty' },
    { name: 'cohesion above 1', change: (s) => void (s.defender.cohesion.value = 1.5), path: 'defender.cohesion.value' },
    { name: 'troops not whole', change: (s) => void (s.intervener.troops.value = 10000.5), path: 'intervener.troops.value' },
    { name: 'an unknown terrain', change: (s) => void (s.regions[4].terrain = 'swamp'), path: 'regions[4].terrain' },
    { name: 'month 13', change: (s) => void (s.population.total.asOf = '2024-13'), path: 'population.total.asOf' },
    { name: 'an id that is not kebab-case', change: (s) => void (s.id = 'Venezuela 2025'), path: 'id' },
    { name: 'a blank title', change: (s) => void (s.title = '   '), path: 'title' },
    { name: 'an over-long title', change: (s) => void (s.title = 'x'.repeat(201)), path: 'title' },
    { name: 'nine regions', change: (s) => void s.regions.push({ ...s.regions[6], id: 'x-1' }, { ...s.regions[6], id: 'x-2' }), path: 'regions' },
    { name: 'a range of three numbers', change: (s) => void (s.defender.regulars.range = [1, 2, 3]), path: 'defender.regulars.range' },
    { name: 'another format version', change: (s) => void (s.schema = 'threshold-scenario/2'), path: 'schema' },
    { name: 'a "limited" objective without its region', base: LIMITED, change: (s) => void delete s.objective.region, path: 'objective.region' },
    { name: '"$schema" as a number', change: (s) => void (s.$schema = 5), path: '$schema' },
    { name: 'a reference force below 0 troops', change: (s) => void (s.referenceForces[0].troops = -1), path: 'referenceForces[0].troops' },
    { name: 'a claim check with an unknown metric', change: (s) => void (s.claims[0].checks[0].metric = 'victoryRate'), path: 'claims[0].checks[0].metric' },
  ];

  it.each(BOTH)('$name: refused by Ajv and by the parser, at $path', ({ change, path, base }) => {
    const data = mutate(base ?? BASE, change);
    const validate = validator();
    expect(validate(data)).toBe(false);
    expect(ajvPaths(validate.errors ?? [])).toContain(path);
    const parsed = parseScenario(data);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors.map((e) => e.path)).toContain(path);
  });

  // What JSON Schema cannot say is left to the parser, and the schema's descriptions say so.
  const PARSER_ONLY: { name: string; change: (s: Json) => void; path: string; code: ScenarioErrorCode }[] = [
    { name: 'shares not summing to 1', change: (s) => void (s.regions[0].share.value = 0.3), path: 'regions', code: 'share-sum' },
    { name: 'two capitals', change: (s) => void (s.regions[1].capital = true), path: 'regions', code: 'capital-count' },
    { name: 'duplicate region ids', change: (s) => void (s.regions[3].id = 'west'), path: 'regions[3].id', code: 'duplicate-id' },
    { name: 'an objective naming no region of the board', change: (s) => void (s.objective.region = 'atlantis'), path: 'objective.region', code: 'unknown-region' },
    { name: 'a value outside its own range', change: (s) => void (s.defender.regulars.value = 200000), path: 'defender.regulars.value', code: 'outside-range' },
  ];

  it.each(PARSER_ONLY)('$name: valid JSON Schema, refused by the parser ($code)', ({ change, path, code }) => {
    const data = mutate(BASE, change);
    const validate = validator();
    expect(validate(data) ? [] : validate.errors).toEqual([]);
    const parsed = parseScenario(data);
    expect(parsed.ok ? [] : parsed.errors.map((e) => [e.path, e.code])).toContainEqual([path, code]);
  });

  it('lists the parser-only rules in its descriptions', () => {
    const text = scenarioJsonSchemaText();
    for (const words of ['shares sum to 1', 'exactly one region has \\"capital\\": true', 'region ids are distinct', 'claim ids are distinct', 'objective.region names a region', 'value lies within range']) {
      expect(text, words).toContain(words);
    }
  });
});

describe('the parser and writer from the declaration', () => {
  it('accepts "$schema" and leaves it out; refuses every other unknown field', () => {
    const without = mutate(BASE, (s) => void delete s.$schema);
    const a = parseScenario(without);
    const b = parseScenario(mutate(BASE, (s) => void (s.$schema = 'https://example.org/any.json')));
    expect(a.ok && b.ok).toBe(true);
    if (!a.ok || !b.ok) return;
    expect(b.scenario).toEqual(a.scenario);
    expect('$schema' in a.scenario).toBe(false);
    // The writer always points to the published schema.
    expect(JSON.parse(scenarioToJson(a.scenario)).$schema).toBe(SCENARIO_SCHEMA_REF);
    const typo = parseScenario(mutate(BASE, (s) => void (s.$schemas = './scenario.schema.json')));
    expect(typo.ok ? [] : typo.errors.map((e) => [e.path, e.code])).toEqual([['$schemas', 'unknown-field']]);
  });

  it('writes the fields in declaration order (the order of the files)', () => {
    const parsed = parseScenario(BASE);
    if (!parsed.ok) throw new Error('base does not parse');
    // `history` is written last, and only by back-tests (BASE is a what-if scenario); the optional
    // model-v3 `resistance` section only by files that carry it (BASE does not).
    expect(Object.keys(JSON.parse(scenarioToJson(parsed.scenario)))).toEqual(Object.keys(SCENARIO_FORMAT.shape).filter((k) => k !== 'history' && k !== 'resistance'));
    const iraq = parseScenario(load('iraq-2003.json'));
    if (!iraq.ok) throw new Error('iraq-2003 does not parse');
    const keys = Object.keys(JSON.parse(scenarioToJson(iraq.scenario)));
    expect(keys.indexOf('resistance')).toBe(keys.indexOf('host') + 1);
    expect(Object.keys(SCENARIO_FORMAT.shape).at(-1)).toBe('history');
  });
});

// The scenario types as they were written by hand in src/model/types.ts before the declaration: the
// inferred ones must be exactly these (plus the new `referenceForces`).
interface OldSourced {
  value: number;
  source: string;
  /** Added with citations (issue 11). */
  status?: 'published' | 'derived' | 'design';
  cite?: string[];
  asOf: string;
  range?: [number, number];
  note?: string;
}
interface OldRegionSpec {
  id: string;
  name: string;
  share: OldSourced;
  terrain: 'open' | 'mixed' | 'urban' | 'rugged';
  terrainSource: string;
  capital?: boolean;
  hostility?: OldSourced;
}
type OldObjectiveKind = 'capital' | 'country' | 'limited';
interface OldObjectiveSpec {
  kind: OldObjectiveKind;
  region?: string;
  holdMonths?: OldSourced;
}
interface OldClaimCheck {
  metric: 'entryRate' | 'successRate' | 'stabilizedShare' | 'contestedShare' | 'failedShare' | 'entryFailedShare';
  troops?: number;
  objective?: OldObjectiveKind;
  op: '<' | '<=' | '>' | '>=';
  value: number;
  /** Added with range verdicts (issue 11): the reason for the check's level. */
  why?: string;
}
interface OldClaimSpec {
  id: string;
  who: string;
  date: string;
  quote: string;
  /** Added with citations (issue 11): reported speech around the quote, and source ids. */
  reported?: string;
  source: string;
  cite?: string[];
  claim: string;
  checks: OldClaimCheck[];
  /** Added with range verdicts (issue 11). */
  testable?: boolean;
  expected: 'agrees' | 'disagrees' | 'depends' | 'not-testable';
}
interface OldScenario {
  schema: 'threshold-scenario/1';
  id: string;
  title: string;
  question: string;
  assumes: string;
  kind: 'what-if' | 'back-test';
  frameClaim?: string;
  objective: OldObjectiveSpec;
  population: { total: OldSourced; hostility: OldSourced };
  regions: OldRegionSpec[];
  intervener: { troops: OldSourced; quality: OldSourced; qualitySpread: OldSourced; targetRatio: OldSourced; sustainableForce: OldSourced; rotationMonth: OldSourced };
  defender: { regulars: OldSourced; cohesion: OldSourced; capitalShare: OldSourced; militia: OldSourced; posture: OldSourced; mastery: OldSourced };
  host: { preWarForces: OldSourced; retained: OldSourced };
  claims: OldClaimSpec[];
}

/** Mutual assignability, checked by the type-checker (npm test runs tsc over the tests). */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const typeChecks: {
  sourced: Same<Sourced, OldSourced>;
  region: Same<RegionSpec, OldRegionSpec>;
  objective: Same<ObjectiveSpec, OldObjectiveSpec>;
  check: Same<ClaimCheck, OldClaimCheck>;
  claim: Same<ClaimSpec, OldClaimSpec>;
  scenario: Same<Omit<Scenario, 'referenceForces'>, OldScenario>;
  markers: Same<Scenario['referenceForces'], { id: string; troops: number; label: string; who: string; quote?: string; says?: string; source: string; cite?: string[] }[] | undefined>;
} = { sourced: true, region: true, objective: true, check: true, claim: true, scenario: true, markers: true };

describe('types and catalogue from the declaration', () => {
  it('the inferred types are the hand-written ones they replace (checked at type-check time)', () => {
    expect(Object.values(typeChecks).every((v) => v === true)).toBe(true);
  });

  it('the inputs catalogue is the catalogue it replaces: same paths, words, bounds and order', () => {
    // Pinned from the hand-written INPUTS table of src/model/inputs.ts before the declaration.
    const OLD: [string, string, string, string, number, number, number, boolean][] = [
      ['intervener.troops', 'Intervention troops', 'N', 'troops', 0, 1_000_000, 1000, true],
      ['intervener.quality', 'Intervener quality', 'Q', '×', 0.5, 6, 0.1, false],
      ['intervener.qualitySpread', 'Quality uncertainty', 'σQ', 'σ ln', 0, 1, 0.05, false],
      ['intervener.targetRatio', 'Planned force ratio', 'R*', ':1', 1, 6, 0.1, false],
      ['intervener.sustainableForce', 'Sustainable force after rotation', 'S_max', 'troops', 0, 1_000_000, 1000, true],
      ['intervener.rotationMonth', 'Rotation month', 'T_rot', 'month', 1, 36, 1, true],
      ['defender.regulars', 'Defending regulars', 'D', 'troops', 0, 2_000_000, 1000, true],
      ['defender.cohesion', 'Cohesion', 'c', 'share', 0, 1, 0.05, false],
      ['defender.capitalShare', 'Concentration in the capital', 'k_cap', 'share', 0, 1, 0.05, false],
      ['defender.militia', 'Militia (effective)', 'M', 'people', 0, 10_000_000, 1000, true],
      ['defender.posture', 'Defender posture', 'π', '×', 1, 2, 0.05, false],
      ['defender.mastery', 'Defender mastery', 'm', '0-1', 0, 1, 0.05, false],
      // Model v3 (docs/model.md §4b): added after the pinned table, each in its group.
      ['defender.toGround', 'Defenders who go to ground', 'ω', 'share', 0, 1, 0.01, false],
      ['population.total', 'Population', 'P', 'people', 1000, 2_000_000_000, 100_000, true],
      ['population.hostility', 'Hostility', 'g', 'share', 0, 1, 0.01, false],
      ['resistance.outsideSupport', 'Outside support', 'o', '0-1', 0, 1, 0.05, false],
      ['resistance.reconcilable', 'Reconcilable share', 'χ', 'share', 0, 1, 0.05, false],
      ['host.preWarForces', 'Pre-war army and police', 'H_pre', 'people', 0, 10_000_000, 1000, true],
      ['host.retained', 'Host forces retained', 'κ', 'share', 0, 1, 0.05, false],
      ['host.target', 'Host forces target', 'H_target', 'people', 0, 10_000_000, 1000, true],
      ['objective.holdMonths', 'Months to hold', 'T_hold', 'months', 1, 36, 1, true],
    ];
    // The scenario's inputs; the advanced group (model constants, src/model/advanced.ts) follows them.
    const scenarioInputs = INPUTS.filter((i) => !i.path.startsWith('advanced.'));
    expect(scenarioInputs.map((i) => [i.path, i.label, i.symbol, i.unit, i.min, i.max, i.step, i.integer])).toEqual(OLD);
    expect(INPUTS.every((i) => i.help.length > 10)).toBe(true);
  });

  it("the JSON Schema publishes each input's bounds", () => {
    const schema = scenarioJsonSchema() as Json;
    // Model constants (advanced.*) are not scenario fields: no scenario file carries them.
    for (const spec of INPUTS.filter((i) => !i.path.startsWith('advanced.'))) {
      const [group, key] = spec.path.split('.');
      const value = schema.properties[group].properties[key].properties.value;
      expect([value.type, value.minimum, value.maximum], spec.path).toEqual([spec.integer ? 'integer' : 'number', spec.min, spec.max]);
    }
  });
});

describe('error codes and their words', () => {
  afterEach(() => {
    setLocale('en');
  });

  const SAMPLES: { [C in ScenarioErrorCode]: ScenarioErrorParams[C] } = {
    missing: {},
    'wrong-type': { expected: 'number', got: 'string' },
    'not-finite': { got: 'NaN' },
    'too-long': { max: 200, length: 201 },
    blank: {},
    'bad-character': { char: 'U+202E', at: 7 },
    'out-of-range': { min: 0, max: 1_000_000, got: 1_500_000 },
    'not-whole': { got: 10000.5 },
    'not-kebab-case': { got: 'Venezuela 2025' },
    'not-a-date': { got: 'last autumn' },
    'unknown-value': { got: 'swamp', allowed: ['open', 'mixed'] },
    'unknown-field': { field: 'hostilty', allowed: ['id', 'title'] },
    'unknown-schema': { got: 'threshold-scenario/2', expected: 'threshold-scenario/1' },
    'wrong-count': { min: 1, max: 8, got: 9 },
    'not-a-pair': { got: 3 },
    'range-reversed': { low: 1.6, high: 1.3 },
    'outside-range': { got: 200000, low: 90000, high: 123000 },
    'duplicate-id': { id: 'west', first: 'regions[2]' },
    'capital-count': { found: 2 },
    'share-sum': { sum: 1.1176, tolerance: 0.005 },
    'unknown-region': { got: 'atlantis', known: ['capital', 'west'] },
    'unknown-claim': { got: 'nobody', known: [] },
    'unknown-source': { got: 'my-blog' },
    'limited-needs-region': {},
    'too-deep': { max: 12 },
    'too-many-values': { max: 20000 },
    'too-many-items': { got: 5_000_000 },
    'too-many-fields': { got: 20001 },
    'duplicate-key': { key: 'value' },
    'file-too-large': { max: 1_000_000 },
    unreadable: { reason: 'boom' },
    invalid: {},
  };
  const samples = (): FieldError[] => SCENARIO_ERROR_CODES.map((code) => ({ path: 'a.b', code, params: SAMPLES[code] }) as FieldError);

  it('every code has English words with every placeholder filled and its numbers shown', () => {
    expect(SCENARIO_ERROR_CODES.length).toBe(Object.keys(SAMPLES).length);
    for (const e of samples()) {
      const text = scenarioErrorText(e);
      expect(text, e.code).toMatch(/\S/);
      expect(text, e.code).not.toMatch(/\{\w+\}/);
      // Words from the data are shown as given (a value kind is worded: "string" → "text").
      if (e.code !== 'wrong-type') for (const v of Object.values(e.params)) if (typeof v === 'string') expect(text, e.code).toContain(v);
    }
    expect(scenarioErrorText({ path: 'x', code: 'out-of-range', params: { min: 0, max: 1_000_000, got: 1_500_000 } })).toBe('out of range: must be between 0 and 1,000,000, got 1,500,000');
    expect(scenarioErrorText({ path: 'x', code: 'share-sum', params: { sum: 1.1176, tolerance: 0.005 } })).toBe('region shares must sum to 1 (±0.005), they sum to 1.1176');
  });

  it('every code has Spanish words, none left in English', () => {
    const english = samples().map(scenarioErrorText);
    setLocale('es');
    const before = new Set(missingTranslations());
    const spanish = samples().map(scenarioErrorText);
    expect(missingTranslations().filter((k) => !before.has(k))).toEqual([]);
    spanish.forEach((text, i) => {
      expect(text, SCENARIO_ERROR_CODES[i]).not.toBe(english[i]);
      expect(text, SCENARIO_ERROR_CODES[i]).not.toMatch(/\{\w+\}/);
    });
    expect(scenarioErrorText({ path: 'x', code: 'out-of-range', params: { min: 0, max: 1_000_000, got: 1.5 } })).toBe('fuera de rango: debe estar entre 0 y 1.000.000, es 1,5');
  });

  it('the parser gives every code but "invalid" for some input (the text-level codes from a file\'s text)', () => {
    let deep: any = 1;
    for (let i = 0; i < 20; i++) deep = [deep];
    const trap = structuredClone(BASE);
    Object.defineProperty(trap, 'title', {
      enumerable: true,
      get: () => {
        throw new Error('boom');
      },
    });
    const inputs: unknown[] = [
      mutate(BASE, (s) => {
        delete s.id;
        s.title = 5;
        s.question = ' ';
        s.assumes = 'z'.repeat(20_001);
        s.schema = 'threshold-scenario/9';
        s.hostilty = 1;
        s.population.total.value = NaN;
        s.population.hostility.value = 2;
        s.intervener.troops.value = 1.5;
        s.intervener.troops.asOf = 'soon';
        s.defender.regulars.range = [1];
        s.defender.posture.range = [1.6, 1.3];
        s.defender.cohesion.value = 0.9;
        s.defender.cohesion.range = [0.1, 0.2];
        s.regions[0].terrain = 'swamp';
        s.regions[2].id = 'Bad Id';
        s.claims[0].checks = [];
        s.regions[1].name = 'East\u202Etsew';
      }),
      // Cross-field rules run on complete lists.
      mutate(BASE, (s) => {
        s.regions[1].capital = true;
        s.objective.region = 'atlantis';
        s.frameClaim = 'nobody';
        s.claims[1].id = s.claims[2].id;
        s.claims[0].cite = ['my-blog'];
      }),
      mutate(BASE, (s) => void (s.regions[0].share.value = 0.9)),
      mutate(LIMITED, (s) => void delete s.objective.region),
      deep,
      { ...BASE, claims: new Array(30_000).fill(0) },
      Object.fromEntries(Array.from({ length: 20_001 }, (_, i) => [`k${i}`, 0])),
      Array.from({ length: 15_000 }, () => [0]),
      trap,
    ];
    const seen = new Set<string>();
    for (const input of inputs) {
      const result = parseScenario(input);
      expect(result.ok).toBe(false);
      if (!result.ok) for (const e of result.errors) seen.add(e.code);
    }
    for (const text of ['{"value": 1, "value": 2}', ' '.repeat(1_000_001)]) {
      const result = parseScenarioText(text);
      expect(result.ok).toBe(false);
      if (!result.ok) for (const e of result.errors) seen.add(e.code);
    }
    expect(SCENARIO_ERROR_CODES.filter((c) => c !== 'invalid' && !seen.has(c))).toEqual([]);
  });
});

describe("one declaration: nothing restates the format or a scenario's content", () => {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : /\.ts$/.test(name) ? [path] : [];
    });
  const SOURCES = files(join(ROOT, 'src')).map((path) => ({ file: relative(ROOT, path), text: readFileSync(path, 'utf8') }));

  it('the enumerations and field lists are written out only in src/model/scenario-schema.ts', () => {
    const LISTS: [string, RegExp][] = [
      ['objective kinds', /'capital',\s*'country',\s*'limited'/],
      ['terrains', /'open',\s*'mixed',\s*'urban',\s*'rugged'/],
      ['claim metrics', /'entryRate',\s*'successRate',\s*'stabilizedShare'/],
      ['scenario kinds', /\['what-if',\s*'back-test'\]/],
      ['intervener fields', /'troops',\s*'quality',\s*'qualitySpread'/],
      ['defender fields', /'regulars',\s*'cohesion',\s*'capitalShare'/],
      ['Sourced fields', /'value',\s*'source',\s*'asOf'/],
    ];
    const found = SOURCES.flatMap(({ file, text }) => (file.endsWith('model/scenario-schema.ts') ? [] : LISTS.filter(([, re]) => re.test(text)).map(([what]) => `${file}: ${what}`)));
    expect(found).toEqual([]);
    expect(OBJECTIVE_KINDS).toEqual(['capital', 'country', 'limited']);
  });

  it('src/model/types.ts derives the scenario types instead of restating them', () => {
    const types = readFileSync(join(ROOT, 'src/model/types.ts'), 'utf8');
    for (const name of ['Scenario', 'Sourced', 'RegionSpec', 'ObjectiveSpec', 'ClaimSpec', 'ClaimCheck']) {
      expect(types, name).not.toMatch(new RegExp(`interface ${name}\\b`));
    }
    expect(types).not.toMatch(/type (ObjectiveKind|Terrain|ClaimMetric) =/);
  });

  it("no source file holds a scenario's force markers, quotes or sources (they live in the scenario files)", () => {
    const texts = FILES.flatMap((file) => (load(file).referenceForces ?? []).flatMap((m: Json) => [m.quote, m.says, m.source, m.who].filter((t) => typeof t === 'string')));
    expect(texts.length).toBeGreaterThan(10);
    // The bibliography (src/model/sources*.ts) names the publishers the markers cite and records the passages they quote.
    const found = SOURCES.filter(({ file }) => !file.includes('/locales/') && !/model\/sources[\w-]*\.ts$/.test(file)).flatMap(({ file, text }) =>
      texts.filter((words) => text.includes(words)).map((words) => `${file}: ${words.slice(0, 40)}`),
    );
    expect([...new Set(found)]).toEqual([]);
  });
});
