// The sim command. Every behaviour is checked in process through main(argv, io) with a capturing io
// (and in-memory files for the broken ones); the figures it prints are compared with direct calls of
// the engine on the same scenario, seed and runs. Three real spawns of `tsx src/cli/sim.ts` check
// only the wiring of the entry to the process: a success (stdout, exit 0), a bad input (stderr,
// exit 2), and a reader that closes stdout after the first chunk (quiet exit, no EPIPE trace).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMETERS } from '../../src/model/parameters';
import { resolveInputs } from '../../src/model/resolve';
import type { Scenario } from '../../src/model/types';
import { runBatch, summarize } from '../../src/engine/batch';
import { evaluateClaims } from '../../src/engine/claims';
import { parseScenario } from '../../src/engine/scenario';
import { sensitivity } from '../../src/engine/sensitivity';
import { sweep, troopsForSuccess } from '../../src/engine/sweep';
import { USAGE } from '../../src/cli/args';
import { sweepToCsv } from '../../src/analysis/csv';
import { readCsv } from '../csv-reader';
import { count, percent } from '../../src/cli/format';
import { main, TARGET_MAX_TROOPS } from '../../src/cli/main';

const ROOT = join(__dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const VENEZUELA = 'scenarios/venezuela-2025-buildup.json';
const PANAMA = 'scenarios/panama-1989.json';
const PLANNERS = 'scenarios/venezuela-planners.json';
const params = DEFAULT_PARAMETERS;

function load(file: string): Scenario {
  const parsed = parseScenario(JSON.parse(readFileSync(join(ROOT, file), 'utf8')));
  if (!parsed.ok) throw new Error(`${file}: ${JSON.stringify(parsed.errors.slice(0, 3))}`);
  return parsed.scenario;
}

interface Spawned {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * `tsx src/cli/sim.ts …` as a real process. With `closeAfter`, the parent reads stdout until that
 * many characters have arrived and then closes its end of the pipe, as `| head -c N` does.
 */
function spawnSim(args: string[], closeAfter?: number): Promise<Spawned> {
  return new Promise((done, fail) => {
    const child = spawn(TSX, ['src/cli/sim.ts', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk;
      if (closeAfter !== undefined && stdout.length >= closeAfter) child.stdout.destroy();
    });
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', fail);
    child.on('close', (code, signal) => done({ code, signal, stdout, stderr }));
  });
}

const success = [PANAMA, '--runs', '200', '--seed', '7'];
const failure = ['scenarios/nope.json', '--runs', '10'];
// A sweep as JSON of well over 128 KB: more than one read of the parent (≤ 64 KB) plus a full pipe
// buffer (64 KB), so the child is still writing when the parent closes after its first chunk.
const large = [PLANNERS, '--sweep', '0:1000000:1000', '--runs', '1', '--json'];
// The three processes start when this file loads, so they start up while the in-process tests run.
const spawned = { success: spawnSim(success), failure: spawnSim(failure), closedEarly: spawnSim(large, 1) };

/** Files main may read besides the real ones (paths relative to the repository, as given in argv). */
const memoryFiles = new Map<string, string>();

/** The command in process: what it wrote to stdout and stderr, and its exit code. */
function sim(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = main(argv, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    readFile: (path) => memoryFiles.get(path) ?? readFileSync(resolve(ROOT, path), 'utf8'),
  });
  return { code, stdout, stderr };
}

/** JSON round trip: what an object looks like once printed as JSON and read back. */
const asJson = (value: unknown) => JSON.parse(JSON.stringify(value));

describe('sim command (in process)', () => {
  it('prints a readable summary with claims', () => {
    const { code, stdout, stderr } = sim(VENEZUELA, '--runs', '300', '--seed', '42');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('Venezuela');
    expect(stdout).toMatch(/Troops: 10,000 \(0\.35 per 1,000 inhabitants\)/);
    expect(stdout).toContain('Runs: 300   Seed: 42');
    expect(stdout).toContain('Inputs: all at their published values.');
    expect(stdout).toMatch(/Objective reached: +\d+\.\d% of runs \(95% interval/);
    expect(stdout).toMatch(/Outcome shares: +never entered/);
    expect(stdout).toMatch(/Claims:\n {2}\[(agrees|disagrees|depends|not-testable)\]/);
    // Each claim says how its verdict fares across the declared input ranges.
    expect(stdout).toMatch(/verdict: (agrees|disagrees) at the current inputs and at both ends of all \d+ declared input ranges|verdict: (agrees|disagrees) at the current inputs, but depends on /);
    expect(stdout).toContain('not testable by this model');
    expect(stdout).toContain('not enough for a full-scale invasion');
    // The figures are the engine's for these runs and this seed.
    const summary = summarize(runBatch(load(VENEZUELA), { runs: 300, seed: '42' }), '42');
    expect(stdout).toContain(`Key region entered:   ${percent(summary.entryRate)} of runs`);
    expect(stdout).toContain(`Objective reached:    ${percent(summary.successRate)} of runs (95% interval ${percent(summary.successInterval[0])}-${percent(summary.successInterval[1])})`);
    expect(stdout.endsWith('\n')).toBe(true);
  });

  it('--json gives the figures and each claim verdict, the same as the text', () => {
    const { code, stdout, stderr } = sim(VENEZUELA, '--runs', '100', '--json', '--troops', '150000', '--set', 'defender.cohesion=0.5');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const data = JSON.parse(stdout);
    expect(data.troops).toBe(150_000);
    expect(data.runs).toBe(100);
    expect(data.seed).toBe('42');
    expect(data.objective).toBe('country');
    // Every figure equals a direct batch of the engine with the same overrides, seed and runs.
    const scenario = load(VENEZUELA);
    const overrides = { 'intervener.troops': 150_000, 'defender.cohesion': 0.5 };
    const summary = summarize(runBatch(scenario, { runs: 100, seed: '42', overrides, params }), '42');
    expect(data.entryRate).toBe(summary.entryRate);
    expect(data.successRate).toBe(summary.successRate);
    expect(data.successInterval).toEqual(summary.successInterval);
    expect(data.outcomeShares).toEqual(summary.outcomeShares);
    expect(data.capitalDays).toEqual(summary.capitalDays);
    expect(data.capitalDayCounts).toEqual(summary.capitalDayCounts);
    expect(data.meanEnteredPopulationShare).toBe(summary.meanEnteredPopulationShare);
    expect(data.meanStabilizedPopulationShare).toBe(summary.meanStabilizedPopulationShare);
    expect(data.population).toBe(resolveInputs(scenario, overrides, params).population);
    const shares = Object.values(data.outcomeShares as Record<string, number>).reduce((a, b) => a + b, 0);
    expect(shares).toBeCloseTo(1, 12);
    expect(data.successInterval[0]).toBeLessThanOrEqual(data.successRate);
    expect(data.successInterval[1]).toBeGreaterThanOrEqual(data.successRate);
    expect(data.changedInputs.map((c: { path: string }) => c.path).sort()).toEqual(['defender.cohesion', 'intervener.troops']);
    expect(data.changedInputs.find((c: { path: string }) => c.path === 'defender.cohesion')).toMatchObject({ published: 1, value: 0.5 });
    // The claims are the engine's verdicts, in full.
    expect(data.claims.length).toBeGreaterThan(0);
    expect(data.claims).toEqual(asJson(evaluateClaims(scenario, { runs: 100, seed: '42', overrides, params })));
    // Machine-readable range verdicts: the headline, the point verdict, and each flipping input.
    for (const claim of data.claims) {
      expect(['agrees', 'disagrees', 'depends', 'not-testable']).toContain(claim.verdict);
      expect(['agrees', 'disagrees']).toContain(claim.pointVerdict);
      if (claim.testable) {
        expect(claim.range.examined.length).toBeGreaterThan(0);
        expect(claim.range.verdict).toBe(claim.verdict);
        for (const flip of claim.range.flips) expect(Object.keys(flip).sort()).toEqual(['atHigh', 'atLow', 'base', 'flipsAt', 'high', 'label', 'low', 'path', 'rangeKind', 'swing', 'symbol']);
      } else {
        expect(claim.verdict).toBe('not-testable');
        expect(claim.range).toBeNull();
      }
    }
    expect(data.claims.some((c: { testable: boolean }) => !c.testable)).toBe(true);
    const text = sim(VENEZUELA, '--runs', '100', '--troops', '150000', '--set', 'defender.cohesion=0.5').stdout;
    expect(text).toContain(`Objective reached:    ${(data.successRate * 100).toFixed(1)}%`);
    expect(text).toContain('Inputs changed from the published values:');
    expect(text).toContain('Cohesion (c): 1 → 0.5');
  });

  it('more troops on Panama succeed more than fewer (the override reaches the engine)', () => {
    const few = JSON.parse(sim(PANAMA, '--runs', '300', '--json', '--troops', '3000').stdout);
    const many = JSON.parse(sim(PANAMA, '--runs', '300', '--json').stdout);
    expect(many.successRate).toBeGreaterThan(few.successRate);
    const panama = load(PANAMA);
    expect(few.successRate).toBe(summarize(runBatch(panama, { runs: 300, seed: '42', overrides: { 'intervener.troops': 3000 } }), '42').successRate);
    expect(many.successRate).toBe(summarize(runBatch(panama, { runs: 300, seed: '42' }), '42').successRate);
  });

  it('--seed and --objective reach the engine', () => {
    const data = JSON.parse(sim(VENEZUELA, '--runs', '200', '--seed', 'abc', '--objective', 'capital', '--troops', '60000', '--json').stdout);
    expect(data.seed).toBe('abc');
    expect(data.objective).toBe('capital');
    const direct = summarize(runBatch(load(VENEZUELA), { runs: 200, seed: 'abc', objective: 'capital', overrides: { 'intervener.troops': 60_000 } }), 'abc');
    expect(data.successRate).toBe(direct.successRate);
    expect(data.outcomeShares).toEqual(direct.outcomeShares);
  });

  it("--sweep prints a table, --csv a CSV (the app's one CSV writer), --json the points", () => {
    const table = sim(VENEZUELA, '--runs', '100', '--sweep', '0:100000:50000');
    expect(table.stderr).toBe('');
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/Sweep of 3 troop levels, 100 runs each, seed 42, common random numbers/);
    expect(table.stdout).toMatch(/\n +0 +0\.00 /);
    expect(table.stdout).toMatch(/\n *100,000 +3\.52 /);
    const csv = sim(VENEZUELA, '--runs', '100', '--sweep', '0:100000:50000', '--csv');
    expect(csv.code).toBe(0);
    // RFC 4180 with CRLF after every row (readCsv refuses anything else), the export's header set.
    const rows = readCsv(csv.stdout);
    expect(rows).toHaveLength(4);
    const header = rows[0];
    expect(header.slice(0, 6)).toEqual(['scenario', 'model_version', 'seed', 'runs', 'troops', 'troops_per_thousand']);
    expect(header).toContain('success_rate');
    expect(header[header.length - 1]).toBe('objective');
    expect(rows[3][header.indexOf('troops')]).toBe('100000');
    const json = JSON.parse(sim(VENEZUELA, '--runs', '100', '--sweep', '0:100000:50000', '--json').stdout);
    expect(json.points.map((p: { troops: number }) => p.troops)).toEqual([0, 50_000, 100_000]);
    // The JSON points are the engine's sweep (CRN, same seed and runs) without the raw tallies.
    const direct = sweep(load(VENEZUELA), { runs: 100, seed: '42', troops: [0, 50_000, 100_000] });
    expect(json.points).toEqual(asJson(direct.map(({ tally: _tally, ...point }) => point)));
    // With no troops nothing can be entered: every run ends "entry-failed".
    expect(json.points[0].entryRate).toBe(0);
    expect(json.points[0].outcomeShares['entry-failed']).toBe(1);
    // The CSV is the one writer's output for these points, and agrees with the JSON on every figure.
    expect(csv.stdout).toBe(sweepToCsv(direct, { scenario: 'venezuela-2025-buildup', objective: 'country' }));
    rows.slice(1).forEach((row, i) => {
      const p = json.points[i];
      const get = (name: string) => row[header.indexOf(name)];
      expect(Number(get('troops'))).toBe(p.troops);
      expect(Number(get('runs'))).toBe(p.runs);
      expect(Number(get('success_rate'))).toBeCloseTo(p.successRate, 6);
      expect(Number(get('entry_rate'))).toBeCloseTo(p.entryRate, 6);
      expect(Number(get('share_stabilized'))).toBeCloseTo(p.outcomeShares.stabilized, 6);
      expect(get('capital_day_median')).toBe(p.capitalDays ? String(p.capitalDays.median) : '');
      expect(get('seed')).toBe('42');
    });
    // The table shows the same figures.
    expect(table.stdout).toContain(percent(direct[2].successRate));
  });

  it('--target answers the inverse question', () => {
    const { code, stdout, stderr } = sim(PANAMA, '--runs', '200', '--target', '90%', '--json');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const { answer, objective } = JSON.parse(stdout);
    expect(objective).toBe('country');
    expect(answer).toEqual(asJson(troopsForSuccess(load(PANAMA), 0.9, { runs: 200, seed: '42', overrides: {}, params, max: TARGET_MAX_TROOPS })));
    // The smallest level reaching 90% measures at least 90% there, within its own uncertainty band.
    expect(answer.troops).toBeGreaterThan(0);
    expect(answer.rate).toBeGreaterThanOrEqual(0.9);
    expect(answer.low).toBeLessThanOrEqual(answer.troops);
    expect(answer.high).toBeGreaterThanOrEqual(answer.troops);
    const text = sim(PANAMA, '--runs', '200', '--target', '0.9').stdout;
    expect(text).toContain('Troops for 90% success (country objective), 200 runs per level, common random numbers:');
    expect(text).toContain(`  ${count(answer.troops)} troops (measured ${percent(answer.rate)} there; to the nearest 1,000)`);
  });

  it('--target says so when the rate is not reached', () => {
    const args = { runs: 50, seed: '42', overrides: { 'population.hostility': 1 }, params, max: TARGET_MAX_TROOPS };
    // The premise: with a wholly hostile population no level up to the limit succeeds in every run.
    expect(troopsForSuccess(load(VENEZUELA), 1, args)).toBeNull();
    const { code, stdout } = sim(VENEZUELA, '--runs', '50', '--target', '100%', '--set', 'population.hostility=1');
    expect(code).toBe(0);
    expect(stdout).toContain('Troops for 100% success (country objective), 50 runs per level, common random numbers:\n  not reached below 300,000 troops.\n');
    expect(JSON.parse(sim(VENEZUELA, '--runs', '50', '--target', '1', '--set', 'population.hostility=1', '--json').stdout).answer).toBeNull();
  });

  it('--sensitivity prints the tornado, largest swing first', () => {
    const { code, stdout, stderr } = sim(PANAMA, '--runs', '200', '--troops', '12000', '--sensitivity', '--json');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const { bars, troops, runs } = JSON.parse(stdout);
    expect(troops).toBe(12_000);
    expect(runs).toBe(200);
    expect(bars).toEqual(asJson(sensitivity(load(PANAMA), { runs: 200, seed: '42', overrides: { 'intervener.troops': 12_000 }, params, metric: 'successRate' })));
    expect(bars.length).toBeGreaterThan(5);
    for (let i = 1; i < bars.length; i++) expect(bars[i].swing).toBeLessThanOrEqual(bars[i - 1].swing);
    expect(bars.some((b: { path: string }) => b.path === 'intervener.troops')).toBe(false);
    const text = sim(PANAMA, '--runs', '200', '--troops', '12000', '--sensitivity').stdout;
    expect(text).toContain(`Sensitivity of the country objective's success rate at 12,000 troops (${percent(bars[0].metricAtBase)} at the current inputs), 200 runs per end`);
    expect(text).toContain(`${bars[0].label} (${bars[0].symbol})`);
  });

  it('--help prints usage and exits 0', () => {
    const { code, stdout, stderr } = sim('--help');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^Usage: npm run sim/);
    expect(stdout).toBe(`${USAGE}\n`);
  });

  describe('bad input → a clear message on stderr and exit code 2', () => {
    const bad = (args: string[], message: RegExp) => {
      const { code, stdout, stderr } = sim(...args);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(/^sim: /);
      expect(stderr).toMatch(message);
    };

    it('missing file', () => bad(['scenarios/nope.json'], /scenario file not found: scenarios\/nope\.json/));
    it('unreadable file', () => bad(['scenarios'], /^sim: cannot read scenarios: EISDIR/));
    it('no file', () => {
      bad([], /missing scenario file/);
      // Argument errors end with the usage line.
      expect(sim().stderr).toBe(`sim: missing scenario file (see --help)\n\n${USAGE.split('\n')[0]}\n`);
    });
    it('bad JSON', () => {
      memoryFiles.set('broken.json', '{ "schema": ');
      bad(['broken.json'], /broken\.json is not valid JSON/);
    });
    it('scenario errors with field paths', () => {
      const scenario = JSON.parse(readFileSync(join(ROOT, VENEZUELA), 'utf8'));
      scenario.regions[2].share.value = 'a lot';
      delete scenario.intervener.troops;
      memoryFiles.set('invalid.json', JSON.stringify(scenario));
      const { code, stdout, stderr } = sim('invalid.json');
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(/invalid\.json is not a valid scenario:/);
      expect(stderr).toMatch(/regions\[2\]\.share\.value/);
      expect(stderr).toMatch(/intervener\.troops/);
    });
    it('unknown flag', () => bad([VENEZUELA, '--fast'], /unknown option "--fast"/));
    it('unknown --set path', () => bad([VENEZUELA, '--set', 'defender.morale=2'], /unknown input "defender\.morale"/));
    it('non-numeric values', () => {
      bad([VENEZUELA, '--runs', 'many'], /--runs must be a whole number/);
      bad([VENEZUELA, '--troops', '10k'], /--troops must be a number/);
      bad([VENEZUELA, '--set', 'defender.cohesion=half'], /value must be a number/);
    });
    it('out-of-range value', () => bad([VENEZUELA, '--set', 'population.hostility=2'], /population\.hostility: must be between 0 and 1/));
  });
});

describe('sim.ts wiring (real processes)', () => {
  it('a run prints what main prints and exits 0', async () => {
    const result = await spawned.success;
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(sim(...success).stdout);
    expect(result.stdout).toContain('Panama');
  });

  it('bad input: the message on stderr, nothing on stdout, exit code 2', async () => {
    const result = await spawned.failure;
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('sim: scenario file not found: scenarios/nope.json\n');
    expect(result.code).toBe(2);
  });

  it('a reader that closes stdout early (| head) gets a quiet exit, not an EPIPE stack trace', async () => {
    const result = await spawned.closedEarly;
    const full = sim(...large).stdout;
    expect(full.length).toBeGreaterThan(256 * 1024);
    // The parent really closed early, and what it read is the start of the output.
    expect(result.stdout.length).toBeGreaterThan(0);
    expect(result.stdout.length).toBeLessThan(full.length);
    expect(full.startsWith(result.stdout)).toBe(true);
    expect(result.stderr).toBe('');
    expect(result.signal).toBeNull();
    expect(result.code).toBe(0);
  });
});
