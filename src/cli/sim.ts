// `npm run sim -- <scenario.json> [options]`: the headless command. Reads a scenario file, runs the
// model (a batch with claims, a sweep, or the inverse question) and prints text, JSON or CSV.
// Bad input of any kind → a message on stderr and exit code 2; see args.ts for the options.
import { readFileSync } from 'node:fs';
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

class UsageError extends Error {}

function loadScenario(file: string): Scenario {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
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

function run(args: SimArgs): string {
  const scenario = loadScenario(args.file);
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
    const max = 300_000;
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

export function main(argv: readonly string[]): number {
  const parsed = parseArgs(argv);
  if (parsed.kind === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (parsed.kind === 'error') {
    process.stderr.write(`sim: ${parsed.message}\n\n${USAGE.split('\n')[0]}\n`);
    return 2;
  }
  try {
    process.stdout.write(`${run(parsed.args)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`sim: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

process.exitCode = main(process.argv.slice(2));
