// Determinism across runtimes: a table of every shipped scenario × 3 seeds (500 runs each: success
// rate, entry rate, outcome counts) computed in node with the engine equals, exactly, the table the
// app's own Web Worker bundle computes in Chromium from summary queries (src/analysis/protocol.ts),
// with the runs split over several workers in uneven slices as the pool does and the slices merged
// by the service. A claims query and an inverse query sent to the worker equal node's too.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { runBatch, summarize } from '../../src/engine/batch';
import type { Query, QueryResult, SummaryQuery, SummaryResult } from '../../src/analysis/queries';
import { mergeResults, runQuery } from '../../src/analysis/service';
import { parseScenario } from '../../src/engine/scenario';
import type { Scenario, Tally } from '../../src/model/types';
import { isScenarioFileName } from '../../src/model/scenario-schema';
import { openPage } from './browser';

const RUNS = 500;
const SEEDS = ['alpha', 'determinism-2', '1983'];
/** Uneven slices of [0, RUNS), handed round-robin to the workers. */
const SLICES: [number, number][] = [
  [0, 137],
  [137, 300],
  [300, 301],
  [301, 500],
];

const SCENARIOS: Scenario[] = readdirSync('scenarios')
  .filter(isScenarioFileName)
  .sort()
  .map((f) => {
    const parsed = parseScenario(JSON.parse(readFileSync(`scenarios/${f}`, 'utf8')));
    if (!parsed.ok) throw new Error(`${f} does not parse`);
    return parsed.scenario;
  });

interface Row {
  scenario: string;
  seed: string;
  successRate: number;
  entryRate: number;
  outcomeCounts: number[];
}

function row(scenario: Scenario, seed: string, tally: Tally): Row {
  const s = summarize(tally, seed);
  return { scenario: scenario.id, seed, successRate: s.successRate, entryRate: s.entryRate, outcomeCounts: tally.outcomeCounts };
}

describe('determinism across runtimes', () => {
  it('node and the browser workers compute the same scenario × seed table', async () => {
    const nodeTable: Row[] = [];
    for (const scenario of SCENARIOS) for (const seed of SEEDS) nodeTable.push(row(scenario, seed, runBatch(scenario, { runs: RUNS, seed })));

    const { page, errors, close } = await openPage('#/analysis');
    try {
      // The analysis screen starts the app's worker pool: take the worker bundle's URL from it.
      await page.waitForFunction(() => !!window.__thresholdAnalysis?.state(), null, { timeout: 60_000 });
      await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => /\/worker[-.][^/]*\.js$/.test(e.name)), null, { timeout: 60_000 });
      const workerUrl = await page.evaluate(
        () =>
          performance
            .getEntriesByType('resource')
            .map((e) => e.name)
            .find((n) => /\/worker[-.][^/]*\.js$/.test(n))!,
      );
      const whole = (scenario: Scenario, seed: string): SummaryQuery => ({ kind: 'summary', scenario, seed, runs: RUNS });
      const tasks: Query[] = SCENARIOS.flatMap((scenario) => SEEDS.flatMap((seed) => SLICES.map(([a, b]) => ({ ...whole(scenario, seed), firstRun: a, runs: b - a }))));
      // Beyond summaries: a claims query with its drivers, and the inverse question, in one worker each.
      const venezuela = SCENARIOS.find((s) => s.id === 'venezuela-2025-buildup')!;
      const extra: Query[] = [
        { kind: 'claims', scenario: venezuela, overrides: { 'intervener.troops': 60_000 }, seed: 'alpha', runs: 120, driverRuns: 60 },
        { kind: 'inverse', scenario: venezuela, seed: 'alpha', runs: 150, target: 0.5 },
      ];
      const replies = await page.evaluate(
        async ({ url, tasks }) => {
          const workers = Array.from({ length: 3 }, () => new Worker(url, { type: 'module' }));
          const results = await Promise.all(
            tasks.map(
              (task, id) =>
                new Promise<unknown>((resolve, reject) => {
                  const w = workers[id % workers.length];
                  const listener = (e: MessageEvent) => {
                    if (e.data.id !== id || e.data.type === 'progress') return;
                    w.removeEventListener('message', listener);
                    if (e.data.type === 'result') resolve(e.data.result);
                    else reject(new Error(JSON.stringify(e.data)));
                  };
                  w.addEventListener('message', listener);
                  w.postMessage({ type: 'run', id, query: task });
                }),
            ),
          );
          for (const w of workers) w.terminate();
          return results;
        },
        { url: workerUrl, tasks: [...tasks, ...extra] },
      );
      const browserTable: Row[] = [];
      let k = 0;
      for (const scenario of SCENARIOS) {
        for (const seed of SEEDS) {
          const parts = SLICES.map(() => replies[k++] as SummaryResult);
          const merged = parts.reduce((a, b) => mergeResults(whole(scenario, seed), a, b));
          expect(merged).toEqual(runQuery(whole(scenario, seed)));
          browserTable.push(row(scenario, seed, merged.tally));
        }
      }
      console.log(`determinism: ${nodeTable.length} rows (${SCENARIOS.length} scenarios × ${SEEDS.length} seeds × ${RUNS} runs)`);
      expect(browserTable).toEqual(nodeTable);
      extra.forEach((query, i) => {
        expect(replies[k + i] as QueryResult, query.kind).toEqual(runQuery(query));
      });
      // The table is not degenerate: the scenarios differ in outcome.
      expect(new Set(nodeTable.map((r) => r.successRate)).size).toBeGreaterThan(2);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  }, 180_000);
});
