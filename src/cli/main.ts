// The sim command as a function: `main(argv, io)` parses the arguments, reads the scenario through
// io.readFile, runs the model (a batch with claims, a sweep, or the inverse question) and writes
// text, JSON or CSV through io.stdout; bad input of any kind → a message through io.stderr and exit
// code 2 (see args.ts for the options). No side effects at import and none beyond `io`, so tests
// call it in process; sim.ts is the entry that wires it to the real process.
import { DEFAULT_PARAMETERS } from '../model/parameters';
import { resolveInputs } from '../model/resolve';
import type { Scenario } from '../model/types';
import { runBatch, summarize, withObjective } from '../engine/batch';
import { evaluateClaims } from '../engine/claims';
import { parseScenario } from '../engine/scenario';
import { sensitivity } from '../engine/sensitivity';
import { sweep, troopsForSuccess } from '../engine/sweep';
import { parseArgs, USAGE, type SimArgs } from './args';
import { changedInputs, formatRun, formatSensitivity, formatSweep, formatTarget, runJson, sweepCsv, sweepJson } from './format';

/** Everything the command touches outside its arguments. */
export interface SimIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** The file's text (UTF-8); throws as fs.readFileSync does (an error with `code`, e.g. ENOENT). */
  readFile(path: string): string;
}

/** The largest troop level --target searches up to. */
export const TARGET_MAX_TROOPS = 300_000;

class UsageError extends Error {}

function loadScenario(file: string, io: SimIo): Scenario {
  let text: string;
  try {
    text = io.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? `scenario file not found: ${file}` : `cannot read ${file}: ${(error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = parseScenario(json);
  if (!parsed.ok) {
    const lines = parsed.errors.slice(0, 50).map((e) => `  ${e.path || '(root)'}: ${e.message}`);
    const more = parsed.errors.length > 50 ? [`  … and ${parsed.errors.length - 50} more`] : [];
    throw new UsageError([`${file} is not a valid scenario:`, ...lines, ...more].join('\n'));
  }
  return parsed.scenario;
}

function run(args: SimArgs, io: SimIo): string {
  const scenario = loadScenario(args.file, io);
  const params = DEFAULT_PARAMETERS;
  const inputs = withObjective(resolveInputs(scenario, args.overrides, params), args.objective, scenario);
  const objective = inputs.objective;
  const changed = changedInputs(scenario, args.overrides);
  const common = { runs: args.runs, seed: args.seed, overrides: args.overrides, params, objective: args.objective };

  if (args.sweep) {
    const points = sweep(scenario, { ...common, troops: args.sweep });
    if (args.csv) return sweepCsv(points);
    if (args.json) return JSON.stringify(sweepJson(scenario, objective, points, changed), null, 2);
    return formatSweep(scenario, objective, points, changed);
  }
  if (args.target !== undefined) {
    const max = TARGET_MAX_TROOPS;
    const answer = troopsForSuccess(scenario, args.target, { ...common, max });
    if (args.json) {
      return JSON.stringify({ scenario: { id: scenario.id, title: scenario.title }, objective, changedInputs: changed, answer }, null, 2);
    }
    return formatTarget(scenario, objective, args.target, answer, args.runs, max);
  }
  if (args.sensitivity) {
    const bars = sensitivity(scenario, { ...common, metric: 'successRate' });
    if (args.json) {
      return JSON.stringify({ scenario: { id: scenario.id, title: scenario.title }, objective, troops: inputs.troops, runs: args.runs, changedInputs: changed, bars }, null, 2);
    }
    return formatSensitivity(scenario, objective, inputs.troops, args.runs, bars);
  }
  const summary = summarize(runBatch(scenario, common), args.seed);
  const claims = evaluateClaims(scenario, common);
  const report = { scenario, objective, population: inputs.population, changed, summary, claims };
  return args.json ? JSON.stringify(runJson(report), null, 2) : formatRun(report);
}

/** Run the command on `argv` (the arguments after the script name); returns the exit code. */
export function main(argv: readonly string[], io: SimIo): number {
  const parsed = parseArgs(argv);
  if (parsed.kind === 'help') {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  if (parsed.kind === 'error') {
    io.stderr(`sim: ${parsed.message}\n\n${USAGE.split('\n')[0]}\n`);
    return 2;
  }
  let output: string;
  try {
    output = run(parsed.args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`sim: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  io.stdout(`${output}\n`);
  return 0;
}
