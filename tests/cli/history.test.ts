// `npm run sim -- --history [--json]`: the history table on the command line, in process through
// main(argv, io) with the real files and folder listing. Before --history existed the command
// refused the flag (exit 2, "unknown option"), so every test here failed.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main, type SimIo } from '../../src/cli/main';
import { parseHistoryArgs } from '../../src/cli/history';
import { historyTable } from '../../src/analysis/history';
import { parseScenario } from '../../src/engine/scenario';
import type { Scenario } from '../../src/model/types';

const ROOT = join(__dirname, '../..');

function run(argv: string[], listDir = true) {
  const out: string[] = [];
  const err: string[] = [];
  const io: SimIo = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    readFile: (path) => readFileSync(join(ROOT, path), 'utf8'),
    ...(listDir ? { listDir: (path: string) => readdirSync(join(ROOT, path)) } : {}),
  };
  const code = main(argv, io);
  return { code, stdout: out.join(''), stderr: err.join('') };
}

const backTestIds = () =>
  readdirSync(join(ROOT, 'scenarios'))
    .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
    .map((f) => JSON.parse(readFileSync(join(ROOT, 'scenarios', f), 'utf8')))
    .filter((s) => s.kind === 'back-test')
    .map((s) => s.id as string)
    .sort();

describe('sim --history', () => {
  it('prints one line per back-test with its verdict, history and model distribution, and the score', () => {
    const { code, stdout, stderr } = run(['--history', '--runs', '200']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('Does the model match history?');
    const verdictLines = stdout.split('\n').filter((l) => /^\[(agrees|disagrees)\]/.test(l));
    expect(verdictLines).toHaveLength(backTestIds().length);
    expect(stdout).toMatch(/\[agrees\]\s+Back-test: Panama 1989/);
    expect(stdout).toMatch(/\[disagrees\] Back-test: Somalia 1992-95/);
    expect(stdout).toMatch(/The model agrees with history in \d+ of \d+ cases/);
    expect(stdout).toContain('The model misses');
  });

  it('--json gives machine-readable rows equal to the analysis function', () => {
    const { code, stdout } = run(['--history', '--json', '--runs', '200', '--seed', 's1']);
    expect(code).toBe(0);
    const data = JSON.parse(stdout);
    expect(data.rows.map((r: { id: string }) => r.id).sort()).toEqual(backTestIds());
    const scenarios: Scenario[] = data.rows.map((r: { id: string }) => {
      const parsed = parseScenario(JSON.parse(readFileSync(join(ROOT, 'scenarios', `${r.id}.json`), 'utf8')));
      if (!parsed.ok) throw new Error(r.id);
      return parsed.scenario;
    });
    const direct = historyTable(scenarios, { runs: 200, seed: 's1' });
    data.rows.forEach((r: Record<string, unknown>, i: number) => {
      expect(r.distribution).toEqual(direct[i].distribution);
      expect(r.modal).toBe(direct[i].modal);
      expect(r.agrees).toBe(direct[i].agrees);
      expect(r.history).toBe(direct[i].history.outcome);
      expect(typeof r.source).toBe('string');
    });
    expect(data.agree).toBe(direct.filter((r) => r.agrees).length);
    expect(data.cases).toBe(direct.length);
  });

  it('takes named files instead of the folder', () => {
    const { code, stdout } = run(['--history', 'scenarios/panama-1989.json', 'scenarios/venezuela-planners.json', '--json', '--runs=50'], false);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).rows.map((r: { id: string }) => r.id)).toEqual(['panama-1989']);
  });

  it('refuses bad arguments with exit 2 and a message', () => {
    expect(run(['--history', '--runs', '0']).code).toBe(2);
    const bad = run(['--history', '--sweep', '1:2:1']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--history takes only');
    expect(run(['--history'], false).stderr).toContain('no scenario files found');
    expect(parseHistoryArgs(['--history', '--seed'])).toEqual({ kind: 'error', message: '--seed needs a value' });
  });
});
