// Teacher mode as plain data (which inputs are locked or hidden, whether outcomes are hidden, whether
// students must predict first) with validation, and the score of a student's forecast against the
// model. Pure: storage, share links and the screens all pass these objects around.
import { findInput, publishedValue } from '../model/inputs';
import type { Overrides, Scenario } from '../model/types';
import { isValidOverride, notice, safeText, type Notice } from './state-schema';
import { isPinLock, type PinLock } from './teacher-pin';

export { safeText };

export interface TeacherSettings {
  /** Input paths students can see but not change. */
  lockedInputs: string[];
  /** Input paths students do not see (and so cannot change either). */
  hiddenInputs: string[];
  /** Hide outcome figures until the teacher reveals them. */
  hideOutcomes: boolean;
  /** Students enter a forecast (chance of success) before they may run. */
  predictFirst: boolean;
  /**
   * The value each locked input was locked at (recorded with the lock): a lock pins a value, not
   * only a path, so importing or re-selecting a scenario with other published values keeps it
   * (`pinLockedValues`). Absent when nothing is locked or no value was recorded yet.
   */
  lockedValues?: Readonly<Record<string, number>>;
  /**
   * The teacher's PIN as a salted hash (src/app/teacher-pin.ts): while set, teacher controls are
   * locked on every page load until the PIN is typed (src/app/teacher-lock.ts). A classroom
   * convenience, not security. Absent when no PIN was set.
   */
  pin?: PinLock;
}

export const DEFAULT_TEACHER_SETTINGS: TeacherSettings = Object.freeze({
  lockedInputs: [],
  hiddenInputs: [],
  hideOutcomes: false,
  predictFirst: false,
}) as TeacherSettings;

export function defaultTeacherSettings(): TeacherSettings {
  return { lockedInputs: [], hiddenInputs: [], hideOutcomes: false, predictFirst: false };
}

/** True when any teacher restriction is on (the UI shows a "teacher mode" badge). */
export function isTeacherModeOn(settings: TeacherSettings): boolean {
  return settings.lockedInputs.length > 0 || settings.hiddenInputs.length > 0 || settings.hideOutcomes || settings.predictFirst || settings.pin !== undefined;
}

export type InputAccess = 'open' | 'locked' | 'hidden';

/** What a student may do with an input; hidden wins over locked. */
export function inputAccess(settings: TeacherSettings, path: string): InputAccess {
  if (settings.hiddenInputs.includes(path)) return 'hidden';
  if (settings.lockedInputs.includes(path)) return 'locked';
  return 'open';
}

/**
 * Check unknown data (from storage) and return usable settings plus one notice per problem (a code
 * the page words later, src/ui/kit/notices.ts). Unknown input paths, duplicates and wrong types are
 * dropped and reported; a path both locked and hidden is kept as hidden only.
 */
/**
 * Inputs teacher mode can lock but not hide. The troop level is the lesson's variable: the curve's
 * x axis, the claims' levels, every "at N troops" figure and the density per 1,000 all show it, so
 * hiding it could not keep it from a student; it stays visible (and can be locked).
 */
export const NOT_HIDEABLE: readonly string[] = ['intervener.troops'];

/** Whether teacher mode may hide `path`. */
export function canHide(path: string): boolean {
  return !NOT_HIDEABLE.includes(path);
}

/** Drop the inputs that cannot be hidden from a hidden list, with one notice each. */
export function hideableOnly(paths: readonly string[], problems: Notice[]): string[] {
  for (const path of paths) if (!canHide(path)) problems.push(notice('teacher/not-hideable', { input: path }));
  return paths.filter(canHide);
}

export function validateTeacherSettings(raw: unknown): { settings: TeacherSettings; problems: Notice[] } {
  const settings = defaultTeacherSettings();
  const problems: Notice[] = [];
  if (raw === undefined || raw === null) return { settings, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push(notice('teacher/unreadable'));
    return { settings, problems };
  }
  const obj = raw as Record<string, unknown>;
  settings.hiddenInputs = hideableOnly(readPaths(obj, 'hiddenInputs', problems), problems);
  settings.lockedInputs = readPaths(obj, 'lockedInputs', problems).filter((p) => !settings.hiddenInputs.includes(p));
  for (const key of ['hideOutcomes', 'predictFirst'] as const) {
    if (!Object.hasOwn(obj, key)) continue;
    if (typeof obj[key] === 'boolean') settings[key] = obj[key] as boolean;
    else problems.push(notice('teacher/flag-invalid', { name: key }));
  }
  // The locked values, when the document carries them: only for locked paths, only valid values.
  const values = obj.lockedValues;
  if (values && typeof values === 'object' && !Array.isArray(values)) {
    const kept: Record<string, number> = {};
    for (const path of settings.lockedInputs) {
      const value = (values as Record<string, unknown>)[path];
      if (Object.hasOwn(values, path) && isValidOverride(path, value)) kept[path] = value;
    }
    if (Object.keys(kept).length > 0) settings.lockedValues = kept;
  }
  // The PIN's salted hash; anything else in its place is dropped with a notice (no PIN then).
  if (Object.hasOwn(obj, 'pin')) {
    if (isPinLock(obj.pin)) settings.pin = { salt: obj.pin.salt, hash: obj.pin.hash };
    else problems.push(notice('teacher/flag-invalid', { name: 'pin' }));
  }
  return { settings, problems };
}

// ---------------------------------------------------------------------------------------------
// Locks pin values

/** The value of `path` in a set-up: the change when there is one, else the scenario's published value. */
export function valueIn(scenario: Scenario | undefined, overrides: Overrides, path: string): number | undefined {
  return Object.hasOwn(overrides, path) ? overrides[path] : scenario ? publishedValue(scenario, path) : undefined;
}

/**
 * `settings` with a recorded value for every locked input that has none yet, taken from the set-up in
 * effect (a link's, the saved one, or the one the teacher locked it in). Values recorded already are
 * kept; values of inputs no longer locked are dropped. Returns `settings` itself when nothing changes.
 */
export function recordLockedValues(settings: TeacherSettings, scenario: Scenario | undefined, overrides: Overrides): TeacherSettings {
  const before = settings.lockedValues ?? {};
  const next: Record<string, number> = {};
  for (const path of settings.lockedInputs) {
    if (Object.hasOwn(before, path)) next[path] = before[path];
    else {
      const value = valueIn(scenario, overrides, path);
      if (value !== undefined && isValidOverride(path, value)) next[path] = value;
    }
  }
  const same = Object.keys(next).length === Object.keys(before).length && Object.keys(next).every((p) => before[p] === next[p]);
  if (same) return settings;
  const { lockedValues: _old, ...rest } = settings;
  return Object.keys(next).length > 0 ? { ...rest, lockedValues: next } : rest;
}

/**
 * The overrides of a scenario just chosen, imported or replaced, with every locked input kept at the
 * value it was locked at. `kept` lists the inputs whose locked value differs from this scenario's
 * published value (the lock made a difference: the page says so).
 */
export function pinLockedValues(settings: TeacherSettings, scenario: Scenario, overrides: Overrides): { overrides: Overrides; kept: string[] } {
  const values = settings.lockedValues ?? {};
  const out: Record<string, number> = { ...overrides };
  const kept: string[] = [];
  for (const path of settings.lockedInputs) {
    if (!Object.hasOwn(values, path)) continue;
    const published = publishedValue(scenario, path);
    if (published === undefined) continue; // this scenario has no such input
    const value = values[path];
    if (value === published) delete out[path];
    else {
      out[path] = value;
      kept.push(path);
    }
  }
  return { overrides: out, kept };
}

function readPaths(obj: Record<string, unknown>, key: 'lockedInputs' | 'hiddenInputs', problems: Notice[]): string[] {
  if (!Object.hasOwn(obj, key)) return [];
  const list = obj[key];
  if (!Array.isArray(list)) {
    problems.push(notice('teacher/list-invalid', { name: key }));
    return [];
  }
  const out: string[] = [];
  for (const item of list.slice(0, 100)) {
    if (typeof item === 'string' && findInput(item)) {
      if (!out.includes(item)) out.push(item);
    } else {
      problems.push(notice('teacher/unknown-input', { input: safeText(item) }));
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Predict, then reveal

export type PredictionVerdict = 'spot-on' | 'close' | 'off' | 'far-off';

export interface PredictionScore {
  /** The forecast and the model's rate, as shares 0-1. */
  predicted: number;
  actual: number;
  /** |predicted − actual| in percentage points (0-100). */
  errorPoints: number;
  /** 100 minus the error in percentage points, rounded: 100 is a perfect forecast, 0 the worst. */
  points: number;
  /**
   * Brier score of the forecast over the model's runs: the mean of (forecast − outcome)² where
   * outcome is 1 for a run that succeeded and 0 otherwise. 0 is perfect; 0.25 is what "50%" scores
   * whatever happens; lower is better.
   */
  brier: number;
  /** The best Brier score any forecast could get here (forecasting exactly the model's rate). */
  bestBrier: number;
  verdict: PredictionVerdict;
}

/**
 * Score a forecast of the chance of success against the model's measured success rate (both shares
 * 0-1; a single run's result is 0 or 1). Points are easy to read aloud; the Brier score is the
 * standard measure forecasters use, given so a class can compare with published forecasting work.
 * Verdicts: within 5 points "spot on", within 15 "close", within 30 "off", beyond "far off".
 */
export function scorePrediction(predicted: number, actual: number): PredictionScore {
  if (!Number.isFinite(predicted) || predicted < 0 || predicted > 1) throw new RangeError('predicted must be a share between 0 and 1');
  if (!Number.isFinite(actual) || actual < 0 || actual > 1) throw new RangeError('actual must be a share between 0 and 1');
  // Rounded to a millionth of a point, so that 55% against 50% is exactly 5 (not 5.000000000000004).
  const errorPoints = Math.round(Math.abs(predicted - actual) * 1e8) / 1e6;
  // Expected squared error over runs: a share `actual` of outcomes are 1, the rest 0.
  const brier = actual * (1 - predicted) ** 2 + (1 - actual) * predicted ** 2;
  const bestBrier = actual * (1 - actual);
  const verdict: PredictionVerdict = errorPoints <= 5 ? 'spot-on' : errorPoints <= 15 ? 'close' : errorPoints <= 30 ? 'off' : 'far-off';
  return { predicted, actual, errorPoints, points: Math.round(100 - errorPoints), brier, bestBrier, verdict };
}

/**
 * Read a student's forecast typed as a percentage: "40", "40%", "40 %", "40.5" or "40,5".
 * Returns the share (0.4), or null for anything else, including values outside 0-100.
 */
export function parsePrediction(text: string): number | null {
  if (typeof text !== 'string' || text.length > 20) return null;
  const m = /^\s*(\d{1,3}(?:[.,]\d{1,2})?)\s*%?\s*$/.exec(text);
  if (!m) return null;
  const value = Number(m[1].replace(',', '.'));
  return value >= 0 && value <= 100 ? value / 100 : null;
}
