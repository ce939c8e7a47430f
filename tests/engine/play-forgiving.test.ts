// Forgiving play in the engine: Restart gives exactly a fresh game, the "nothing placed" and "no
// decision left" tests, one auto-play turn is the automatic plan's turn (so auto-play reaches
// runCampaign's outcome), and the months of a game with no decision left end it.
import { describe, expect, it } from 'vitest';
import { runCampaign } from '../../src/engine/campaign';
import { applyAction, createGame, isRejection, restartGame } from '../../src/engine/play';
import { applyActions, monthActions, planTurnActions, selectNoDecisionLeft, selectNothingPlaced } from '../../src/engine/play-auto';
import { drawsFor } from '../../src/engine/rng';
import { DEFAULT_PARAMETERS } from '../../src/model/parameters';
import { resolveInputs } from '../../src/model/resolve';
import type { GameAction, GameState, Overrides, Scenario } from '../../src/model/types';
import { makeScenario } from './fixtures';

function act(state: GameState, action: GameAction): GameState {
  const result = applyAction(state, action);
  if (isRejection(result)) throw new Error(`rejected: ${JSON.stringify(result)}`);
  return result.state;
}

function step(state: GameState, actions: GameAction[]): GameState {
  const result = applyActions(state, actions);
  if (isRejection(result)) throw new Error(`rejected: ${JSON.stringify(result)}`);
  return result.state;
}

function kernel(scenario: Scenario, overrides: Overrides, seed: string, run: number) {
  const inputs = resolveInputs(scenario, overrides, DEFAULT_PARAMETERS);
  return runCampaign(inputs, DEFAULT_PARAMETERS, drawsFor(seed, run, inputs.share.length, DEFAULT_PARAMETERS), run);
}

describe('forgiving play (engine)', () => {
  it('restartGame gives exactly a fresh game of the same scenario, set-up and seed, from any point', () => {
    const scenario = makeScenario();
    const overrides = { 'intervener.troops': 60_000 };
    const fresh = createGame(scenario, overrides, 'restart-7', 0);
    let state = act(fresh, { type: 'plan/apply' });
    state = act(state, { type: 'day/end' });
    state = act(state, { type: 'day/end' });
    expect(state.day).toBe(2);
    const again = restartGame(state);
    expect(again).toEqual(fresh);
    expect(again.phase).toBe('entry');
    expect(again.day).toBe(0);
    expect(again.seed).toBe('restart-7');
    // And the restarted game plays on the same dice: the same first day as the first time.
    expect(act(act(again, { type: 'plan/apply' }), { type: 'day/end' })).toEqual(act(act(fresh, { type: 'plan/apply' }), { type: 'day/end' }));
  });

  it('"nothing placed" is true only when End day would end entry with every region empty', () => {
    const game = createGame(makeScenario(), { 'intervener.troops': 10_000 }, 'np', 0);
    expect(selectNothingPlaced(game)).toBe(true);
    const planned = act(game, { type: 'plan/apply' });
    expect(selectNothingPlaced(planned)).toBe(false);
    // After day 1, an entry phase with nothing contested is not asked about (the attacks are over).
    const later = act(planned, { type: 'day/end' });
    expect(later.day).toBe(1);
    expect(selectNothingPlaced({ ...later, regions: later.regions.map((r) => ({ ...r, troops: 0, entryStatus: 'culminated' as const })) })).toBe(false);
    const ended = act(game, { type: 'day/end' });
    expect(ended.phase).toBe('control');
    expect(selectNothingPlaced(ended)).toBe(false);
  });

  it('no decision is left in a control phase where no region was entered, and the months then end the game', () => {
    const scenario = makeScenario();
    const overrides = { 'intervener.troops': 10_000 };
    const game = createGame(scenario, overrides, 'nd', 0);
    expect(selectNoDecisionLeft(game)).toBe(false);
    let state = act(game, { type: 'day/end' });
    expect(selectNoDecisionLeft(state)).toBe(true);
    let turns = 0;
    while (state.phase !== 'ended') {
      expect(++turns).toBeLessThan(200);
      state = step(state, monthActions(state));
    }
    expect(turns).toBe(DEFAULT_PARAMETERS.controlMonths);
    expect(state.outcome).toBe('entry-failed');
    // A game where the plan entered regions still has decisions in its control phase.
    let planned = createGame(scenario, { 'intervener.troops': 150_000 }, 'nd', 0);
    while (planned.phase === 'entry') planned = step(planned, planTurnActions(planned));
    if (planned.regions.some((r) => r.entryStatus === 'entered')) expect(selectNoDecisionLeft(planned)).toBe(false);
  });

  it("auto-play (planTurnActions turn after turn) reaches runCampaign's outcome, the automatic plan's run", () => {
    const scenario = makeScenario();
    for (const troops of [10_000, 50_000, 150_000]) {
      for (let run = 0; run < 4; run++) {
        const overrides = { 'intervener.troops': troops };
        let state = createGame(scenario, overrides, 'auto', run);
        let turns = 0;
        while (state.phase !== 'ended') {
          expect(++turns).toBeLessThan(500);
          state = step(state, planTurnActions(state));
        }
        expect(state.result, `${troops} run ${run}`).toEqual(kernel(scenario, overrides, 'auto', run));
      }
    }
  });

  it('applyActions stops at the first refusal and returns it', () => {
    const game = createGame(makeScenario(), {}, 'r', 0);
    const result = applyActions(game, [{ type: 'plan/apply' }, { type: 'month/end' }]);
    expect(isRejection(result) && result.reason).toBe('wrong-phase');
    expect(planTurnActions(act(game, { type: 'day/end' })).map((a) => a.type)).toEqual(['plan/apply', 'month/end']);
  });
});
