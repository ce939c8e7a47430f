// The debrief's "why" figures (pure, no DOM: node tests compute the same numbers). For one game (or
// the automatic plan's day 1 when no game was played): the key region's combat-power ratio on the
// first day it was attacked against the plan's target ratio R*, with the entry chance the model's
// closed form gives at each (docs/model.md §3: the walk without losses is a gambler's ruin); the
// force's troops per 1,000 inhabitants against what the hostility alone requires, d_pop(g) (§4); and
// the two queries that finish the explanation, asked of the analysis service like the analysis
// screen asks them: troops for 50% success (inverse) and the tornado at the troop level played.
import { combatRatio, hostilityRequirement, regionPosture, troopsForRatio } from '../engine/formulas';
import { createGame, plannedState } from '../engine/play';
import { troopsPerThousand } from '../engine/sweep';
import type { EntryExplanation, GameEvent, GameState, ModelParameters, Overrides, Scenario, SensitivityBar } from '../model/types';
import { DISPLAY_RUNS, type InverseQuery, type TornadoQuery } from './queries';
import { INVERSE_DEFAULTS } from './records';

/** The target the inverse answer is asked for: even odds of success. */
export const WHY_TARGET = 0.5;
/** The inverse search's upper end: the shared search top that Analysis and the CLI use too. */
export const WHY_MAX_TROOPS = INVERSE_DEFAULTS.max;

/**
 * Chance the entry walk reaches +W before −L at a fixed ratio R, with no losses (docs/model.md §3):
 * with ρ = (R/R50)^(−β), P = (1 − ρ^L) / (1 − ρ^(W+L)); L/(W+L) at even odds.
 */
export function entryChance(ratio: number, params: Pick<ModelParameters, 'crtSlope' | 'crtMidpoint' | 'winsToEnter' | 'lossesToCulminate'>): number {
  if (!(ratio > 0)) return 0;
  if (ratio === Infinity) return 1;
  const W = params.winsToEnter;
  const L = params.lossesToCulminate;
  const logRho = -params.crtSlope * Math.log(ratio / params.crtMidpoint);
  if (Math.abs(logRho) < 1e-12) return L / (W + L);
  // Written with exponentials of ρ^L and ρ^(W+L), stable for ρ far from 1 on either side.
  if (logRho > 0) {
    // ρ > 1: divide through by ρ^(W+L).
    return (Math.exp(-(W + L) * logRho) - Math.exp(-W * logRho)) / (Math.exp(-(W + L) * logRho) - 1);
  }
  return (1 - Math.exp(L * logRho)) / (1 - Math.exp((W + L) * logRho));
}

export interface WhyRatio {
  /** Index and id of the key region (the capital in a capital objective). */
  region: number;
  regionId: string;
  /** 'game': read from the game's own log; 'plan': the automatic plan's day-1 allocation. */
  from: 'game' | 'plan';
  /** The day of the first attack on the region, and its ratio; null when it was never attacked. */
  day: number | null;
  had: number | null;
  /** True when the region had no organized defenders (entered without a roll). */
  unopposed: boolean;
  /** The plan's target ratio R* and the closed-form entry chances at it and at the ratio had. */
  target: number;
  chanceAtTarget: number;
  chanceHad: number | null;
  /** R* ÷ R: how many times more combat power entry at R* needs (null when not attacked or unopposed). */
  factor: number | null;
  /** Attackers the day's defenders, posture, terrain and quality need for R*: R*·D·π·τ/Q. */
  troopsForTarget: number;
  /** Attackers actually sent that day (0 when never attacked). */
  attackers: number;
}

export interface WhyDensity {
  troops: number;
  population: number;
  /** Troops per 1,000 inhabitants of the whole country: the force as committed. */
  had: number;
  hostility: number;
  /** d_pop(g): the requirement per 1,000 from hostility alone. */
  required: number;
  /** had / required (1 = exactly the requirement). */
  margin: number;
}

export interface WhyFigures {
  ratio: WhyRatio;
  density: WhyDensity;
  /** The ended game's success, or null (no game, or not finished). */
  success: boolean | null;
}

/** The first attack on region `id` in a list of events (the log's order): its day and explanation. */
export function firstAttack(events: readonly (GameEvent | null)[], id: string): { day: number; explanation: EntryExplanation } | null {
  for (const event of events) {
    if (event?.type !== 'entry/day') continue;
    const explanation = event.explanations.find((x) => x.region === id);
    if (explanation) return { day: event.day, explanation };
  }
  return null;
}

/** The automatic plan's state on day 1 (its day-0 allocation, before any roll): the same game the Play screen starts. */
export function planDayOne(scenario: Scenario, overrides: Overrides, seed: string, params?: ModelParameters): GameState {
  return plannedState(createGame(scenario, overrides, seed, 0, params));
}

/** The day-1 attack of a state whose allocation is set (planDayOne), in the log's own terms. */
function plannedAttack(state: GameState, r: number): EntryExplanation | null {
  const region = state.regions[r];
  if (!(region.troops > 0)) return null;
  const terrain = state.inputs.terrainFactor[r];
  const ratio = region.defenders > 0 ? combatRatio(region.troops, state.qualityEffective, region.defenders, regionPosture(state.inputs, r), terrain) : 0;
  return {
    region: region.id,
    attackers: region.troops,
    defenders: region.defenders,
    qualityEffective: state.qualityEffective,
    posture: regionPosture(state.inputs, r),
    terrain,
    ratio,
    column: '',
    probability: 0,
    winningFaces: 0,
    draw: 0,
    die: 0,
    advanced: false,
    scoreAfter: 0,
    result: 'continues',
    unopposed: !(region.defenders > 0),
  };
}

/**
 * The figures for a game: `events` is its log (null entries allowed) when a game was played, else
 * null and `state` is the plan's day 1 (planDayOne).
 */
export function whyFigures(state: GameState, events: readonly (GameEvent | null)[] | null): WhyFigures {
  const { inputs, params } = state;
  const r = inputs.keyRegion;
  const id = inputs.regionIds[r];
  const attack = events
    ? firstAttack(events, id)
    : (() => {
        const x = plannedAttack(state, r);
        return x ? { day: 1, explanation: x } : null;
      })();
  const x = attack?.explanation ?? null;
  const unopposed = Boolean(x?.unopposed);
  const had = x && !unopposed ? x.ratio : null;
  const region = state.regions[r];
  const troopsForTarget =
    x && !unopposed
      ? troopsForRatio(inputs.targetRatio, x.defenders, x.posture, x.terrain, x.qualityEffective)
      : troopsForRatio(inputs.targetRatio, region.defendersInitial, regionPosture(inputs, r), inputs.terrainFactor[r], state.qualityEffective);
  const density = troopsPerThousand(state.troopsInitial, inputs.population);
  const required = hostilityRequirement(inputs.hostility);
  return {
    ratio: {
      region: r,
      regionId: id,
      from: events ? 'game' : 'plan',
      day: attack?.day ?? null,
      had,
      unopposed,
      target: inputs.targetRatio,
      chanceAtTarget: entryChance(inputs.targetRatio, params),
      chanceHad: had === null ? (unopposed ? 1 : null) : entryChance(had, params),
      factor: had !== null && had > 0 ? inputs.targetRatio / had : null,
      troopsForTarget,
      attackers: x?.attackers ?? 0,
    },
    density: { troops: state.troopsInitial, population: inputs.population, had: density, hostility: inputs.hostility, required, margin: density / required },
    success: state.phase === 'ended' ? state.success : null,
  };
}

export interface WhySetup {
  scenario: Scenario;
  overrides: Overrides;
  seed: string;
  params?: ModelParameters;
}

/** The inverse and tornado queries, as the analysis screen asks them (the same runs and seed). */
export function whyQueries(setup: WhySetup): { inverse: InverseQuery; tornado: TornadoQuery } {
  const { scenario, overrides, seed, params } = setup;
  return {
    inverse: { kind: 'inverse', scenario, overrides, seed, params, runs: DISPLAY_RUNS, target: WHY_TARGET, max: WHY_MAX_TROOPS },
    tornado: { kind: 'tornado', scenario, overrides, seed, params, runs: DISPLAY_RUNS, metric: 'successRate' },
  };
}

/** One input's move in words: from its value as set to the end of its range that moves the metric most. */
export interface InputMove {
  bar: SensitivityBar;
  from: number;
  to: number;
  before: number;
  after: number;
}

/** The `count` bars that move the result most, each as its larger move from the base (none when nothing moves it). */
export function topMoves(bars: readonly SensitivityBar[], count = 2): InputMove[] {
  return [...bars]
    .filter((bar) => bar.swing > 0)
    .sort((a, b) => b.swing - a.swing)
    .slice(0, count)
    .map((bar) => {
      const lowMove = Math.abs(bar.metricAtLow - bar.metricAtBase);
      const highMove = Math.abs(bar.metricAtHigh - bar.metricAtBase);
      const toLow = lowMove > highMove;
      return { bar, from: bar.base, to: toLow ? bar.low : bar.high, before: bar.metricAtBase, after: toLow ? bar.metricAtLow : bar.metricAtHigh };
    });
}
