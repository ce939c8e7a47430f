// A class's result codes pooled on the teacher's page (the Class screen): pasted text or a file is
// split into codes (one per line, or several on a line separated by spaces or commas), each decoded
// (result-code.ts) and checked against this page: the same model version, a scenario listed here
// with the same content hash, and not a code already pooled. Refused codes keep their line number
// and a problem code (the UI words it). The tables the screen shows are computed here, as plain data:
// the calibration (each group's forecast beside the model's success rate for that group's set-up),
// the games' outcome classes beside the count the model expects (the sum over the groups of each
// group's batch share: each group has its own set-up), and the inputs groups changed. Pure.
import { scenarioHash } from '../analysis/fingerprint';
import { toCsv } from '../analysis/csv';
import { MODEL_VERSION } from '../model/parameters';
import { OUTCOME_CLASSES, type OutcomeClass, type Scenario } from '../model/types';
import { decodeResultCode, type ResultCodeProblem, type ResultRecord } from './result-code';

export type PoolProblem = ResultCodeProblem | 'duplicate' | 'other-model' | 'unknown-scenario' | 'other-scenario-version';

export interface PooledResult {
  /** 1-based line of the paste or file the code came from. */
  line: number;
  code: string;
  record: ResultRecord;
}

export interface RefusedCode {
  line: number;
  /** The start of the refused text (at most 24 characters), for the message. */
  excerpt: string;
  problem: PoolProblem;
  /** The model version or code version the code names, when that was the problem. */
  version?: string;
  /** For a duplicate: the line of this text that held it first (absent when it was pooled before). */
  of?: number;
}

export interface PoolAnswer {
  accepted: PooledResult[];
  refused: RefusedCode[];
}

/** The codes in a pasted text, each with its line. */
export function splitCodes(text: string): { line: number; code: string }[] {
  const out: { line: number; code: string }[] = [];
  text.split(/\r\n|\r|\n/).forEach((row, i) => {
    for (const piece of row.split(/[\s,;]+/)) if (piece !== '') out.push({ line: i + 1, code: piece });
  });
  return out;
}

/**
 * Pool the codes in `text` against this page's `scenarios`; `known` holds the codes pooled before
 * (a repeat of one of them, or of a code earlier in this text, is a duplicate). Never throws.
 */
export function poolCodes(text: string, scenarios: readonly Scenario[], known: ReadonlySet<string> = new Set()): PoolAnswer {
  const answer: PoolAnswer = { accepted: [], refused: [] };
  // Each code pooled so far, with its line in this text (0: pooled before this text).
  const seen = new Map([...known].map((code) => [code, 0]));
  const hashes = new Map(scenarios.map((s) => [s.id, scenarioHash(s)]));
  for (const { line, code } of splitCodes(text).slice(0, 2000)) {
    const excerpt = code.length > 24 ? `${code.slice(0, 23)}…` : code;
    const refuse = (problem: PoolProblem, version?: string) => answer.refused.push({ line, excerpt, problem, ...(version === undefined ? {} : { version }) });
    const decoded = decodeResultCode(code);
    if (!decoded.ok) {
      refuse(decoded.problem, decoded.version);
      continue;
    }
    const { record } = decoded;
    const first = seen.get(code);
    if (first !== undefined) answer.refused.push({ line, excerpt, problem: 'duplicate', ...(first > 0 ? { of: first } : {}) });
    else if (record.modelVersion !== MODEL_VERSION) refuse('other-model', String(record.modelVersion));
    else if (!hashes.has(record.scenarioId)) refuse('unknown-scenario');
    else if (hashes.get(record.scenarioId) !== record.scenarioHash) refuse('other-scenario-version');
    else {
      seen.set(code, line);
      answer.accepted.push({ line, code, record });
    }
  }
  return answer;
}

export interface OutcomeRow {
  outcome: OutcomeClass;
  /** Groups whose game ended in this class. */
  games: number;
  /** The count the model expects over the same groups: the sum of their batch shares for this class. */
  expected: number;
}

export interface OutcomeTable {
  rows: OutcomeRow[];
  /** Groups with a finished game (the rows' total). */
  played: number;
  /** Groups that sent a code without a finished game. */
  unplayed: number;
}

export function outcomeTable(results: readonly PooledResult[]): OutcomeTable {
  const played = results.filter((r) => r.record.game !== null);
  const rows = OUTCOME_CLASSES.map((outcome) => ({
    outcome,
    games: played.filter((r) => r.record.game!.outcome === outcome).length,
    expected: played.reduce((sum, r) => sum + r.record.batch.outcomeShares[outcome], 0),
  }));
  return { rows, played: played.length, unplayed: results.length - played.length };
}

export interface Calibration {
  /** Groups that made a forecast. */
  count: number;
  /** Mean of |forecast − model success rate|, as a share (null with no forecast). */
  meanGap: number | null;
  /** Mean of (forecast − model rate): positive when the class expected more success than the model. */
  meanBias: number | null;
}

export function calibration(results: readonly PooledResult[]): Calibration {
  const gaps = results.filter((r) => r.record.forecast !== null).map((r) => r.record.forecast! - r.record.batch.successRate);
  if (gaps.length === 0) return { count: 0, meanGap: null, meanBias: null };
  return { count: gaps.length, meanGap: gaps.reduce((s, g) => s + Math.abs(g), 0) / gaps.length, meanBias: gaps.reduce((s, g) => s + g, 0) / gaps.length };
}

export interface ChangedInput {
  path: string;
  /** Groups that changed it. */
  groups: number;
  /** The values chosen, ascending, each with how many groups chose it. */
  values: { value: number; groups: number }[];
}

/** Every input some group changed, the most often changed first. */
export function changedInputs(results: readonly PooledResult[]): ChangedInput[] {
  const byPath = new Map<string, Map<number, number>>();
  for (const r of results)
    for (const [path, value] of Object.entries(r.record.overrides)) {
      const values = byPath.get(path) ?? new Map<number, number>();
      values.set(value, (values.get(value) ?? 0) + 1);
      byPath.set(path, values);
    }
  return [...byPath]
    .map(([path, values]) => ({
      path,
      groups: [...values.values()].reduce((s, n) => s + n, 0),
      values: [...values].map(([value, groups]) => ({ value, groups })).sort((a, b) => a.value - b.value),
    }))
    .sort((a, b) => b.groups - a.groups || a.path.localeCompare(b.path));
}

const CSV_HEADER = [
  'line',
  'scenario',
  'model_version',
  'scenario_hash',
  'objective',
  'seed',
  'forecast',
  'model_success_rate',
  'model_entry_rate',
  'runs',
  ...OUTCOME_CLASSES.map((c) => `model_share_${c.replace('-', '_')}`),
  'game_outcome',
  'game_success',
  'game_entered',
  'game_stabilized_share',
  'changed_inputs',
];

/** One row per group: raw numbers (shares 0-1), English headers; a UTF-8 byte-order mark first, so spreadsheets read accents. */
export function poolCsv(results: readonly PooledResult[]): string {
  const rows = results.map(({ line, record: r }) => [
    line,
    r.scenarioId,
    r.modelVersion,
    r.scenarioHash,
    r.objective ?? '',
    r.seed,
    r.forecast,
    r.batch.successRate,
    r.batch.entryRate,
    r.batch.runs,
    ...OUTCOME_CLASSES.map((c) => r.batch.outcomeShares[c]),
    r.game?.outcome ?? '',
    r.game ? (r.game.success ? 1 : 0) : null,
    r.game ? (r.game.entered ? 1 : 0) : null,
    r.game?.stabilizedShare ?? null,
    Object.entries(r.overrides)
      .map(([path, value]) => `${path}=${value}`)
      .join('; '),
  ]);
  return `\uFEFF${toCsv([CSV_HEADER, ...rows])}`;
}
