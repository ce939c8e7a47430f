// Parse unknown input (a scenario file, a pasted or imported JSON) into a Scenario, or into a list of
// errors that each name the field path and the problem. Hand-written, pure, and it never throws:
// every shipped file and every file a teacher edits passes through here before the engine sees it.
//
// Policy on unknown fields: they are REPORTED as errors, not ignored. A misspelt optional field
// ("hostilty", "capitol") would otherwise vanish silently and change the scenario without a word.
// The result is a fresh object built only from known fields, so it never aliases the input.
import { findInput } from '../model/inputs';
import { TERRAINS } from '../model/parameters';
import type {
  ClaimCheck,
  ClaimSpec,
  ObjectiveKind,
  ObjectiveSpec,
  RegionSpec,
  Scenario,
  Sourced,
  Terrain,
} from '../model/types';
import { Reader, isDateLike, LIMITS } from './scenario-reader';
import { CLAIM_METRICS } from './metrics';

export interface FieldError {
  /** Dotted path with indices, e.g. "regions[2].share.value". */
  path: string;
  message: string;
}

export type ParseResult = { ok: true; scenario: Scenario } | { ok: false; errors: FieldError[] };

export { LIMITS as SCENARIO_LIMITS } from './scenario-reader';

export const SCENARIO_SCHEMA = 'threshold-scenario/1';
export const OBJECTIVE_KINDS: readonly ObjectiveKind[] = ['capital', 'country', 'limited'];
export const CLAIM_OPS: readonly ClaimCheck['op'][] = ['<', '<=', '>', '>='];
/** Region shares must sum to 1 within this tolerance (rounded census shares). */
export const SHARE_TOLERANCE = 0.005;

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function parseScenario(input: unknown): ParseResult {
  const r = new Reader();
  try {
    const scenario = readScenario(r, input);
    if (r.errors.length === 0 && scenario) return { ok: true, scenario };
  } catch (err) {
    // Only exotic inputs (proxies, throwing getters) get here; JSON data never does.
    r.error('', `could not read the input: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (r.errors.length === 0) r.error('', 'not a valid scenario');
  return { ok: false, errors: r.errors };
}

/** One error a line, "path: message", for the CLI and the import dialog. */
export function formatFieldErrors(errors: readonly FieldError[]): string {
  return errors.map((e) => `${e.path === '' ? '(scenario)' : e.path}: ${e.message}`).join('\n');
}

/** Canonical JSON of a scenario (field order as in the files); parseScenario(JSON.parse(...)) returns it unchanged. */
export function scenarioToJson(scenario: Scenario): string {
  return JSON.stringify(canonicalScenario(scenario), null, 2) + '\n';
}

// ---------------------------------------------------------------------------------------------

function readScenario(r: Reader, input: unknown): Scenario | null {
  const tooBig = r.checkShape(input);
  if (tooBig) {
    r.error(tooBig.path, tooBig.message);
    return null;
  }
  const root = r.object(input, '');
  if (!root) return null;
  r.allowOnly(root, '', [
    'schema', 'id', 'title', 'question', 'assumes', 'kind', 'frameClaim',
    'objective', 'population', 'regions', 'intervener', 'defender', 'host', 'claims',
  ]);
  const schema = r.string(root, 'schema', '', LIMITS.shortText);
  if (schema !== null && schema !== SCENARIO_SCHEMA) {
    r.error('schema', `unknown schema "${clip(schema)}"; expected "${SCENARIO_SCHEMA}"`);
  }
  const id = r.string(root, 'id', '', LIMITS.id);
  if (id !== null && !KEBAB.test(id)) r.error('id', `must be kebab-case (a-z, 0-9 and single hyphens), got "${clip(id)}"`);
  const title = r.string(root, 'title', '', LIMITS.shortText);
  const question = r.string(root, 'question', '', LIMITS.mediumText);
  const assumes = r.string(root, 'assumes', '', LIMITS.longText);
  const kind = r.oneOf(root, 'kind', '', ['what-if', 'back-test'] as const);
  const frameClaim = r.has(root, 'frameClaim') ? r.string(root, 'frameClaim', '', LIMITS.id) : undefined;

  const regions = readRegions(r, root);
  const population = readPopulation(r, root);
  const objective = readObjective(r, root, regions);
  const intervener = readGroup(r, root, 'intervener', [
    'troops', 'quality', 'qualitySpread', 'targetRatio', 'sustainableForce', 'rotationMonth',
  ]);
  const defender = readGroup(r, root, 'defender', ['regulars', 'cohesion', 'capitalShare', 'militia', 'posture', 'mastery']);
  const host = readGroup(r, root, 'host', ['preWarForces', 'retained']);
  const claims = readClaims(r, root);

  if (frameClaim && claims && !claims.some((c) => c.id === frameClaim)) {
    r.error('frameClaim', `unknown claim id "${clip(frameClaim)}"; claims here: ${claims.map((c) => c.id).join(', ') || 'none'}`);
  }
  if (r.errors.length > 0) return null;
  return {
    schema: SCENARIO_SCHEMA,
    id: id!,
    title: title!,
    question: question!,
    assumes: assumes!,
    kind: kind!,
    ...(frameClaim ? { frameClaim } : {}),
    objective: objective!,
    population: population!,
    regions: regions!,
    intervener: intervener as unknown as Scenario['intervener'],
    defender: defender as unknown as Scenario['defender'],
    host: host as unknown as Scenario['host'],
    claims: claims!,
  };
}

/** A Sourced record; bounds come from the INPUTS catalogue entry for `inputPath` (or `bounds`). */
function readSourced(
  r: Reader,
  holder: Record<string, unknown>,
  key: string,
  path: string,
  inputPath: string | null,
  bounds?: { min: number; max: number; integer: boolean },
): Sourced | null {
  const here = join(path, key);
  const obj = r.object(r.field(holder, key), here);
  if (!obj) return null;
  r.allowOnly(obj, here, ['value', 'source', 'asOf', 'range', 'note']);
  const spec = inputPath ? findInput(inputPath) : undefined;
  const limit = bounds ?? (spec ? { min: spec.min, max: spec.max, integer: spec.integer } : null);
  const value = r.number(obj, 'value', here);
  if (value !== null && limit) r.inBounds(join(here, 'value'), value, limit);
  const source = r.string(obj, 'source', here, LIMITS.mediumText);
  const asOf = r.string(obj, 'asOf', here, LIMITS.date);
  if (asOf !== null && !isDateLike(asOf)) {
    r.error(join(here, 'asOf'), `must be a date like "2025", "2025-10" or "2025-10-31", got "${clip(asOf)}"`);
  }
  let range: [number, number] | undefined;
  if (r.has(obj, 'range')) {
    const pair = r.numberPair(obj, 'range', here);
    if (pair) {
      const rangePath = join(here, 'range');
      if (limit) {
        r.inBounds(`${rangePath}[0]`, pair[0], { ...limit, integer: false });
        r.inBounds(`${rangePath}[1]`, pair[1], { ...limit, integer: false });
      }
      if (pair[0] > pair[1]) r.error(rangePath, `low end ${pair[0]} is above high end ${pair[1]}`);
      else if (value !== null && (value < pair[0] || value > pair[1])) {
        r.error(join(here, 'value'), `${value} is outside its range [${pair[0]}, ${pair[1]}]`);
      }
      range = pair;
    }
  }
  const note = r.has(obj, 'note') ? r.string(obj, 'note', here, LIMITS.mediumText) : undefined;
  if (value === null || source === null || asOf === null || note === null) return null;
  return { value, source, asOf, ...(range ? { range } : {}), ...(note !== undefined ? { note } : {}) };
}

function readGroup(r: Reader, root: Record<string, unknown>, group: string, keys: string[]): Record<string, Sourced> | null {
  const obj = r.object(r.field(root, group), group);
  if (!obj) return null;
  r.allowOnly(obj, group, keys);
  const out: Record<string, Sourced> = {};
  let ok = true;
  for (const key of keys) {
    const sourced = readSourced(r, obj, key, group, `${group}.${key}`);
    if (sourced) out[key] = sourced;
    else ok = false;
  }
  return ok ? out : null;
}

function readPopulation(r: Reader, root: Record<string, unknown>): Scenario['population'] | null {
  const obj = r.object(r.field(root, 'population'), 'population');
  if (!obj) return null;
  r.allowOnly(obj, 'population', ['total', 'hostility']);
  const total = readSourced(r, obj, 'total', 'population', 'population.total');
  const hostility = readSourced(r, obj, 'hostility', 'population', 'population.hostility');
  return total && hostility ? { total, hostility } : null;
}

function readRegions(r: Reader, root: Record<string, unknown>): RegionSpec[] | null {
  const list = r.array(r.field(root, 'regions'), 'regions');
  if (!list) return null;
  if (list.length < 1 || list.length > LIMITS.maxRegions) {
    r.error('regions', `must hold 1 to ${LIMITS.maxRegions} regions, got ${list.length}`);
    return null;
  }
  const regions: (RegionSpec | null)[] = list.map((item, i) => {
    const here = `regions[${i}]`;
    const obj = r.object(item, here);
    if (!obj) return null;
    r.allowOnly(obj, here, ['id', 'name', 'share', 'terrain', 'terrainSource', 'capital', 'hostility']);
    const id = r.string(obj, 'id', here, LIMITS.id);
    if (id !== null && !KEBAB.test(id)) r.error(`${here}.id`, `must be kebab-case (a-z, 0-9 and single hyphens), got "${clip(id)}"`);
    const name = r.string(obj, 'name', here, LIMITS.shortText);
    const share = readSourced(r, obj, 'share', here, null, { min: 0, max: 1, integer: false });
    const terrain = r.oneOf(obj, 'terrain', here, TERRAINS as readonly Terrain[]);
    const terrainSource = r.string(obj, 'terrainSource', here, LIMITS.mediumText);
    const capital = r.has(obj, 'capital') ? r.boolean(obj, 'capital', here) : undefined;
    const hostility = r.has(obj, 'hostility') ? readSourced(r, obj, 'hostility', here, 'population.hostility') : undefined;
    if (id === null || name === null || !share || terrain === null || terrainSource === null || capital === null || hostility === null) {
      return null;
    }
    return { id, name, share, terrain, terrainSource, ...(capital !== undefined ? { capital } : {}), ...(hostility ? { hostility } : {}) };
  });
  const seen = new Map<string, number>();
  regions.forEach((region, i) => {
    if (!region) return;
    const first = seen.get(region.id);
    if (first !== undefined) r.error(`regions[${i}].id`, `duplicate region id "${region.id}" (also regions[${first}])`);
    else seen.set(region.id, i);
  });
  if (regions.some((region) => region === null)) return null;
  const valid = regions as RegionSpec[];
  const capitals = valid.filter((region) => region.capital === true).length;
  if (capitals !== 1) r.error('regions', `exactly one region must have "capital": true, found ${capitals}`);
  const sum = valid.reduce((acc, region) => acc + region.share.value, 0);
  if (Math.abs(sum - 1) > SHARE_TOLERANCE) {
    r.error('regions', `region shares must sum to 1 (±${SHARE_TOLERANCE}), they sum to ${round(sum, 4)}`);
  }
  return valid;
}

function readObjective(r: Reader, root: Record<string, unknown>, regions: RegionSpec[] | null): ObjectiveSpec | null {
  const obj = r.object(r.field(root, 'objective'), 'objective');
  if (!obj) return null;
  r.allowOnly(obj, 'objective', ['kind', 'region', 'holdMonths']);
  const kind = r.oneOf(obj, 'kind', 'objective', OBJECTIVE_KINDS);
  const region = r.has(obj, 'region') ? r.string(obj, 'region', 'objective', LIMITS.id) : undefined;
  if (kind === 'limited' && region === undefined) r.error('objective.region', 'missing: a "limited" objective names the region to hold');
  if (region && regions && !regions.some((spec) => spec.id === region)) {
    r.error('objective.region', `unknown region id "${clip(region)}"; regions here: ${regions.map((spec) => spec.id).join(', ')}`);
  }
  const holdMonths = r.has(obj, 'holdMonths') ? readSourced(r, obj, 'holdMonths', 'objective', 'objective.holdMonths') : undefined;
  if (kind === null || region === null || holdMonths === null) return null;
  return { kind, ...(region !== undefined ? { region } : {}), ...(holdMonths ? { holdMonths } : {}) };
}

function readClaims(r: Reader, root: Record<string, unknown>): ClaimSpec[] | null {
  const list = r.array(r.field(root, 'claims'), 'claims');
  if (!list) return null;
  if (list.length > LIMITS.maxClaims) {
    r.error('claims', `at most ${LIMITS.maxClaims} claims, got ${list.length}`);
    return null;
  }
  const claims = list.map((item, i) => readClaim(r, item, `claims[${i}]`));
  const seen = new Map<string, number>();
  claims.forEach((claim, i) => {
    if (!claim) return;
    const first = seen.get(claim.id);
    if (first !== undefined) r.error(`claims[${i}].id`, `duplicate claim id "${claim.id}" (also claims[${first}])`);
    else seen.set(claim.id, i);
  });
  return claims.every((claim) => claim !== null) ? (claims as ClaimSpec[]) : null;
}

function readClaim(r: Reader, item: unknown, here: string): ClaimSpec | null {
  const obj = r.object(item, here);
  if (!obj) return null;
  r.allowOnly(obj, here, ['id', 'who', 'date', 'quote', 'source', 'claim', 'checks', 'expected']);
  const id = r.string(obj, 'id', here, LIMITS.id);
  if (id !== null && !KEBAB.test(id)) r.error(`${here}.id`, `must be kebab-case (a-z, 0-9 and single hyphens), got "${clip(id)}"`);
  const who = r.string(obj, 'who', here, LIMITS.shortText);
  const date = r.string(obj, 'date', here, LIMITS.date);
  if (date !== null && !isDateLike(date)) r.error(`${here}.date`, `must be a date like "2025-10", got "${clip(date)}"`);
  const quote = r.string(obj, 'quote', here, LIMITS.mediumText);
  const source = r.string(obj, 'source', here, LIMITS.mediumText);
  const claim = r.string(obj, 'claim', here, LIMITS.mediumText);
  const expected = r.oneOf(obj, 'expected', here, ['agrees', 'disagrees'] as const);
  const list = r.array(r.field(obj, 'checks'), `${here}.checks`);
  let checks: (ClaimCheck | null)[] | null = null;
  if (list) {
    if (list.length < 1 || list.length > LIMITS.maxChecks) {
      r.error(`${here}.checks`, `must hold 1 to ${LIMITS.maxChecks} checks, got ${list.length}`);
    } else {
      checks = list.map((check, j) => readCheck(r, check, `${here}.checks[${j}]`));
    }
  }
  if ([id, who, date, quote, source, claim, expected].some((v) => v === null) || !checks || checks.some((c) => c === null)) {
    return null;
  }
  return { id: id!, who: who!, date: date!, quote: quote!, source: source!, claim: claim!, checks: checks as ClaimCheck[], expected: expected! };
}

function readCheck(r: Reader, item: unknown, here: string): ClaimCheck | null {
  const obj = r.object(item, here);
  if (!obj) return null;
  r.allowOnly(obj, here, ['metric', 'troops', 'objective', 'op', 'value']);
  const metric = r.oneOf(obj, 'metric', here, CLAIM_METRICS);
  const op = r.oneOf(obj, 'op', here, CLAIM_OPS);
  const value = r.number(obj, 'value', here);
  // Every metric is a share of runs.
  if (value !== null) r.inBounds(`${here}.value`, value, { min: 0, max: 1, integer: false });
  let troops: number | null | undefined;
  if (r.has(obj, 'troops')) {
    troops = r.number(obj, 'troops', here);
    const spec = findInput('intervener.troops')!;
    if (troops !== null) r.inBounds(`${here}.troops`, troops, spec);
  }
  const objective = r.has(obj, 'objective') ? r.oneOf(obj, 'objective', here, OBJECTIVE_KINDS) : undefined;
  if (metric === null || op === null || value === null || troops === null || objective === null) return null;
  return { metric, ...(troops !== undefined ? { troops } : {}), ...(objective !== undefined ? { objective } : {}), op, value };
}

// ---------------------------------------------------------------------------------------------
// Canonical form for export: known fields only, in file order, optional fields only when present.

function canonicalSourced(s: Sourced): Sourced {
  return {
    value: s.value,
    source: s.source,
    asOf: s.asOf,
    ...(s.range ? { range: [s.range[0], s.range[1]] as [number, number] } : {}),
    ...(s.note !== undefined ? { note: s.note } : {}),
  };
}

function canonicalGroup<T extends object>(group: T, keys: (keyof T)[]): T {
  return Object.fromEntries(keys.map((k) => [k, canonicalSourced(group[k] as Sourced)])) as T;
}

function canonicalScenario(s: Scenario): Scenario {
  return {
    schema: s.schema,
    id: s.id,
    title: s.title,
    question: s.question,
    assumes: s.assumes,
    kind: s.kind,
    ...(s.frameClaim !== undefined ? { frameClaim: s.frameClaim } : {}),
    objective: {
      kind: s.objective.kind,
      ...(s.objective.region !== undefined ? { region: s.objective.region } : {}),
      ...(s.objective.holdMonths ? { holdMonths: canonicalSourced(s.objective.holdMonths) } : {}),
    },
    population: { total: canonicalSourced(s.population.total), hostility: canonicalSourced(s.population.hostility) },
    regions: s.regions.map((region) => ({
      id: region.id,
      name: region.name,
      share: canonicalSourced(region.share),
      terrain: region.terrain,
      terrainSource: region.terrainSource,
      ...(region.capital !== undefined ? { capital: region.capital } : {}),
      ...(region.hostility ? { hostility: canonicalSourced(region.hostility) } : {}),
    })),
    intervener: canonicalGroup(s.intervener, ['troops', 'quality', 'qualitySpread', 'targetRatio', 'sustainableForce', 'rotationMonth']),
    defender: canonicalGroup(s.defender, ['regulars', 'cohesion', 'capitalShare', 'militia', 'posture', 'mastery']),
    host: canonicalGroup(s.host, ['preWarForces', 'retained']),
    claims: s.claims.map((c) => ({
      id: c.id,
      who: c.who,
      date: c.date,
      quote: c.quote,
      source: c.source,
      claim: c.claim,
      checks: c.checks.map((k) => ({
        metric: k.metric,
        ...(k.troops !== undefined ? { troops: k.troops } : {}),
        ...(k.objective !== undefined ? { objective: k.objective } : {}),
        op: k.op,
        value: k.value,
      })),
      expected: c.expected,
    })),
  };
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
