// The sim command end to end: spawned as `tsx src/cli/sim.ts` on the shipped and on broken files.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const VENEZUELA = 'scenarios/venezuela-2025-buildup.json';
const PANAMA = 'scenarios/panama-1989.json';

function sim(...args: string[]) {
  const result = spawnSync(TSX, ['src/cli/sim.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const tmp = mkdtempSync(join(tmpdir(), 'threshold-sim-'));

describe('sim command', () => {
  it('prints a readable summary with claims', () => {
    const { code, stdout, stderr } = sim(VENEZUELA, '--runs', '300', '--seed', '42');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('Venezuela');
    expect(stdout).toMatch(/Troops: 10,000 \(0\.35 per 1,000 inhabitants\)/);
    expect(stdout).toContain('Inputs: all at their published values.');
    expect(stdout).toMatch(/Objective reached: +\d+\.\d% of runs \(95% interval/);
    expect(stdout).toMatch(/Outcome shares: +never entered/);
    expect(stdout).toMatch(/Claims:\n {2}\[(agrees|disagrees)\]/);
    expect(stdout).toContain('not enough for a full-scale invasion');
  });

  it('--json gives the figures and each claim verdict, the same as the text', () => {
    const { code, stdout } = sim(VENEZUELA, '--runs', '300', '--json', '--troops', '150000', '--set', 'defender.cohesion=0.5');
    expect(code).toBe(0);
    const data = JSON.parse(stdout);
    expect(data.troops).toBe(150_000);
    expect(data.runs).toBe(300);
    expect(data.entryRate).toBeGreaterThanOrEqual(0);
    expect(data.successRate).toBeGreaterThanOrEqual(0);
    const shares = Object.values(data.outcomeShares as Record<string, number>).reduce((a, b) => a + b, 0);
    expect(shares).toBeCloseTo(1, 12);
    expect(data.changedInputs.map((c: { path: string }) => c.path).sort()).toEqual(['defender.cohesion', 'intervener.troops']);
    expect(data.claims.length).toBeGreaterThan(0);
    for (const claim of data.claims) expect(['agrees', 'disagrees']).toContain(claim.verdict);
    const text = sim(VENEZUELA, '--runs', '300', '--troops', '150000', '--set', 'defender.cohesion=0.5').stdout;
    expect(text).toContain(`Objective reached:    ${(data.successRate * 100).toFixed(1)}%`);
    expect(text).toContain('Cohesion (c): 1 → 0.5');
  });

  it('more troops on Panama succeed more than fewer (the override reaches the engine)', () => {
    const few = JSON.parse(sim(PANAMA, '--runs', '300', '--json', '--troops', '3000').stdout);
    const many = JSON.parse(sim(PANAMA, '--runs', '300', '--json').stdout);
    expect(many.successRate).toBeGreaterThan(few.successRate);
  });

  it('--sweep prints a table, --csv a CSV, --json the points', () => {
    const table = sim(VENEZUELA, '--runs', '100', '--sweep', '0:100000:50000');
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/Sweep of 3 troop levels, 100 runs each/);
    expect(table.stdout).toMatch(/\n +0 +0\.00 /);
    expect(table.stdout).toMatch(/\n *100,000 +3\.52 /);
    const csv = sim(VENEZUELA, '--runs', '100', '--sweep', '0:100000:50000', '--csv');
    const lines = csv.stdout.trim().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^troops,troopsPerThousand,runs,entryRate,successRate/);
    expect(lines[3].split(',')[0]).toBe('100000');
    const json = JSON.parse(sim(VENEZUELA, '--runs', '100', '--sweep', '0:100000:50000', '--json').stdout);
    expect(json.points.map((p: { troops: number }) => p.troops)).toEqual([0, 50_000, 100_000]);
    // The CSV and JSON agree on the figures.
    expect(Number(lines[2].split(',')[3])).toBe(json.points[1].entryRate);
  });

  it('--target answers the inverse question', () => {
    const { code, stdout } = sim(PANAMA, '--runs', '200', '--target', '90%', '--json');
    expect(code).toBe(0);
    const { answer } = JSON.parse(stdout);
    expect(answer.troops).toBeGreaterThan(0);
    expect(answer.rate).toBeGreaterThanOrEqual(0.9);
  });

  it('--sensitivity prints the tornado, largest swing first', () => {
    const { code, stdout } = sim(PANAMA, '--runs', '200', '--troops', '12000', '--sensitivity', '--json');
    expect(code).toBe(0);
    const { bars } = JSON.parse(stdout);
    expect(bars.length).toBeGreaterThan(5);
    for (let i = 1; i < bars.length; i++) expect(bars[i].swing).toBeLessThanOrEqual(bars[i - 1].swing);
    expect(bars.some((b: { path: string }) => b.path === 'intervener.troops')).toBe(false);
  });

  it('--help prints usage and exits 0', () => {
    const { code, stdout } = sim('--help');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: npm run sim/);
  });

  describe('bad input → a clear message on stderr and exit code 2', () => {
    const bad = (args: string[], message: RegExp) => {
      const { code, stdout, stderr } = sim(...args);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(message);
    };

    it('missing file', () => bad(['scenarios/nope.json'], /scenario file not found: scenarios\/nope\.json/));
    it('no file', () => bad([], /missing scenario file/));
    it('bad JSON', () => {
      const file = join(tmp, 'broken.json');
      writeFileSync(file, '{ "schema": ');
      bad([file], /broken\.json is not valid JSON/);
    });
    it('scenario errors with field paths', () => {
      const scenario = JSON.parse(readFileSync(join(ROOT, VENEZUELA), 'utf8'));
      scenario.regions[2].share.value = 'a lot';
      delete scenario.intervener.troops;
      const file = join(tmp, 'invalid.json');
      writeFileSync(file, JSON.stringify(scenario));
      const { code, stderr } = sim(file);
      expect(code).toBe(2);
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
