// Split and merge: every mergeable query, cut into uneven run ranges, run slice by slice and merged in
// any grouping, equals one call over the whole range (what the worker pool relies on); running it
// in chunks with progress (what a worker does) changes nothing either. A claims query with drivers
// assembled from its parts equals one call. Merges that would lie are refused.
import { describe, expect, it } from 'vitest';
import { AnalysisError } from '../../src/analysis/errors';
import { isMergeable, type Query, type QueryResult } from '../../src/analysis/queries';
import { assembleClaims, claimsParts, emptyResult, execute, mergeResults, pointsPerRun, runQuery, sliceQuery, splitQuery, type Progress } from '../../src/analysis/service';
import { claim, threeRegions } from '../engine/batch-fixtures';

const scenario = threeRegions({
  claims: [
    claim('a', [{ metric: 'successRate', troops: 5_000, objective: 'country', op: '<', value: 0.05 }]),
    claim('b', [
      { metric: 'entryRate', op: '>=', value: 0.5 },
      { metric: 'successRate', troops: 90_000, objective: 'capital', op: '>=', value: 0.5 },
    ]),
  ],
});
const seed = 'split';
const overrides = { 'defender.cohesion': 0.8, 'intervener.troops': 60_000 };

const MERGEABLE: Query[] = [
  { kind: 'summary', scenario, overrides, seed, runs: 97 },
  { kind: 'summary', scenario, overrides, objective: 'capital', seed, runs: 97 },
  { kind: 'runset', scenario, overrides, seed, runs: 97 },
  { kind: 'sweep', scenario, overrides, seed, runs: 97, levels: [0, 30_000, 120_000], variants: [{}, { 'population.hostility': 0.35 }] },
  { kind: 'tornado', scenario, overrides, seed, runs: 97, metric: 'entryRate' },
  { kind: 'claims', scenario, overrides, seed, runs: 97, drivers: false },
];

function drive<R>(steps: Generator<Progress, R, void>): { result: R; progress: Progress[] } {
  const progress: Progress[] = [];
  for (;;) {
    const next = steps.next();
    if (next.done) return { result: next.value, progress };
    progress.push(next.value);
  }
}

describe('split and merge', () => {
  for (const query of MERGEABLE) {
    const objective = 'objective' in query && query.objective ? ` (${query.objective})` : '';
    it(`${query.kind}${objective}: slices merged in any grouping equal one call`, () => {
      expect(isMergeable(query)).toBe(true);
      const whole = runQuery(query);
      const slices = splitQuery(query, [13, 40, 1, 43]).map((slice) => runQuery(slice));
      const merge = (a: QueryResult, b: QueryResult) => mergeResults(query, a, b);
      expect(slices.reduce(merge)).toEqual(whole);
      expect(merge(merge(slices[0], slices[1]), merge(slices[2], slices[3]))).toEqual(whole);
      // Order of the arguments does not matter for adjacent slices.
      expect(merge(slices[3], merge(slices[2], merge(slices[1], slices[0])))).toEqual(whole);
      // A slice that starts elsewhere (a worker's range) merges with its neighbours too.
      const late = sliceQuery(query, 200, 50);
      const [x, y] = splitQuery(late, [20, 30]).map((s) => runQuery(s));
      expect(mergeResults(query, x, y)).toEqual(runQuery(late));
    });
  }

  it('running in chunks with progress (as a worker does) gives the same result, and progress climbs to the total', () => {
    for (const query of MERGEABLE) {
      const { result, progress } = drive(execute(query, { chunkRuns: 10 }));
      expect(result).toEqual(runQuery(query));
      expect(progress.length).toBe(9);
      progress.forEach((p, i) => {
        expect(p.total).toBe(97);
        if (i > 0) expect(p.done).toBeGreaterThan(progress[i - 1].done);
      });
    }
  });

  it('a claims query with drivers, assembled from its checks and tornado parts run in slices, equals one call', () => {
    const query = { kind: 'claims' as const, scenario, overrides, seed, runs: 90, driverRuns: 50 };
    expect(isMergeable(query)).toBe(false);
    const whole = runQuery(query);
    const parts = claimsParts(query);
    expect(parts.tornadoes.map((t) => [t.metric, t.troops, t.objective, t.runs])).toEqual([
      ['successRate', 5_000, 'country', 50],
      ['entryRate', 40_000, 'country', 50],
      ['successRate', 90_000, 'capital', 50],
    ]);
    const inSlices = <Q extends Query>(q: Q) =>
      splitQuery(q, [q.runs - 20, 20])
        .map((s) => runQuery(s))
        .reduce((a, b) => mergeResults(q, a, b));
    const assembled = assembleClaims(query, inSlices(parts.checks), parts.tornadoes.map(inSlices));
    expect(assembled).toEqual(whole);
    // Chunked execution of the composite reports its parts' runs together.
    const { result, progress } = drive(execute(query, { chunkRuns: 25 }));
    expect(result).toEqual(whole);
    expect(progress[progress.length - 1].total).toBe(90 + 3 * 50);
  });

  it("refuses merges that would not be one query's adjacent slices, and unmergeable queries", () => {
    const query = MERGEABLE[0];
    const [a, , c] = splitQuery(query, [10, 10, 77]).map((s) => runQuery(s));
    const expectCode = (f: () => unknown, code: string) => {
      try {
        f();
      } catch (error) {
        expect(error).toBeInstanceOf(AnalysisError);
        expect((error as AnalysisError).code).toBe(code);
        return;
      }
      throw new Error('no error');
    };
    expectCode(() => mergeResults(query, a, c), 'merge-mismatch');
    const other = runQuery(sliceQuery({ ...query, seed: 'other' }, 10, 10));
    expectCode(() => mergeResults(query, a, other as never), 'merge-mismatch');
    const inverse = { kind: 'inverse' as const, scenario, seed, runs: 10, target: 0.5 };
    expect(isMergeable(inverse)).toBe(false);
    expectCode(() => splitQuery(inverse, [5, 5]), 'not-mergeable');
    expectCode(() => splitQuery(query, [50, 40]), 'bad-run-range');
  });

  it('a zero-run query gives an empty result of the right shape', () => {
    const sweep = emptyResult({ kind: 'sweep', scenario, seed, runs: 0, levels: [0, 10_000] });
    expect(sweep.points.map((p) => [p.troops, p.runs])).toEqual([
      [0, 0],
      [10_000, 0],
    ]);
    expect(emptyResult({ kind: 'runset', scenario, seed, runs: 0 }).outcomes).toEqual([]);
  });
});

describe('points per run (slice sizing on the main thread)', () => {
  it('counts exactly the variants a tornado and a claims query run, without resolving each', () => {
    const scenario = threeRegions({
      claims: [
        claim('a', [{ metric: 'successRate', op: '>=', value: 0.5, troops: 40_000 }]),
        claim('b', [
          { metric: 'entryRate', op: '>=', value: 0.5 },
          { metric: 'successRate', op: '<', value: 0.9, troops: 40_000 },
        ]),
      ],
    });
    for (const includeTroops of [false, true]) {
      const tornado: Query = { kind: 'tornado', scenario, seed: 'p', runs: 2, troops: 30_000, includeTroops };
      expect(pointsPerRun(tornado)).toBe((runQuery(tornado) as QueryResult & { tallies: unknown[] }).tallies.length);
    }
    const claims: Query = { kind: 'claims', scenario, seed: 'p', runs: 2, drivers: false };
    expect(pointsPerRun(claims)).toBe((runQuery(claims) as QueryResult & { conditions: unknown[] }).conditions.length);
    expect(pointsPerRun({ kind: 'sweep', scenario, seed: 'p', runs: 2, levels: [1, 2, 3], variants: [{}, {}] })).toBe(6);
  });
});
