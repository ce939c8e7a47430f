// Teacher mode as plain data (which inputs are locked or hidden, whether outcomes are hidden, whether
// students must predict first) with validation, and the score of a student's forecast against the
// model. Pure: storage, share links and the screens all pass these objects around.
import { findInput } from '../model/inputs';
import { notice, safeText, type Notice } from './state-schema';

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
  return settings.lockedInputs.length > 0 || settings.hiddenInputs.length > 0 || settings.hideOutcomes || settings.predictFirst;
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
export function validateTeacherSettings(raw: unknown): { settings: TeacherSettings; problems: Notice[] } {
  const settings = defaultTeacherSettings();
  const problems: Notice[] = [];
  if (raw === undefined || raw === null) return { settings, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push(notice('teacher/unreadable'));
    return { settings, problems };
  }
  const obj = raw as Record<string, unknown>;
  settings.hiddenInputs = readPaths(obj, 'hiddenInputs', problems);
  settings.lockedInputs = readPaths(obj, 'lockedInputs', problems).filter((p) => !settings.hiddenInputs.includes(p));
  for (const key of ['hideOutcomes', 'predictFirst'] as const) {
    if (!Object.prototype.hasOwnProperty.call(obj, key)) continue;
    if (typeof obj[key] === 'boolean') settings[key] = obj[key] as boolean;
    else problems.push(notice('teacher/flag-invalid', { name: key }));
  }
  return { settings, problems };
}

function readPaths(obj: Record<string, unknown>, key: 'lockedInputs' | 'hiddenInputs', problems: Notice[]): string[] {
  if (!Object.prototype.hasOwnProperty.call(obj, key)) return [];
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
