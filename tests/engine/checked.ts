// "A loop can check nothing": a loop that skips cases (`if (...) continue`, a filter that may come
// out empty, expects inside an `if`) passes just as well when it skipped every case. Count the cases
// a loop really checked and assert a minimum at the end.
import { expect } from 'vitest';

export interface Checked {
  /** Count one checked case (returns it, so `if (counter.hit(cond))` reads naturally). */
  hit(condition?: boolean): boolean;
  readonly count: number;
  /** Assert that at least `min` cases were checked. */
  atLeast(min: number): void;
}

export function checked(what: string): Checked {
  let count = 0;
  return {
    hit(condition = true) {
      if (condition) count++;
      return condition;
    },
    get count() {
      return count;
    },
    atLeast(min: number) {
      expect(count, `${what}: checked ${count}, need at least ${min}`).toBeGreaterThanOrEqual(min);
    },
  };
}
