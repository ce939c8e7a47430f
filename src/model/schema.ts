// A small typed schema language for data files: a declaration built from these node constructors is
// the one statement of a format, and from it come the TypeScript type (Infer), a parser that never
// throws and reports every problem as { path, code, params } (parseWith), a canonical writer
// (writeWith) and a JSON Schema (toJsonSchema). src/model/scenario-schema.ts declares the scenario
// format with it.
//
// Reading rules (the same for every node):
//   - an absent or undefined field is `missing`; a value of the wrong JSON kind is `wrong-type`; an
//     over-long or blank string, a non-finite number, an unknown enumeration value, a list of the
//     wrong length make the field unusable ("hard": its parent is incomplete);
//   - bounds, whole numbers, kebab-case ids, dates and the format tag are checked "soft": the error
//     is reported and the value is still used by the cross-field rules, which therefore see the
//     file as written and can report their own problems too;
//   - unknown fields are reported, never dropped silently; the result is a fresh object of known
//     fields only;
//   - rules (cross-field checks) of an object or list run after its fields, on what could be read.
import type { ExpectedKind, FieldError, ScenarioErrorCode, ScenarioErrorParams } from './scenario-errors';

export interface Bounds {
  min: number;
  max: number;
  /** Whole numbers only. */
  integer: boolean;
}

/** What the set-up sliders, the CLI's --set and share links show and accept for a Sourced input. */
export interface InputMeta {
  label: string;
  symbol: string;
  unit: string;
  /** Slider step. */
  step: number;
  help: string;
}

interface Doc {
  /** Says what the field is; published in the JSON Schema. */
  description?: string;
}

export type StringFormat = 'kebab' | 'date';
export interface StringNode extends Doc {
  kind: 'string';
  max: number;
  format?: StringFormat;
}
export interface NumberNode extends Doc {
  kind: 'number';
  bounds: Bounds;
}
export interface BooleanNode extends Doc {
  kind: 'boolean';
}
export interface EnumNode<T extends string = string> extends Doc {
  kind: 'enum';
  values: readonly T[];
}
/** A fixed string that names the format and its version, e.g. "threshold-scenario/1". */
export interface TagNode<T extends string = string> extends Doc {
  kind: 'tag';
  value: T;
  max: number;
}
/** [low, high]: two numbers within bounds (whole or not). */
export interface PairNode extends Doc {
  kind: 'pair';
  bounds: Bounds;
}
export interface ArrayNode<I extends Node = any> extends Doc {
  kind: 'array';
  item: I;
  min: number;
  max: number;
  rules: readonly Rule<Infer<I>[]>[];
}
export interface ObjectNode<S extends Shape = any> extends Doc {
  kind: 'object';
  shape: S;
  rules: readonly Rule<InferShape<S>>[];
  /** A Sourced record (value, source, asOf, range, note). */
  sourced?: boolean;
  /** Set for the Sourced records students can change (the inputs catalogue). */
  input?: InputMeta;
}
export type Node = StringNode | NumberNode | BooleanNode | EnumNode | TagNode | PairNode | ArrayNode | ObjectNode;

export interface Optional<N extends Node = Node> {
  kind: 'optional';
  node: N;
}
/** Accepted and checked when present, left out of the parsed value; the writer writes `write`. */
export interface Ignored<N extends Node = Node> {
  kind: 'ignored';
  node: N;
  write: string;
}
export type Field = Node | Optional | Ignored;
export type Shape = { readonly [key: string]: Field };

// ---------------------------------------------------------------------------------------------
// Types from declarations

type Simplify<T> = { -readonly [K in keyof T]: T[K] } & {};
type RequiredKeys<S> = { [K in keyof S]: S[K] extends Optional | Ignored ? never : K }[keyof S];
type OptionalKeys<S> = { [K in keyof S]: S[K] extends Optional ? K : never }[keyof S];

export type InferShape<S> = Simplify<{ [K in RequiredKeys<S>]: Infer<S[K]> } & { [K in OptionalKeys<S>]?: S[K] extends Optional<infer N> ? Infer<N> : never }>;

/** The TypeScript type of the values a node accepts. */
export type Infer<N> = N extends StringNode
  ? string
  : N extends NumberNode
    ? number
    : N extends BooleanNode
      ? boolean
      : N extends EnumNode<infer T>
        ? T
        : N extends TagNode<infer T>
          ? T
          : N extends PairNode
            ? [number, number]
            : N extends ArrayNode<infer I>
              ? Infer<I>[]
              : N extends ObjectNode<infer S>
                ? InferShape<S>
                : never;

/** What a rule sees: whatever could be read, every field possibly absent. */
export type Loose<T> = T extends [number, number] ? T : T extends (infer U)[] ? (Loose<U> | undefined)[] : T extends object ? { [K in keyof T]?: Loose<T[K]> } : T;

export interface RuleContext {
  /** Path of the node the rule belongs to. */
  path: string;
  /** The node's input as given (an object or a list). */
  raw: unknown;
  /** Report an error at a path relative to the node: "" (the node), "field", "[2].id", "a.b". */
  report<C extends ScenarioErrorCode>(relative: string, code: C, params: ScenarioErrorParams[C]): void;
  /** True when `value` (an object or list of this read) was read with no hard error inside it. */
  complete(value: unknown): boolean;
}

export interface Rule<T> {
  /** The check in words, for the JSON Schema's description when `jsonSchema` cannot express it. */
  says: string;
  check(value: Loose<T>, ctx: RuleContext): void;
  /** The same check as a JSON Schema fragment, where JSON Schema can express it. */
  jsonSchema?: Record<string, unknown>;
}

// ---------------------------------------------------------------------------------------------
// Constructors

export const str = (max: number, options: { format?: StringFormat; description?: string } = {}): StringNode => ({ kind: 'string', max, ...options });
export const num = (bounds: Bounds, description?: string): NumberNode => ({ kind: 'number', bounds, ...(description ? { description } : {}) });
export const bool = (description?: string): BooleanNode => ({ kind: 'boolean', ...(description ? { description } : {}) });
export const oneOf = <T extends string>(values: readonly T[], description?: string): EnumNode<T> => ({ kind: 'enum', values, ...(description ? { description } : {}) });
export const tag = <T extends string>(value: T, max: number, description?: string): TagNode<T> => ({ kind: 'tag', value, max, ...(description ? { description } : {}) });
export const pair = (bounds: Bounds, description?: string): PairNode => ({ kind: 'pair', bounds, ...(description ? { description } : {}) });
export const optional = <N extends Node>(node: N): Optional<N> => ({ kind: 'optional', node });
export const ignored = <N extends Node>(node: N, write: string): Ignored<N> => ({ kind: 'ignored', node, write });

export function list<I extends Node>(item: I, count: { min: number; max: number }, options: { rules?: Rule<Infer<I>[]>[]; description?: string } = {}): ArrayNode<I> {
  return { kind: 'array', item, min: count.min, max: count.max, rules: options.rules ?? [], ...(options.description ? { description: options.description } : {}) };
}

export function record<S extends Shape>(shape: S, options: { rules?: Rule<InferShape<S>>[]; description?: string; sourced?: boolean; input?: InputMeta } = {}): ObjectNode<S> {
  const { rules = [], ...rest } = options;
  return { kind: 'object', shape, rules, ...rest };
}

// ---------------------------------------------------------------------------------------------
// Shared checks

/** Lower-case words joined by single hyphens. */
export const KEBAB_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*$';
/** "2025", "2025-10" or "2025-10-31", with a real month (01-12) and day number (01-31). */
export const DATE_PATTERN = '^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$';
const KEBAB = new RegExp(KEBAB_PATTERN);
const DATE = new RegExp(DATE_PATTERN);

export function isDateLike(text: string): boolean {
  return DATE.test(text);
}

/** What a value is, in the words a `wrong-type` error uses. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && Number.isNaN(value)) return 'NaN';
  return typeof value;
}

/** Text shown back in an error, cut at 40 characters. */
export function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

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

// ---------------------------------------------------------------------------------------------
// Parser

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
    if (text.trim() === '') {
      this.report(path, 'blank', {});
      return FAILED;
    }
    if (node.format === 'kebab' && !KEBAB.test(text)) this.report(path, 'not-kebab-case', { got: clip(text) });
    if (node.format === 'date' && !DATE.test(text)) this.report(path, 'not-a-date', { got: clip(text) });
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

// ---------------------------------------------------------------------------------------------
// Canonical writer

/** The value rebuilt from the declaration: known fields only, in declaration order, optional ones only when present. */
export function writeWith<N extends Node>(node: N, value: Infer<N>): unknown {
  return write(node, value);
}

function write(node: Node, value: unknown): unknown {
  switch (node.kind) {
    case 'pair':
      return [(value as number[])[0], (value as number[])[1]];
    case 'array':
      return (value as unknown[]).map((item) => write(node.item, item));
    case 'object': {
      const obj = value as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      for (const [key, field] of Object.entries(node.shape as Shape)) {
        if (field.kind === 'ignored') out[key] = field.write;
        else if (field.kind === 'optional') {
          if (obj[key] !== undefined) out[key] = write(field.node, obj[key]);
        } else out[key] = write(field, obj[key]);
      }
      return out;
    }
    default:
      return value;
  }
}

// ---------------------------------------------------------------------------------------------
// JSON Schema (draft 2020-12)

type JsonSchema = Record<string, unknown>;

/** The JSON Schema of a node. Rules JSON Schema cannot express are listed in the description. */
export function toJsonSchema(node: Node): JsonSchema {
  const doc = (s: JsonSchema, extra: string[] = []): JsonSchema => {
    const text = [node.description, ...extra].filter(Boolean).join(' ');
    return text ? { description: text, ...s } : s;
  };
  switch (node.kind) {
    case 'string':
      return doc({
        type: 'string',
        minLength: 1,
        maxLength: node.max,
        pattern: node.format === 'kebab' ? KEBAB_PATTERN : node.format === 'date' ? DATE_PATTERN : '\\S',
      });
    case 'tag':
      return doc({ type: 'string', const: node.value });
    case 'enum':
      return doc({ type: 'string', enum: [...node.values] });
    case 'number':
      return doc(numberSchema(node.bounds));
    case 'boolean':
      return doc({ type: 'boolean' });
    case 'pair':
      return doc({ type: 'array', items: numberSchema({ ...node.bounds, integer: false }), minItems: 2, maxItems: 2 });
    case 'array': {
      const rules = node.rules as readonly Rule<unknown>[];
      return withRules(doc({ type: 'array', items: toJsonSchema(node.item), minItems: node.min, maxItems: node.max }, unexpressed(rules)), rules);
    }
    case 'object': {
      const shape = node.shape as Shape;
      const properties: JsonSchema = {};
      const required: string[] = [];
      for (const [key, field] of Object.entries(shape)) {
        properties[key] = toJsonSchema(field.kind === 'optional' || field.kind === 'ignored' ? field.node : field);
        if (field.kind !== 'optional' && field.kind !== 'ignored') required.push(key);
      }
      const rules = node.rules as readonly Rule<unknown>[];
      return withRules(doc({ type: 'object', properties, required, additionalProperties: false }, unexpressed(rules)), rules);
    }
  }
}

function numberSchema(bounds: Bounds): JsonSchema {
  return { type: bounds.integer ? 'integer' : 'number', minimum: bounds.min, maximum: bounds.max };
}

function unexpressed(rules: readonly Rule<unknown>[]): string[] {
  const words = rules.filter((r) => !r.jsonSchema).map((r) => r.says);
  return words.length ? [`Checked by the parser, not by this schema: ${words.join('; ')}.`] : [];
}

function withRules(schema: JsonSchema, rules: readonly Rule<unknown>[]): JsonSchema {
  const parts = rules.flatMap((r) => (r.jsonSchema ? [r.jsonSchema] : []));
  return parts.length ? { ...schema, allOf: parts } : schema;
}

// ---------------------------------------------------------------------------------------------
// Walking a declaration

/** Every Sourced record reachable through objects (not lists), with its dotted path, in declaration order. */
export function sourcedFields(node: Node, path = ''): { path: string; node: ObjectNode }[] {
  if (node.kind !== 'object') return [];
  if (node.sourced) return [{ path, node }];
  return Object.entries(node.shape as Shape).flatMap(([key, field]) => {
    if (field.kind === 'ignored') return [];
    return sourcedFields(field.kind === 'optional' ? field.node : field, path === '' ? key : `${path}.${key}`);
  });
}
