// Result codes: one group's debrief as a short text a teacher can pool without a server. A code holds
// the set-up (scenario id and the hash of its content, the model version, the objective chosen, the
// seed, every changed input), the group's forecast (if one was made), its game's outcome (class,
// share of the population stabilized, whether the key region was entered, success) and the batch's
// rates (runs, success rate, entry rate, the four outcome shares) that the debrief showed.
//
// Format: "TH1-" + base64url(UTF-8 of a compact JSON array) + "." + CRC-32 of everything before the
// dot, as 8 lower-case hex digits. "TH1" names this format (version 1 of the code, not of the model:
// the model version travels inside). The checksum is taken over the code's own characters, so any
// single changed, added or lost character is caught (CRC-32 catches every error burst up to 32
// bits), including a changed checksum digit.
//
// Decoding never throws and never evaluates anything: every field is checked for type and range,
// and a code that fails says why with a problem code (the UI words it). Whether a code fits this
// page's model and scenarios is the pool's question (result-pool.ts), not the decoder's.
import { findInput } from '../model/inputs';
import { OUTCOME_CLASSES, type ObjectiveKind, type OutcomeClass } from '../model/types';
import { OBJECTIVE_KINDS } from '../model/scenario-schema';
import { MODEL_VERSION } from '../model/parameters';
import type { BatchSummary, GameState, Scenario } from '../model/types';
import { scenarioHash } from '../analysis/fingerprint';
import { checkSeed, type Selection } from './state-schema';

/** The code's own format version ("TH1-…"). */
export const RESULT_CODE_VERSION = 1;
export const RESULT_CODE_PREFIX = `TH${RESULT_CODE_VERSION}-`;
/** Longer text is refused before anything is decoded (a full code is a few hundred characters). */
export const MAX_RESULT_CODE_LENGTH = 3000;

export interface ResultGame {
  outcome: OutcomeClass;
  /** Share of the population in stabilized regions at the end (0-1). */
  stabilizedShare: number;
  /** The objective's key region was entered. */
  entered: boolean;
  success: boolean;
}

export interface ResultBatch {
  runs: number;
  successRate: number;
  entryRate: number;
  outcomeShares: Record<OutcomeClass, number>;
}

export interface ResultRecord {
  modelVersion: number;
  scenarioId: string;
  /** src/analysis/fingerprint.ts scenarioHash of the scenario as listed (before the objective is applied). */
  scenarioHash: string;
  /** The objective chosen in set-up, or null for the scenario's own. */
  objective: ObjectiveKind | null;
  seed: string;
  /** Changed inputs by path (src/model/inputs.ts). */
  overrides: Record<string, number>;
  /** The group's forecast of the chance of success (0-1), or null when none was made. */
  forecast: number | null;
  /** The group's game, or null when no game was finished. */
  game: ResultGame | null;
  batch: ResultBatch;
}

export type ResultCodeProblem = 'empty' | 'not-a-code' | 'unknown-version' | 'checksum' | 'malformed' | 'too-long';
export type DecodedResult = { ok: true; record: ResultRecord } | { ok: false; problem: ResultCodeProblem; version?: string };

// ---------------------------------------------------------------------------------------------
// Checksum and base64url

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (IEEE 802.3, as zip and PNG use) of the UTF-16 code units of `text` taken as bytes (ASCII here). */
export function crc32(text: string): number {
  let crc = 0xffffffff;
  for (let i = 0; i < text.length; i++) crc = CRC_TABLE[(crc ^ text.charCodeAt(i)) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

const checksumText = (text: string) => crc32(text).toString(16).padStart(8, '0');

function toBase64url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64url(text: string): Uint8Array | null {
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------
// Encoding

/** Shares and rates travel with 4 decimals (0.01 percentage point): a design choice that keeps codes short. */
const round4 = (x: number) => Math.round(x * 10_000) / 10_000;

/** The code for `record`. Equal records give equal codes (overrides in sorted order). */
export function encodeResultCode(record: ResultRecord): string {
  const overrides: Record<string, number> = {};
  for (const path of Object.keys(record.overrides).sort()) overrides[path] = record.overrides[path];
  const game = record.game ? [OUTCOME_CLASSES.indexOf(record.game.outcome), round4(record.game.stabilizedShare), record.game.entered ? 1 : 0, record.game.success ? 1 : 0] : 0;
  const b = record.batch;
  const batch = [b.runs, round4(b.successRate), round4(b.entryRate), ...OUTCOME_CLASSES.map((c) => round4(b.outcomeShares[c]))];
  const payload = [record.modelVersion, record.scenarioId, record.scenarioHash, record.objective ?? 0, record.seed, overrides, record.forecast === null ? -1 : round4(record.forecast), game, batch];
  const body = RESULT_CODE_PREFIX + toBase64url(new TextEncoder().encode(JSON.stringify(payload)));
  return `${body}.${checksumText(body)}`;
}

// ---------------------------------------------------------------------------------------------
// Decoding

const isShare = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x) && x >= 0 && x <= 1;
const SCENARIO_ID = /^[A-Za-z0-9._-]{1,80}$/;
const HASH = /^[0-9a-f]{6,16}$/;

/** The record a payload array holds, or null when any field is missing or out of range. */
function readPayload(payload: unknown): ResultRecord | null {
  if (!Array.isArray(payload) || payload.length !== 9) return null;
  const [modelVersion, scenarioId, scenarioHash, objective, seed, overrides, forecast, game, batch] = payload as unknown[];
  if (!Number.isInteger(modelVersion) || (modelVersion as number) < 1 || (modelVersion as number) > 1e6) return null;
  if (typeof scenarioId !== 'string' || !SCENARIO_ID.test(scenarioId)) return null;
  if (typeof scenarioHash !== 'string' || !HASH.test(scenarioHash)) return null;
  if (objective !== 0 && !(OBJECTIVE_KINDS as readonly unknown[]).includes(objective)) return null;
  const seedCheck = checkSeed(seed);
  if (!seedCheck.ok) return null;
  if (overrides === null || typeof overrides !== 'object' || Array.isArray(overrides)) return null;
  const changed: Record<string, number> = {};
  for (const [path, value] of Object.entries(overrides as Record<string, unknown>)) {
    const spec = findInput(path);
    if (!spec || typeof value !== 'number' || !Number.isFinite(value) || value < spec.min || value > spec.max) return null;
    changed[path] = value;
  }
  if (forecast !== -1 && !isShare(forecast)) return null;
  let played: ResultGame | null = null;
  if (game !== 0) {
    if (!Array.isArray(game) || game.length !== 4) return null;
    const [klass, stabilized, entered, success] = game as unknown[];
    if (!Number.isInteger(klass) || (klass as number) < 0 || (klass as number) >= OUTCOME_CLASSES.length || !isShare(stabilized)) return null;
    if ((entered !== 0 && entered !== 1) || (success !== 0 && success !== 1)) return null;
    played = { outcome: OUTCOME_CLASSES[klass as number], stabilizedShare: stabilized, entered: entered === 1, success: success === 1 };
  }
  if (!Array.isArray(batch) || batch.length !== 3 + OUTCOME_CLASSES.length) return null;
  const [runs, successRate, entryRate, ...shares] = batch as unknown[];
  if (!Number.isInteger(runs) || (runs as number) < 1 || (runs as number) > 1e7 || !isShare(successRate) || !isShare(entryRate) || !shares.every(isShare)) return null;
  const outcomeShares = Object.fromEntries(OUTCOME_CLASSES.map((c, i) => [c, shares[i] as number])) as Record<OutcomeClass, number>;
  return {
    modelVersion: modelVersion as number,
    scenarioId,
    scenarioHash,
    objective: objective === 0 ? null : (objective as ObjectiveKind),
    seed: seedCheck.seed,
    overrides: changed,
    forecast: forecast === -1 ? null : (forecast as number),
    game: played,
    batch: { runs: runs as number, successRate, entryRate, outcomeShares },
  };
}

/** Read a code (surrounding white space ignored). Never throws. */
export function decodeResultCode(raw: unknown): DecodedResult {
  if (typeof raw !== 'string' || raw.trim() === '') return { ok: false, problem: 'empty' };
  const text = raw.trim();
  if (text.length > MAX_RESULT_CODE_LENGTH) return { ok: false, problem: 'too-long' };
  const head = /^TH(\d{1,4})-/.exec(text);
  if (!head) return { ok: false, problem: 'not-a-code' };
  if (head[1] !== String(RESULT_CODE_VERSION)) return { ok: false, problem: 'unknown-version', version: head[1] };
  const dot = text.lastIndexOf('.');
  if (dot < 0) return { ok: false, problem: 'malformed' };
  const body = text.slice(0, dot);
  const sum = text.slice(dot + 1);
  if (!/^[0-9a-f]{8}$/.test(sum) || !/^[A-Za-z0-9_-]+$/.test(body.slice(RESULT_CODE_PREFIX.length))) return { ok: false, problem: 'malformed' };
  if (checksumText(body) !== sum) return { ok: false, problem: 'checksum' };
  const bytes = fromBase64url(body.slice(RESULT_CODE_PREFIX.length));
  if (!bytes) return { ok: false, problem: 'malformed' };
  let payload: unknown;
  try {
    payload = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return { ok: false, problem: 'malformed' };
  }
  const record = readPayload(payload);
  return record ? { ok: true, record } : { ok: false, problem: 'malformed' };
}

/** What the debrief knows, as a record: the listed scenario (not the played copy), the selection, the forecast, the game, the batch. */
export function debriefRecord(input: { scenario: Scenario; selection: Readonly<Selection>; forecast: number | null; state: GameState | null; summary: BatchSummary }): ResultRecord {
  const { scenario, selection, state, summary } = input;
  const ended = state?.phase === 'ended' && state.outcome ? state : null;
  return {
    modelVersion: MODEL_VERSION,
    scenarioId: scenario.id,
    scenarioHash: scenarioHash(scenario),
    objective: selection.objective ?? null,
    seed: selection.seed,
    overrides: { ...selection.overrides },
    forecast: input.forecast,
    game: ended
      ? {
          outcome: ended.outcome!,
          stabilizedShare: ended.result?.stabilizedPopulationShare ?? 0,
          entered: ended.result?.entered ?? ended.regions[ended.inputs.keyRegion]?.enteredDay != null,
          success: ended.success === true,
        }
      : null,
    batch: { runs: summary.runs, successRate: summary.successRate, entryRate: summary.entryRate, outcomeShares: { ...summary.outcomeShares } },
  };
}
