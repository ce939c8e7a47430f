// `npm run sim -- --history [--json] [--runs N] [--seed S] [files…]`: the history table (does the
// model match history?) of src/analysis/history.ts, for the back-tests of the scenarios folder (or
// the files named). Text for people, --json for machines. Parsed here so that args.ts keeps the
// single-scenario command; main.ts sends any argv holding --history to this file.
import type { Scenario } from '../model/types';
import { OUTCOME_CLASSES } from '../model/types';
import { CLASS_WORDS, HISTORY_RUNS, HISTORY_SEED, historyScore, historyTable, missSentence, type HistoryRow } from '../analysis/history';
import { MAX_RUNS, parseNumber } from './args';

export interface HistoryArgs {
  files: string[];
  runs: number;
  seed: string;
  json: boolean;
}

export type ParsedHistoryArgs = { kind: 'run'; args: HistoryArgs } | { kind: 'error'; message: string };

/** The folder read when no file is named. */
export const SCENARIO_DIR = 'scenarios';

export function parseHistoryArgs(argv: readonly string[]): ParsedHistoryArgs {
  const error = (message: string): ParsedHistoryArgs => ({ kind: 'error', message });
  const args: HistoryArgs = { files: [], runs: HISTORY_RUNS, seed: HISTORY_SEED, json: false };
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i];
    if (raw === '--' || raw === '--history') continue;
    if (raw === '--json') {
      args.json = true;
      continue;
    }
    const [flag, inline] = raw.includes('=') ? [raw.slice(0, raw.indexOf('=')), raw.slice(raw.indexOf('=') + 1)] : [raw, undefined];
    if (flag === '--runs' || flag === '--seed') {
      const value = inline ?? argv[++i];
      if (value === undefined) return error(`${flag} needs a value`);
      if (flag === '--seed') args.seed = value;
      else {
        const n = parseNumber(value);
        if (n === null || !Number.isInteger(n) || n < 1 || n > MAX_RUNS) return error(`--runs must be a whole number from 1 to ${MAX_RUNS.toLocaleString('en-US')}, got "${value}"`);
        args.runs = n;
      }
      continue;
    }
    if (raw.startsWith('-')) return error(`--history takes only --json, --runs, --seed and scenario files, got "${raw}"`);
    args.files.push(raw);
  }
  return { kind: 'run', args };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const WORDS = CLASS_WORDS;

export function formatHistory(rows: readonly HistoryRow[]): string {
  const { agree, cases } = historyScore(rows);
  const first = rows[0];
  const lines = [
    'Does the model match history?',
    first ? `Each case at its published inputs, ${first.runs.toLocaleString('en-US')} runs, seed "${first.seed}". Agrees: history's class is the model's most likely class.` : 'No back-test with a history record.',
    '',
  ];
  for (const row of rows) {
    const dist = OUTCOME_CLASSES.map((c) => `${WORDS[c]} ${pct(row.distribution[c])}`).join(', ');
    lines.push(`${row.agrees ? '[agrees]   ' : '[disagrees]'} ${row.title} (${row.troops.toLocaleString('en-US')} troops)`);
    lines.push(`    history: ${WORDS[row.history.outcome]} by ${row.history.horizon} (${row.history.source})`);
    lines.push(`    model:   ${dist}; most likely ${WORDS[row.modal]}`);
    const miss = missSentence(row);
    if (miss) lines.push(`    ${miss}`);
  }
  if (rows.length) lines.push('', `The model agrees with history in ${agree} of ${cases} cases (one global parameter set, nothing tuned per case).`);
  return lines.join('\n');
}

export function historyJson(rows: readonly HistoryRow[]) {
  const { agree, cases } = historyScore(rows);
  return {
    rule: "agrees when history's class is the model's most likely class",
    agree,
    cases,
    rows: rows.map((r) => ({
      id: r.id,
      title: r.title,
      troops: r.troops,
      history: r.history.outcome,
      horizon: r.history.horizon,
      summary: r.history.summary,
      why: r.history.why,
      source: r.history.source,
      cite: r.history.cite ?? [],
      distribution: r.distribution,
      modal: r.modal,
      historyShare: r.historyShare,
      agrees: r.agrees,
      miss: missSentence(r),
      runs: r.runs,
      seed: r.seed,
    })),
  };
}

/** The table for these scenarios, as text or JSON. */
export function runHistory(args: HistoryArgs, scenarios: readonly Scenario[]): string {
  const rows = historyTable(scenarios, { runs: args.runs, seed: args.seed });
  return args.json ? JSON.stringify(historyJson(rows), null, 2) : formatHistory(rows);
}
