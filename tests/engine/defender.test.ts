// The defender team's set-up (src/engine/defender.ts): the automatic defender's actions reproduce
// today's game exactly; each choice moves the closed form it should; refusals carry typed reasons.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { automaticDefenderActions, defenderChoices, defenderSetupOpen } from '../../src/engine/defender';
import { advanceProbability, combatRatio, initialResisters } from '../../src/engine/formulas';
import { applyAction, createGame, isRejection, previewEntry, restartGame } from '../../src/engine/play';
import type { ActionResult } from '../../src/engine/play';
import { applyActions } from '../../src/engine/play-auto';
import { parseScenario } from '../../src/engine/scenario';
import type { GameAction, GameEvent, GameState, Rejection, Scenario } from '../../src/model/types';
import { makeScenario, panamaLike } from './fixtures';

function ok(result: ActionResult): { state: GameState; events: GameEvent[] } {
  if (isRejection(result)) throw new Error(`rejected: ${JSON.stringify(result)}`);
  return result;
}
const act = (state: GameState, action: GameAction) => ok(applyAction(state, action)).state;
const refused = (result: ActionResult) => {
  expect(isRejection(result)).toBe(true);
  return result as Rejection;
};

/** Play to the end with the automatic plan at every decision point; all events kept. */
function playByPlan(start: GameState): { state: GameState; events: GameEvent[] } {
  let state = start;
  const events: GameEvent[] = [];
  for (let guard = 0; state.phase !== 'ended'; guard++) {
    if (guard > 500) throw new Error('game did not end');
    const result = ok(applyActions(state, [{ type: 'plan/apply' }, { type: state.phase === 'entry' ? 'day/end' : 'month/end' }]));
    state = result.state;
    events.push(...result.events);
  }
  return { state, events };
}

function shipped(name: string): Scenario {
  const parsed = parseScenario(JSON.parse(readFileSync(join(__dirname, '../../scenarios', name), 'utf8')));
  if (!parsed.ok) throw new Error(`${name}: ${JSON.stringify(parsed.errors.slice(0, 2))}`);
  return parsed.scenario;
}

const CASES: Array<{ name: string; scenario: Scenario; troops: number[] }> = [
  { name: 'Venezuela build-up (7 regions)', scenario: shipped('venezuela-2025-buildup.json'), troops: [10_000, 150_000] },
  { name: 'Venezuela planners', scenario: shipped('venezuela-planners.json'), troops: [80_000] },
  { name: 'Panama 1989 (one region)', scenario: shipped('panama-1989.json'), troops: [27_684] },
  { name: 'fixture country', scenario: makeScenario(), troops: [60_000, 300_000] },
];

describe('the automatic defender reproduces today', () => {
  for (const c of CASES) {
    it(`same outcome, timeline and regions with its actions as without: ${c.name}`, () => {
      for (const troops of c.troops) {
        for (const seed of ['s1', 'golden']) {
          for (const run of [0, 3]) {
            const today = createGame(c.scenario, { 'intervener.troops': troops }, seed, run);
            const start = ok(applyActions(today, automaticDefenderActions(today))).state;
            expect(start.defender?.ready).toBe(true);
            expect(start.regions).toEqual(today.regions);
            const a = playByPlan(today);
            const b = playByPlan(start);
            expect(b.state.result).toEqual(a.state.result);
            expect(b.state.timeline).toEqual(a.state.timeline);
            expect(b.state.regions).toEqual(a.state.regions);
            expect(b.events).toEqual(a.events);
          }
        }
      }
    });
  }
});

describe('each defender choice moves its closed form', () => {
  const scenario = shipped('venezuela-2025-buildup.json');
  const game = createGame(scenario, { 'intervener.troops': 60_000 }, 'closed', 0);
  const cap = game.inputs.capitalIndex;
  const capId = game.regions[cap].id;

  it('more regulars in the capital: D_cap = c·D·(k + (1 − k)·p), and the entry force ratio there falls', () => {
    const s = act(game, { type: 'defender/spread', capitalShare: 0.6 });
    const { cohesion, regulars, share } = s.inputs;
    expect(s.regions[cap].defenders).toBeCloseTo(cohesion * regulars * (0.6 + 0.4 * share[cap]), 6);
    const other = cap === 0 ? 1 : 0;
    expect(s.regions[other].defenders).toBeCloseTo(cohesion * regulars * 0.4 * share[other], 6);
    // Total fighting regulars unchanged: only their spread moves.
    const total = (st: GameState) => st.regions.reduce((sum, r) => sum + r.defenders, 0);
    expect(total(s)).toBeCloseTo(total(game), 6);
    // Same attackers in the capital: a lower ratio and lower odds of the day than with k = 0.3.
    const place = (st: GameState) => act(st, { type: 'allocation/set', region: capId, troops: 40_000 });
    const before = previewEntry(place(game), cap)!;
    const after = previewEntry(place(s), cap)!;
    expect(after.ratio).toBeLessThan(before.ratio);
    expect(after.ratio / before.ratio).toBeCloseTo(game.regions[cap].defenders / s.regions[cap].defenders, 9);
  });

  it('a higher posture: R = A·Q/(D·π·τ) falls in proportion and p = 1/(1 + (R/R50)^−β) with it', () => {
    const s = act(game, { type: 'defender/posture', region: capId, posture: 1.6 });
    expect(defenderChoices(s).posture[cap]).toBe(1.6);
    expect(
      defenderChoices(s)
        .posture.filter((_, r) => r !== cap)
        .every((p) => p === game.inputs.posture),
    ).toBe(true);
    const placed = act(s, { type: 'allocation/set', region: capId, troops: 40_000 });
    const preview = previewEntry(placed, cap)!;
    const expected = combatRatio(40_000, s.qualityEffective, s.regions[cap].defenders, 1.6, s.inputs.terrainFactor[cap]);
    expect(preview.ratio).toBeCloseTo(expected, 12);
    expect(preview.probability).toBeCloseTo(advanceProbability(expected, s.params), 12);
    const base = previewEntry(act(game, { type: 'allocation/set', region: capId, troops: 40_000 }), cap)!;
    expect(preview.ratio / base.ratio).toBeCloseTo(game.inputs.posture / 1.6, 12);
    // The day's explanation shows the posture the defender chose.
    const day = ok(applyAction(placed, { type: 'day/end' })).events.find((e) => e.type === 'entry/day');
    expect(day && day.type === 'entry/day' && day.explanations.find((x) => x.region === capId)?.posture).toBe(1.6);
  });

  it('militia held back: control starts without its part, which joins at the chosen month', () => {
    const month = 4;
    const s = act(act(game, { type: 'defender/militia', month }), { type: 'defender/ready' });
    let state = s;
    let base = game;
    // Play both to the start of control with the same (plan) moves.
    while (state.phase === 'entry') {
      state = ok(applyActions(state, [{ type: 'plan/apply' }, { type: 'day/end' }])).state;
      base = ok(applyActions(base, [{ type: 'plan/apply' }, { type: 'day/end' }])).state;
    }
    const entered = state.regions.map((r, i) => (r.entryStatus === 'entered' ? i : -1)).filter((i) => i >= 0);
    expect(entered.length).toBeGreaterThan(0);
    for (const r of entered) {
      const full = initialResisters(state.inputs, state.params, r, state.regions[r].defendersInitial);
      const without = initialResisters({ ...state.inputs, militia: 0 }, state.params, r, state.regions[r].defendersInitial);
      expect(base.regions[r].resisters).toBeCloseTo(full, 9);
      expect(state.regions[r].resisters).toBeCloseTo(without, 9);
      expect(without).toBeLessThan(full);
    }
    // Months 1 … month − 1 run without the militia; the call-up comes as month − 1 ends.
    let called: GameEvent | undefined;
    for (let m = 1; m < month; m++) {
      const result = ok(applyActions(state, [{ type: 'plan/apply' }, { type: 'month/end' }]));
      called = result.events.find((e) => e.type === 'militia/called');
      if (m < month - 1) expect(called).toBeUndefined();
      state = result.state;
    }
    expect(called).toEqual({ type: 'militia/called', month });
    expect(state.defender?.militiaCalled).toBe(true);
    for (const r of entered) expect(state.regions[r].resistersInitial).toBeCloseTo(initialResisters(state.inputs, state.params, r, state.regions[r].defendersInitial), 9);
  });

  it('restart keeps the defender’s choices', () => {
    const s = act(act(game, { type: 'defender/spread', capitalShare: 0.5 }), { type: 'defender/ready' });
    const again = restartGame(act(s, { type: 'plan/apply' }));
    expect(again.inputs.capitalShare).toBe(0.5);
    expect(again.regions).toEqual(s.regions.map((r) => ({ ...r })));
    expect(again.defender?.ready).toBe(true);
  });
});

describe('refusals', () => {
  const game = createGame(shipped('venezuela-2025-buildup.json'), {}, 'refuse', 0);
  const capId = game.regions[game.inputs.capitalIndex].id;

  it('out of the published range, or not a number', () => {
    expect(refused(applyAction(game, { type: 'defender/posture', region: capId, posture: 1.7 }))).toEqual({ rejected: true, reason: 'defender-out-of-range', action: 'defender/posture', value: 1.7, min: 1.3, max: 1.6 });
    expect(refused(applyAction(game, { type: 'defender/spread', capitalShare: -0.1 })).reason).toBe('defender-out-of-range');
    expect(refused(applyAction(game, { type: 'defender/militia', month: 0 })).reason).toBe('defender-out-of-range');
    expect(refused(applyAction(game, { type: 'defender/militia', month: 2.5 })).reason).toBe('defender-out-of-range');
    expect(refused(applyAction(game, { type: 'defender/militia', month: game.params.controlMonths + 1 })).reason).toBe('defender-out-of-range');
    expect(refused(applyAction(game, { type: 'defender/posture', region: 'atlantis', posture: 1.4 }))).toEqual({ rejected: true, reason: 'unknown-region', region: 'atlantis' });
  });

  it('after defender/ready, after the intervener moves, and after day 1', () => {
    const ready = act(game, { type: 'defender/ready' });
    expect(defenderSetupOpen(ready)).toBe(false);
    expect(refused(applyAction(ready, { type: 'defender/spread', capitalShare: 0.5 }))).toEqual({ rejected: true, reason: 'defender-setup-closed', action: 'defender/spread' });
    const moved = act(game, { type: 'plan/apply' });
    expect(refused(applyAction(moved, { type: 'defender/militia', month: 3 })).reason).toBe('defender-setup-closed');
    const dayOne = act(moved, { type: 'day/end' });
    expect(refused(applyAction(dayOne, { type: 'defender/ready' })).reason).toBe('defender-setup-closed');
    expect(refused(applyAction(game, { type: 'nonsense' } as unknown as GameAction))).toEqual({ rejected: true, reason: 'unknown-action', action: 'nonsense' });
  });

  it('a game from before the defender set-up (no defender field) plays as today', () => {
    const old: GameState = { ...game };
    delete old.defender;
    const a = playByPlan(old);
    const b = playByPlan(game);
    expect(a.state.result).toEqual(b.state.result);
    // Its set-up is open until the intervener moves, with the format's ranges.
    expect(ok(applyAction(old, { type: 'defender/posture', region: capId, posture: 1.5 })).state.inputs.regionPosture?.[game.inputs.capitalIndex]).toBe(1.5);
  });

  it('one region: the spread changes nothing (single theatre), posture still applies', () => {
    const one = createGame(panamaLike(), {}, 'one', 0);
    const s = act(one, { type: 'defender/spread', capitalShare: 0.9 });
    expect(s.regions[0].defenders).toBe(one.regions[0].defenders);
  });
});
