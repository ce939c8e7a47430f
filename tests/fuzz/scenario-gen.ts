// Seeded generator of malformed and extreme scenario files for the robustness fuzz: each case is a
// shipped scenario with one or more mutations (wrong types, missing fields, NaN/Infinity, negative
// and enormous numbers, 0 and 10 million troops, 1 and 50 regions, shares off 1, deep nesting,
// megabyte strings). It records the dotted paths it touched, and for each touched field the other
// paths a rejection may legitimately name because of what was done to it (a share changes the sum
// checked on "regions", a region id is referred to by "objective.region", a claim id by "frameClaim"),
// so the test can check that a rejection names the field itself, a path inside it, or one of those.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isScenarioFileName } from '../../src/model/scenario-schema';

export type Json = any;
export type Random = () => number;

const DIR = join(__dirname, '..', '..', 'scenarios');
export const SHIPPED: { name: string; json: Json }[] = readdirSync(DIR)
  .filter(isScenarioFileName)
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
  return path
    .map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`))
    .join('')
    .replace(/^\./, '');
}

/** A node of the input, linked to its parent, so listing every node costs O(nodes), not O(nodes·depth). */
interface PathNode {
  parent: PathNode | null;
  key: string | number;
}

/**
 * Every node below the root in pre-order (keys in order), as linked nodes. The order is the order a
 * recursive walk collecting full paths gives, so a seed picks the same node as before; only the
 * picked path is turned into an array (a deep or 30,000-item junk value made that walk quadratic).
 */
function allNodes(value: unknown): PathNode[] {
  const out: PathNode[] = [];
  const visit = (v: unknown, node: PathNode | null): void => {
    if (typeof v === 'object' && v !== null) {
      const keys = Array.isArray(v) ? v.map((_, i) => i) : Object.keys(v);
      for (const k of keys) {
        const child: PathNode = { parent: node, key: k };
        out.push(child);
        visit((v as any)[k], child);
      }
    }
  };
  visit(value, null);
  return out;
}

function pathOf(node: PathNode): Path {
  const path: Path = [];
  for (let n: PathNode | null = node; n !== null; n = n.parent) path.push(n.key);
  return path.reverse();
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
  /**
   * Paths outside the touched fields that a rejection may name because of what the mutations did
   * (cross-field checks of the parser), each with the reason. Empty for most cases.
   */
  crossField: { path: string; because: string }[];
  kind: string;
}

/**
 * The cross-field checks (the rules of src/model/scenario-schema.ts) a change at `touched` can trip, given the scenario
 * `s` after the change: the paths they report, and why. Nothing else may be named for it.
 *   - regions[i].share.value: the shares no longer sum to 1 → "regions";
 *   - regions[i].capital: not exactly one capital → "regions";
 *   - regions[i].id: the objective's region no longer exists → "objective.region", and a duplicate
 *     id is reported on the later of the two regions → "regions[j].id";
 *   - claims, claims[i].id: the frame claim no longer exists → "frameClaim", duplicate claim ids →
 *     "claims[j].id";
 *   - referenceForces[i].id: duplicate marker ids → "referenceForces[j].id";
 *   - objective.kind: a "limited" objective needs its region → "objective.region".
 */
export function crossFieldPaths(touched: string, s: Json): { path: string; because: string }[] {
  const out: { path: string; because: string }[] = [];
  const count = (list: unknown) => (Array.isArray(list) ? list.length : 0);
  if (/^regions\[\d+\]\.share\.value$/.test(touched)) out.push({ path: 'regions', because: 'a share changes the sum of the shares' });
  if (/^regions\[\d+\]\.capital$/.test(touched)) out.push({ path: 'regions', because: 'a capital flag changes the count of capitals' });
  if (/^regions\[\d+\]\.id$/.test(touched)) {
    out.push({ path: 'objective.region', because: 'the objective may name the old region id' });
    for (let j = 0; j < count(s?.regions); j++) out.push({ path: `regions[${j}].id`, because: 'the new id may duplicate another region id' });
  }
  if (touched === 'claims' || /^claims\[\d+\]\.id$/.test(touched)) {
    out.push({ path: 'frameClaim', because: 'the frame claim may name the old claim id' });
    for (let j = 0; j < count(s?.claims); j++) out.push({ path: `claims[${j}].id`, because: 'the new id may duplicate another claim id' });
  }
  if (/^referenceForces\[\d+\]\.id$/.test(touched)) {
    for (let j = 0; j < count(s?.referenceForces); j++) out.push({ path: `referenceForces[${j}].id`, because: 'the new id may duplicate another marker id' });
  }
  if (touched === 'objective.kind') out.push({ path: 'objective.region', because: 'a "limited" objective must name its region' });
  return out;
}

function withCrossFields(c: Omit<FuzzCase, 'crossField'>): FuzzCase {
  const input = c.input as Json;
  const byPath = new Map<string, { path: string; because: string }>();
  for (const t of c.touched) for (const x of crossFieldPaths(t, input)) if (!byPath.has(x.path)) byPath.set(x.path, x);
  return { ...c, crossField: [...byPath.values()] };
}

/** A region list of n regions with equal shares summing to 1 (exactly one capital). */
function regions(base: Json, n: number): Json[] {
  const template = base.regions[0];
  return Array.from({ length: n }, (_, i) => ({
    ...structuredClone(template),
    id: `r${i}`,
    name: `Region ${i}`,
    share: { ...template.share, value: i === n - 1 ? 1 - ((n - 1) * Math.floor(1e6 / n)) / 1e6 : Math.floor(1e6 / n) / 1e6 },
    ...(i === 0 ? { capital: true } : { capital: undefined }),
  })).map((r) => JSON.parse(JSON.stringify(r)));
}

function fixObjective(s: Json): void {
  if (s.objective && typeof s.objective === 'object') s.objective = { kind: s.objective.kind === 'limited' ? 'country' : s.objective.kind };
}

/** One case, seeded by `random`. */
export function generateCase(random: Random): FuzzCase {
  return withCrossFields(generateRawCase(random));
}

function generateRawCase(random: Random): Omit<FuzzCase, 'crossField'> {
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
    return { input: s, touched: [`regions[${r}].share.value`], kind: 'shares-off' };
  }
  const count = 1 + Math.floor(random() * (random() < 0.8 ? 1 : 4));
  const touched: string[] = [];
  for (let m = 0; m < count; m++) {
    const path = pathOf(pick(random, allNodes(s)));
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
