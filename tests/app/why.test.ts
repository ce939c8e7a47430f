// The debrief's "why" figures (src/analysis/why.ts) against the model's closed forms: the key region's
// force ratio R = A·Q/(D·π·τ) on day 1 against R*, the entry walk's chance without losses, troops per
// 1,000 against d_pop(g), the words of those figures in both languages, and the two service queries
// (the analysis screen's own) and the tornado's top moves.
import { afterEach, describe, expect, it } from 'vitest';
import { entryChance, firstAttack, planDayOne, topMoves, whyFigures, whyQueries } from '../../src/analysis/why';
import { applyAction, createGame } from '../../src/engine/play';
import { regionDefenders } from '../../src/engine/formulas';
import type { GameAction, GameEvent, GameState, SensitivityBar } from '../../src/model/types';
import { setLocale } from '../../src/ui/i18n';
import { levelQueries } from '../../src/ui/analysis/queries';
import { densitySentences, inputSentences, quinlivanSentence, ratioSentences } from '../../src/ui/debrief/why-words';
import type { TornadoResult } from '../../src/analysis/queries';
import { scenarioById } from './fixtures';

afterEach(() => setLocale('en'));

function act(state: GameState, action: GameAction): { state: GameState; events: GameEvent[] } {
  const result = applyAction(state, action);
  if ('rejected' in result) throw new Error(`${action.type} refused: ${result.reason}`);
  return { state: result.state, events: [...result.events] };
}

/** A whole game with the automatic plan every turn (as the browser's P then D / M), with its log. */
function planGame(id: string, seed = 'why'): { state: GameState; events: GameEvent[] } {
  let state = createGame(scenarioById(id), {}, seed);
  const events: GameEvent[] = [];
  for (let turn = 0; turn < 200 && state.phase !== 'ended'; turn++) {
    state = act(state, { type: 'plan/apply' }).state;
    const next = act(state, { type: state.phase === 'entry' ? 'day/end' : 'month/end' });
    state = next.state;
    events.push(...next.events);
  }
  return { state, events };
}

describe('entry chance without losses (docs/model.md §3)', () => {
  it('is the gambler’s ruin R^4.5 / (1 + R^4.5) with W = L = 5, β = 0.9, R50 = 1', () => {
    const params = createGame(scenarioById('venezuela-2025-buildup'), {}, 'x').params;
    for (const r of [0.2, 0.404, 0.5, 1, 2, 3, 6]) expect(entryChance(r, params)).toBeCloseTo(r ** 4.5 / (1 + r ** 4.5), 12);
    expect(entryChance(3, params)).toBeCloseTo(0.993, 3);
    expect(entryChance(0, params)).toBe(0);
  });
});

describe('the 10,000 Venezuela build-up', () => {
  const scenario = scenarioById('venezuela-2025-buildup');
  const game = planGame('venezuela-2025-buildup');
  const figures = whyFigures(game.state, game.events);

  it('names the capital ratio of day 1 from the game’s own log, equal to the closed form', () => {
    const s = game.state;
    const k = s.inputs.keyRegion;
    // R = A·Q_eff/(D·π·τ) with the plan's day-1 troops there and D_r = c·D·(k_cap + (1 − k_cap)·p_r).
    const day1 = planDayOne(scenario, {}, 'why');
    const closed = (day1.regions[k].troops * s.qualityEffective) / (regionDefenders(s.inputs, k) * s.inputs.posture * s.inputs.terrainFactor[k]);
    const logged = firstAttack(game.events, s.inputs.regionIds[k])!;
    expect(logged.day).toBe(1);
    expect(figures.ratio.from).toBe('game');
    expect(figures.ratio.had).toBe(logged.explanation.ratio);
    expect(figures.ratio.had!).toBeCloseTo(closed, 10);
    expect(figures.ratio.had!).toBeLessThan(1);
    expect(figures.ratio.target).toBe(3);
    expect(figures.ratio.factor!).toBeCloseTo(3 / closed, 10);
    expect(figures.ratio.factor!).toBeGreaterThan(3);
    expect(figures.ratio.chanceHad!).toBeLessThan(0.1);
    // Troops for 3:1 are the attackers scaled by R*/R.
    expect(figures.ratio.troopsForTarget).toBeCloseTo(figures.ratio.attackers * figures.ratio.factor!, 6);
    // The plan's own day 1 (no game played) gives the same ratio.
    expect(whyFigures(day1, null).ratio.had).toBeCloseTo(closed, 12);
    expect(whyFigures(day1, null).ratio.from).toBe('plan');
  });

  it('names the density shortfall: 0.35 per 1,000 against d_pop(0.3) ≈ 4.31', () => {
    const d = figures.density;
    expect(d.had).toBeCloseTo((10_000 / 28_405_543) * 1000, 12);
    expect(d.had.toFixed(2)).toBe('0.35');
    expect(d.required).toBeCloseTo(2 * 10 ** ((0.3 - 0.1) / 0.6), 12);
    expect(d.required.toFixed(2)).toBe('4.31');
    expect(d.margin).toBeLessThan(0.1);
    expect(figures.success).toBe(false);
  });

  it('words both shortfalls with their numbers, in English and in Spanish', () => {
    const ratio = ratioSentences(figures.ratio, 'Capital region', scenario, {}).join(' ');
    expect(ratio).toContain(`was ${figures.ratio.had!.toFixed(2)}:1`);
    expect(ratio).toContain('The plan aims for 3.00:1 (design choice), where the model gives about 99% entry');
    expect(ratio).toContain(`Entry needs about ${figures.ratio.factor!.toFixed(1)} times more combat power`);
    const density = densitySentences(figures.density, scenario, {}).join(' ');
    expect(density).toContain('0.35 troops per 1,000');
    expect(density).toContain('about 4.31 per 1,000');
    expect(density).toMatch(/about 12\.\d times the troops per 1,000/);
    expect(density).toContain('below even the policing tier of 1-4 per 1,000');
    setLocale('es');
    const es = densitySentences(figures.density, scenario, {}).join(' ') + ratioSentences(figures.ratio, 'Región capital', scenario, {}).join(' ');
    expect(es).toContain('0,35 soldados por cada 1.000');
    expect(es).toContain('4,31 por cada 1.000');
    expect(es).toContain(`${figures.ratio.had!.toFixed(2).replace('.', ',')}:1`);
    expect(es).not.toMatch(/troops|per 1,000|Entry needs/);
  });
});

describe('a success: Panama 1989', () => {
  const game = planGame('panama-1989');
  const figures = whyFigures(game.state, game.events);
  it('shows margins above both requirements', () => {
    expect(game.state.success).toBe(true);
    expect(figures.success).toBe(true);
    expect(figures.ratio.had!).toBeGreaterThan(figures.ratio.target);
    expect(figures.density.had.toFixed(1)).toBe('11.5');
    expect(figures.density.required).toBeCloseTo(2, 12);
    expect(figures.density.margin).toBeGreaterThan(5);
    const words = ratioSentences(figures.ratio, 'Panama', scenarioById('panama-1989'), {}).join(' ') + densitySentences(figures.density, scenarioById('panama-1989'), {}).join(' ');
    expect(words).toContain('a margin above what entry needs');
    expect(words).toContain('a margin above what holding needs');
    expect(quinlivanSentence(figures.density.had)).toContain('above the policing tier of 1-4 per 1,000 and below the 20 or more');
  });
});

describe('a capital never attacked', () => {
  it('says so instead of a ratio', () => {
    const scenario = scenarioById('venezuela-2025-buildup');
    let state = createGame(scenario, {}, 'why');
    const other = state.inputs.regionIds.find((_, i) => i !== state.inputs.keyRegion)!;
    state = act(state, { type: 'allocation/set', region: other, troops: 10_000 }).state;
    const { state: after, events } = act(state, { type: 'day/end' });
    const figures = whyFigures(after, events);
    expect(figures.ratio.had).toBeNull();
    expect(figures.ratio.factor).toBeNull();
    expect(figures.ratio.troopsForTarget).toBeGreaterThan(10_000);
    expect(ratioSentences(figures.ratio, 'Capital region', scenario, {}).join(' ')).toContain('never attacked Capital region');
  });
});

describe('the service queries and the tornado’s top moves', () => {
  it('asks the analysis screen’s own tornado query, and the inverse for 50% up to 300,000', () => {
    const scenario = scenarioById('venezuela-2025-buildup');
    const q = whyQueries({ scenario, overrides: { 'intervener.troops': 10_000 }, seed: 's' });
    expect(q.tornado).toEqual(levelQueries({ scenario, overrides: { 'intervener.troops': 10_000 }, seed: 's' } as Parameters<typeof levelQueries>[0]).tornado);
    expect(q.inverse).toMatchObject({ kind: 'inverse', target: 0.5, max: 300_000, runs: 1000, seed: 's' });
  });

  it('takes the largest swings first, each at the end that moves the result more, and skips bars that move nothing', () => {
    const bar = (path: string, low: number, high: number, atLow: number, atHigh: number, base = 0.3): SensitivityBar => ({
      path,
      label: path,
      symbol: path,
      low,
      high,
      base,
      rangeKind: 'design',
      metricAtLow: atLow,
      metricAtHigh: atHigh,
      metricAtBase: 0,
      swing: Math.abs(atHigh - atLow),
    });
    const moves = topMoves([bar('a', 1, 2, 0, 0.05), bar('flat', 1, 2, 0, 0), bar('hostility', 0.2, 0.4, 0.12, 0), bar('c', 1, 2, 0, 0.01)]);
    expect(moves.map((m) => m.bar.path)).toEqual(['hostility', 'a']);
    expect(moves[0]).toMatchObject({ from: 0.3, to: 0.2, before: 0, after: 0.12 });
    expect(topMoves([bar('flat', 1, 2, 0, 0)])).toEqual([]);
  });

  it('words the moves, and the tornado at the level needed when nothing moves the level played', () => {
    const bar = (path: string, atLow: number, atHigh: number, base: number): SensitivityBar => ({
      path,
      label: 'Hostility',
      symbol: 'g',
      low: 0.2,
      high: 0.4,
      base: 0.3,
      rangeKind: 'design',
      metricAtLow: atLow,
      metricAtHigh: atHigh,
      metricAtBase: base,
      swing: Math.abs(atHigh - atLow),
    });
    const tornado = (troops: number, bars: SensitivityBar[]) => ({ kind: 'tornado', query: { troops, runs: 1000 }, bars }) as unknown as TornadoResult;
    const flat = tornado(10_000, [bar('population.hostility', 0, 0, 0)]);
    expect(inputSentences(flat, []).join(' ')).toContain('At 10,000 troops the automatic plan succeeds in 0% of 1,000 runs as set (model output). No input moved across its range changes that');
    const atNeed = tornado(91_000, [bar('population.hostility', 0.95, 0.1, 0.5)]);
    const words = inputSentences(flat, [], { result: atNeed, moves: topMoves(atNeed.bars) }).join(' ');
    expect(words).toContain('At about 91,000 troops, the level these assumptions need, it succeeds in 50%, and there: Hostility 0.3 → 0.2 (an end of its design range) would raise success from 50% to 95%.');
    setLocale('es');
    expect(inputSentences(flat, [], { result: atNeed, moves: topMoves(atNeed.bars) }).join(' ')).toContain('subiría el éxito del 50');
  });
});
