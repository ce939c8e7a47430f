// What the ladder remembers across reloads, in its own storage key: the student's prediction at each
// rung, which rungs were revealed, and the troop number of the open rung. Read through a validator:
// anything unreadable or out of shape is dropped (never a crash, never a half-trusted value), and a
// broken or full storage only means nothing is remembered.
import { isPrediction, RUNG_SCENARIOS, SANDBOX_MAX, SANDBOX_MIN, type PredictionChoice } from './rungs';

export const LADDER_KEY = 'threshold:lesson';
export const LADDER_VERSION = 1;

export interface LadderProgress {
  /** Rung scenario id → the student's prediction. */
  predictions: Record<string, PredictionChoice>;
  /** Rung scenario ids whose result was shown (each has a prediction), in ladder order. */
  revealed: string[];
  /** The open rung's troop number, or null when it was never set. */
  sandboxTroops: number | null;
}

export function emptyProgress(): LadderProgress {
  return { predictions: {}, revealed: [], sandboxTroops: null };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The progress in stored text, validated: unknown rungs and choices are dropped, a revealed rung
 * needs its prediction and every rung before it revealed, a troop number must be a whole number in
 * the open rung's range. Unreadable text gives the empty progress.
 */
export function readProgress(text: string | null): LadderProgress {
  const out = emptyProgress();
  if (!text) return out;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return out;
  }
  if (!isRecord(data) || data.version !== LADDER_VERSION) return out;
  if (isRecord(data.predictions)) {
    for (const id of RUNG_SCENARIOS) {
      const choice = data.predictions[id];
      if (isPrediction(choice)) out.predictions[id] = choice;
    }
  }
  const revealed = Array.isArray(data.revealed) ? data.revealed : [];
  for (const id of RUNG_SCENARIOS) {
    if (!revealed.includes(id) || !out.predictions[id]) break;
    out.revealed.push(id);
  }
  const troops = data.sandboxTroops;
  if (typeof troops === 'number' && Number.isInteger(troops) && troops >= SANDBOX_MIN && troops <= SANDBOX_MAX) out.sandboxTroops = troops;
  return out;
}

export function writeProgress(progress: LadderProgress): string {
  return JSON.stringify({ version: LADDER_VERSION, predictions: progress.predictions, revealed: progress.revealed, sandboxTroops: progress.sandboxTroops });
}

/** The part of the Web Storage API the ladder uses. */
export interface ProgressStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** The page's localStorage, or null where it cannot be reached (privacy settings, a sandboxed frame). */
export function pageStorage(): ProgressStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function loadProgress(storage: ProgressStorage | null): LadderProgress {
  try {
    return readProgress(storage?.getItem(LADDER_KEY) ?? null);
  } catch {
    return emptyProgress();
  }
}

/** Save; false when storage refused (full, blocked): the lesson goes on, only unremembered. */
export function saveProgress(storage: ProgressStorage | null, progress: LadderProgress): boolean {
  if (!storage) return false;
  try {
    storage.setItem(LADDER_KEY, writeProgress(progress));
    return true;
  } catch {
    return false;
  }
}
