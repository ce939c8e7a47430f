// Malformed scenarios, each made from a valid shipped file by one mutation: the parser must refuse
// it with an error naming the right field and the problem. Plus hostile inputs (huge, deep,
// cyclic, throwing) and a seeded fuzz: the parser never throws and never accepts garbage silently.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { parseScenario, type FieldError } from '../../src/engine/scenario';
import type { ScenarioErrorCode } from '../../src/model/scenario-errors';
import { scenarioErrorLines } from '../../src/ui/scenario-errors';
import { crossFieldPaths, dotted } from '../fuzz/scenario-gen';
import { isParserError, matchRejection, type MatchRule } from '../fuzz/scenario-match';

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
  code: ScenarioErrorCode;
  /** Parameters the error must carry (others may be there too). */
  params?: Record<string, unknown>;
  base?: Json;
}

const CASES: Case[] = [
  { name: 'missing number', change: (s) => void delete s.intervener.troops, path: 'intervener.troops', code: 'missing' },
  { name: 'missing value inside a Sourced', change: (s) => void delete s.defender.cohesion.value, path: 'defender.cohesion.value', code: 'missing' },
  { name: 'number as a string', change: (s) => void (s.intervener.troops.value = '10000'), path: 'intervener.troops.value', code: 'wrong-type', params: { expected: 'number', got: 'string' } },
  { name: 'null where an object belongs', change: (s) => void (s.population = null), path: 'population', code: 'wrong-type', params: { expected: 'object', got: 'null' } },
  { name: 'object where an array belongs', change: (s) => void (s.regions = {}), path: 'regions', code: 'wrong-type', params: { expected: 'array', got: 'object' } },
  { name: 'NaN value', change: (s) => void (s.population.hostility.value = NaN), path: 'population.hostility.value', code: 'not-finite', params: { got: 'NaN' } },
  { name: 'Infinity value', change: (s) => void (s.intervener.troops.value = Infinity), path: 'intervener.troops.value', code: 'not-finite', params: { got: 'Infinity' } },
  { name: 'cohesion above 1', change: (s) => void (s.defender.cohesion.value = 1.5), path: 'defender.cohesion.value', code: 'out-of-range', params: { min: 0, max: 1, got: 1.5 } },
  { name: 'negative troops', change: (s) => void (s.intervener.troops.value = -5), path: 'intervener.troops.value', code: 'out-of-range', params: { min: 0, max: 1_000_000, got: -5 } },
  { name: 'troops not whole', change: (s) => void (s.intervener.troops.value = 10000.5), path: 'intervener.troops.value', code: 'not-whole', params: { got: 10000.5 } },
  { name: 'population below the catalogue bound', change: (s) => void (s.population.total = { ...s.population.total, value: 10, range: undefined }), path: 'population.total.value', code: 'out-of-range', params: { min: 1000 } },
  { name: 'posture range reversed', change: (s) => void (s.defender.posture.range = [1.6, 1.3]), path: 'defender.posture.range', code: 'range-reversed', params: { low: 1.6, high: 1.3 } },
  { name: 'value outside its published range', change: (s) => void (s.defender.regulars.value = 200000), path: 'defender.regulars.value', code: 'outside-range', params: { got: 200000, low: 90000, high: 123000 } },
  { name: 'range with a string end', change: (s) => void (s.defender.regulars.range = [90000, 'many']), path: 'defender.regulars.range[1]', code: 'wrong-type', params: { expected: 'number', got: 'string' } },
  { name: 'range of three numbers', change: (s) => void (s.defender.regulars.range = [1, 2, 3]), path: 'defender.regulars.range', code: 'not-a-pair', params: { got: 3 } },
  { name: 'share below 0', change: (s) => void (s.regions[2].share.value = -0.1), path: 'regions[2].share.value', code: 'out-of-range', params: { min: 0, max: 1 } },
  { name: 'shares not summing to 1', change: (s) => void (s.regions[0].share.value = 0.3), path: 'regions', code: 'share-sum', params: { sum: 1.1176, tolerance: 0.005 } },
  { name: 'unknown objective region', change: (s) => void (s.objective.region = 'atlantis'), path: 'objective.region', code: 'unknown-region', params: { got: 'atlantis' } },
  { name: 'limited objective without a region', base: LIMITED, change: (s) => void delete s.objective.region, path: 'objective.region', code: 'limited-needs-region' },
  { name: 'duplicate region ids', change: (s) => void (s.regions[3].id = 'west'), path: 'regions[3].id', code: 'duplicate-id', params: { id: 'west', first: 'regions[2]' } },
  { name: 'no capital', change: (s) => void delete s.regions[0].capital, path: 'regions', code: 'capital-count', params: { found: 0 } },
  { name: 'two capitals', change: (s) => void (s.regions[1].capital = true), path: 'regions', code: 'capital-count', params: { found: 2 } },
  { name: 'capital flag of the wrong type', change: (s) => void (s.regions[0].capital = 'yes'), path: 'regions[0].capital', code: 'wrong-type', params: { expected: 'boolean', got: 'string' } },
  { name: 'unknown terrain', change: (s) => void (s.regions[4].terrain = 'swamp'), path: 'regions[4].terrain', code: 'unknown-value', params: { got: 'swamp', allowed: ['open', 'mixed', 'urban', 'rugged'] } },
  { name: 'unknown objective kind', change: (s) => void (s.objective.kind = 'everything'), path: 'objective.kind', code: 'unknown-value', params: { got: 'everything', allowed: ['capital', 'country', 'limited'] } },
  { name: 'unknown scenario kind', change: (s) => void (s.kind = 'history'), path: 'kind', code: 'unknown-value', params: { allowed: ['what-if', 'back-test'] } },
  { name: 'empty title', change: (s) => void (s.title = ''), path: 'title', code: 'blank' },
  { name: 'blank source', change: (s) => void (s.intervener.quality.source = '   '), path: 'intervener.quality.source', code: 'blank' },
  { name: 'missing source', change: (s) => void delete s.host.retained.source, path: 'host.retained.source', code: 'missing' },
  { name: 'over-long title', change: (s) => void (s.title = 'x'.repeat(201)), path: 'title', code: 'too-long', params: { max: 200, length: 201 } },
  { name: 'megabyte assumptions text', change: (s) => void (s.assumes = 'y'.repeat(1_000_000)), path: 'assumes', code: 'too-long', params: { max: 20000, length: 1000000 } },
  {
    name: 'too many regions',
    change: (s) => void s.regions.push(...[1, 2].map((i) => ({ ...s.regions[6], id: `extra-${i}`, share: { ...s.regions[6].share, value: 0 } }))),
    path: 'regions',
    code: 'wrong-count',
    params: { min: 1, max: 8, got: 9 },
  },
  { name: 'no regions', change: (s) => void (s.regions = []), path: 'regions', code: 'wrong-count', params: { min: 1, max: 8, got: 0 } },
  { name: 'too many claims', change: (s) => void (s.claims = Array.from({ length: 21 }, () => s.claims[0])), path: 'claims', code: 'wrong-count', params: { max: 20, got: 21 } },
  { name: 'unknown schema', change: (s) => void (s.schema = 'threshold-scenario/2'), path: 'schema', code: 'unknown-schema', params: { got: 'threshold-scenario/2', expected: 'threshold-scenario/1' } },
  {
    name: 'claim with an unknown metric',
    change: (s) => void (s.claims[0].checks[0].metric = 'victoryRate'),
    path: 'claims[0].checks[0].metric',
    code: 'unknown-value',
    params: { got: 'victoryRate', allowed: expect.arrayContaining(['entryRate', 'successRate']) },
  },
  { name: 'claim with an unknown op', change: (s) => void (s.claims[1].checks[0].op = '=='), path: 'claims[1].checks[0].op', code: 'unknown-value', params: { got: '==', allowed: ['<', '<=', '>', '>='] } },
  { name: 'claim threshold above 1', change: (s) => void (s.claims[0].checks[0].value = 5), path: 'claims[0].checks[0].value', code: 'out-of-range', params: { min: 0, max: 1 } },
  { name: 'claim tested at too many troops', change: (s) => void (s.claims[0].checks[0].troops = 2_000_000), path: 'claims[0].checks[0].troops', code: 'out-of-range', params: { max: 1_000_000 } },
  { name: 'claim with no checks', change: (s) => void (s.claims[0].checks = []), path: 'claims[0].checks', code: 'wrong-count', params: { min: 1, max: 10, got: 0 } },
  { name: 'claim with an unknown expected verdict', change: (s) => void (s.claims[0].expected = 'maybe'), path: 'claims[0].expected', code: 'unknown-value', params: { allowed: ['agrees', 'disagrees', 'depends', 'not-testable'] } },
  { name: 'duplicate claim ids', change: (s) => void (s.claims[1].id = s.claims[0].id), path: 'claims[1].id', code: 'duplicate-id', params: { id: 'ft-not-enough', first: 'claims[0]' } },
  { name: 'frame claim not among the claims', change: (s) => void (s.frameClaim = 'nobody-said-this'), path: 'frameClaim', code: 'unknown-claim', params: { got: 'nobody-said-this' } },
  { name: 'asOf not date-like', change: (s) => void (s.intervener.troops.asOf = 'last autumn'), path: 'intervener.troops.asOf', code: 'not-a-date', params: { got: 'last autumn' } },
  { name: 'asOf with month 13', change: (s) => void (s.population.total.asOf = '2024-13'), path: 'population.total.asOf', code: 'not-a-date' },
  { name: 'claim date not date-like', change: (s) => void (s.claims[0].date = 'Oct'), path: 'claims[0].date', code: 'not-a-date' },
  { name: 'id not kebab-case', change: (s) => void (s.id = 'Venezuela 2025'), path: 'id', code: 'not-kebab-case', params: { got: 'Venezuela 2025' } },
  { name: 'unknown top-level field (a typo)', change: (s) => void (s.hostilty = 0.5), path: 'hostilty', code: 'unknown-field', params: { field: 'hostilty', allowed: expect.arrayContaining(['$schema', 'population']) } },
  { name: 'unknown field inside a region', change: (s) => void (s.regions[0].capitol = true), path: 'regions[0].capitol', code: 'unknown-field', params: { field: 'capitol' } },
  {
    name: 'regional hostility above 1',
    change: (s) => void (s.regions[5].hostility = { value: 1.2, source: 'Design choice: a test of the bound on hostility.', asOf: '2025' }),
    path: 'regions[5].hostility.value',
    code: 'out-of-range',
    params: { min: 0, max: 1 },
  },
  { name: 'hold months beyond the catalogue bound', base: LIMITED, change: (s) => void (s.objective.holdMonths.value = 48), path: 'objective.holdMonths.value', code: 'out-of-range', params: { min: 1, max: 36 } },
  { name: '"$schema" that is not text', change: (s) => void (s.$schema = 5), path: '$schema', code: 'wrong-type', params: { expected: 'string', got: 'number' } },
  { name: 'duplicate reference force ids', change: (s) => void (s.referenceForces[2].id = s.referenceForces[0].id), path: 'referenceForces[2].id', code: 'duplicate-id', params: { id: 'today', first: 'referenceForces[0]' } },
  { name: 'reference force troops not whole', change: (s) => void (s.referenceForces[1].troops = 27_684.5), path: 'referenceForces[1].troops', code: 'not-whole' },
  { name: 'reference force without a source', change: (s) => void delete s.referenceForces[3].source, path: 'referenceForces[3].source', code: 'missing' },
  {
    name: 'unknown field in a reference force',
    change: (s) => void (s.referenceForces[0].year = 2025),
    path: 'referenceForces[0].year',
    code: 'unknown-field',
    params: { field: 'year', allowed: ['id', 'troops', 'label', 'who', 'quote', 'says', 'source', 'cite'] },
  },
  { name: 'a value citing an unknown source', change: (s) => void (s.intervener.troops.cite = ['ft-2025-10', 'my-blog']), path: 'intervener.troops.cite[1]', code: 'unknown-source', params: { got: 'my-blog' } },
  { name: 'a claim citing an unknown source', change: (s) => void (s.claims[0].cite = ['nobody-published-this']), path: 'claims[0].cite[0]', code: 'unknown-source', params: { got: 'nobody-published-this' } },
  {
    name: 'a value with an unknown status',
    change: (s) => void (s.population.hostility.status = 'guessed'),
    path: 'population.hostility.status',
    code: 'unknown-value',
    params: { got: 'guessed', allowed: ['published', 'derived', 'design'] },
  },
  { name: 'array as the whole input', change: () => [], path: '', code: 'wrong-type', params: { expected: 'object', got: 'array' } },
  { name: 'a string as the whole input', change: () => 'venezuela', path: '', code: 'wrong-type', params: { expected: 'object', got: 'string' } },
  { name: 'null as the whole input', change: () => null, path: '', code: 'wrong-type', params: { expected: 'object', got: 'null' } },
];

describe('malformed scenarios', () => {
  it('covers at least 20 mutations', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(20);
  });

  it.each(CASES)('$name → $path', ({ change, path, code, params, base }) => {
    const errors = errorsOf(mutate(base ?? BASE, change));
    const hit = errors.find((e) => e.path === path && e.code === code);
    expect(hit, `no "${code}" error at "${path}"; got ${JSON.stringify(errors)}`).toBeDefined();
    if (params) expect(hit!.params).toMatchObject(params);
    // Well formed, and worded.
    expect(isParserError(hit), JSON.stringify(hit)).toBe(true);
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

  it('the UI words the errors one "path: problem" line each, "(scenario)" for the whole input', () => {
    const lines = scenarioErrorLines([
      { path: 'regions[2].share.value', code: 'out-of-range', params: { min: 0, max: 1, got: 1.5 } },
      { path: '', code: 'too-deep', params: { max: 12 } },
    ]);
    expect(lines).toEqual(['regions[2].share.value: out of range: must be between 0 and 1, got 1.5', '(scenario): nested too deeply: more than 12 levels']);
  });
});

describe('hostile inputs', () => {
  // "Quickly" is measured in work, not time (speed targets belong to the bench): a Proxy counts
  // every property the parser reads from the hostile value.
  function counted<T extends object>(target: T, counter: { reads: number }): T {
    return new Proxy(target, {
      get(t, key, receiver) {
        counter.reads++;
        return Reflect.get(t, key, receiver);
      },
    });
  }

  it('rejects deep nesting before reading fields: it walks no deeper than the limit', () => {
    const counter = { reads: 0 };
    let deep: any = {};
    const root = deep;
    const levels: any[] = [];
    for (let i = 0; i < 100_000; i++) {
      levels.push(deep);
      deep = deep.next = {};
    }
    // Every level reached through a counting proxy: reads of the 100,000-level chain stay bounded.
    for (let i = levels.length - 2; i >= 0; i--) levels[i].next = counted(levels[i + 1], counter);
    const errors = errorsOf({ ...BASE, extra: counted(root, counter) });
    expect(counter.reads).toBeLessThan(200);
    // Reported where the limit is crossed, inside the field that holds the junk (depth 12 is
    // "extra" and eleven "next"), not on the whole input.
    expect(errors).toEqual([{ path: `extra${'.next'.repeat(11)}`, code: 'too-deep', params: { max: 12 } }]);
  });

  it('rejects a huge array from its length, reading none of its items, naming the field that holds it', () => {
    const counter = { reads: 0 };
    const huge = new Array(5_000_000).fill(0);
    const itemReads = { reads: 0 };
    const errors = errorsOf({
      ...BASE,
      claims: new Proxy(huge, {
        get(t, key, receiver) {
          counter.reads++;
          if (typeof key === 'string' && /^\d+$/.test(key)) itemReads.reads++;
          return Reflect.get(t, key, receiver);
        },
      }),
    });
    expect(itemReads.reads).toBe(0);
    expect(counter.reads).toBeLessThan(20);
    expect(errors).toEqual([{ path: 'claims', code: 'too-many-items', params: { got: 5_000_000 } }]);
  });

  it('names the root only when the whole input is too deep', () => {
    let deep: any = 1;
    for (let i = 0; i < 20; i++) deep = [deep];
    expect(errorsOf(deep)).toEqual([{ path: `${'[0]'.repeat(12)}`, code: 'too-deep', params: { max: 12 } }]);
    const wide = Object.fromEntries(Array.from({ length: 20_001 }, (_, i) => [`k${i}`, 0]));
    expect(errorsOf(wide)).toEqual([{ path: '', code: 'too-many-fields', params: { got: 20_001 } }]);
  });

  it('rejects a megabyte string in each text field, by its length', () => {
    const big = 'z'.repeat(1_000_000);
    const errors = errorsOf({ ...BASE, assumes: big, title: big, question: big });
    expect(errors.map((e) => e.path).sort()).toEqual(['assumes', 'question', 'title']);
    for (const e of errors) expect(e.code).toMatch(/long/);
  });

  it('survives a cyclic object without throwing', () => {
    const cyclic: Json = structuredClone(BASE);
    cyclic.regions[0].share.self = cyclic;
    const [error] = errorsOf(cyclic);
    expect(error.code).toBe('too-deep');
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
    expect(errors).toContainEqual({ path: '', code: 'unreadable', params: { reason: 'boom' } });
  });

  it('ignores the prototype: an inherited field is missing, an own __proto__ key is unknown', () => {
    const inherited = Object.create(structuredClone(BASE));
    expect(errorsOf(inherited)).toContainEqual({ path: 'schema', code: 'missing', params: {} });
    const polluted = JSON.parse(JSON.stringify(BASE).replace('{', '{"__proto__": {"x": 1},'));
    expect(errorsOf(polluted).some((e) => e.path === '__proto__' && e.code === 'unknown-field')).toBe(true);
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
        for (const e of result.errors) expect(isParserError(e), JSON.stringify(e)).toBe(true);
        // An error sits on the replaced field, inside it or on its Sourced record, or on a path a
        // cross-field check of that field reports (tests/fuzz/scenario-match.ts); and no error
        // sits anywhere else. (The old check let any root error through: "x".startsWith("").)
        const field = dotted(path);
        const match = matchRejection({ touched: [field], crossField: crossFieldPaths(field, copy) }, result.errors);
        expect(match.rule, `${field} = ${String(junk)}: ${scenarioErrorLines(result.errors).join('\n')}`).not.toBeNull();
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
