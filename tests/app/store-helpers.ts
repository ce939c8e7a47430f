// Shared by the store and storage tests: an in-memory Storage that can be told to fail on read, on
// write, or when the data grows too large.
import type { StorageLike } from '../../src/app/storage';

export class FakeStorage implements StorageLike {
  readonly items = new Map<string, string>();
  failRead = false;
  failWrite: 'none' | 'quota' | 'security' = 'none';
  /** Total characters allowed across all keys (a quota). */
  quota = Infinity;
  writes = 0;

  getItem(key: string): string | null {
    if (this.failRead) throw Object.assign(new Error('denied'), { name: 'SecurityError' });
    return this.items.has(key) ? this.items.get(key)! : null;
  }

  setItem(key: string, value: string): void {
    this.writes++;
    if (this.failWrite === 'security') throw Object.assign(new Error('denied'), { name: 'SecurityError' });
    let size = value.length;
    for (const [k, v] of this.items) if (k !== key) size += v.length;
    if (this.failWrite === 'quota' || size > this.quota) {
      // Browsers throw a DOMException named QuotaExceededError and leave the old value in place.
      throw Object.assign(new Error('quota'), { name: 'QuotaExceededError', code: 22 });
    }
    this.items.set(key, value);
  }

  removeItem(key: string): void {
    this.items.delete(key);
  }
}
