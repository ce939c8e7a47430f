// The parser of the schema language (src/model/schema.ts is its public entry): parseWith reads unknown
// input against a declaration and never throws; every problem is reported as { path, code, params },
// following the reading rules written at the top of src/model/schema.ts. checkShape caps the depth
// and size of the input before anything is read.
import type { ExpectedKind, FieldError, ScenarioErrorCode, ScenarioErrorParams } from './scenario-errors';
import { clip, describeValue, isDateLike, isKebab, type ArrayNode, type Bounds, type Field, type Infer, type Node, type ObjectNode, type PairNode, type RuleContext, type StringNode } from './schema-nodes';
import { forbiddenCharacter, isBlankText } from './text-rules';

/** Path of an object's field. */
function fieldPath(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

/** Path of a rule's report: "" (the node itself), "[2].id" (inside a list) or "a.b" (a field). */
function join(path: string, key: string): string {
  if (key === '') return path;
  if (key.startsWith('[')) return `${path}${key}`;
  return path === '' ? key : `${path}.${key}`;
}

const has = (obj: object, key: string) => Object.prototype.hasOwnProperty.call(obj, key);

export interface ReadLimits {
  /** Nesting depth of the whole input. */
  maxDepth: number;
  /** Objects, arrays and values in the whole input. */
  maxNodes: number;
  /** Errors reported before the parser stops adding more. */
  maxErrors: number;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

type Read = [value: unknown, ok: boolean];
const FAILED: Read = [undefined, false];

class Reader {
  readonly errors: FieldError[] = [];
  private readonly complete = new WeakSet<object>();

  constructor(private readonly maxErrors: number) {}

  report<C extends ScenarioErrorCode>(path: string, code: C, params: ScenarioErrorParams[C]): void {
    if (this.errors.length < this.maxErrors) this.errors.push({ path, code, params } as FieldError);
  }

  /** Reads `value` found at `path` (`present`: the key exists). */
  read(node: Node, value: unknown, present: boolean, path: string): Read {
    if (!present || value === undefined) {
      // A present but undefined flag reads as a wrong type (only JS data, never JSON, can hold it).
      if (present && node.kind === 'boolean') this.report(path, 'wrong-type', { expected: 'boolean', got: 'undefined' });
      else this.report(path, 'missing', {});
      return FAILED;
    }
    switch (node.kind) {
      case 'string':
        return this.readString(node, value, path);
      case 'tag': {
        const [text, ok] = this.readString({ kind: 'string', max: node.max }, value, path);
        if (ok && text !== node.value) this.report(path, 'unknown-schema', { got: clip(text as string), expected: node.value });
        return [text, ok];
      }
      case 'enum': {
        if (!this.isKind(value, 'string', path)) return FAILED;
        if (!(node.values as readonly string[]).includes(value as string)) {
          this.report(path, 'unknown-value', { got: clip(value as string), allowed: [...node.values] });
          return FAILED;
        }
        return [value, true];
      }
      case 'number': {
        if (!this.isNumber(value, path)) return FAILED;
        this.inBounds(path, value as number, node.bounds);
        return [value, true];
      }
      case 'boolean':
        return this.isKind(value, 'boolean', path) ? [value, true] : FAILED;
      case 'pair':
        return this.readPair(node, value, path);
      case 'array':
        return this.readArray(node, value, path);
      case 'object':
        return this.readObject(node, value, path);
    }
  }

  private isKind(value: unknown, expected: ExpectedKind, path: string): boolean {
    const got = describeValue(value);
    const is = expected === 'object' ? got === 'object' : expected === 'array' ? got === 'array' : typeof value === expected;
    if (!is) this.report(path, 'wrong-type', { expected, got });
    return is;
  }

  private isNumber(value: unknown, path: string): boolean {
    if (typeof value !== 'number') {
      this.report(path, 'wrong-type', { expected: 'number', got: describeValue(value) });
      return false;
    }
    if (!Number.isFinite(value)) {
      this.report(path, 'not-finite', { got: String(value) });
      return false;
    }
    return true;
  }

  private readString(node: StringNode, value: unknown, path: string): Read {
    if (!this.isKind(value, 'string', path)) return FAILED;
    const text = value as string;
    // Length is O(1): an over-long string is rejected without reading it.
    if (text.length > node.max) {
      this.report(path, 'too-long', { max: node.max, length: text.length });
      return FAILED;
    }
    // Control and bidirectional characters make the text unusable (src/model/text-rules.ts).
    const bad = forbiddenCharacter(text, node.multiline === true);
    if (bad) {
      this.report(path, 'bad-character', bad);
      return FAILED;
    }
    if (isBlankText(text)) {
      this.report(path, 'blank', {});
      return FAILED;
    }
    if (node.format === 'kebab' && !isKebab(text)) this.report(path, 'not-kebab-case', { got: clip(text) });
    if (node.format === 'date' && !isDateLike(text)) this.report(path, 'not-a-date', { got: clip(text) });
    return [text, true];
  }

  private inBounds(path: string, value: number, bounds: Bounds): void {
    if (value < bounds.min || value > bounds.max) this.report(path, 'out-of-range', { min: bounds.min, max: bounds.max, got: value });
    else if (bounds.integer && !Number.isInteger(value)) this.report(path, 'not-whole', { got: value });
  }

  private readPair(node: PairNode, value: unknown, path: string): Read {
    if (!this.isKind(value, 'array', path)) return FAILED;
    const items = value as unknown[];
    if (items.length !== 2) {
      this.report(path, 'not-a-pair', { got: items.length });
      return FAILED;
    }
    const ok = items.map((item, i) => this.isNumber(item, `${path}[${i}]`));
    if (!ok[0] || !ok[1]) return FAILED;
    const result = [items[0], items[1]] as [number, number];
    result.forEach((end, i) => {
      this.inBounds(`${path}[${i}]`, end, { ...node.bounds, integer: false });
    });
    return [result, true];
  }

  private readArray(node: ArrayNode, value: unknown, path: string): Read {
    if (!this.isKind(value, 'array', path)) return FAILED;
    const items = value as unknown[];
    if (items.length < node.min || items.length > node.max) {
      this.report(path, 'wrong-count', { min: node.min, max: node.max, got: items.length });
      return FAILED;
    }
    let ok = true;
    const out: unknown[] = items.map((item, i) => {
      const [read, itemOk] = this.read(node.item, item, true, `${path}[${i}]`);
      ok &&= itemOk;
      return read;
    });
    for (const rule of node.rules) rule.check(out as never, this.context(path, value));
    if (ok) this.complete.add(out);
    return [out, ok];
  }

  private readObject(node: ObjectNode, value: unknown, path: string): Read {
    if (!this.isKind(value, 'object', path)) return FAILED;
    const obj = value as Record<string, unknown>;
    const known = Object.keys(node.shape);
    for (const key of Object.keys(obj)) {
      if (!has(node.shape, key)) {
        const shown = clip(key);
        this.report(fieldPath(path, shown), 'unknown-field', { field: shown, allowed: known });
      }
    }
    let ok = true;
    const out: Record<string, unknown> = {};
    for (const key of known) {
      const field = node.shape[key] as Field;
      const present = has(obj, key);
      const here = fieldPath(path, key);
      if (field.kind === 'optional' || field.kind === 'ignored') {
        if (!present) continue;
        const [read, fieldOk] = this.read(field.node, obj[key], true, here);
        ok &&= fieldOk;
        if (field.kind === 'optional' && read !== undefined) out[key] = read;
        continue;
      }
      const [read, fieldOk] = this.read(field, present ? obj[key] : undefined, present, here);
      ok &&= fieldOk;
      if (read !== undefined) out[key] = read;
    }
    for (const rule of node.rules) rule.check(out as never, this.context(path, value));
    if (ok) this.complete.add(out);
    return [out, ok];
  }

  private context(path: string, raw: unknown): RuleContext {
    return {
      path,
      raw,
      report: (relative, code, params) => this.report(join(path, relative), code, params),
      complete: (v) => typeof v === 'object' && v !== null && this.complete.has(v),
    };
  }
}

/**
 * Walk the input once, iteratively, before reading it: too deep or too many nodes is rejected at
 * once (a hostile file cannot make the parser recurse or loop for long; cycles hit the depth cap).
 * Returns the problem with the path where it was found (the value nested too deeply, the array or
 * object too large, or the value at which the count ran over), or null when the shape is acceptable:
 * junk nested inside one field is reported on that field's path, not on the whole input.
 */
export function checkShape(input: unknown, limits: ReadLimits): FieldError | null {
  const stack: [unknown, number, string][] = [[input, 0, '']];
  let nodes = 0;
  while (stack.length > 0) {
    const [value, depth, path] = stack.pop()!;
    if (++nodes > limits.maxNodes) return { path, code: 'too-many-values', params: { max: limits.maxNodes } };
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= limits.maxDepth) return { path, code: 'too-deep', params: { max: limits.maxDepth } };
    if (Array.isArray(value)) {
      if (value.length > limits.maxNodes) return { path, code: 'too-many-items', params: { got: value.length } };
      for (let i = 0; i < value.length; i++) stack.push([value[i], depth + 1, `${path}[${i}]`]);
    } else {
      const keys = Object.keys(value);
      if (keys.length > limits.maxNodes) return { path, code: 'too-many-fields', params: { got: keys.length } };
      for (const key of keys) stack.push([(value as Record<string, unknown>)[key], depth + 1, path === '' ? key : `${path}.${key}`]);
    }
  }
  return null;
}

/** Parse unknown input against a declaration. Never throws; every problem is an error with its path. */
export function parseWith<N extends Node>(node: N, input: unknown, limits: ReadLimits): ParseResult<Infer<N>> {
  const reader = new Reader(limits.maxErrors);
  try {
    const tooBig = checkShape(input, limits);
    if (tooBig) return { ok: false, errors: [tooBig] };
    const [value, ok] = reader.read(node, input, true, '');
    if (ok && reader.errors.length === 0) return { ok: true, value: value as Infer<N> };
  } catch (err) {
    // Only exotic inputs (proxies, throwing getters) get here; JSON data never does.
    reader.report('', 'unreadable', { reason: clip(err instanceof Error ? err.message : String(err)) });
  }
  if (reader.errors.length === 0) reader.report('', 'invalid', {});
  return { ok: false, errors: reader.errors };
}
