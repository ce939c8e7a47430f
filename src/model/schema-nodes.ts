// The declarations of the schema language (src/model/schema.ts is its public entry): the node kinds a
// format is built from, the TypeScript types they infer (Infer, Loose), the cross-field rules, the
// constructors (str, num, record, list, ...) and the checks every part shares (kebab-case ids, dates,
// how a value is named and shown back in an error).
import type { ScenarioErrorCode, ScenarioErrorParams } from './scenario-errors';

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
  /** A paragraph that may hold newlines (every other text is one line); see src/model/text-rules.ts. */
  multiline?: boolean;
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

export const str = (max: number, options: { format?: StringFormat; multiline?: boolean; description?: string } = {}): StringNode => ({ kind: 'string', max, ...options });
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

export function isKebab(text: string): boolean {
  return KEBAB.test(text);
}

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
