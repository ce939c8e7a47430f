// Back-tests on the shipped scenario files: history is reproduced (Panama 1989, Grenada 1983), the
// 10,000-troop build-up does not take the country, and every claim card's verdict equals its
// documented `expected` field.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/model/types';
import { runBatch, summarize } from '../../src/engine/batch';
import { evaluateClaims } from '../../src/engine/claims';
import { parseScenario } from '../../src/engine/scenario';

const DIR = join(__dirname, '../../scenarios');

function load(id: string): Scenario {
  const parsed = parseScenario(JSON.parse(readFileSync(join(DIR, `${id}.json`), 'utf8')));
  if (!parsed.ok) throw new Error(`${id}: ${JSON.stringify(parsed.errors)}`);
  return parsed.scenario;
}

const success = (scenario: Scenario, runs: number) => summarize(runBatch(scenario, { runs, seed: 'backtest' }), 'backtest').successRate;

describe('back-tests', () => {
  it('Panama 1989 reaches its objective in at least 90% of runs', () => {
    expect(success(load('panama-1989'), 2000)).toBeGreaterThanOrEqual(0.9);
  });

  it('Grenada 1983 reaches its objective in at least 90% of runs', () => {
    expect(success(load('grenada-1983'), 2000)).toBeGreaterThanOrEqual(0.9);
  });

  it('Venezuela at 10,000 takes the country in at most 1% of runs', () => {
    const scenario = load('venezuela-2025-buildup');
    expect(scenario.intervener.troops.value).toBe(10_000);
    expect(scenario.objective.kind).toBe('country');
    expect(success(scenario, 1000)).toBeLessThanOrEqual(0.01);
  });

  const files = readdirSync(DIR).filter((f) => f.endsWith('.json')).sort();
  it('finds the shipped scenario files', () => {
    expect(files.length).toBeGreaterThanOrEqual(7);
  });

  for (const file of files) {
    const id = file.replace(/\.json$/, '');
    it(`${id}: every claim card's verdict equals its expected field`, () => {
      const scenario = load(id);
      const verdicts = evaluateClaims(scenario, { runs: 1000, seed: 'claims', drivers: false });
      expect(verdicts.length).toBe(scenario.claims.length);
      for (const v of verdicts) {
        const figures = v.checks.map((c) => `${c.metric}@${c.troops}/${c.objective}=${c.measured} ${c.op} ${c.threshold}`).join('; ');
        expect(`${v.id}: ${v.verdict} (${figures})`).toBe(`${v.id}: ${v.expected} (${figures})`);
      }
    });
  }
});
