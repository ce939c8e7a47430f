// Seeded generator of malformed and extreme scenario files for the robustness fuzz: each case is a
// shipped scenario with one or more mutations (wrong types, missing fields, NaN/Infinity, negative
// and enormous numbers, 0 and 10 million troops, 1 and 50 regions, shares off 1, deep nesting,
// megabyte strings). It records the dotted path it touched so the test can check that a rejection
// names that field (or one containing it).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type Json = any;
export type Random = () => number;

const DIR = join(__dirname, '..', '..', 'scenarios');
export const SHIPPED: { name: string; json: Json }[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => ({ name: f, json: JSON.parse(readFileSync(join(DIR, f), 'utf8')) }));

const MEGA = 'x'.repeat(1 << 20);

function deep(depth: number): Json {
  let v: Json = 1;
  for (let i = 0; i < depth; i++) v = { a: v };
  return v;
}

/** Values that break types and ranges; functions are built per call so the big ones stay shared. */
const JUNK: Array<() => unknown> = [
  () => null,
  () => undefined,
  () => NaN,
  () => Infinity,
  () => -Infinity,
  () => -1,
  () => 0,
  () => -0,
  () => 1,
  () => 0.5,
  () => 1e7,
  () => 10_000_000,
  () => 1e308,
  () => -1e308,
  () => Number.MAX_SAFE_INTEGER + 2,
  () => Number.MIN_VALUE,
  () => '',
  () => 'nonsense',
  () => '10000',
  () => '<script>alert(1)</script>',
  () => MEGA,
  () => [],
  () => [1, 2, 3],
  () => ({}),
  () => ({ value: NaN }),
  () => true,
  () => false,
  () => deep(40),
  () => deep(2000),
  () => Array.from({ length: 30_000 }, () => 0),
];

export type Path = (string | number)[];

export function dotted(path: Path): string {
  return path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('').replace(/^\./, '');
}

function allPaths(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (typeof value === 'object' && value !== null) {
    const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
    for (const k of keys) allPaths((value as any)[k], [...path, k], out);
  }
  return out;
}

function pick<T>(random: Random, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)];
}

function holderOf(root: Json, path: Path): Json {
  let h = root;
  for (const k of path.slice(0, -1)) h = h[k];
  return h;
}

export interface FuzzCase {
  input: unknown;
  /** Dotted paths of the fields the mutations touched ('' = the whole input). */
  touched: string[];
  kind: string;
}

/** A region list of n regions with equal shares summing to 1 (exactly one capital). */
function regions(base: Json, n: number): Json[] {
  const template = base.regions[0];
  return Array.from({ length: n }, (_, i) => ({
    ...structuredClone(template),
    id: `r${i}`,
    name: `Region ${i}`,
    share: { ...template.share, value: i === n - 1 ? 1 - (n - 1) * Math.floor(1e6 / n) / 1e6 : Math.floor(1e6 / n) / 1e6 },
    ...(i === 0 ? { capital: true } : { capital: undefined }),
  })).map((r) => JSON.parse(JSON.stringify(r)));
}

function fixObjective(s: Json): void {
  if (s.objective && typeof s.objective === 'object') s.objective = { kind: s.objective.kind === 'limited' ? 'country' : s.objective.kind };
}

/** One case, seeded by `random`. */
export function generateCase(random: Random): FuzzCase {
  const base = pick(random, SHIPPED).json;
  const roll = random();
  if (roll < 0.03) return { input: pick(random, JUNK)(), touched: [''], kind: 'root-junk' };
  const s = structuredClone(base);
  if (roll < 0.1) {
    // Structural extremes that may be valid: troop counts and region counts.
    const which = Math.floor(random() * 5);
    if (which === 0) {
      s.intervener.troops = { ...s.intervener.troops, value: 0, range: undefined };
      return { input: JSON.parse(JSON.stringify(s)), touched: ['intervener.troops'], kind: 'troops-0' };
    }
    if (which === 1) {
      s.intervener.troops = { ...s.intervener.troops, value: 10_000_000, range: undefined };
      return { input: JSON.parse(JSON.stringify(s)), touched: ['intervener.troops'], kind: 'troops-10M' };
    }
    if (which === 2) {
      s.regions = regions(base, 1);
      fixObjective(s);
      return { input: s, touched: ['regions', 'objective'], kind: 'regions-1' };
    }
    if (which === 3) {
      s.regions = regions(base, 50);
      fixObjective(s);
      return { input: s, touched: ['regions'], kind: 'regions-50' };
    }
    const r = Math.floor(random() * s.regions.length);
    s.regions[r].share.value = s.regions[r].share.value + (random() < 0.5 ? 0.05 : -0.05) * random() + 0.006;
    return { input: s, touched: ['regions'], kind: 'shares-off' };
  }
  const count = 1 + Math.floor(random() * (random() < 0.8 ? 1 : 4));
  const touched: string[] = [];
  for (let m = 0; m < count; m++) {
    const paths = allPaths(s).filter((p) => p.length > 0);
    const path = pick(random, paths);
    const holder = holderOf(s, path);
    if (typeof holder !== 'object' || holder === null) continue;
    const key = path[path.length - 1];
    const op = random();
    if (op < 0.15 && !Array.isArray(holder)) {
      delete holder[key];
    } else if (op < 0.22 && !Array.isArray(holder)) {
      holder[`unknown${Math.floor(random() * 100)}`] = pick(random, JUNK)();
      touched.push(dotted(path.slice(0, -1)));
      continue;
    } else if (op < 0.4 && typeof holder[key] === 'number') {
      // Numeric nudges: scaled, negated, off by one, tiny, enormous.
      const v = holder[key] as number;
      holder[key] = pick(random, [v * 10, v / 10, -v, v + 1, v - 1, v * 1e6, v + 1e-9, Math.round(v) + 0.5]);
    } else {
      holder[key] = pick(random, JUNK)();
    }
    touched.push(dotted(path));
  }
  return { input: s, touched, kind: 'mutation' };
}

/** Every number in a value (walks objects, arrays and typed arrays) that is not finite, as paths. */
export function nonFinite(value: unknown, path = '', out: string[] = [], seen = new Set<unknown>()): string[] {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) out.push(`${path}=${value}`);
    return out;
  }
  if (typeof value !== 'object' || value === null || seen.has(value)) return out;
  seen.add(value);
  if (ArrayBuffer.isView(value)) {
    const arr = value as unknown as ArrayLike<number>;
    for (let i = 0; i < arr.length; i++) if (!Number.isFinite(arr[i])) out.push(`${path}[${i}]=${arr[i]}`);
    return out;
  }
  for (const [k, v] of Object.entries(value)) nonFinite(v, `${path}.${k}`, out, seen);
  return out;
}
