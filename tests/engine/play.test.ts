// Play mode: a player who applies the automatic plan at every decision point reaches exactly the
// kernel's outcome; illegal actions are rejected with a reason; undo restores the turn's start.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/engine/scenario';
import { runCampaign, runQuality } from '../../src/engine/campaign';
import { applyAction, canPlaceTroops, createGame, isRejection, previewControl, previewEntry, selectAdvice, selectContested, selectOverCap, selectStrength, selectTroopsInCountry, selectTroopsPerThousand } from '../../src/engine/play';
import type { ActionResult } from '../../src/engine/play';
import { drawsFor } from '../../src/engine/rng';
import { DEFAULT_PARAMETERS } from '../../src/model/parameters';
import { resolveInputs } from '../../src/model/resolve';
import { isScenarioFileName } from '../../src/model/scenario-schema';
import type { GameAction, GameEvent, GameState, ModelParameters, Overrides, RunOutcome, Scenario } from '../../src/model/types';
import { grenadaLike, makeScenario, panamaLike, ratioScenario, SEVEN_REGIONS } from './fixtures';

function ok(result: ActionResult): { state: GameState; events: GameEvent[] } {
  if (isRejection(result)) throw new Error(`rejected: ${JSON.stringify(result)}`);
  return result;
}

function act(state: GameState, action: GameAction): GameState {
  return ok(applyAction(state, action)).state;
}

/** Play a whole game taking the plan's advice at every decision point. */
function playByPlan(scenario: Scenario, overrides: Overrides, seed: string, run: number, params: ModelParameters = DEFAULT_PARAMETERS): GameState {
  let state = createGame(scenario, overrides, seed, run, params);
  let guard = 0;
  while (state.phase !== 'ended') {
    if (++guard > 500) throw new Error('game did not end');
    state = act(state, { type: 'plan/apply' });
    state = act(state, { type: state.phase === 'entry' ? 'day/end' : 'month/end' });
  }
  return state;
}

function kernel(scenario: Scenario, overrides: Overrides, seed: string, run: number, params: ModelParameters = DEFAULT_PARAMETERS): RunOutcome {
  const inputs = resolveInputs(scenario, overrides, params);
  return runCampaign(inputs, params, drawsFor(seed, run, inputs.share.length, params), run);
}

const LIMITED = makeScenario({ id: 'limited', objective: { kind: 'limited', region: 'guayana', holdMonths: { value: 2, source: 'Design choice: 8 weeks', asOf: '2025-10' } } });

const CASES: Array<{ name: string; scenario: Scenario; troops: number[]; params?: ModelParameters }> = [
  { name: 'country, 7 regions', scenario: makeScenario(), troops: [10_000, 50_000, 100_000, 150_000, 300_000] },
  { name: 'capital, 7 regions', scenario: makeScenario({ objective: { kind: 'capital' } }), troops: [10_000, 25_000, 60_000] },
  { name: 'limited, 7 regions', scenario: LIMITED, troops: [3_000, 10_000] },
  { name: 'one region (Panama-like)', scenario: panamaLike(), troops: [8_000, 27_684] },
  { name: 'one region (Grenada-like)', scenario: grenadaLike(), troops: [1_500, 7_650] },
  { name: 'permissive country (no fighting regulars)', scenario: makeScenario({ cohesion: 0, hostility: 0.2 }), troops: [40_000, 150_000] },
  { name: 'short horizon, early rotation', scenario: makeScenario({ rotationMonth: 2, sustainableForce: 60_000 }), troops: [120_000], params: { ...DEFAULT_PARAMETERS, entryDays: 20, controlMonths: 6 } },
];

describe('play ≡ kernel', () => {
  for (const c of CASES) {
    it(`the plan player reaches runCampaign's outcome: ${c.name}`, () => {
      let compared = 0;
      for (const troops of c.troops) {
        for (let run = 0; run < 12; run++) {
          const overrides = { 'intervener.troops': troops };
          const seed = `eq-${troops}`;
          const played = playByPlan(c.scenario, overrides, seed, run, c.params);
          expect(played.result, `${troops} run ${run}`).toEqual(kernel(c.scenario, overrides, seed, run, c.params));
          expect(played.outcome).toBe(played.result?.outcome);
          compared++;
        }
      }
      expect(compared).toBe(c.troops.length * 12);
    });
  }

  it("the plan player reaches runCampaign's outcome on every shipped scenario, at its own troops and others", () => {
    const dir = join(__dirname, '../../scenarios');
    const files = readdirSync(dir).filter(isScenarioFileName);
    // All seven shipped scenarios (the loop below must not run over an empty or partial list).
    expect(files.length).toBeGreaterThanOrEqual(7);
    for (const file of files) {
      const parsed = parseScenario(JSON.parse(readFileSync(join(dir, file), 'utf8')));
      if (!parsed.ok) throw new Error(`${file}: ${JSON.stringify(parsed.errors.slice(0, 2))}`);
      const scenario = parsed.scenario;
      for (const overrides of [{}, { 'intervener.troops': 3 * scenario.intervener.troops.value }] as Overrides[]) {
        for (let run = 0; run < 4; run++) {
          const played = playByPlan(scenario, overrides, 'shipped', run);
          expect(played.result, `${file} ${JSON.stringify(overrides)} run ${run}`).toEqual(kernel(scenario, overrides, 'shipped', run));
        }
      }
    }
  });

  it('the outcomes compared are varied (not all one class)', () => {
    const classes = new Set<string>();
    for (let run = 0; run < 12; run++) classes.add(playByPlan(makeScenario(), { 'intervener.troops': 100_000 }, 'eq-100000', run).result!.outcome);
    expect(classes.size).toBeGreaterThan(1);
  });

  it('play records the same explanations as the kernel, day by day and month by month', () => {
    const scenario = makeScenario();
    const overrides = { 'intervener.troops': 100_000 };
    const inputs = resolveInputs(scenario, overrides);
    const record = { qualityEffective: 0, initialAllocation: [], days: [], entryDays: 0, months: [], timeline: [], sentHome: 0, regionClasses: [] } as import('../../src/model/types').RunRecord;
    runCampaign(inputs, DEFAULT_PARAMETERS, drawsFor('rec', 3, 7, DEFAULT_PARAMETERS), 3, record);
    let state = createGame(scenario, overrides, 'rec', 3);
    const days: unknown[] = [];
    const months: unknown[] = [];
    while (state.phase !== 'ended') {
      state = act(state, { type: 'plan/apply' });
      const r = ok(applyAction(state, { type: state.phase === 'entry' ? 'day/end' : 'month/end' }));
      for (const e of r.events) {
        if (e.type === 'entry/day') days.push(e.explanations);
        if (e.type === 'control/month') months.push(e.explanations);
      }
      state = r.state;
    }
    expect(days).toEqual(record.days);
    expect(months).toEqual(record.months);
    expect(state.timeline).toEqual(record.timeline);
    expect(state.regions.map((r) => r.regionClass)).toEqual(record.regionClasses);
  });
});

describe('createGame', () => {
  it('starts with every troop in reserve, phase entry, day 0, the run draws and quality', () => {
    const scenario = makeScenario({ troops: 40_000 });
    const state = createGame(scenario, {}, 's', 5);
    expect(state.phase).toBe('entry');
    expect(state.day).toBe(0);
    expect(state.reserve).toBe(40_000);
    expect(state.troopsInitial).toBe(40_000);
    expect(state.regions.every((r) => r.troops === 0 && r.status === 'not-entered')).toBe(true);
    const draws = drawsFor('s', 5, 7, DEFAULT_PARAMETERS);
    expect(state.draws).toEqual(Array.from(draws));
    expect(state.qualityEffective).toBe(runQuality(resolveInputs(scenario), DEFAULT_PARAMETERS, draws));
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
  });
});

describe('actions and rejections', () => {
  const scenario = makeScenario({ troops: 50_000 });

  it('allocation/set moves troops between the reserve and a region, and back', () => {
    let state = createGame(scenario, {}, 'a');
    const r = ok(applyAction(state, { type: 'allocation/set', region: 'capital', troops: 30_000 }));
    expect(r.events).toEqual([{ type: 'allocation/changed', region: 'capital', troops: 30_000 }]);
    state = r.state;
    expect(state.reserve).toBe(20_000);
    expect(state.regions[0].status).toBe('being-entered');
    expect(selectContested(state)).toBe(1);
    state = act(state, { type: 'allocation/set', region: 'capital', troops: 0 });
    expect(state.reserve).toBe(50_000);
    expect(state.regions[0].status).toBe('not-entered');
  });

  it('rejects unknown regions, bad amounts, more than the reserve, and the wrong phase', () => {
    const state = createGame(scenario, {}, 'a');
    const reason = (a: GameAction) => {
      const r = applyAction(state, a);
      return isRejection(r) ? r.reason : 'accepted';
    };
    expect(reason({ type: 'allocation/set', region: 'atlantis', troops: 1 })).toBe('unknown-region');
    expect(reason({ type: 'allocation/set', region: 'capital', troops: -5 })).toBe('invalid-amount');
    expect(reason({ type: 'allocation/set', region: 'capital', troops: Number.NaN })).toBe('invalid-amount');
    expect(reason({ type: 'allocation/set', region: 'capital', troops: 50_001 })).toBe('not-enough-reserve');
    expect(reason({ type: 'month/end' })).toBe('wrong-phase');
    expect(reason({ type: 'rotation/cut', region: 'capital', troops: 1 })).toBe('wrong-phase');
    expect(reason({ type: 'turn/undo' })).toBe('nothing-to-undo');
    expect(reason({ type: 'allocation/set', region: 'capital', troops: 50_000 })).toBe('accepted');
  });

  it('a rejection is a reason code with the facts its words need, never a sentence', () => {
    const state = createGame(scenario, {}, 'a');
    expect(applyAction(state, { type: 'allocation/set', region: 'atlantis', troops: 1 })).toEqual({ rejected: true, reason: 'unknown-region', region: 'atlantis' });
    expect(applyAction(state, { type: 'allocation/set', region: 'capital', troops: -5 })).toEqual({ rejected: true, reason: 'invalid-amount', action: 'allocation/set', region: 'capital', troops: -5 });
    expect(applyAction(state, { type: 'allocation/set', region: 'capital', troops: 50_001 })).toEqual({ rejected: true, reason: 'not-enough-reserve', region: 'capital', asked: 50_001, reserve: 50_000 });
    expect(applyAction(state, { type: 'month/end' })).toEqual({ rejected: true, reason: 'wrong-phase', action: 'month/end', phase: 'entry' });
    expect(applyAction(state, { type: 'rotation/cut', region: 'capital', troops: 1 })).toEqual({ rejected: true, reason: 'wrong-phase', action: 'rotation/cut', phase: 'entry' });
    expect(applyAction(state, { type: 'turn/undo' })).toEqual({ rejected: true, reason: 'nothing-to-undo' });
    expect(applyAction(state, { type: 'fly' } as unknown as GameAction)).toEqual({ rejected: true, reason: 'unknown-action', action: 'fly' });
    for (const action of [{ type: 'month/end' }, { type: 'turn/undo' }, { type: 'allocation/set', region: 'capital', troops: 50_001 }] as GameAction[]) {
      const r = applyAction(state, action);
      expect(
        Object.values(r).some((v) => typeof v === 'string' && v.includes(' ')),
        JSON.stringify(r),
      ).toBe(false);
    }
  });

  it('locks a region while its entry walk runs, and a failed region for good', () => {
    let state = createGame(makeScenario({ troops: 4_000 }), {}, 'lock');
    state = act(state, { type: 'allocation/set', region: 'capital', troops: 4_000 });
    state = act(state, { type: 'day/end' });
    // At 4,000 against the capital's defenders the walk is still running after one day.
    expect(state.regions[0].status).toBe('being-entered');
    expect(canPlaceTroops(state, 0)).toBe(false);
    const r = applyAction(state, { type: 'allocation/set', region: 'capital', troops: 0 });
    expect(r).toEqual({ rejected: true, reason: 'region-locked', region: 'capital', lock: 'committed' });
    expect(canPlaceTroops(state, 1)).toBe(true);
    let guard = 0;
    while (state.regions[0].status === 'being-entered' && guard++ < 100) state = act(state, { type: 'day/end' });
    expect(state.regions[0].status).toBe('failed');
    expect(state.reserve).toBeGreaterThan(0);
    expect(state.reserve).toBeLessThan(4_000);
    const again = applyAction(state, { type: 'allocation/set', region: 'capital', troops: 1 });
    expect(again).toEqual({ rejected: true, reason: 'region-locked', region: 'capital', lock: 'failed' });
  });

  it('day/end with nothing contested ends the entry phase; control accepts only entered regions', () => {
    let state = createGame(scenario, {}, 'x');
    state = act(state, { type: 'allocation/set', region: 'guayana', troops: 20_000 });
    let guard = 0;
    while (selectContested(state) > 0 && guard++ < 100) state = act(state, { type: 'day/end' });
    const guayana = state.regions.findIndex((r) => r.id === 'guayana');
    const r = ok(applyAction(state, { type: 'day/end' }));
    expect(r.events.some((e) => e.type === 'entry/ended')).toBe(true);
    state = r.state;
    expect(state.phase).toBe('control');
    const capital = applyAction(state, { type: 'allocation/set', region: 'capital', troops: 1 });
    expect(capital).toEqual({ rejected: true, reason: 'region-locked', region: 'capital', lock: 'not-entered' });
    expect(canPlaceTroops(state, guayana)).toBe(state.regions[guayana].entryStatus === 'entered');
    const day = applyAction(state, { type: 'day/end' });
    expect(isRejection(day) && day.reason).toBe('wrong-phase');
  });

  it('month/end is refused over the rotation cap until troops go home', () => {
    const capped = makeScenario({ troops: 120_000, rotationMonth: 1, sustainableForce: 50_000, cohesion: 0 });
    let state = createGame(capped, {}, 'cap');
    state = act(state, { type: 'plan/apply' });
    while (state.phase === 'entry') state = act(state, { type: 'day/end' });
    expect(selectOverCap(state)).toBe(true);
    const refused = applyAction(state, { type: 'month/end' });
    expect(refused).toEqual({ rejected: true, reason: 'over-rotation-cap', month: 1, cap: 50_000, total: selectTroopsInCountry(state) });
    const tooMany = applyAction(state, { type: 'rotation/cut', region: 'reserve', troops: state.reserve + 1_000 });
    expect(tooMany).toEqual({ rejected: true, reason: 'not-enough-troops', region: 'reserve', asked: state.reserve + 1_000, available: state.reserve });
    // Send troops home by hand, from the reserve and then region by region, until under the cap.
    const before = selectTroopsInCountry(state);
    if (state.reserve > 0) state = act(state, { type: 'rotation/cut', region: 'reserve', troops: state.reserve });
    for (const region of state.regions) {
      const excess = selectTroopsInCountry(state) - 50_000;
      const here = state.regions.find((r) => r.id === region.id)!.troops;
      if (excess > 0 && here > 0) state = act(state, { type: 'rotation/cut', region: region.id, troops: Math.min(excess, here) });
    }
    expect(selectTroopsInCountry(state)).toBeLessThan(before);
    expect(state.sentHome).toBeCloseTo(before - selectTroopsInCountry(state), 6);
    expect(selectOverCap(state)).toBe(false);
    const r = ok(applyAction(state, { type: 'month/end' }));
    expect(r.events[0].type).toBe('control/month');
    expect(selectStrength(r.state)).toBeLessThanOrEqual(50_000.5 / 120_000);
  });

  it('plan/apply at the cap cuts from the highest coverage and month/end then proceeds', () => {
    const capped = makeScenario({ troops: 200_000, rotationMonth: 2, sustainableForce: 80_000 });
    let state = createGame(capped, {}, 'cap2');
    while (state.phase === 'entry') {
      state = act(state, { type: 'plan/apply' });
      state = act(state, { type: 'day/end' });
    }
    state = act(state, { type: 'plan/apply' });
    state = act(state, { type: 'month/end' });
    expect(selectOverCap(state)).toBe(true);
    const advice = selectAdvice(state);
    expect(advice.sentHome).toBeGreaterThan(0);
    state = act(state, { type: 'plan/apply' });
    expect(selectTroopsInCountry(state)).toBeCloseTo(80_000, 3);
    expect(state.sentHome).toBeCloseTo(advice.sentHome, 6);
  });

  it('turn/undo restores the start of the turn, including the plan and cuts', () => {
    let state = createGame(scenario, {}, 'u');
    const start = state;
    state = act(state, { type: 'allocation/set', region: 'capital', troops: 10_000 });
    state = act(state, { type: 'allocation/set', region: 'west', troops: 5_000 });
    const undone = ok(applyAction(state, { type: 'turn/undo' }));
    expect(undone.events).toEqual([{ type: 'turn/undone' }]);
    expect(undone.state.regions).toEqual(start.regions);
    expect(undone.state.reserve).toBe(start.reserve);
    // Undo does not cross a turn boundary.
    state = act(start, { type: 'plan/apply' });
    state = act(state, { type: 'day/end' });
    const afterDay = state;
    const none = applyAction(state, { type: 'turn/undo' });
    expect(isRejection(none) && none.reason).toBe('nothing-to-undo');
    state = act(state, { type: 'plan/apply' });
    state = act(state, { type: 'turn/undo' });
    expect(state.regions).toEqual(afterDay.regions);
  });

  it('the game ends with game/ended and then rejects everything', () => {
    const state = playByPlan(grenadaLike(), {}, 'end', 0);
    expect(state.phase).toBe('ended');
    expect(state.outcome).toBe(kernel(grenadaLike(), {}, 'end', 0).outcome);
    const r = applyAction(state, { type: 'plan/apply' });
    expect(isRejection(r) && r.reason).toBe('game-over');
  });

  it('never mutates the state it was given', () => {
    const state = createGame(scenario, {}, 'frozen');
    const copy = JSON.parse(JSON.stringify(state));
    act(state, { type: 'plan/apply' });
    act(state, { type: 'allocation/set', region: 'capital', troops: 1 });
    expect(state).toEqual(copy);
  });
});

describe('advice and selectors', () => {
  it('advice is exactly what plan/apply does, without applying it', () => {
    const state = createGame(makeScenario({ troops: 100_000 }), {}, 'adv');
    const advice = selectAdvice(state);
    const applied = act(state, { type: 'plan/apply' });
    expect(advice.state.regions).toEqual(applied.regions);
    expect(advice.moves.length).toBeGreaterThan(1);
    expect(advice.moves[0].region).toBe('capital');
    expect(state.reserve).toBe(100_000);
    const placed = advice.moves.reduce((a, m) => a + m.to - m.from, 0);
    expect(placed + advice.reserveAfter).toBeCloseTo(100_000, 6);
  });

  it('previews the odds column and density the way the rules compute them', () => {
    let state = createGame(ratioScenario(2), {}, 'p', 0, { ...DEFAULT_PARAMETERS, qualityVaries: false });
    state = act(state, { type: 'allocation/set', region: 'country', troops: 20_000 });
    const preview = previewEntry(state, 0)!;
    expect(preview.ratio).toBe(2);
    expect(preview.column).toBe('2:1');
    expect(preview.probability).toBeCloseTo(1 / (1 + 2 ** -0.9), 12);
    expect(preview.winningFaces).toBe(7);
    expect(selectTroopsPerThousand(state, 0)).toBeCloseTo(20, 12);
    expect(previewControl(state, 0)).toBeNull();
  });

  it('strength is a share of the starting force', () => {
    let state = createGame(makeScenario({ troops: 30_000, regions: SEVEN_REGIONS }), {}, 'st');
    expect(selectStrength(state)).toBe(1);
    state = act(state, { type: 'plan/apply' });
    for (let d = 0; d < 5 && state.phase === 'entry'; d++) state = act(state, { type: 'day/end' });
    // All 30,000 fight for the capital (its R*-need is about 70,000) and lose ℓ_W = 1% on each day
    // won and ℓ_L = 4% on each day lost; the walk cannot end before day 5, so after five days the
    // force is between 0.96^5 (all lost) and 0.99^5 (all won) of the start.
    expect(state.day).toBe(5);
    expect(selectStrength(state)).toBeGreaterThanOrEqual(0.96 ** 5 - 1e-12);
    expect(selectStrength(state)).toBeLessThanOrEqual(0.99 ** 5 + 1e-12);
  });
});
