// Engine benchmark, one core, one process: generator draws/s, single- and 7-region runs/s (per-run
// seeding and the full draw budget included), the 41-level CRN sweep, and drawShare: how close the
// engine runs to the draw-generation limit, as the share of a batch's time spent filling the runs'
// draw buffers (the same fills for the same runs timed alone, over the full runs; 1 would mean the
// model itself costs nothing). Target: sweepSeconds < 1.0. Times are CPU seconds of this
// single-threaded process (see timed), so other work on a shared machine does not inflate them.
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_PARAMETERS } from '../src/model/parameters';
import { resolveInputs } from '../src/model/resolve';
import type { ResolvedInputs, Scenario } from '../src/model/types';
import { fillRunDraws, runBatchInputs } from '../src/engine/batch';
import { drawCount, fillDraws } from '../src/engine/rng';
import { parseScenario } from '../src/engine/scenario';
import { sweep } from '../src/engine/sweep';

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

/** Fill the draw buffer of runs [0, runs) as a batch does (one buffer, the same seam), and nothing else. */
function fillOnly(regions: number, runs: number, seed: string): number {
  const draws = new Float64Array(drawCount(regions, params));
  for (let run = 0; run < runs; run++) fillRunDraws(seed, run, draws);
  return runs;
}

interface BatchSpeed {
  /** Full runs per CPU second (draws included). */
  rate: number;
  /** The draw-generation limit: runs per CPU second of the draw fills alone, for the same runs. */
  drawRate: number;
  /** Share of the batch's time spent generating draws: (fill time) / (batch time) = rate / drawRate. */
  drawShare: number;
}

/** A batch against its own draw fills, timed alternately (best of each) so load elsewhere hits both alike. */
function batchSpeed(inputs: ResolvedInputs, runs: number): BatchSpeed {
  const [rate, drawRate] = bestPair(
    3,
    () => runBatchInputs(inputs, params, { runs, seed: 'bench' }).runs,
    () => fillOnly(inputs.regionIds.length, runs, 'bench'),
  );
  return { rate, drawRate, drawShare: rate / drawRate };
}

const runsPerSec = (x: number) => Math.round(x).toLocaleString('en-US');

function describeBatch(what: string, speed: BatchSpeed): string {
  return `${what}: ${runsPerSec(speed.rate)} runs/s; draws alone ${runsPerSec(speed.drawRate)} runs/s; drawShare ${speed.drawShare.toFixed(2)}`;
}

export async function run(_opts: { json: boolean }): Promise<Record<string, number>> {
  const venezuela = load('venezuela-2025-buildup');
  const panama = load('panama-1989');
  const at = (scenario: Scenario, troops?: number) => resolveInputs(scenario, troops === undefined ? {} : { 'intervener.troops': troops }, params);
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

  const single = batchSpeed(at(panama), 50_000);
  console.log(describeBatch('single-region (Panama 1989, draws included)', single));
  const seven = batchSpeed(v150, 10_000);
  const seven10 = batchSpeed(v10, 10_000);
  console.log(describeBatch('7-region (Venezuela at 150,000, draws included)', seven));
  console.log(describeBatch('7-region (Venezuela at 10,000, draws included)', seven10));

  // The sweep of the brief: 41 levels (0-300,000 by 7,500) × 1,000 runs, run-major with CRN.
  const levels = Array.from({ length: 41 }, (_, k) => k * 7_500);
  const sweepTiming = bestRate(5, () => {
    sweep(venezuela, { troops: levels, runs: 1_000, seed: 'bench' });
    return 1;
  });
  const sweepSeconds = sweepTiming.seconds;
  // A CRN sweep fills each run's buffer once for all its levels: its draw time is 1,000 fills.
  const sweepFillSeconds =
    1 /
    bestRate(5, () => {
      fillOnly(regions, 1_000, 'bench');
      return 1;
    }).rate;
  const sweepDrawShare = sweepFillSeconds / sweepSeconds;
  console.log(
    `sweep 41 levels × 1,000 runs (7 regions, CRN): ${sweepSeconds.toFixed(3)} s of CPU (target < 1.0; wall clock ${sweepTiming.wallSeconds.toFixed(3)} s) = ${runsPerSec(41_000 / sweepSeconds)} kernel runs/s; ` +
      `its 1,000 draw fills alone ${sweepFillSeconds.toFixed(3)} s: drawShare ${sweepDrawShare.toFixed(2)}`,
  );

  const loadAverage = os.loadavg()[0];
  console.log(`(rates per CPU second of this process; 1-minute load average of the machine during the bench: ${loadAverage.toFixed(2)} on ${os.cpus().length} cores)`);
  return {
    loadAverage: Number(loadAverage.toFixed(2)),
    sweepWallSeconds: Number(sweepTiming.wallSeconds.toFixed(4)),
    generatorDrawsPerSec: Math.round(generator),
    singleRegionRunsPerSec: Math.round(single.rate),
    singleRegionDrawRunsPerSec: Math.round(single.drawRate),
    singleRegionDrawShare: Number(single.drawShare.toFixed(3)),
    sevenRegionRunsPerSec: Math.round(seven.rate),
    sevenRegionDrawRunsPerSec: Math.round(seven.drawRate),
    drawShare: Number(seven.drawShare.toFixed(3)),
    sevenRegionRunsPerSecAt10k: Math.round(seven10.rate),
    sevenRegionDrawShareAt10k: Number(seven10.drawShare.toFixed(3)),
    sweepSeconds: Number(sweepSeconds.toFixed(4)),
    sweepDrawShare: Number(sweepDrawShare.toFixed(3)),
  };
}
