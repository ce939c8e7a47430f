// The sim command as a function: `main(argv, io)` parses the arguments, reads the scenario through
// io.readFile, runs the model (a batch with claims, a sweep, or the inverse question) and writes
// text, JSON or CSV through io.stdout; bad input of any kind → a message through io.stderr and exit
// code 2 (see args.ts for the options). No side effects at import and none beyond `io`, so tests
// call it in process; sim.ts is the entry that wires it to the real process.
import type { Scenario } from '../model/types';
import { sweepToCsv } from '../analysis/csv';
import { runQuery } from '../analysis/service';
import { parseScenario } from '../engine/scenario';
import { scenarioErrorLine } from '../ui/scenario-errors';
import { parseArgs, USAGE, type SimArgs } from './args';
import { changedInputs, formatRun, formatSensitivity, formatSweep, formatTarget, runJson, sweepJson } from './format';

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
    const lines = parsed.errors.slice(0, 50).map((e) => `  ${scenarioErrorLine(e)}`);
    const more = parsed.errors.length > 50 ? [`  … and ${parsed.errors.length - 50} more`] : [];
    throw new UsageError([`${file} is not a valid scenario:`, ...lines, ...more].join('\n'));
  }
  return parsed.scenario;
}

/** Every figure comes from the analysis service (src/analysis), the same queries the app runs in its workers. */
function run(args: SimArgs, io: SimIo): string {
  const scenario = loadScenario(args.file, io);
  const changed = changedInputs(scenario, args.overrides);
  const common = { scenario, runs: args.runs, seed: args.seed, overrides: args.overrides, objective: args.objective };

  if (args.sweep) {
    const result = runQuery({ ...common, kind: 'sweep', levels: args.sweep });
    const objective = result.query.objective;
    if (args.csv) return sweepToCsv(result.points, { scenario: scenario.id, objective });
    if (args.json) return JSON.stringify(sweepJson(scenario, objective, result.points, changed, result.query), null, 2);
    return formatSweep(scenario, objective, result.points, changed);
  }
  if (args.target !== undefined) {
    const result = runQuery({ ...common, kind: 'inverse', target: args.target, max: TARGET_MAX_TROOPS });
    const objective = result.query.objective;
    if (args.json) {
      return JSON.stringify({ scenario: { id: scenario.id, title: scenario.title }, objective, changedInputs: changed, answer: result.answer, query: result.query }, null, 2);
    }
    return formatTarget(scenario, objective, args.target, result.answer, args.runs, TARGET_MAX_TROOPS);
  }
  if (args.sensitivity) {
    const result = runQuery({ ...common, kind: 'tornado', metric: 'successRate' });
    const { objective, troops } = result.query;
    if (args.json) {
      return JSON.stringify({ scenario: { id: scenario.id, title: scenario.title }, objective, troops, runs: args.runs, changedInputs: changed, bars: result.bars, query: result.query }, null, 2);
    }
    return formatSensitivity(scenario, objective, troops, args.runs, result.bars);
  }
  const summary = runQuery({ ...common, kind: 'summary' });
  // Claims keep their authors' meaning: the troops and objective each check names, else the published ones.
  const claims = runQuery({ scenario, runs: args.runs, seed: args.seed, overrides: args.overrides, kind: 'claims' });
  const report = { scenario, objective: summary.query.objective, population: summary.population, changed, summary: summary.summary, claims: claims.verdicts, queries: { summary: summary.query, claims: claims.query } };
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
  // Text and JSON end with a newline here; CSV already ends its last row with CRLF (RFC 4180).
  io.stdout(output.endsWith('\n') ? output : `${output}\n`);
  return 0;
}
