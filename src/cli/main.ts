// The sim command as a function: `main(argv, io)` parses the arguments, reads the scenario through
// io.readFile, runs the model (a batch with claims, a sweep, or the inverse question) and writes
// text, JSON or CSV through io.stdout; bad input of any kind → a message through io.stderr and exit
// code 2 (see args.ts for the options). No side effects at import and none beyond `io`, so tests
// call it in process; sim.ts is the entry that wires it to the real process. Everything written is
// passed through printable() (printable.ts), so no text from a file can drive the terminal.
import type { Scenario } from '../model/types';
import { parseScenario, readScenarioJson, SCENARIO_LIMITS } from '../model/scenario';
import { sweepToCsv } from '../analysis/csv';
import type { Query, ResultOf } from '../analysis/queries';
import { execute, runQuery } from '../analysis/service';
import { INVERSE_DEFAULTS } from '../analysis/records';
import { scenarioErrorLine } from '../ui/scenario-errors';
import { parseArgs, USAGE, type SimArgs } from './args';
import { changedInputs, formatRun, formatSensitivity, formatSweep, formatTarget, runJson, sweepJson } from './format';
import { printable } from './printable';
import { parseHistoryArgs, runHistory, SCENARIO_DIR } from './history';
import { isScenarioFileName } from '../model/scenario-schema';
import { utf8Bytes } from './read-file';

/** Everything the command touches outside its arguments. */
export interface SimIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /**
   * The file's text (UTF-8): all of it, or at least its first `maxBytes + 1` bytes when it is longer
   * (read-file.ts readBounded reads no more); throws as fs does (an error with `code`, e.g. ENOENT).
   */
  readFile(path: string, maxBytes: number): string;
  /** Progress of the batch under way (work done of total); sim.ts draws it on a terminal's stderr. */
  progress?(done: number, total: number): void;
  /** File names in a folder (--history reads the scenarios folder); absent: --history needs named files. */
  listDir?(path: string): string[];
}

/** The largest troop level --target searches up to. */
export const TARGET_MAX_TROOPS = INVERSE_DEFAULTS.max;

class UsageError extends Error {}

function loadScenario(file: string, io: SimIo): Scenario {
  let text: string;
  const max = SCENARIO_LIMITS.maxFileBytes;
  try {
    text = io.readFile(file, max);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? `scenario file not found: ${file}` : `cannot read ${file}: ${(error as Error).message}`);
  }
  if (utf8Bytes(text) > max) throw new UsageError(`${file} is larger than ${max.toLocaleString('en-US')} bytes, the limit for a scenario file (shipped files are a few tens of kilobytes)`);
  // A byte-order mark is dropped; a key written twice is refused (src/model/scenario.ts).
  const json = readScenarioJson(text);
  if (!json.ok && json.error.code === 'unreadable') throw new UsageError(`${file} is not valid JSON: ${json.error.params.reason}`);
  if (!json.ok) throw new UsageError(`${file} is not a valid scenario:\n  ${scenarioErrorLine(json.error)}`);
  const parsed = parseScenario(json.data);
  if (!parsed.ok) {
    const lines = parsed.errors.slice(0, 50).map((e) => `  ${scenarioErrorLine(e)}`);
    const more = parsed.errors.length > 50 ? [`  … and ${parsed.errors.length - 50} more`] : [];
    throw new UsageError([`${file} is not a valid scenario:`, ...lines, ...more].join('\n'));
  }
  return parsed.scenario;
}

/**
 * runQuery, or, when `io` shows progress, the same query executed in chunks of runs with progress
 * between them (chunked tallies merge exactly: the result is the same).
 */
function answer<Q extends Query>(io: SimIo, query: Q): ResultOf<Q> {
  if (!io.progress) return runQuery(query);
  const steps = execute(query, { chunkRuns: Math.max(1, Math.ceil(query.runs / 200)) });
  for (;;) {
    const next = steps.next();
    if (next.done) {
      io.progress(1, 1);
      return next.value;
    }
    io.progress(next.value.done, next.value.total);
  }
}

/** Every figure comes from the analysis service (src/analysis), the same queries the app runs in its workers. */
function run(args: SimArgs, io: SimIo): string {
  const scenario = loadScenario(args.file, io);
  const changed = changedInputs(scenario, args.overrides);
  const common = { scenario, runs: args.runs, seed: args.seed, overrides: args.overrides, objective: args.objective };

  if (args.sweep) {
    const result = answer(io, { ...common, kind: 'sweep', levels: args.sweep });
    const objective = result.query.objective;
    if (args.csv) return sweepToCsv(result.points, { scenario: scenario.id, objective });
    if (args.json) return JSON.stringify(sweepJson(scenario, objective, result.points, changed, result.query), null, 2);
    return formatSweep(scenario, objective, result.points, changed);
  }
  if (args.target !== undefined) {
    const result = answer(io, { ...common, kind: 'inverse', target: args.target, max: TARGET_MAX_TROOPS });
    const objective = result.query.objective;
    if (args.json) {
      return JSON.stringify({ scenario: { id: scenario.id, title: scenario.title }, objective, changedInputs: changed, answer: result.answer, query: result.query }, null, 2);
    }
    return formatTarget(scenario, objective, args.target, result.answer, args.runs, TARGET_MAX_TROOPS);
  }
  if (args.sensitivity) {
    const result = answer(io, { ...common, kind: 'tornado', metric: 'successRate' });
    const { objective, troops } = result.query;
    if (args.json) {
      return JSON.stringify({ scenario: { id: scenario.id, title: scenario.title }, objective, troops, runs: args.runs, changedInputs: changed, bars: result.bars, query: result.query }, null, 2);
    }
    return formatSensitivity(scenario, objective, troops, args.runs, result.bars);
  }
  const summary = answer(io, { ...common, kind: 'summary' });
  // Claims keep their authors' meaning: the troops and objective each check names, else the published ones.
  const claims = answer(io, { scenario, runs: args.runs, seed: args.seed, overrides: args.overrides, kind: 'claims' });
  const report = { scenario, objective: summary.query.objective, population: summary.population, changed, summary: summary.summary, claims: claims.verdicts, queries: { summary: summary.query, claims: claims.query } };
  return args.json ? JSON.stringify(runJson(report), null, 2) : formatRun(report);
}

/** `--history`: the history table of the back-tests (src/cli/history.ts). */
function mainHistory(argv: readonly string[], io: SimIo): number {
  const parsed = parseHistoryArgs(argv);
  if (parsed.kind === 'error') {
    io.stderr(`sim: ${parsed.message}\n`);
    return 2;
  }
  try {
    const files = parsed.args.files.length
      ? parsed.args.files
      : (io.listDir?.(SCENARIO_DIR) ?? [])
          .filter(isScenarioFileName)
          .sort()
          .map((f) => `${SCENARIO_DIR}/${f}`);
    if (files.length === 0) throw new UsageError(`no scenario files found in ${SCENARIO_DIR}/`);
    io.stdout(
      `${runHistory(
        parsed.args,
        files.map((f) => loadScenario(f, io)),
      )}\n`,
    );
    return 0;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`sim: ${error.message}\n`);
    return 2;
  }
}

/** Run the command on `argv` (the arguments after the script name); returns the exit code. */
export function main(argv: readonly string[], rawIo: SimIo): number {
  // Whatever is written, from a file or an argument, reaches the terminal as printable text.
  const io: SimIo = { ...rawIo, stdout: (text) => rawIo.stdout(printable(text)), stderr: (text) => rawIo.stderr(printable(text)) };
  if (argv.includes('--history')) return mainHistory(argv, io);
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
