// Whether the teacher controls are locked on this page: teacher settings with a PIN are locked from
// every page load (and from every link that brings a PIN) until the PIN is typed here. Unlocking is
// kept for this page's life only, and only for the PIN it opened: settings that arrive with another
// PIN are locked again. A classroom convenience, not security (src/app/teacher-pin.ts says why).
import type { TeacherSettings } from './teacher';

let unlockedHash: string | null = null;
const listeners = new Set<() => void>();

/** True while `settings` carry a PIN that has not been typed on this page. */
export function teacherLocked(settings: TeacherSettings): boolean {
  return settings.pin !== undefined && settings.pin.hash !== unlockedHash;
}

/** Mark the PIN of `settings` as typed (after verifyPin said yes, or when the teacher just set it). */
export function unlockTeacher(settings: TeacherSettings): void {
  unlockedHash = settings.pin?.hash ?? null;
  for (const listener of listeners) listener();
}

/** Lock the teacher controls again ("Lock now"). */
export function lockTeacher(): void {
  unlockedHash = null;
  for (const listener of listeners) listener();
}

/** Run `listener` when the lock changes; returns the unsubscribe. */
export function onTeacherLockChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
