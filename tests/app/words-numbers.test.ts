// Words agree with the numbers beside them (issue 11), one test per class of defect:
// - a die explanation states the chance the engine uses and calls the faces what they are, a rounding
//   ("3 of 10 faces" beside "exactly 29.2%" contradicted itself);
// - a label that names a quantity shows that quantity ("hostility 4.3" showed the density hostility
//   requires); the Grenada density is one number per stated definition;
// - an outcome class is shown with its meaning, and the facts beside it name what they count (covered
//   vs stabilized, resisters per 1,000 of the whole country, regions never entered);
// - "force in country" counted the reserve: the force placed in regions is 0 when nothing was placed;
// - a model day is said to be a model day, not history's calendar.
import { afterEach, describe, expect, it } from 'vitest';
import { applyAction, createGame, selectOverCap, selectTroopsInCountry } from '../../src/engine/play';
import { RESERVE_ID } from '../../src/engine/play-state';
import { winningFaces } from '../../src/engine/formulas';
import { OUTCOME_CLASSES, type ControlExplanation, type GameAction, type GameState } from '../../src/model/types';
import { forceShares, outcomeFacts, outcomeLine } from '../../src/ui/debrief/outcome-facts';
import { HISTORICAL_DENSITIES } from '../../src/ui/analysis/densities';
import { pct } from '../../src/ui/format';
import { setLocale } from '../../src/ui/i18n';
import { outcomeMeaning } from '../../src/ui/kit/outcome-words';
import { oddsWords, requirementNowWords, requirementWords } from '../../src/ui/play/describe';
import { scenarioById } from './fixtures';

afterEach(() => setLocale('en'));

function play(id: string, turn: (state: GameState) => GameAction[]): GameState {
  let state = createGame(scenarioById(id), {}, '42', 0);
  for (let i = 0; i < 400 && state.phase !== 'ended'; i++) {
    for (const action of turn(state)) {
      const result = applyAction(state, action);
      if ('rejected' in result) throw new Error(`${action.type}: ${result.reason}`);
      state = result.state;
    }
  }
  expect(state.phase).toBe('ended');
  return state;
}
const endTurn = (state: GameState): GameAction => ({ type: state.phase === 'entry' ? 'day/end' : 'month/end' });

describe('a die explanation: its count and its chance agree', () => {
  it('states the exact chance and the faces as its rounding, never "exactly" beside another number', () => {
    for (let i = 0; i <= 200; i++) {
      const probability = i / 200;
      const faces = winningFaces(probability);
      const words = oddsWords({ probability, winningFaces: faces });
      expect(words).toContain(pct(probability, 1));
      expect(words).toContain(`rounds it to ${faces} of 10 faces`);
      expect(faces).toBe(Math.round(probability * 10));
      expect(words).not.toMatch(/exactly/);
    }
    expect(oddsWords({ probability: 0.292, winningFaces: 3 })).toBe('29.2% chance to advance (the die rounds it to 3 of 10 faces)');
  });
});

describe('a label that names a quantity shows that quantity', () => {
  const x: ControlExplanation = {
    region: 'capital',
    troops: 20000,
    hostForces: 0,
    density: 5.25,
    requirement: 4.3,
    requirementFromHostility: 4.3,
    requirementFromResistance: 0.9,
    hostility: 0.3,
    coverage: 1.22,
    resistersBefore: 100,
    resistersAfter: 95,
    growth: 0,
    noise: 0,
  };
  it('names 4.3 as the density hostility requires, not as the hostility', () => {
    for (const words of [requirementWords(x), requirementNowWords(x)]) {
      expect(words).not.toMatch(/hostility 4\.3/);
      expect(words).toContain('4.3 required by hostility');
      expect(words).toContain('0.9 by resistance');
    }
  });

  it('Grenada: the density chart gives the scenario’s own figure, and says which troops each number counts', () => {
    const grenada = scenarioById('grenada-1983');
    const own = Math.round((grenada.intervener.troops.value / grenada.population.total.value) * 10_000) / 10;
    expect(own).toBe(80.6);
    const row = HISTORICAL_DENSITIES.find((h) => h.id === 'grenada')!;
    expect([row.low, row.high]).toEqual([77, own]);
    expect(row.note).toMatch(/77: US troops only/);
    expect(row.note).toMatch(/80\.6: with the 353 of the Caribbean Peace Force/);
  });
});

describe('outcome words state what the class means', () => {
  const state = play('venezuela-planners', (s) => [{ type: 'plan/apply' }, endTurn(s)]);

  it('every class under every objective has its own meaning, built from the parameters', () => {
    for (const objective of ['country', 'capital', 'limited'] as const) {
      const meanings = OUTCOME_CLASSES.map((c) => outcomeMeaning(c, objective, state.params));
      expect(new Set(meanings).size).toBe(OUTCOME_CLASSES.length);
    }
    expect(outcomeMeaning('contested', 'country', state.params)).toMatch(/^not yet stabilized: .*75%.*50%/);
    expect(outcomeMeaning('failed', 'country', state.params)).toMatch(/never entered/);
  });

  it('the outcome line carries the meaning, and the facts name covered, stabilized and never-entered shares', () => {
    for (const c of OUTCOME_CLASSES) {
      const line = outcomeLine({ ...state, outcome: c, success: c === 'stabilized' });
      expect(line).toContain(outcomeMeaning(c, state.inputs.objective, state.params));
    }
    const facts = outcomeFacts(state).map((f) => f());
    expect(facts.join(' ')).toMatch(/lived in covered regions/);
    expect(facts.join(' ')).toMatch(/active resisters per 1,000 people in the whole country/);
    expect(facts.join(' ')).toContain(
      `Stabilized regions hold ${pct(state.result!.stabilizedPopulationShare)} of the people; regions never entered (${pct(1 - state.result!.enteredPopulationShare)}) count as failed, with no resisters counted.`,
    );
    expect(facts.join(' ')).not.toMatch(/under control/);
  });

  it('a model day is said to be a model day', () => {
    const grenada = play('grenada-1983', (s) => [{ type: 'plan/apply' }, endTurn(s)]);
    const day = outcomeFacts(grenada)[0]();
    expect(day).toMatch(/entered on model day \d+ \(a round of engagements, not a calendar day\)\.$/);
  });

  it('reads in Spanish too', () => {
    setLocale('es');
    expect(outcomeLine({ ...state, outcome: 'contested', success: false })).toMatch(/^disputado|aún no estabilizado/);
  });
});

describe('where the force is at the end', () => {
  it('is 0% placed when every troop stayed in reserve, whatever the reserve holds', () => {
    // Nothing placed, ever; at the first rotation the excess over the cap goes home from the reserve.
    const idle = play('venezuela-planners', (s) => {
      const excess = selectTroopsInCountry(s) - s.inputs.sustainableForce;
      return selectOverCap(s) ? [{ type: 'rotation/cut', region: RESERVE_ID, troops: excess }, endTurn(s)] : [endTurn(s)];
    });
    const shares = forceShares(idle);
    expect(shares.placed).toBe(0);
    expect(idle.regions.every((r) => r.troops === 0)).toBe(true);
    // The old sentence's "force in country" (placed plus reserve) was 67% here, with nobody in the country's regions.
    expect(shares.reserve).toBeCloseTo(2 / 3, 6);
    expect(shares.home).toBeCloseTo(1 / 3, 6);
    const words = outcomeFacts(idle).at(-1)!();
    expect(words).toContain(`of the starting force: ${pct(0)} placed in regions, ${pct(shares.reserve)} in reserve, ${pct(shares.home)} sent home`);
  });
});
