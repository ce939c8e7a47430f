// Command-line arguments of `npm run sim`, parsed without side effects so tests can check every
// error message. main.ts does the reading, running and printing.
import { checkOverrides, findInput, INPUTS } from '../model/inputs';
import type { ObjectiveKind, Overrides } from '../model/types';
import { OBJECTIVE_KINDS } from '../model/scenario-schema';

export interface SimArgs {
  file: string;
  runs: number;
  seed: string;
  overrides: Overrides;
  objective?: ObjectiveKind;
  /** Troop levels of a sweep (--sweep from:to:step). */
  sweep?: number[];
  /** Inverse question: the troop level for this success rate (0-1). */
  target?: number;
  /** Print the tornado: the success rate across each input's range. */
  sensitivity: boolean;
  json: boolean;
  csv: boolean;
}

export type ParsedArgs = { kind: 'help' } | { kind: 'run'; args: SimArgs } | { kind: 'error'; message: string };

export const DEFAULT_RUNS = 2000;
export const DEFAULT_SEED = '42';
/** Runs of one batch (a summary takes about a second per 10,000 runs). */
export const MAX_RUNS = 1_000_000;
export const MAX_SWEEP_LEVELS = 1001;
/** Runs of a whole sweep: levels × runs. */
export const MAX_SWEEP_RUNS = 20_000_000;
const OBJECTIVES: readonly ObjectiveKind[] = OBJECTIVE_KINDS;

export const USAGE = `Usage: npm run sim -- <scenario.json> [options]

Runs the Threshold campaign model on a scenario file and prints the outcome distribution
and the verdict on each analyst's claim.

Options:
  --runs N              runs in the batch (default ${DEFAULT_RUNS}, at most ${MAX_RUNS.toLocaleString('en-US')})
  --seed S              seed of the run set (default "${DEFAULT_SEED}")
  --troops N            intervention troops (same as --set intervener.troops=N)
  --set path=value      override any numeric input, e.g. --set defender.cohesion=0.5 (repeatable);
                        model constants that are design choices are inputs too, under advanced.,
                        e.g. --set advanced.resistanceNoise=0.05
  --objective KIND      capital | country | limited
  --sweep FROM:TO:STEP  sweep troop levels, e.g. --sweep 10000:300000:10000 (prints a table;
                        at most ${MAX_SWEEP_LEVELS} levels and ${MAX_SWEEP_RUNS.toLocaleString('en-US')} runs in all, levels × runs)
  --target RATE         smallest troop level whose success rate reaches RATE (0-1, or a percentage like 90%)
  --sensitivity         the tornado: the success rate at each end of every input's range
  --json                machine-readable JSON on stdout
  --csv                 a sweep as CSV on stdout (needs --sweep)
  --help                this text

  npm run sim -- --history [--json] [--runs N] [--seed S] [files…]
                        does the model match history? every back-test of scenarios/ (or the files
                        named): history's outcome class beside the model's distribution

Exit codes: 0 done, 2 bad arguments or scenario file.`;

/** A plain decimal or scientific number; rejects "", "12abc", "0x10", "Infinity". */
export function parseNumber(text: string): number | null {
  const trimmed = text.trim().replace(/_/g, '');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(trimmed)) return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : null;
}

/** Troop levels from:to:step (inclusive of `to` when the step lands on it). */
export function troopLevels(from: number, to: number, step: number): number[] {
  if (![from, to, step].every(Number.isFinite) || step <= 0 || to < from) {
    throw new Error(`a sweep needs from ≤ to and a positive step, got ${from}:${to}:${step}`);
  }
  const levels: number[] = [];
  // Count by index so floating steps don't drift past `to`.
  const count = Math.floor((to - from) / step + 1e-9);
  for (let k = 0; k <= count; k++) levels.push(from + k * step);
  return levels;
}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const error = (message: string): ParsedArgs => ({ kind: 'error', message });
  const files: string[] = [];
  const overrides: Overrides = {};
  let runs = DEFAULT_RUNS;
  let seed = DEFAULT_SEED;
  let objective: ObjectiveKind | undefined;
  let sweep: number[] | undefined;
  let target: number | undefined;
  let json = false;
  let csv = false;
  let tornado = false;

  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i];
    if (!raw.startsWith('--') || raw === '--') {
      if (raw === '--') continue;
      if (raw.startsWith('-') && raw.length > 1 && parseNumber(raw) === null) return error(`unknown option "${raw}" (see --help)`);
      files.push(raw);
      continue;
    }
    const eq = raw.indexOf('=');
    const flag = eq >= 0 ? raw.slice(0, eq) : raw;
    const inline = eq >= 0 ? raw.slice(eq + 1) : undefined;
    const takesValue = ['--runs', '--seed', '--troops', '--set', '--objective', '--sweep', '--target'].includes(flag);
    if (!takesValue) {
      if (inline !== undefined && ['--json', '--csv', '--help', '--sensitivity'].includes(flag)) return error(`${flag} takes no value`);
      if (flag === '--help') return { kind: 'help' };
      if (flag === '--json') json = true;
      else if (flag === '--csv') csv = true;
      else if (flag === '--sensitivity') tornado = true;
      else return error(`unknown option "${flag}" (see --help)`);
      continue;
    }
    let value = inline;
    if (value === undefined) {
      if (i + 1 >= argv.length) return error(`${flag} needs a value`);
      value = argv[++i];
    }
    switch (flag) {
      case '--runs': {
        const n = parseNumber(value);
        if (n === null || !Number.isInteger(n) || n < 1 || n > MAX_RUNS) {
          return error(`--runs must be a whole number from 1 to ${MAX_RUNS.toLocaleString('en-US')}, got "${value}"`);
        }
        runs = n;
        break;
      }
      case '--seed':
        if (value.length === 0 || value.length > 200) return error('--seed must be 1-200 characters');
        seed = value;
        break;
      case '--troops': {
        const n = parseNumber(value);
        if (n === null) return error(`--troops must be a number, got "${value}"`);
        overrides['intervener.troops'] = n;
        break;
      }
      case '--set': {
        const at = value.indexOf('=');
        if (at <= 0) return error(`--set needs path=value, e.g. --set defender.cohesion=0.5; got "${value}"`);
        const path = value.slice(0, at).trim();
        // Only catalogue paths (a Map lookup): "__proto__", "constructor", "toString" are unknown inputs,
        // never keys that reach the prototype of the overrides object.
        if (!findInput(path)) return error(`--set ${path}: unknown input "${path}"; known inputs: ${INPUTS.map((i) => i.path).join(', ')}`);
        const n = parseNumber(value.slice(at + 1));
        if (n === null) return error(`--set ${path}: value must be a number, got "${value.slice(at + 1)}"`);
        overrides[path] = n;
        break;
      }
      case '--objective':
        if (!(OBJECTIVES as readonly string[]).includes(value)) {
          return error(`--objective must be one of ${OBJECTIVES.join(', ')}; got "${value}"`);
        }
        objective = value as ObjectiveKind;
        break;
      case '--sweep': {
        const parts = value.split(':').map(parseNumber);
        if (parts.length !== 3 || parts.some((p) => p === null)) {
          return error(`--sweep needs FROM:TO:STEP with numbers, e.g. 10000:300000:10000; got "${value}"`);
        }
        const [from, to, step] = parts as number[];
        if (from < 0 || step <= 0 || to < from) return error(`--sweep needs 0 ≤ FROM ≤ TO and STEP > 0; got "${value}"`);
        if ((to - from) / step + 1 > MAX_SWEEP_LEVELS) return error(`--sweep has more than ${MAX_SWEEP_LEVELS} levels; use a larger step`);
        sweep = troopLevels(from, to, step);
        break;
      }
      case '--target': {
        const percent = value.trim().endsWith('%');
        const n = parseNumber(percent ? value.trim().slice(0, -1) : value);
        const rate = n === null ? null : percent ? n / 100 : n;
        if (rate === null || rate <= 0 || rate > 1) return error(`--target must be a success rate in (0, 1] or a percentage, got "${value}"`);
        target = rate;
        break;
      }
    }
  }

  if (files.length === 0) return error('missing scenario file (see --help)');
  if (files.length > 1) return error(`expected one scenario file, got ${files.length}: ${files.join(', ')}`);
  if (json && csv) return error('--json and --csv cannot be combined');
  if (csv && !sweep) return error('--csv prints a sweep: add --sweep FROM:TO:STEP');
  if ([sweep !== undefined, target !== undefined, tornado].filter(Boolean).length > 1) {
    return error('choose one of --sweep, --target and --sensitivity');
  }
  const problems = checkOverrides(overrides);
  if (problems.length > 0) {
    return error(problems.map((p) => `--set ${p.path}: ${p.message}`).join('\n'));
  }
  if (sweep) {
    const max = 1_000_000;
    if (sweep[sweep.length - 1] > max) return error(`--sweep troop levels must be at most ${max}`);
    if (sweep.length * runs > MAX_SWEEP_RUNS) {
      const all = (sweep.length * runs).toLocaleString('en-US');
      return error(`--sweep of ${sweep.length} levels × ${runs.toLocaleString('en-US')} runs is ${all} runs; the limit is ${MAX_SWEEP_RUNS.toLocaleString('en-US')} (use fewer runs or a larger step)`);
    }
  }
  return { kind: 'run', args: { file: files[0], runs, seed, overrides, objective, sweep, target, sensitivity: tornado, json, csv } };
}
