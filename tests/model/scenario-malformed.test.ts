// Malformed scenarios, each made from a valid shipped file by one mutation: the parser must refuse
// it with an error naming the right field and the problem. Plus hostile inputs (huge, deep,
// cyclic, throwing) and a seeded fuzz: the parser never throws and never accepts garbage silently.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { formatFieldErrors, parseScenario, type FieldError } from '../../src/engine/scenario';
import { crossFieldPaths, dotted } from '../fuzz/scenario-gen';
import { isParserMessage, matchRejection, type MatchRule } from '../fuzz/scenario-match';

type Json = Record<string, any>;
const DIR = join(__dirname, '..', '..', 'scenarios');
const BASE: Json = JSON.parse(readFileSync(join(DIR, 'venezuela-2025-buildup.json'), 'utf8'));
const LIMITED: Json = JSON.parse(readFileSync(join(DIR, 'venezuela-limited.json'), 'utf8'));

function mutate(base: Json, change: (s: Json) => unknown): unknown {
  const copy = structuredClone(base);
  const replaced = change(copy);
  return replaced === undefined ? copy : replaced;
}

function errorsOf(input: unknown): FieldError[] {
  const result = parseScenario(input);
  if (result.ok) throw new Error('accepted a malformed scenario');
  return result.errors;
}

interface Case {
  name: string;
  change: (s: Json) => unknown;
  path: string;
  message: RegExp;
  base?: Json;
}

const CASES: Case[] = [
  { name: 'missing number', change: (s) => void delete s.intervener.troops, path: 'intervener.troops', message: /missing/ },
  { name: 'missing value inside a Sourced', change: (s) => void delete s.defender.cohesion.value, path: 'defender.cohesion.value', message: /missing/ },
  { name: 'number as a string', change: (s) => void (s.intervener.troops.value = '10000'), path: 'intervener.troops.value', message: /expected number, got string/ },
  { name: 'null where an object belongs', change: (s) => void (s.population = null), path: 'population', message: /expected object, got null/ },
  { name: 'object where an array belongs', change: (s) => void (s.regions = {}), path: 'regions', message: /expected array, got object/ },
  { name: 'NaN value', change: (s) => void (s.population.hostility.value = NaN), path: 'population.hostility.value', message: /not a finite number \(got NaN\)/ },
  { name: 'Infinity value', change: (s) => void (s.intervener.troops.value = Infinity), path: 'intervener.troops.value', message: /not a finite number \(got Infinity\)/ },
  { name: 'cohesion above 1', change: (s) => void (s.defender.cohesion.value = 1.5), path: 'defender.cohesion.value', message: /out of range: must be between 0 and 1, got 1\.5/ },
  { name: 'negative troops', change: (s) => void (s.intervener.troops.value = -5), path: 'intervener.troops.value', message: /out of range/ },
  { name: 'troops not whole', change: (s) => void (s.intervener.troops.value = 10000.5), path: 'intervener.troops.value', message: /whole number/ },
  { name: 'population below the catalogue bound', change: (s) => void (s.population.total = { ...s.population.total, value: 10, range: undefined }), path: 'population.total.value', message: /out of range: must be between 1000/ },
  { name: 'posture range reversed', change: (s) => void (s.defender.posture.range = [1.6, 1.3]), path: 'defender.posture.range', message: /low end 1\.6 is above high end 1\.3/ },
  { name: 'value outside its published range', change: (s) => void (s.defender.regulars.value = 200000), path: 'defender.regulars.value', message: /outside its range \[90000, 123000\]/ },
  { name: 'range with a string end', change: (s) => void (s.defender.regulars.range = [90000, 'many']), path: 'defender.regulars.range[1]', message: /expected number, got string/ },
  { name: 'share below 0', change: (s) => void (s.regions[2].share.value = -0.1), path: 'regions[2].share.value', message: /out of range: must be between 0 and 1/ },
  { name: 'shares not summing to 1', change: (s) => void (s.regions[0].share.value = 0.3), path: 'regions', message: /shares must sum to 1 \(±0\.005\), they sum to 1\.11/ },
  { name: 'unknown objective region', change: (s) => void (s.objective.region = 'atlantis'), path: 'objective.region', message: /unknown region id "atlantis"/ },
  { name: 'limited objective without a region', base: LIMITED, change: (s) => void delete s.objective.region, path: 'objective.region', message: /missing: a "limited" objective names the region/ },
  { name: 'duplicate region ids', change: (s) => void (s.regions[3].id = 'west'), path: 'regions[3].id', message: /duplicate region id "west" \(also regions\[2\]\)/ },
  { name: 'no capital', change: (s) => void delete s.regions[0].capital, path: 'regions', message: /exactly one region must have "capital": true, found 0/ },
  { name: 'two capitals', change: (s) => void (s.regions[1].capital = true), path: 'regions', message: /found 2/ },
  { name: 'capital flag of the wrong type', change: (s) => void (s.regions[0].capital = 'yes'), path: 'regions[0].capital', message: /expected boolean, got string/ },
  { name: 'unknown terrain', change: (s) => void (s.regions[4].terrain = 'swamp'), path: 'regions[4].terrain', message: /unknown value "swamp"; expected one of: open, mixed, urban, rugged/ },
  { name: 'unknown objective kind', change: (s) => void (s.objective.kind = 'everything'), path: 'objective.kind', message: /unknown value "everything"; expected one of: capital, country, limited/ },
  { name: 'unknown scenario kind', change: (s) => void (s.kind = 'history'), path: 'kind', message: /expected one of: what-if, back-test/ },
  { name: 'empty title', change: (s) => void (s.title = ''), path: 'title', message: /empty/ },
  { name: 'blank source', change: (s) => void (s.intervener.quality.source = '   '), path: 'intervener.quality.source', message: /empty/ },
  { name: 'missing source', change: (s) => void delete s.host.retained.source, path: 'host.retained.source', message: /missing/ },
  { name: 'over-long title', change: (s) => void (s.title = 'x'.repeat(201)), path: 'title', message: /too long: at most 200 characters, got 201/ },
  { name: 'megabyte assumptions text', change: (s) => void (s.assumes = 'y'.repeat(1_000_000)), path: 'assumes', message: /too long: at most 20000 characters, got 1000000/ },
  { name: 'too many regions', change: (s) => void s.regions.push(...[1, 2].map((i) => ({ ...s.regions[6], id: `extra-${i}`, share: { ...s.regions[6].share, value: 0 } }))), path: 'regions', message: /1 to 8 regions, got 9/ },
  { name: 'no regions', change: (s) => void (s.regions = []), path: 'regions', message: /1 to 8 regions, got 0/ },
  { name: 'unknown schema', change: (s) => void (s.schema = 'threshold-scenario/2'), path: 'schema', message: /unknown schema "threshold-scenario\/2"/ },
  { name: 'claim with an unknown metric', change: (s) => void (s.claims[0].checks[0].metric = 'victoryRate'), path: 'claims[0].checks[0].metric', message: /unknown value "victoryRate"; expected one of: entryRate, successRate/ },
  { name: 'claim with an unknown op', change: (s) => void (s.claims[1].checks[0].op = '=='), path: 'claims[1].checks[0].op', message: /unknown value "=="; expected one of: <, <=, >, >=/ },
  { name: 'claim threshold above 1', change: (s) => void (s.claims[0].checks[0].value = 5), path: 'claims[0].checks[0].value', message: /out of range: must be between 0 and 1/ },
  { name: 'claim with no checks', change: (s) => void (s.claims[0].checks = []), path: 'claims[0].checks', message: /1 to 10 checks, got 0/ },
  { name: 'claim with an unknown expected verdict', change: (s) => void (s.claims[0].expected = 'maybe'), path: 'claims[0].expected', message: /expected one of: agrees, disagrees/ },
  { name: 'duplicate claim ids', change: (s) => void (s.claims[1].id = s.claims[0].id), path: 'claims[1].id', message: /duplicate claim id "ft-not-enough"/ },
  { name: 'frame claim not among the claims', change: (s) => void (s.frameClaim = 'nobody-said-this'), path: 'frameClaim', message: /unknown claim id "nobody-said-this"/ },
  { name: 'asOf not date-like', change: (s) => void (s.intervener.troops.asOf = 'last autumn'), path: 'intervener.troops.asOf', message: /must be a date like/ },
  { name: 'asOf with month 13', change: (s) => void (s.population.total.asOf = '2024-13'), path: 'population.total.asOf', message: /must be a date like/ },
  { name: 'claim date not date-like', change: (s) => void (s.claims[0].date = 'Oct'), path: 'claims[0].date', message: /must be a date like/ },
  { name: 'id not kebab-case', change: (s) => void (s.id = 'Venezuela 2025'), path: 'id', message: /kebab-case/ },
  { name: 'unknown top-level field (a typo)', change: (s) => void (s.hostilty = 0.5), path: 'hostilty', message: /unknown field "hostilty"; allowed here:/ },
  { name: 'unknown field inside a region', change: (s) => void (s.regions[0].capitol = true), path: 'regions[0].capitol', message: /unknown field "capitol"/ },
  { name: 'regional hostility above 1', change: (s) => void (s.regions[5].hostility = { value: 1.2, source: 'Design choice: a test of the bound on hostility.', asOf: '2025' }), path: 'regions[5].hostility.value', message: /out of range/ },
  { name: 'hold months beyond the catalogue bound', base: LIMITED, change: (s) => void (s.objective.holdMonths.value = 48), path: 'objective.holdMonths.value', message: /out of range: must be between 1 and 36/ },
  { name: 'array as the whole input', change: () => [], path: '', message: /expected object, got array/ },
  { name: 'a string as the whole input', change: () => 'venezuela', path: '', message: /expected object, got string/ },
  { name: 'null as the whole input', change: () => null, path: '', message: /expected object, got null/ },
];

describe('malformed scenarios', () => {
  it('covers at least 20 mutations', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(20);
  });

  it.each(CASES)('$name → $path', ({ change, path, message, base }) => {
    const errors = errorsOf(mutate(base ?? BASE, change));
    const hit = errors.find((e) => e.path === path);
    expect(hit, `no error at "${path}"; got ${formatFieldErrors(errors)}`).toBeDefined();
    expect(hit!.message).toMatch(message);
  });

  it('reports every independent problem at once, not just the first', () => {
    const errors = errorsOf(
      mutate(BASE, (s) => {
        s.title = '';
        s.defender.cohesion.value = 2;
        s.regions[4].terrain = 'swamp';
      }),
    );
    expect(errors.map((e) => e.path)).toEqual(['title', 'regions[4].terrain', 'defender.cohesion.value']);
  });

  it('formatFieldErrors writes one "path: message" line per error', () => {
    const text = formatFieldErrors([
      { path: 'regions[2].share.value', message: 'out of range' },
      { path: '', message: 'nested too deeply' },
    ]);
    expect(text).toBe('regions[2].share.value: out of range\n(scenario): nested too deeply');
  });
});

describe('hostile inputs', () => {
  it('rejects deep nesting quickly, before reading fields', () => {
    let deep: any = {};
    const root = deep;
    for (let i = 0; i < 100_000; i++) deep = deep.next = {};
    const start = performance.now();
    const errors = errorsOf({ ...BASE, extra: root });
    expect(performance.now() - start).toBeLessThan(200);
    // Reported where the limit is crossed, inside the field that holds the junk (depth 12 is
    // "extra" and eleven "next"), not on the whole input.
    expect(errors).toEqual([{ path: `extra${'.next'.repeat(11)}`, message: 'nested too deeply: more than 12 levels' }]);
  });

  it('rejects a huge array quickly, naming the field that holds it', () => {
    const start = performance.now();
    const errors = errorsOf({ ...BASE, claims: new Array(5_000_000).fill(0) });
    expect(performance.now() - start).toBeLessThan(500);
    expect(errors).toEqual([{ path: 'claims', message: 'too large: an array of 5000000 items' }]);
  });

  it('names the root only when the whole input is too deep', () => {
    let deep: any = 1;
    for (let i = 0; i < 20; i++) deep = [deep];
    expect(errorsOf(deep)).toEqual([{ path: `${'[0]'.repeat(12)}`, message: 'nested too deeply: more than 12 levels' }]);
    const wide = Object.fromEntries(Array.from({ length: 20_001 }, (_, i) => [`k${i}`, 0]));
    expect(errorsOf(wide)).toEqual([{ path: '', message: 'too large: an object with 20001 fields' }]);
  });

  it('rejects a megabyte string quickly', () => {
    const big = 'z'.repeat(1_000_000);
    const start = performance.now();
    errorsOf({ ...BASE, assumes: big, title: big, question: big });
    expect(performance.now() - start).toBeLessThan(100);
  });

  it('survives a cyclic object without throwing', () => {
    const cyclic: Json = structuredClone(BASE);
    cyclic.regions[0].share.self = cyclic;
    const [error] = errorsOf(cyclic);
    expect(error.message).toMatch(/nested too deeply/);
    expect(error.path.startsWith('regions[0].share.self.')).toBe(true);
  });

  it('survives a throwing getter without throwing', () => {
    const trap = structuredClone(BASE);
    Object.defineProperty(trap.intervener, 'troops', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const errors = errorsOf(trap);
    expect(errors.some((e) => /could not read the input: boom/.test(e.message))).toBe(true);
  });

  it('ignores the prototype: an inherited field is missing, an own __proto__ key is unknown', () => {
    const inherited = Object.create(structuredClone(BASE));
    expect(errorsOf(inherited).some((e) => e.path === 'schema' && e.message === 'missing')).toBe(true);
    const polluted = JSON.parse(JSON.stringify(BASE).replace('{', '{"__proto__": {"x": 1},'));
    expect(errorsOf(polluted).some((e) => e.path === '__proto__' && /unknown field/.test(e.message))).toBe(true);
  });

  it('caps the number of errors it reports', () => {
    const s = structuredClone(BASE);
    s.claims = Array.from({ length: 20 }, () => ({}));
    expect(errorsOf(s).length).toBeLessThanOrEqual(100);
  });
});

describe('seeded fuzz', () => {
  /** Paths to every leaf of a JSON value. */
  function leaves(value: unknown, path: (string | number)[] = []): (string | number)[][] {
    if (typeof value !== 'object' || value === null) return [path];
    const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
    return keys.flatMap((k) => leaves((value as any)[k], [...path, k]));
  }
  const JUNK: unknown[] = [null, NaN, -Infinity, '', 'nonsense', -1, 1e12, [], {}, true, 0.5];

  it('replacing any leaf with junk never throws, and errors name the replaced field', () => {
    const random = seedrandom('scenario-fuzz');
    const paths = leaves(BASE);
    let rejected = 0;
    const byRule: Record<MatchRule, number> = { exact: 0, inside: 0, group: 0, cross: 0 };
    for (let trial = 0; trial < 400; trial++) {
      const copy: any = structuredClone(BASE);
      const path = paths[Math.floor(random() * paths.length)];
      let holder = copy;
      for (const key of path.slice(0, -1)) holder = holder[key];
      const junk = JUNK[Math.floor(random() * JUNK.length)];
      holder[path[path.length - 1]] = junk;
      const result = parseScenario(copy);
      if (!result.ok) {
        rejected++;
        for (const e of result.errors) expect(isParserMessage(e.message), JSON.stringify(e)).toBe(true);
        // An error sits on the replaced field, inside it or on its Sourced record, or on a path a
        // cross-field check of that field reports (tests/fuzz/scenario-match.ts); and no error
        // sits anywhere else. (The old check let any root error through: "x".startsWith("").)
        const field = dotted(path);
        const match = matchRejection({ touched: [field], crossField: crossFieldPaths(field, copy) }, result.errors);
        expect(match.rule, `${field} = ${String(junk)}: ${formatFieldErrors(result.errors)}`).not.toBeNull();
        expect(match.unexplained, field).toEqual([]);
        byRule[match.rule!]++;
      }
    }
    // Most junk is caught; the rest is junk that happens to be valid (e.g. 0.5 for a share-like value elsewhere in range).
    expect(rejected).toBeGreaterThan(300);
    // Leaves are replaced in place, so the error is on the very field almost every time.
    expect(byRule.exact).toBeGreaterThan(0.9 * rejected);
  });
});
