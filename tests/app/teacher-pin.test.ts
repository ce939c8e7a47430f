// The teacher's PIN (src/app/teacher-pin.ts): only a salted SHA-256 hash is kept; the right PIN opens
// it, a wrong one does not; the hash travels with the teacher settings through storage and share
// links (old links and documents without a PIN still load); the page's lock (teacher-lock.ts)
// follows the PIN; the share dialog's loopback rule (share-origin.ts).
import { createHash, webcrypto } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { encodeShareLink, readShareLink } from '../../src/app/share-link';
import { isLoopbackUrl } from '../../src/app/share-origin';
import { openPersistence, type KeptState } from '../../src/app/storage';
import { defaultTeacherSettings, isTeacherModeOn, validateTeacherSettings, type TeacherSettings } from '../../src/app/teacher';
import { lockTeacher, teacherLocked, unlockTeacher } from '../../src/app/teacher-lock';
import { sha256 } from '../../src/app/sha256';
import { createPinLock, hashPin, isValidPin, pinFromText, pinToText, retryDelaySeconds, verifyPin } from '../../src/app/teacher-pin';
import { shippedScenarios } from './fixtures';
import { FakeStorage } from './store-helpers';

const crypto = webcrypto as unknown as Crypto;
const SCENARIOS = shippedScenarios();
const selection = { scenarioId: 'venezuela-2025-buildup', overrides: {}, seed: 'class-7' };

afterEach(() => lockTeacher());

describe('PIN hashing and checking', () => {
  it('hashes salt:PIN with SHA-256 (the same digest node computes)', async () => {
    const expected = createHash('sha256').update('00112233445566778899aabbccddeeff:4821').digest('hex');
    await expect(hashPin('4821', '00112233445566778899aabbccddeeff', crypto)).resolves.toBe(expected);
  });

  it('keeps a fresh salt and the hash, never the PIN; the right PIN opens it and a wrong one does not', async () => {
    const lock = await createPinLock('4821', crypto);
    const again = await createPinLock('4821', crypto);
    expect(lock.salt).toMatch(/^[0-9a-f]{32}$/);
    expect(lock.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(again.salt).not.toBe(lock.salt);
    expect(again.hash).not.toBe(lock.hash);
    expect(JSON.stringify(lock)).not.toContain('4821');
    await expect(verifyPin('4821', lock, crypto)).resolves.toBe(true);
    await expect(verifyPin('4822', lock, crypto)).resolves.toBe(false);
    await expect(verifyPin('482', lock, crypto)).resolves.toBe(false);
    await expect(verifyPin('', lock, crypto)).resolves.toBe(false);
  });

  it('accepts 4 to 12 digits only', async () => {
    for (const pin of ['1234', '000000', '123456789012']) expect(isValidPin(pin)).toBe(true);
    for (const pin of ['123', '12a4', ' 1234', '1234567890123', '١٢٣٤']) expect(isValidPin(pin)).toBe(false);
    await expect(createPinLock('123', crypto)).rejects.toThrow(RangeError);
  });

  it('waits only after three wrong tries, and at most 30 seconds', () => {
    expect([0, 1, 2, 3, 4, 5, 9].map(retryDelaySeconds)).toEqual([0, 0, 0, 5, 10, 20, 30]);
  });
});

describe('the PIN travels with the teacher settings', () => {
  async function withPin(): Promise<TeacherSettings> {
    return { ...defaultTeacherSettings(), predictFirst: true, hideOutcomes: true, pin: await createPinLock('2468', crypto) };
  }

  it('is read back from storage and checked there (a malformed one is dropped with a notice)', async () => {
    const teacher = await withPin();
    expect(isTeacherModeOn({ ...defaultTeacherSettings(), pin: teacher.pin })).toBe(true);
    const storage = new FakeStorage();
    const p = openPersistence(storage);
    p.save({ ...p.loaded, preferences: { ...p.loaded.preferences, teacher } } satisfies KeptState);
    const again = openPersistence(storage);
    expect(again.notices).toEqual([]);
    expect(again.loaded.preferences.teacher).toEqual(teacher);
    await expect(verifyPin('2468', again.loaded.preferences.teacher.pin!, crypto)).resolves.toBe(true);

    const bad = validateTeacherSettings({ predictFirst: true, pin: { salt: 'xyz', hash: '1234' } });
    expect(bad.settings.pin).toBeUndefined();
    expect(bad.settings.predictFirst).toBe(true);
    expect(bad.problems.map((n) => n.code)).toEqual(['teacher/flag-invalid']);
    // A document from before the PIN (no pin field) loads as it did.
    expect(validateTeacherSettings({ lockedInputs: [], hiddenInputs: [], hideOutcomes: true, predictFirst: false })).toEqual({ settings: { ...defaultTeacherSettings(), hideOutcomes: true }, problems: [] });
  });

  it('goes into share links (hash only) and comes back; links without a PIN still load', async () => {
    const teacher = await withPin();
    const fragment = encodeShareLink(selection, { teacher, locale: 'en' });
    expect(fragment).toContain(`pin=${pinToText(teacher.pin!)}`);
    expect(fragment).not.toContain('2468');
    const read = readShareLink(fragment, SCENARIOS);
    expect(read.notices).toEqual([]);
    expect(read.teacher?.pin).toEqual(teacher.pin);
    expect(read.teacher?.predictFirst).toBe(true);
    // The teacher's own link (every value readable) carries it too.
    expect(readShareLink(encodeShareLink(selection, { teacher, audience: 'teacher' }), SCENARIOS).teacher?.pin).toEqual(teacher.pin);

    // An old link (before the PIN) loads with its flags and no PIN.
    const old = readShareLink('#/setup?v=1&scenario=venezuela-2025-buildup&seed=class-7&predict=1&hideOutcomes=1', SCENARIOS);
    expect(old.teacher).toEqual({ ...defaultTeacherSettings(), predictFirst: true, hideOutcomes: true });
    expect(old.notices.filter((n) => n.code.startsWith('link/teacher'))).toEqual([]);

    // A damaged PIN part is dropped with a notice; the rest of the link still applies.
    const damaged = readShareLink(`${fragment.replace(/pin=[^&]+/, 'pin=abc.def')}`, SCENARIOS);
    expect(damaged.teacher?.pin).toBeUndefined();
    expect(damaged.teacher?.predictFirst).toBe(true);
    expect(damaged.notices.map((n) => n.code)).toContain('link/teacher-flag-invalid');
    expect(pinFromText('a.b.c')).toBeNull();
  });
});

describe('the page lock', () => {
  it('locks settings with a PIN until that PIN is typed; other PINs lock again', async () => {
    const open = defaultTeacherSettings();
    expect(teacherLocked(open)).toBe(false);
    const mine = { ...open, pin: await createPinLock('1357', crypto) };
    expect(teacherLocked(mine)).toBe(true);
    unlockTeacher(mine);
    expect(teacherLocked(mine)).toBe(false);
    const other = { ...open, pin: await createPinLock('1357', crypto) };
    expect(teacherLocked(other)).toBe(true);
    lockTeacher();
    expect(teacherLocked(mine)).toBe(true);
  });
});

describe('share links from a loopback address', () => {
  it('are recognised (students cannot open them); network and public addresses are not', () => {
    for (const url of ['http://127.0.0.1:5173/#/setup', 'http://localhost:4173/', 'http://LOCALHOST/x', 'http://[::1]:8080/', 'http://127.1.2.3/', 'http://app.localhost/']) expect(isLoopbackUrl(url), url).toBe(true);
    for (const url of ['http://192.168.1.20:4173/', 'https://example.org/threshold/', 'file:///C:/threshold.html', 'http://10.0.0.5/', 'not a url', 'http://127.0.0.1.example.org/']) expect(isLoopbackUrl(url), url).toBe(false);
  });
});

describe('SHA-256 without Web Crypto (a page over plain http)', () => {
  it('gives the same digests as node for empty, short, block-edge and long inputs', () => {
    for (const text of ['', 'abc', '00112233445566778899aabbccddeeff:4821', 'a'.repeat(55), 'a'.repeat(56), 'a'.repeat(64), 'año “ñ” '.repeat(40)]) {
      const bytes = new TextEncoder().encode(text);
      expect(Buffer.from(sha256(bytes)).toString('hex'), JSON.stringify(text.slice(0, 20))).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
  });

  it('hashes and checks the PIN the same way when crypto.subtle is missing', async () => {
    const noSubtle = { getRandomValues: (a: Uint8Array) => webcrypto.getRandomValues(a) } as unknown as Crypto;
    const salt = '00112233445566778899aabbccddeeff';
    await expect(hashPin('4821', salt, noSubtle)).resolves.toBe(await hashPin('4821', salt, crypto));
    const lock = await createPinLock('97531', noSubtle);
    await expect(verifyPin('97531', lock, crypto)).resolves.toBe(true);
    await expect(verifyPin('97530', lock, noSubtle)).resolves.toBe(false);
  });
});
