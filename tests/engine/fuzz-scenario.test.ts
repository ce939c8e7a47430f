// Scenario fuzz (issue "Robustness"): 10,000 seeded malformed and extreme scenario files. Each is
// accepted or rejected with errors naming the touched field; the parser never throws and never takes
// a second; accepted ones run a short batch and a short played game with every number finite.
// The parser caps boards at 8 regions, so 50-region boards also drive the engine directly.
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { runBatchInputs, summarize } from '../../src/engine/batch';
import { runCampaign } from '../../src/engine/campaign';
import { applyAction, createGame, isRejection } from '../../src/engine/play';
import { drawsFor } from '../../src/engine/rng';
import { parseScenario } from '../../src/engine/scenario';
import { runSummary } from '../../src/engine/batch';
import { DEFAULT_PARAMETERS } from '../../src/model/parameters';
import { resolveInputs } from '../../src/model/resolve';
import type { GameState, ResolvedInputs, Scenario } from '../../src/model/types';
import { generateCase, nonFinite, SHIPPED } from '../fuzz/scenario-gen';

const CASES = Number(process.env.FUZZ_CASES ?? 10_000);
const SEED = process.env.FUZZ_SEED ?? 'threshold-robust-1';
/** Accepted cases that also run the engine (every one, up to this many). */
const ENGINE_RUNS = 400;

/** "a.b.range[0]" and "a.b.value" belong to one Sourced group "a.b" (a range error lands on the value). */
function sameGroup(a: string, b: string): boolean {
  const group = (p: string) => p.replace(/(\[\d+\])+$/, '').replace(/\.[^.[]+$/, '');
  return group(a) !== '' && group(a).includes('.') && group(a) === group(b);
}

function shortPlay(scenario: Scenario, seed: string): GameState {
  let state = createGame(scenario, {}, seed, 0);
  for (let step = 0; step < 12 && state.phase !== 'ended'; step++) {
    const plan = applyAction(state, { type: 'plan/apply' });
    if (!isRejection(plan)) state = plan.state;
    const next = applyAction(state, { type: state.phase === 'entry' ? 'day/end' : 'month/end' });
    if (isRejection(next)) break;
    state = next.state;
  }
  return state;
}

describe('scenario fuzz', () => {
  it(`${CASES} generated files: accepted or rejected by field, never a throw, never slow, never NaN`, () => {
    const random = seedrandom(SEED);
    const counts: Record<string, { accepted: number; rejected: number }> = {};
    const failures: string[] = [];
    let maxMs = 0;
    let engineRuns = 0;
    for (let i = 0; i < CASES; i++) {
      const c = generateCase(random);
      const tag = `seed ${SEED} case ${i} (${c.kind}, ${c.touched.join(' ')})`;
      const t0 = performance.now();
      let result;
      try {
        result = parseScenario(c.input);
      } catch (err) {
        failures.push(`${tag}: threw ${String(err)}`);
        continue;
      }
      const ms = performance.now() - t0;
      maxMs = Math.max(maxMs, ms);
      if (ms > 1000) failures.push(`${tag}: took ${ms.toFixed(0)} ms`);
      const bucket = (counts[c.kind] ??= { accepted: 0, rejected: 0 });
      if (!result.ok) {
        bucket.rejected++;
        if (result.errors.length === 0) failures.push(`${tag}: rejected without an error`);
        for (const e of result.errors) {
          if (typeof e.path !== 'string' || typeof e.message !== 'string' || e.message.length === 0) failures.push(`${tag}: bad error ${JSON.stringify(e)}`);
        }
        // Some error sits on a touched field, on one containing it, or inside it; cross-field checks
        // (frame claim, objective region, claims referring to regions) may name the dependent field.
        const named = result.errors.some((e) =>
          c.touched.some((t) => t === '' || t.startsWith(e.path) || e.path.startsWith(t) || sameGroup(t, e.path)) ||
          e.path === 'frameClaim' || e.path.startsWith('objective') || e.path.startsWith('claims') || e.path === 'regions',
        );
        if (!named) failures.push(`${tag}: no error names the field: ${JSON.stringify(result.errors.slice(0, 3))}`);
        continue;
      }
      bucket.accepted++;
      if (engineRuns >= ENGINE_RUNS) continue;
      engineRuns++;
      try {
        const t1 = performance.now();
        const summary = runSummary(result.scenario, { runs: 5, seed: `fuzz-${i}` });
        const bad = nonFinite(summary);
        const game = shortPlay(result.scenario, `fuzz-${i}`);
        bad.push(...nonFinite(game));
        if (bad.length > 0) failures.push(`${tag}: non-finite output ${bad.slice(0, 4).join(', ')}`);
        const total = summary.outcomeShares ? Object.values(summary.outcomeShares).reduce((a: number, b) => a + Number(b), 0) : 1;
        if (Math.abs(total - 1) > 1e-9) failures.push(`${tag}: outcome shares sum to ${total}`);
        const ms1 = performance.now() - t1;
        if (ms1 > 1000) failures.push(`${tag}: engine took ${ms1.toFixed(0)} ms`);
      } catch (err) {
        failures.push(`${tag}: engine threw ${String(err)}`);
      }
    }
    const accepted = Object.values(counts).reduce((a, b) => a + b.accepted, 0);
    const rejected = Object.values(counts).reduce((a, b) => a + b.rejected, 0);
    console.log(
      `scenario fuzz: ${CASES} cases, ${accepted} accepted, ${rejected} rejected, ${engineRuns} run through the engine, ` +
        `max parse ${maxMs.toFixed(1)} ms; by kind ${JSON.stringify(counts)}; failures ${failures.length}`,
    );
    expect(failures.slice(0, 20)).toEqual([]);
    expect(accepted + rejected).toBe(CASES);
    // The generator must exercise both sides, or it tests nothing.
    expect(accepted).toBeGreaterThan(CASES * 0.01);
    expect(rejected).toBeGreaterThan(CASES * 0.5);
    expect(counts['regions-50']?.accepted ?? 0).toBe(0);
  }, 120_000);
});

/** Inputs of a shipped scenario stretched to n equal regions (the parser refuses more than 8). */
function wideInputs(n: number, troops: number): ResolvedInputs {
  const parsed = parseScenario(SHIPPED.find((s) => s.name.startsWith('venezuela-2025'))!.json);
  if (!parsed.ok) throw new Error('shipped scenario does not parse');
  const base = resolveInputs(parsed.scenario, {}, DEFAULT_PARAMETERS);
  const rep = <T>(v: T): T[] => Array.from({ length: n }, () => v);
  return {
    ...base,
    troops,
    regionIds: Array.from({ length: n }, (_, i) => `r${i}`),
    regionNames: Array.from({ length: n }, (_, i) => `Region ${i}`),
    share: rep(1 / n),
    terrainFactor: Array.from({ length: n }, (_, i) => base.terrainFactor[i % base.terrainFactor.length]),
    regionHostility: rep(base.hostility),
    capitalIndex: 0,
    keyRegion: 0,
  };
}

describe('engine beyond the parser limits', () => {
  for (const n of [1, 50]) {
    for (const troops of [0, 1, 10_000, 10_000_000]) {
      it(`${n} regions, ${troops} troops: finite outcomes and shares summing to 1`, () => {
        const inputs = wideInputs(n, troops);
        const tally = runBatchInputs(inputs, DEFAULT_PARAMETERS, { runs: 20, seed: `wide-${n}-${troops}` });
        const summary = summarize(tally, 'wide');
        expect(nonFinite(summary)).toEqual([]);
        expect(tally.outcomeCounts.reduce((a, b) => a + b, 0)).toBe(20);
        const one = runCampaign(inputs, DEFAULT_PARAMETERS, drawsFor('wide', 0, n, DEFAULT_PARAMETERS), 0);
        expect(nonFinite(one)).toEqual([]);
        expect(one.enteredPopulationShare).toBeGreaterThanOrEqual(0);
        expect(one.enteredPopulationShare).toBeLessThanOrEqual(1 + 1e-9);
        if (troops === 0) expect(tally.success).toBe(0);
      });
    }
  }
});

describe('regression: vanishing defenders', () => {
  it('a cohesion of Number.MIN_VALUE keeps the played state finite (the walk log-ratio was +Infinity)', () => {
    const json = structuredClone(SHIPPED.find((s) => s.name.startsWith('venezuela-2025'))!.json);
    json.defender.cohesion = { ...json.defender.cohesion, value: Number.MIN_VALUE };
    delete json.defender.cohesion.range;
    const parsed = parseScenario(json);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const state = shortPlay(parsed.scenario, 'tiny');
    expect(state.regions.some((r) => r.entryLogRatio !== 0)).toBe(true);
    expect(nonFinite(state)).toEqual([]);
  });
});
