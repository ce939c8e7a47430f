// The codes a scenario parse can fail with, and the parameters each carries. The parser reports
// `{ path, code, params }`, never a sentence: the wording (English, Spanish) lives in the UI
// (src/ui/scenario-errors.ts), which the CLI also uses. Strings in params are clipped to 40 characters.

/** What a value is, as a `wrong-type` error names it: a JSON kind, or NaN, undefined, … */
export type ValueKind = string;
/** The JSON kinds a field can be declared as. */
export type ExpectedKind = 'object' | 'array' | 'string' | 'number' | 'boolean';

/** Code → its parameters. Adding a code here makes the UI's wording switch incomplete until it is worded. */
export interface ScenarioErrorParams {
  /** A required field is absent (or undefined). */
  missing: Record<string, never>;
  'wrong-type': { expected: ExpectedKind; got: ValueKind };
  /** NaN or ±Infinity where a number belongs (possible in pasted data, not in JSON). */
  'not-finite': { got: string };
  'too-long': { max: number; length: number };
  /** Empty, or only white space and invisible characters (zero-width space, joiners, BOM, …). */
  blank: Record<string, never>;
  /**
   * Text holding a control character (NUL, ESC, CR, …), a bidirectional control (U+202E, U+2066, …)
   * or a newline where only one line belongs: `char` names it ("U+001B"), `at` is its 1-based position.
   */
  'bad-character': { char: string; at: number };
  'out-of-range': { min: number; max: number; got: number };
  'not-whole': { got: number };
  'not-kebab-case': { got: string };
  'not-a-date': { got: string };
  /** A value outside an enumeration (terrain, objective kind, metric, …). */
  'unknown-value': { got: string; allowed: string[] };
  'unknown-field': { field: string; allowed: string[] };
  'unknown-schema': { got: string; expected: string };
  /** A list with too few or too many items. */
  'wrong-count': { min: number; max: number; got: number };
  /** A range that is not a list of exactly two numbers. */
  'not-a-pair': { got: number };
  'range-reversed': { low: number; high: number };
  /** A Sourced value outside its own published range. */
  'outside-range': { got: number; low: number; high: number };
  /** `first` is the path of the earlier item with the same id, e.g. "regions[2]". */
  'duplicate-id': { id: string; first: string };
  'capital-count': { found: number };
  'share-sum': { sum: number; tolerance: number };
  'unknown-region': { got: string; known: string[] };
  'unknown-claim': { got: string; known: string[] };
  /** A `cite` id that names no source of the catalogue (src/model/sources.ts, docs/sources.md). */
  'unknown-source': { got: string };
  /** A "limited" objective without `region`. */
  'limited-needs-region': Record<string, never>;
  'too-deep': { max: number };
  /** The whole input holds more values than the parser reads. */
  'too-many-values': { max: number };
  'too-many-items': { got: number };
  'too-many-fields': { got: number };
  /** A key written twice in one object of the file (the path names the second); JSON would keep only the last. */
  'duplicate-key': { key: string };
  /** The file is larger than `max` bytes (checked before it is read as JSON). */
  'file-too-large': { max: number };
  /** Reading the input threw (a throwing getter or a proxy; JSON data never does). */
  unreadable: { reason: string };
  /** Rejected without a more precise error (should not happen). */
  invalid: Record<string, never>;
}

export type ScenarioErrorCode = keyof ScenarioErrorParams;

/** One parse error: where (dotted path with indices, '' for the whole input), what, and its numbers and words. */
export type FieldError = { [C in ScenarioErrorCode]: { path: string; code: C; params: ScenarioErrorParams[C] } }[ScenarioErrorCode];

/** Every code with the names of its parameters (for tests and for the UI's completeness check). */
export const SCENARIO_ERROR_PARAMS: { readonly [C in ScenarioErrorCode]: readonly (keyof ScenarioErrorParams[C])[] } = {
  missing: [],
  'wrong-type': ['expected', 'got'],
  'not-finite': ['got'],
  'too-long': ['max', 'length'],
  blank: [],
  'bad-character': ['char', 'at'],
  'out-of-range': ['min', 'max', 'got'],
  'not-whole': ['got'],
  'not-kebab-case': ['got'],
  'not-a-date': ['got'],
  'unknown-value': ['got', 'allowed'],
  'unknown-field': ['field', 'allowed'],
  'unknown-schema': ['got', 'expected'],
  'wrong-count': ['min', 'max', 'got'],
  'not-a-pair': ['got'],
  'range-reversed': ['low', 'high'],
  'outside-range': ['got', 'low', 'high'],
  'duplicate-id': ['id', 'first'],
  'capital-count': ['found'],
  'share-sum': ['sum', 'tolerance'],
  'unknown-region': ['got', 'known'],
  'unknown-claim': ['got', 'known'],
  'unknown-source': ['got'],
  'limited-needs-region': [],
  'too-deep': ['max'],
  'too-many-values': ['max'],
  'too-many-items': ['got'],
  'too-many-fields': ['got'],
  'duplicate-key': ['key'],
  'file-too-large': ['max'],
  unreadable: ['reason'],
  invalid: [],
};

export const SCENARIO_ERROR_CODES = Object.keys(SCENARIO_ERROR_PARAMS) as ScenarioErrorCode[];

/** Parameters that hold lists of words; every other parameter is a number or a string. */
const LIST_PARAMS = new Set(['allowed', 'known']);
const STRING_PARAMS = new Set(['expected', 'got', 'field', 'id', 'first', 'reason', 'char', 'key']);
/** Codes whose `got` is a number (elsewhere it is the offending text or a value kind). */
const NUMBER_GOT = new Set<ScenarioErrorCode>(['out-of-range', 'not-whole', 'wrong-count', 'not-a-pair', 'outside-range', 'too-many-items', 'too-many-fields']);

/**
 * Whether a value is a well-formed error: a known code, a string path, and exactly that code's
 * parameters, each of its kind (finite numbers, strings, lists of strings). The fuzz tests hold
 * every rejection to this.
 */
export function isScenarioError(value: unknown): value is FieldError {
  if (typeof value !== 'object' || value === null) return false;
  const e = value as { path?: unknown; code?: unknown; params?: unknown };
  if (typeof e.path !== 'string' || typeof e.code !== 'string') return false;
  if (!Object.prototype.hasOwnProperty.call(SCENARIO_ERROR_PARAMS, e.code)) return false;
  if (typeof e.params !== 'object' || e.params === null || Array.isArray(e.params)) return false;
  const names = SCENARIO_ERROR_PARAMS[e.code as ScenarioErrorCode] as readonly string[];
  const params = e.params as Record<string, unknown>;
  const keys = Object.keys(params);
  if (keys.length !== names.length || !names.every((name) => keys.includes(name))) return false;
  return names.every((name) => {
    const v = params[name];
    if (LIST_PARAMS.has(name)) return Array.isArray(v) && v.every((item) => typeof item === 'string');
    if (name === 'got' && NUMBER_GOT.has(e.code as ScenarioErrorCode)) return typeof v === 'number' && Number.isFinite(v);
    if (STRING_PARAMS.has(name)) return typeof v === 'string';
    return typeof v === 'number' && Number.isFinite(v);
  });
}
