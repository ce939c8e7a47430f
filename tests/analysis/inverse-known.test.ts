// The inverse search shares work with the curve: it measures a bracketing grid first (every 10,000
// troops, the analysis curve's levels), so the curve's counts can be handed over as `known`. The
// answer must not depend on what is handed over (only the work does), the counts must be refused
// when they are another quantity, and the search must still land on the first crossing.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bandDefinition } from '../../src/analysis/band';
import { AnalysisError } from '../../src/analysis/errors';
import { type InverseQuery, knownCounts, type SweepQuery } from '../../src/analysis/queries';
import { execute, runQuery } from '../../src/analysis/service';
import { parseScenario } from '../../src/engine/scenario';
import { INVERSE_BRACKET } from '../../src/engine/sweep';
import type { Scenario } from '../../src/model/types';
import { threeRegions } from '../engine/batch-fixtures';

function load(id: string): Scenario {
  const parsed = parseScenario(JSON.parse(readFileSync(`scenarios/${id}.json`, 'utf8')));
  if (!parsed.ok) throw new Error(`scenario ${id} does not parse`);
  return parsed.scenario;
}

const GRID = Array.from({ length: 31 }, (_, i) => i * INVERSE_BRACKET);

/** Levels the search measured (each step it yields is one measured level). */
function measuredLevels(query: InverseQuery): number {
  const steps = execute(query);
  let count = 0;
  for (let next = steps.next(); !next.done; next = steps.next()) count += 1;
  return count;
}

describe('inverse with the curve handed over', () => {
  const cases: Array<[string, Scenario, number, number]> = [
    ['three regions, 50%', threeRegions(), 0.5, 120],
    ['three regions, 90%', threeRegions(), 0.9, 120],
    ['Panama 1989, 80%', load('panama-1989'), 0.8, 100],
  ];
  it.each(cases)('%s: same answer with and without the sweep counts, fewer levels measured', (_name, scenario, target, runs) => {
    const sweep: SweepQuery = { kind: 'sweep', scenario, seed: 'known', runs, levels: GRID };
    const curve = runQuery(sweep);
    const query: InverseQuery = { kind: 'inverse', scenario, seed: 'known', runs, target };
    const alone = runQuery(query);
    const shared = runQuery({ ...query, known: knownCounts(curve) });
    expect(shared).toEqual(alone);
    expect(measuredLevels({ ...query, known: knownCounts(curve) })).toBeLessThan(measuredLevels(query) - 20);
  });

  it('a band variant of the sweep gives the band inverse the same answer', () => {
    const scenario = load('venezuela-2025-buildup');
    const band = bandDefinition(scenario, {});
    const sweep: SweepQuery = { kind: 'sweep', scenario, seed: 'band', runs: 60, levels: GRID, variants: band.variants };
    const curve = runQuery(sweep);
    const optimistic: InverseQuery = { kind: 'inverse', scenario, overrides: band.optimistic, seed: 'band', runs: 60, target: 0.5 };
    expect(runQuery({ ...optimistic, known: knownCounts(curve, 1) })).toEqual(runQuery(optimistic));
    // Variant 0 is the pessimistic end: another quantity for the optimistic question.
    expect(() => runQuery({ ...optimistic, known: knownCounts(curve, 0) })).toThrow(AnalysisError);
  });

  it('refuses counts of another seed, run range, inputs or impossible counts, naming the field', () => {
    const scenario = threeRegions();
    const curve = runQuery({ kind: 'sweep', scenario, seed: 'a', runs: 40, levels: GRID });
    const query: InverseQuery = { kind: 'inverse', scenario, seed: 'a', runs: 40, target: 0.5 };
    const refused = (q: InverseQuery) => {
      try {
        runQuery(q);
      } catch (error) {
        expect(error).toBeInstanceOf(AnalysisError);
        expect((error as AnalysisError).code).toBe('bad-known');
        return (error as AnalysisError).details.field;
      }
      return 'accepted';
    };
    const known = knownCounts(curve);
    expect(refused({ ...query, known })).toBe('accepted');
    expect(refused({ ...query, seed: 'b', known })).toBe('seed');
    expect(refused({ ...query, runs: 41, known })).toBe('runs');
    expect(refused({ ...query, overrides: { 'defender.cohesion': 0.7 }, known })).toBe('overrides');
    expect(refused({ ...query, objective: 'capital', known })).toBe('objective');
    expect(refused({ ...query, known: { ...known, successes: known.successes.map(() => 41) } })).toBe('successes');
    expect(refused({ ...query, known: { ...known, levels: known.levels.map((l) => l + 1) } })).toBe('levels');
  });

  it('lands on a crossing: reached at the answer, not 1,000 below it, and no bracket level below reaches it', () => {
    const scenario = threeRegions();
    const runs = 80;
    const levels = Array.from({ length: 101 }, (_, i) => i * 1000);
    const rate = runQuery({ kind: 'sweep', scenario, seed: 'brute', runs, levels }).points.map((p) => p.tally.success / runs);
    for (const target of [0.25, 0.5, 0.75]) {
      const answer = runQuery({ kind: 'inverse', scenario, seed: 'brute', runs, target, max: 100_000 }).answer!;
      const at = answer.troops / 1000;
      expect(rate[at]).toBeGreaterThanOrEqual(target);
      expect(answer.rate).toBe(rate[at]);
      if (at > 0) expect(rate[at - 1]).toBeLessThan(target);
      for (let k = 0; k + 10 <= at; k += 10) expect(rate[k]).toBeLessThan(target);
      // On a stretch where the sampled curve rises monotonically it is the first crossing.
      const first = rate.findIndex((r) => r >= target);
      if (rate.slice(0, at + 1).every((r, i) => i === 0 || r >= rate[i - 1])) expect(at).toBe(first);
    }
  });
});
