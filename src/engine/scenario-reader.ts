// The small typed reader the scenario parser is built on: reads one field of unknown data, checks
// its type and bounds, and records an error that names the field path. It never throws on data.
import type { FieldError } from './scenario';

export const LIMITS = {
  /** Board regions per scenario (the engine stays safe with more if this is raised). */
  maxRegions: 8,
  maxClaims: 20,
  maxChecks: 10,
  /** Nesting depth of the whole input; real scenario files reach 5. */
  maxDepth: 12,
  /** Objects, arrays and values in the whole input; a real file holds about 500. */
  maxNodes: 20_000,
  /** Errors reported before the reader stops adding more. */
  maxErrors: 100,
  id: 64,
  date: 32,
  shortText: 200,
  mediumText: 2_000,
  longText: 20_000,
} as const;

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** "2025", "2025-10" or "2025-10-31", with a real month and day number. */
export function isDateLike(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  if (m[2] !== undefined && (Number(m[2]) < 1 || Number(m[2]) > 12)) return false;
  if (m[3] !== undefined && (Number(m[3]) < 1 || Number(m[3]) > 31)) return false;
  return true;
}

/** What a value is, in the words an error message uses. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && Number.isNaN(value)) return 'NaN';
  return typeof value;
}

type Bounds = { min: number; max: number; integer: boolean };
type Obj = Record<string, unknown>;

export class Reader {
  readonly errors: FieldError[] = [];

  error(path: string, message: string): void {
    if (this.errors.length < LIMITS.maxErrors) this.errors.push({ path, message });
  }

  has(obj: Obj, key: string): boolean {
    return Object.prototype.hasOwnProperty.call(obj, key);
  }

  /** The own field, or undefined; absence is reported by the typed readers. */
  field(obj: Obj, key: string): unknown {
    return this.has(obj, key) ? obj[key] : undefined;
  }

  /**
   * The field at obj[key] if it is present and of the JS type `kind`; otherwise reports it as
   * missing or of the wrong type and returns undefined. Shared prelude of the typed readers.
   */
  private present<K extends 'string' | 'number'>(obj: Obj, key: string, here: string, kind: K): (K extends 'string' ? string : number) | undefined {
    if (!this.has(obj, key) || obj[key] === undefined) {
      this.error(here, 'missing');
      return undefined;
    }
    const value = obj[key];
    if (typeof value !== kind) {
      this.error(here, `wrong type: expected ${kind}, got ${describe(value)}`);
      return undefined;
    }
    return value as K extends 'string' ? string : number;
  }

  object(value: unknown, path: string): Obj | null {
    if (value === undefined) {
      this.error(path, 'missing');
      return null;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      this.error(path, `wrong type: expected object, got ${describe(value)}`);
      return null;
    }
    return value as Obj;
  }

  array(value: unknown, path: string): unknown[] | null {
    if (value === undefined) {
      this.error(path, 'missing');
      return null;
    }
    if (!Array.isArray(value)) {
      this.error(path, `wrong type: expected array, got ${describe(value)}`);
      return null;
    }
    return value;
  }

  string(obj: Obj, key: string, path: string, maxLength: number): string | null {
    const here = path === '' ? key : `${path}.${key}`;
    const value = this.present(obj, key, here, 'string');
    if (value === undefined) return null;
    // Length is O(1): an over-long string is rejected without reading it.
    if (value.length > maxLength) {
      this.error(here, `too long: at most ${maxLength} characters, got ${value.length}`);
      return null;
    }
    if (value.trim() === '') {
      this.error(here, 'empty: must not be blank');
      return null;
    }
    return value;
  }

  number(obj: Obj, key: string, path: string): number | null {
    const here = path === '' ? key : `${path}.${key}`;
    const value = this.present(obj, key, here, 'number');
    if (value === undefined) return null;
    if (!Number.isFinite(value)) {
      this.error(here, `not a finite number (got ${String(value)})`);
      return null;
    }
    return value;
  }

  boolean(obj: Obj, key: string, path: string): boolean | null {
    const here = path === '' ? key : `${path}.${key}`;
    const value = obj[key];
    if (typeof value !== 'boolean') {
      this.error(here, `wrong type: expected boolean, got ${describe(value)}`);
      return null;
    }
    return value;
  }

  oneOf<T extends string>(obj: Obj, key: string, path: string, allowed: readonly T[]): T | null {
    const here = path === '' ? key : `${path}.${key}`;
    const value = this.present(obj, key, here, 'string');
    if (value === undefined) return null;
    if (!(allowed as readonly string[]).includes(value)) {
      const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
      this.error(here, `unknown value "${shown}"; expected one of: ${allowed.join(', ')}`);
      return null;
    }
    return value as T;
  }

  numberPair(obj: Obj, key: string, path: string): [number, number] | null {
    const here = path === '' ? key : `${path}.${key}`;
    const list = this.array(obj[key], here);
    if (!list) return null;
    if (list.length !== 2) {
      this.error(here, `must be [low, high], got ${list.length} items`);
      return null;
    }
    const items = list.map((item, i) => {
      if (typeof item !== 'number') {
        this.error(`${here}[${i}]`, `wrong type: expected number, got ${describe(item)}`);
        return null;
      }
      if (!Number.isFinite(item)) {
        this.error(`${here}[${i}]`, `not a finite number (got ${String(item)})`);
        return null;
      }
      return item;
    });
    return items[0] === null || items[1] === null ? null : [items[0], items[1]];
  }

  inBounds(path: string, value: number, bounds: Bounds): boolean {
    if (value < bounds.min || value > bounds.max) {
      this.error(path, `out of range: must be between ${bounds.min} and ${bounds.max}, got ${value}`);
      return false;
    }
    if (bounds.integer && !Number.isInteger(value)) {
      this.error(path, `must be a whole number, got ${value}`);
      return false;
    }
    return true;
  }

  allowOnly(obj: Obj, path: string, known: readonly string[]): void {
    for (const key of Object.keys(obj)) {
      if (!known.includes(key)) {
        const shown = key.length > 40 ? `${key.slice(0, 40)}…` : key;
        const here = path === '' ? shown : `${path}.${shown}`;
        this.error(here, `unknown field "${shown}"; allowed here: ${known.join(', ')}`);
      }
    }
  }

  /**
   * Walk the input once, iteratively, before reading it: too deep or too many nodes is rejected at
   * once (a hostile file cannot make the parser recurse or loop for long; cycles hit the depth cap).
   * Returns the problem with the path where it was found (the value nested too deeply, the array or
   * object too large, or the value at which the count ran over), or null when the shape is acceptable:
   * junk nested inside one field is reported on that field's path, not on the whole input.
   */
  checkShape(input: unknown): FieldError | null {
    const stack: [unknown, number, string][] = [[input, 0, '']];
    let nodes = 0;
    while (stack.length > 0) {
      const [value, depth, path] = stack.pop()!;
      if (++nodes > LIMITS.maxNodes) return { path, message: `too large: more than ${LIMITS.maxNodes} values` };
      if (typeof value !== 'object' || value === null) continue;
      if (depth >= LIMITS.maxDepth) return { path, message: `nested too deeply: more than ${LIMITS.maxDepth} levels` };
      if (Array.isArray(value)) {
        if (value.length > LIMITS.maxNodes) return { path, message: `too large: an array of ${value.length} items` };
        for (let i = 0; i < value.length; i++) stack.push([value[i], depth + 1, `${path}[${i}]`]);
      } else {
        const keys = Object.keys(value);
        if (keys.length > LIMITS.maxNodes) return { path, message: `too large: an object with ${keys.length} fields` };
        for (const key of keys) stack.push([(value as Obj)[key], depth + 1, path === '' ? key : `${path}.${key}`]);
      }
    }
    return null;
  }
}
