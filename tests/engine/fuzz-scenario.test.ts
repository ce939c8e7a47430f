// Scenario fuzz (issue "Robustness"): seeded malformed and extreme scenario files. Each is accepted
// or rejected with errors naming the touched field; the parser never throws and never takes a
// second; accepted ones run a short batch and a short played game with every number finite.
// Sizes (tests/tier.ts): the fixed regression seed at 1,500 cases in the fast tier; the full tier
// adds a fresh FUZZ_SEED at 10,000. Every failure message carries the command that replays it.
// The parser caps boards at 8 regions, so 50-region boards also drive the engine directly.
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { runBatchInputs, summarize } from '../../src/engine/batch';
import { createRunRecord, runCampaign } from '../../src/engine/campaign';
import { applyAction, createGame, isRejection } from '../../src/engine/play';
import { drawsFor } from '../../src/engine/rng';
import { parseScenario } from '../../src/engine/scenario';
import { runSummary } from '../../src/engine/batch';
import { DEFAULT_PARAMETERS } from '../../src/model/parameters';
import { resolveInputs } from '../../src/model/resolve';
import type { GameState, ResolvedInputs, Scenario } from '../../src/model/types';
import { generateCase, nonFinite, SHIPPED, type FuzzCase } from '../fuzz/scenario-gen';
import { isParserError, matchRejection, MATCH_RULES, oldNamed, ruleFor, type MatchRule } from '../fuzz/scenario-match';
import { SCENARIO_ERROR_CODES } from '../../src/model/scenario-errors';
import { fuzzRuns, replayCommand } from '../tier';
import { outcomeFromRecord } from './fixtures';
import { enteredOverQuality, runQualityOracle, simulateWalk } from './walk-oracle';

const FILE = 'tests/engine/fuzz-scenario.test.ts';
/** Accepted cases that also run the engine (every one, up to this many). */
const ENGINE_RUNS = 400;

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

/** A touched path for a message: deep junk makes paths thousands of characters long. */
function clip(text: string, max = 120): string {
  return text.length > max ? `${text.slice(0, max)}…(${text.length} chars)` : text;
}

describe('scenario fuzz', () => {
  for (const run of fuzzRuns('FUZZ_CASES', 'threshold-robust-1', 1500, 10000)) {
    const replay = replayCommand(FILE, run, 'FUZZ_CASES');
    it(`${run.size} generated files (seed ${run.seed}): accepted or rejected by field, never a throw, never NaN (parse time printed)`, () => {
      const random = seedrandom(run.seed);
      const counts: Record<string, { accepted: number; rejected: number }> = {};
      const byRule: Record<MatchRule, number> = { exact: 0, inside: 0, group: 0, cross: 0 };
      const failures: string[] = [];
      let maxMs = 0;
      let engineRuns = 0;
      for (let i = 0; i < run.size; i++) {
        const c = generateCase(random);
        const tag = `seed ${run.seed} case ${i} (${c.kind}, ${c.touched.map((t) => clip(t)).join(' ')})`;
        const t0 = performance.now();
        let result: ReturnType<typeof parseScenario>;
        try {
          result = parseScenario(c.input);
        } catch (err) {
          failures.push(`${tag}: threw ${String(err)}`);
          continue;
        }
        const ms = performance.now() - t0;
        maxMs = Math.max(maxMs, ms);
        // Time is printed (maxMs), not asserted: speed belongs to the bench; the test timeout guards hangs.
        const bucket = (counts[c.kind] ??= { accepted: 0, rejected: 0 });
        if (!result.ok) {
          bucket.rejected++;
          if (result.errors.length === 0) failures.push(`${tag}: rejected without an error`);
          // Each error is one the parser can give: a known code with exactly its parameters, worded
          // with every placeholder filled (not just some object).
          for (const e of result.errors) {
            if (!isParserError(e)) failures.push(`${tag}: bad error ${clip(JSON.stringify(e), 400)}`);
          }
          // Some error names a touched field (or a path inside it, or its Sourced group, or a path
          // the generator recorded for a cross-field check of this case); and every error is
          // explained by one of those: an error elsewhere means the parser blamed the wrong field.
          const match = matchRejection(c, result.errors);
          if (match.rule === null) failures.push(`${tag}: no error names the field: ${clip(JSON.stringify(result.errors.slice(0, 3)), 400)}`);
          else byRule[match.rule]++;
          if (match.unexplained.length > 0) failures.push(`${tag}: errors at fields it did not touch: ${clip(JSON.stringify(match.unexplained.slice(0, 3)), 400)}`);
          continue;
        }
        bucket.accepted++;
        if (engineRuns >= ENGINE_RUNS) continue;
        engineRuns++;
        try {
          const summary = runSummary(result.scenario, { runs: 5, seed: `fuzz-${i}` });
          const bad = nonFinite(summary);
          const game = shortPlay(result.scenario, `fuzz-${i}`);
          bad.push(...nonFinite(game));
          if (bad.length > 0) failures.push(`${tag}: non-finite output ${bad.slice(0, 4).join(', ')}`);
          const total = summary.outcomeShares ? Object.values(summary.outcomeShares).reduce((a: number, b) => a + Number(b), 0) : 1;
          if (Math.abs(total - 1) > 1e-9) failures.push(`${tag}: outcome shares sum to ${total}`);
        } catch (err) {
          failures.push(`${tag}: engine threw ${String(err)}`);
        }
      }
      const accepted = Object.values(counts).reduce((a, b) => a + b.accepted, 0);
      const rejected = Object.values(counts).reduce((a, b) => a + b.rejected, 0);
      console.log(
        `scenario fuzz: ${run.size} cases (seed ${run.seed}), ${accepted} accepted, ${rejected} rejected, ${engineRuns} run through the engine, ` +
          `max parse ${maxMs.toFixed(1)} ms; by kind ${JSON.stringify(counts)}; rejections matched by rule ${JSON.stringify(byRule)}; failures ${failures.length}`,
      );
      expect(failures.slice(0, 20), `${failures.length} failures; replay with: ${replay}`).toEqual([]);
      expect(accepted + rejected, replay).toBe(run.size);
      // The generator must exercise both sides, or it tests nothing.
      expect(accepted, replay).toBeGreaterThan(run.size * 0.01);
      expect(rejected, replay).toBeGreaterThan(run.size * 0.5);
      expect(counts['regions-50']?.accepted ?? 0, replay).toBe(0);
      // Every accepted case, up to the cap, also ran through the engine.
      expect(engineRuns, replay).toBe(Math.min(accepted, ENGINE_RUNS));
      // Every rejection was matched by some rule (failures above), and the great majority by the
      // strictest: an error on exactly the field that was broken.
      expect(
        MATCH_RULES.reduce((a, r) => a + byRule[r], 0),
        replay,
      ).toBe(rejected);
      expect(byRule.exact, `${JSON.stringify(byRule)}; replay with: ${replay}`).toBeGreaterThan(0.8 * rejected);
      // Cross-field matches are the rare exception they are meant to be.
      expect(byRule.cross, `${JSON.stringify(byRule)}; replay with: ${replay}`).toBeLessThan(0.1 * rejected);
    }, 120_000);
  }
});

describe('the rejection matcher', () => {
  const touching = (touched: string[], crossField: FuzzCase['crossField'] = []) => ({ touched, crossField });
  const err = (path: string) => ({ path, code: 'missing', params: {} });

  it('refuses a planted root error for a nested mutation (the old check accepted it: t.startsWith("") is true)', () => {
    const c = touching(['intervener.troops.value']);
    expect(oldNamed(c, [err('')])).toBe(true);
    expect(matchRejection(c, [err('')])).toEqual({ rule: null, unexplained: [err('')] });
  });

  it('refuses a planted error on a field the case did not touch (the old blanket allow-list accepted it)', () => {
    const c = touching(['defender.posture.value']);
    for (const path of ['regions', 'claims[0].id', 'objective.region', 'frameClaim', 'objective']) {
      expect(oldNamed(c, [err(path)]), path).toBe(true);
      expect(matchRejection(c, [err(path)]).rule, path).toBeNull();
    }
    // A path that merely starts like the touched one is not inside it.
    expect(ruleFor(touching(['regions[1]']), 'regions[10].id')).toBeNull();
    expect(ruleFor(touching(['title']), 'titles')).toBeNull();
  });

  it('accepts the field, a path inside it, its Sourced group, a recorded cross-field path, and a root error only for a root mutation', () => {
    expect(ruleFor(touching(['regions[2].share.value']), 'regions[2].share.value')).toBe('exact');
    expect(ruleFor(touching(['regions[2]']), 'regions[2].share.value')).toBe('inside');
    expect(ruleFor(touching(['defender.posture.range[0]']), 'defender.posture.value')).toBe('group');
    expect(ruleFor(touching(['regions[2].share.value'], [{ path: 'regions', because: 'sum' }]), 'regions')).toBe('cross');
    expect(ruleFor(touching(['']), '')).toBe('exact');
    expect(ruleFor(touching(['']), 'a.a.a')).toBe('inside');
    // A top-level field is no Sourced group: "title" and "id" do not vouch for each other.
    expect(ruleFor(touching(['title']), 'id')).toBeNull();
  });

  it("knows the parser's errors: real ones pass, made-up or ill-formed ones do not", () => {
    expect(SCENARIO_ERROR_CODES.length).toBeGreaterThan(25);
    const real = [
      { path: 'a', code: 'missing', params: {} },
      { path: 'defender.cohesion.value', code: 'out-of-range', params: { min: 0, max: 1, got: 1.5 } },
      { path: '', code: 'too-deep', params: { max: 12 } },
      { path: 'x', code: 'unknown-field', params: { field: 'x', allowed: ['a', 'b'] } },
      { path: 'x', code: 'unknown-field', params: { field: '{weird}', allowed: [] } },
    ];
    for (const e of real) expect(isParserError(e), JSON.stringify(e)).toBe(true);
    const fake: unknown[] = [
      undefined,
      null,
      '',
      'missing',
      { path: 'a', message: 'missing' },
      { path: 'a', code: 'error', params: {} }, // unknown code
      { path: 1, code: 'missing', params: {} }, // path not a string
      { path: 'a', code: 'missing' }, // no params
      { path: 'a', code: 'out-of-range', params: { min: 0, max: 1 } }, // a parameter missing
      { path: 'a', code: 'out-of-range', params: { min: 0, max: 1, got: 2, extra: 3 } }, // one too many
      { path: 'a', code: 'out-of-range', params: { min: 0, max: '1', got: 2 } }, // a number as text
      { path: 'a', code: 'out-of-range', params: { min: 0, max: 1, got: NaN } }, // not finite
      { path: 'a', code: 'unknown-value', params: { got: 'x', allowed: 'a, b' } }, // a list as text
      { path: 'a', code: 'not-whole', params: { got: '1.5' } }, // got is a number for this code
    ];
    for (const e of fake) expect(isParserError(e), JSON.stringify(e)).toBe(false);
  });

  it('names the best rule of a rejection and lists every error no rule explains', () => {
    const c = touching(['population.total.value'], [{ path: 'regions', because: 'sum' }]);
    const got = matchRejection(c, [err('regions'), err('population.total.value'), err('host.retained')]);
    expect(got).toEqual({ rule: 'exact', unexplained: [err('host.retained')] });
  });
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
      it(`${n} regions, ${troops} troops: finite outcomes, shares summing to 1, the capital walk as the oracle says`, () => {
        const inputs = wideInputs(n, troops);
        const tally = runBatchInputs(inputs, DEFAULT_PARAMETERS, { runs: 20, seed: `wide-${n}-${troops}` });
        const summary = summarize(tally, 'wide');
        expect(nonFinite(summary)).toEqual([]);
        expect(tally.outcomeCounts.reduce((a, b) => a + b, 0)).toBe(20);
        // The capital (the key region of this country objective) gets min(N, R*-need) on day 0, or N
        // on a one-region board; its walk is the independent oracle's (tests/engine/walk-oracle.ts).
        const defenders = inputs.cohesion * inputs.regulars * (n === 1 ? 1 : inputs.capitalShare + (1 - inputs.capitalShare) * inputs.share[0]);
        const defence = defenders * inputs.posture * inputs.terrainFactor[0];
        const force = n === 1 ? troops : Math.min(troops, (inputs.targetRatio * defence) / inputs.quality);
        const rate = enteredOverQuality((force * inputs.quality) / defence, inputs.qualitySpread, inputs.mastery, DEFAULT_PARAMETERS);
        expect(Math.abs(tally.entered / 20 - rate)).toBeLessThan(4.5 * Math.sqrt((rate * (1 - rate)) / 20) + 1 / 20);
        if (troops === 0) expect([rate, tally.entered, tally.success]).toEqual([0, 0, 0]);
        const draws = drawsFor('wide', 0, n, DEFAULT_PARAMETERS);
        const record = createRunRecord();
        const one = runCampaign(inputs, DEFAULT_PARAMETERS, draws, 0, record);
        expect(nonFinite(one)).toEqual([]);
        const quality = runQualityOracle(draws, inputs.quality, inputs.qualitySpread, inputs.mastery, true);
        const walk = simulateWalk(draws, n, 0, { attackers: force, defenders, quality, posture: inputs.posture, terrain: inputs.terrainFactor[0] }, DEFAULT_PARAMETERS);
        expect(one.capitalDay).toBe(walk.end === 'entered' ? walk.day : null);
        // Entered and stabilized shares, class and success: what the run's record implies.
        const expected = outcomeFromRecord(inputs, record);
        expect([one.entered, one.outcome, one.success, one.capitalDay]).toEqual([expected.entered, expected.outcome, expected.success, expected.capitalDay]);
        expect(one.enteredPopulationShare).toBeCloseTo(expected.enteredPopulationShare, 12);
        expect(one.stabilizedPopulationShare).toBeCloseTo(expected.stabilizedPopulationShare, 12);
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
