// Engine benchmark, one core, one process: generator draws/s, single- and 7-region runs/s (per-run
// seeding and the full draw budget included), the 41-level CRN sweep, and kernelRatio (the engine's
// speed over a bare kernel of the same equations, bench/kernel.ts, after checking both give the same
// outcomes). Targets: sweepSeconds < 1.0, kernelRatio ≥ 0.5. Times are CPU seconds of this
// single-threaded process (see timed), so other work on a shared machine does not inflate them.
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_PARAMETERS } from '../src/model/parameters';
import { resolveInputs } from '../src/model/resolve';
import { OUTCOME_CLASSES, type ResolvedInputs, type Scenario } from '../src/model/types';
import { runBatchInputs } from '../src/engine/batch';
import { runCampaign } from '../src/engine/campaign';
import { drawCount, fillDraws } from '../src/engine/rng';
import { parseScenario } from '../src/engine/scenario';
import { sweep } from '../src/engine/sweep';
import { bareRun, type BareOutcome } from './kernel';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const params = DEFAULT_PARAMETERS;

function load(id: string): Scenario {
  const parsed = parseScenario(JSON.parse(readFileSync(join(ROOT, 'scenarios', `${id}.json`), 'utf8')));
  if (!parsed.ok) throw new Error(`${id}: ${JSON.stringify(parsed.errors.slice(0, 3))}`);
  return parsed.scenario;
}

/**
 * Seconds a call took, by the clock chosen with --wall or not: by default the process's CPU time
 * (user + system). The engine is single-threaded, so its CPU time is its time on one core, and it
 * does not count the time other processes on a shared machine take from it; the wall-clock time
 * is printed alongside for comparison.
 */
function timed(work: () => number): { units: number; cpu: number; wall: number } {
  const wall0 = performance.now();
  const cpu0 = process.cpuUsage();
  const units = work();
  const cpu = process.cpuUsage(cpu0);
  return { units, cpu: (cpu.user + cpu.system) / 1e6, wall: (performance.now() - wall0) / 1000 };
}

interface Rate {
  /** Units per CPU second (the reported figure) and per wall-clock second. */
  rate: number;
  wallRate: number;
  /** CPU and wall seconds of the best repeat. */
  seconds: number;
  wallSeconds: number;
}

/** Best of `repeats` timed calls, after one warm-up call. */
function bestRate(repeats: number, work: () => number): Rate {
  work();
  const best: Rate = { rate: 0, wallRate: 0, seconds: Infinity, wallSeconds: Infinity };
  for (let i = 0; i < repeats; i++) {
    const t = timed(work);
    if (t.units / t.cpu > best.rate) {
      best.rate = t.units / t.cpu;
      best.seconds = t.cpu;
    }
    if (t.units / t.wall > best.wallRate) {
      best.wallRate = t.units / t.wall;
      best.wallSeconds = t.wall;
    }
  }
  return best;
}

/** Best rates of two workloads timed alternately, so a burst of load elsewhere hits both alike. */
function bestPair(repeats: number, a: () => number, b: () => number): [number, number] {
  a();
  b();
  let bestA = 0;
  let bestB = 0;
  for (let i = 0; i < repeats; i++) {
    const ta = timed(a);
    bestA = Math.max(bestA, ta.units / ta.cpu);
    const tb = timed(b);
    bestB = Math.max(bestB, tb.units / tb.cpu);
  }
  return [bestA, bestB];
}

function batchRate(inputs: ResolvedInputs, runs: number): number {
  return bestRate(3, () => runBatchInputs(inputs, params, { runs, seed: 'bench' }).runs).rate;
}

/** Every run's draws, cached, so kernels can be timed without the generator. */
function cachedDraws(regions: number, runs: number): Float64Array[] {
  const list: Float64Array[] = [];
  for (let run = 0; run < runs; run++) list.push(fillDraws('bench', run, new Float64Array(drawCount(regions, params))));
  return list;
}

/** Runs on which the bare kernel and the engine disagree in any outcome field (0 expected). */
function mismatches(variants: readonly ResolvedInputs[], draws: readonly Float64Array[]): number {
  const out: BareOutcome = { outcome: 0, entered: false, success: false, capitalDay: 0, enteredPopulationShare: 0, stabilizedPopulationShare: 0 };
  let bad = 0;
  for (const inputs of variants) {
    for (let run = 0; run < draws.length; run++) {
      const engine = runCampaign(inputs, params, draws[run], run);
      bareRun(inputs, params, draws[run], out);
      const same =
        OUTCOME_CLASSES[out.outcome] === engine.outcome &&
        out.entered === engine.entered &&
        out.success === engine.success &&
        (out.capitalDay === 0 ? null : out.capitalDay) === engine.capitalDay &&
        out.enteredPopulationShare === engine.enteredPopulationShare &&
        out.stabilizedPopulationShare === engine.stabilizedPopulationShare;
      if (!same) bad += 1;
    }
  }
  return bad;
}

export async function run(_opts: { json: boolean }): Promise<Record<string, number>> {
  const venezuela = load('venezuela-2025-buildup');
  const panama = load('panama-1989');
  const at = (scenario: Scenario, troops?: number) =>
    resolveInputs(scenario, troops === undefined ? {} : { 'intervener.troops': troops }, params);
  const v150 = at(venezuela, 150_000);
  const v10 = at(venezuela);
  const regions = v150.regionIds.length;
  const perRun = drawCount(regions, params);

  // Generator alone: the 7-region draw budget, seeding included.
  const buffer = new Float64Array(perRun);
  const generator = bestRate(3, () => {
    const runs = 20_000;
    for (let r = 0; r < runs; r++) fillDraws('bench', r, buffer);
    return runs * perRun;
  }).rate;
  console.log(`generator: ${(generator / 1e6).toFixed(1)} M draws/s (${Math.round(generator / perRun).toLocaleString('en-US')} 7-region draw budgets/s of ${perRun} draws)`);

  const single = batchRate(at(panama), 50_000);
  console.log(`single-region runs/s (Panama 1989, draws included): ${Math.round(single).toLocaleString('en-US')}`);
  const seven = batchRate(v150, 10_000);
  const seven10 = batchRate(v10, 10_000);
  console.log(`7-region runs/s (Venezuela at 150,000, draws included): ${Math.round(seven).toLocaleString('en-US')}`);
  console.log(`7-region runs/s (Venezuela at 10,000, draws included): ${Math.round(seven10).toLocaleString('en-US')}`);

  // The sweep of the brief: 41 levels (0-300,000 by 7,500) × 1,000 runs, run-major with CRN.
  const levels = Array.from({ length: 41 }, (_, k) => k * 7_500);
  const sweepTiming = bestRate(5, () => {
    sweep(venezuela, { troops: levels, runs: 1_000, seed: 'bench' });
    return 1;
  });
  const sweepSeconds = sweepTiming.seconds;
  console.log(`sweep 41 levels × 1,000 runs (7 regions, CRN): ${sweepSeconds.toFixed(3)} s of CPU (target < 1.0; wall clock ${sweepTiming.wallSeconds.toFixed(3)} s) = ${Math.round(41_000 / sweepSeconds).toLocaleString('en-US')} kernel runs/s`);

  // kernelRatio: the engine against the bare kernel on the same cached draws and the same plans.
  const mixLevels = [10_000, 50_000, 150_000, 300_000].map((n) => at(venezuela, n));
  const checkDraws = cachedDraws(regions, 300);
  const objectives = (['capital', 'limited'] as const).map((objective) => ({ ...at(venezuela, 20_000), objective, keyRegion: objective === 'capital' ? v10.capitalIndex : 6 }));
  const bad = mismatches([...mixLevels, ...objectives], checkDraws) + mismatches([at(panama)], cachedDraws(1, 300));
  console.log(`bare kernel check: ${bad} mismatching outcomes in ${(mixLevels.length + objectives.length + 1) * 300} runs (7-region country, capital and limited objectives; one region)`);
  const draws = cachedDraws(regions, 2_000);
  const out: BareOutcome = { outcome: 0, entered: false, success: false, capitalDay: 0, enteredPopulationShare: 0, stabilizedPopulationShare: 0 };
  const [engineKernel, bareKernel] = bestPair(
    7,
    () => {
      for (const inputs of mixLevels) for (let r = 0; r < draws.length; r++) runCampaign(inputs, params, draws[r], r);
      return mixLevels.length * draws.length;
    },
    () => {
      for (const inputs of mixLevels) for (let r = 0; r < draws.length; r++) bareRun(inputs, params, draws[r], out);
      return mixLevels.length * draws.length;
    },
  );
  // With the draws included (each run's buffer filled before the kernel), as a batch does.
  const [engineWithDraws, bareWithDraws] = bestPair(
    5,
    () => runBatchInputs(v150, params, { runs: 5_000, seed: 'bench' }).runs,
    () => {
      const runs = 5_000;
      for (let r = 0; r < runs; r++) {
        fillDraws('bench', r, buffer);
        bareRun(v150, params, buffer, out);
      }
      return runs;
    },
  );
  const kernelRatio = bad === 0 ? engineKernel / bareKernel : NaN;
  const kernelRatioWithDraws = bad === 0 ? engineWithDraws / bareWithDraws : NaN;
  console.log(`kernel alone, 7 regions at 10k/50k/150k/300k: engine ${Math.round(engineKernel).toLocaleString('en-US')} runs/s, bare ${Math.round(bareKernel).toLocaleString('en-US')} runs/s`);
  console.log(`kernelRatio (engine / bare, kernel alone): ${kernelRatio.toFixed(2)} (target ≥ 0.5)${bad ? ' — INVALID: outcomes differ' : ''}`);
  console.log(`kernelRatio with draws (Venezuela 150,000): ${kernelRatioWithDraws.toFixed(2)}`);

  const loadAverage = os.loadavg()[0];
  console.log(`(rates per CPU second of this process; 1-minute load average of the machine during the bench: ${loadAverage.toFixed(2)} on ${os.cpus().length} cores)`);
  return {
    loadAverage: Number(loadAverage.toFixed(2)),
    sweepWallSeconds: Number(sweepTiming.wallSeconds.toFixed(4)),
    generatorDrawsPerSec: Math.round(generator),
    singleRegionRunsPerSec: Math.round(single),
    sevenRegionRunsPerSec: Math.round(seven),
    sevenRegionRunsPerSecAt10k: Math.round(seven10),
    sweepSeconds: Number(sweepSeconds.toFixed(4)),
    engineKernelRunsPerSec: Math.round(engineKernel),
    bareKernelRunsPerSec: Math.round(bareKernel),
    kernelRatio: Number(kernelRatio.toFixed(3)),
    kernelRatioWithDraws: Number(kernelRatioWithDraws.toFixed(3)),
    kernelMismatches: bad,
  };
}
