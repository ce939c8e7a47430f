// Back-tests on the shipped scenario files: history is reproduced (Panama 1989, Grenada 1983), the
// 10,000-troop build-up does not take the country, and every claim card's verdict equals its
// documented `expected` field, which in turn is backed by independent reasoning checked against the
// measured figures (tests/engine/claim-support.ts: troop floors, entry oracles, coverage arithmetic,
// history; claims that rest on the model's own finding say so there).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/model/types';
import { isScenarioFileName } from '../../src/model/scenario-schema';
import { runBatch, summarize } from '../../src/engine/batch';
import { evaluateClaims } from '../../src/engine/claims';
import { parseScenario } from '../../src/engine/scenario';
import { CLAIM_SUPPORT, countrySuccessFloor, keyEntryOracle } from './claim-support';

const DIR = join(__dirname, '../../scenarios');

function load(id: string): Scenario {
  const parsed = parseScenario(JSON.parse(readFileSync(join(DIR, `${id}.json`), 'utf8')));
  if (!parsed.ok) throw new Error(`${id}: ${JSON.stringify(parsed.errors)}`);
  return parsed.scenario;
}

const success = (scenario: Scenario, runs: number) => summarize(runBatch(scenario, { runs, seed: 'backtest' }), 'backtest').successRate;

describe('back-tests', () => {
  // 90%: history (both were taken within days) and the entry oracle (more than 99% entered from the
  // day-1 ratio, then q ≫ 1 at 2 per 1,000): success can be no likelier than entry, and little less.
  it('Panama 1989 reaches its objective in at least 90% of runs, and no more often than the entry oracle allows', () => {
    const scenario = load('panama-1989');
    const entry = keyEntryOracle(scenario, scenario.intervener.troops.value, 'country');
    const rate = success(scenario, 2000);
    expect(rate).toBeGreaterThanOrEqual(0.9);
    expect(rate).toBeLessThan(entry + 4.5 * Math.sqrt((entry * (1 - entry)) / 2000) + 1 / 2000);
  });

  it('Grenada 1983 reaches its objective in at least 90% of runs, and no more often than the entry oracle allows', () => {
    const scenario = load('grenada-1983');
    const entry = keyEntryOracle(scenario, scenario.intervener.troops.value, 'country');
    const rate = success(scenario, 2000);
    expect(rate).toBeGreaterThanOrEqual(0.9);
    expect(rate).toBeLessThan(entry + 4.5 * Math.sqrt((entry * (1 - entry)) / 2000) + 1 / 2000);
  });

  it('Venezuela at 10,000 never takes the country: 10,000 is below the troop floor of about 35,000', () => {
    const scenario = load('venezuela-2025-buildup');
    expect(scenario.intervener.troops.value).toBe(10_000);
    expect(scenario.objective.kind).toBe('country');
    expect(countrySuccessFloor(scenario)).toBeGreaterThan(34_000);
    expect(success(scenario, 1000)).toBe(0);
  });

  const files = readdirSync(DIR).filter(isScenarioFileName).sort();
  it('finds the shipped scenario files', () => {
    expect(files.length).toBeGreaterThanOrEqual(7);
  });

  for (const file of files) {
    const id = file.replace(/\.json$/, '');
    it(`${id}: every claim card's verdict equals its expected field`, () => {
      const scenario = load(id);
      // With ranges, as every screen shows them (CLAIM_RANGE_RUNS = 500 runs at each end): `expected` is the range verdict.
      const verdicts = evaluateClaims(scenario, { runs: 1000, seed: 'claims', sensitivityRuns: 500 });
      expect(verdicts.length).toBe(scenario.claims.length);
      // Every shipped file carries claims (a file without any would check nothing here).
      expect(verdicts.length).toBeGreaterThan(0);
      for (const v of verdicts) {
        const figures = v.checks.map((c) => `${c.metric}@${c.troops}/${c.objective}=${c.measured} ${c.op} ${c.threshold}`).join('; ');
        expect(`${v.id}: ${v.verdict} (${figures})`).toBe(`${v.id}: ${v.expected} (${figures})`);
        // And the documented verdict has its independent support, checked on the same figures.
        const support = CLAIM_SUPPORT[v.id];
        expect(support, `${v.id}: add its reasoning to tests/engine/claim-support.ts`).toBeDefined();
        support.check(v, scenario);
      }
    });
  }
});
