// The teacher's PIN: a classroom convenience that keeps teacher controls out of students' way, not
// security (the browser belongs to the student; a student who clears the site's data or edits a
// link can undo it, and a 4-digit PIN's hash can be tried in well under a second). Only a salted
// SHA-256 hash is kept (with the teacher settings, in storage and in share links), never the PIN.
// Web Crypto (crypto.subtle) where the page has it (node's webcrypto in tests); where it has not (a
// page served over plain http from a classroom laptop is not a secure context) the same digest from
// src/app/sha256.ts. Pure apart from the random salt.
import { sha256 } from './sha256';

/** A PIN as kept: random salt and SHA-256(salt + ":" + PIN), both lower-case hex. */
export interface PinLock {
  salt: string;
  hash: string;
}

/** 4 to 12 digits. */
export const PIN_PATTERN = /^\d{4,12}$/;

export function isValidPin(pin: string): boolean {
  return typeof pin === 'string' && PIN_PATTERN.test(pin);
}

const HEX_SALT = /^[0-9a-f]{16,64}$/;
const HEX_HASH = /^[0-9a-f]{64}$/;

/** True for data shaped like a kept PIN (from storage or a link). */
export function isPinLock(value: unknown): value is PinLock {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const { salt, hash } = value as Record<string, unknown>;
  return typeof salt === 'string' && HEX_SALT.test(salt) && typeof hash === 'string' && HEX_HASH.test(hash);
}

/** The form a link carries: "<salt>.<hash>". */
export function pinToText(lock: PinLock): string {
  return `${lock.salt}.${lock.hash}`;
}

export function pinFromText(text: string): PinLock | null {
  const [salt, hash, extra] = text.split('.');
  const lock = { salt, hash };
  return extra === undefined && isPinLock(lock) ? lock : null;
}

function hex(bytes: ArrayBuffer | Uint8Array): string {
  return [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** SHA-256 of "salt:PIN" as hex: Web Crypto where available, else the plain implementation (same digest). */
export async function hashPin(pin: string, salt: string, crypto?: Crypto): Promise<string> {
  const bytes = new TextEncoder().encode(`${salt}:${pin}`);
  const subtle = (crypto ?? globalThis.crypto)?.subtle;
  return hex(subtle ? await subtle.digest('SHA-256', bytes) : sha256(bytes));
}

/** A new lock for `pin` with a fresh 16-byte random salt. Throws on a PIN that is not 4-12 digits. */
export async function createPinLock(pin: string, crypto?: Crypto): Promise<PinLock> {
  if (!isValidPin(pin)) throw new RangeError('A PIN is 4 to 12 digits.');
  // getRandomValues is there in every context, secure or not.
  const source = crypto ?? globalThis.crypto;
  const salt = hex(source.getRandomValues(new Uint8Array(16)));
  return { salt, hash: await hashPin(pin, salt, source) };
}

/** Whether `pin` opens `lock` (false for anything that is not a PIN). */
export async function verifyPin(pin: string, lock: PinLock, crypto?: Crypto): Promise<boolean> {
  if (!isValidPin(pin) || !isPinLock(lock)) return false;
  return (await hashPin(pin, lock.salt, crypto)) === lock.hash;
}

/** Seconds to wait before the next try after `failures` wrong PINs: none for the first 3, then 5, 10, 20, at most 30. */
export function retryDelaySeconds(failures: number): number {
  if (failures < 3) return 0;
  return Math.min(30, 5 * 2 ** (failures - 3));
}
