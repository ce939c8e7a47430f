// The guided ladder's pure logic (no DOM): the rungs (four shipped Venezuela scenarios by force size,
// then "find the threshold yourself"), the queries each rung asks of the analysis service (the
// debrief's own queries, so the ladder shows the very numbers Debrief and Analysis show for the same
// scenario and seed), the prediction choices and their scoring, and the figures behind the "what
// changed" sentence (the debrief's why figures: the capital's day-1 force ratio and troops per 1,000).
import { planDayOne, whyFigures } from '../../analysis/why';
import type { ClaimsQuery, SummaryQuery } from '../../analysis/queries';
import { INVERSE_DEFAULTS } from '../../analysis/records';
import type { Overrides, Scenario } from '../../model/types';
import { debriefQueries, DEBRIEF_RUNS } from '../debrief/queries';

/** The rungs, lowest force first: each a shipped scenario, tested with its own frame quote. */
export const RUNG_SCENARIOS = ['venezuela-2025-buildup', 'venezuela-panama-scale', 'venezuela-minimum', 'venezuela-planners'] as const;
/** The open rung starts from the first rung's scenario with the troop number changed. */
export const SANDBOX_SCENARIO = RUNG_SCENARIOS[0];
/** Runs behind every rung: the debrief's and the analysis screen's (one quantity, one number). */
export const LADDER_RUNS = DEBRIEF_RUNS;
export const SANDBOX_MIN = 0;
/** The open rung's top: the shared search top (the debrief's why panel, Analysis' inverse search, the CLI). */
export const SANDBOX_MAX = INVERSE_DEFAULTS.max;
export const SANDBOX_STEP = 1_000;
export const SANDBOX_DEFAULT = 100_000;

export interface Rung {
  /** 1-based position on the ladder. */
  index: number;
  scenario: Scenario;
  troops: number;
}

/** The rungs found among `scenarios`, in ladder order (a missing scenario is left out). */
export function ladderRungs(scenarios: readonly Scenario[]): Rung[] {
  const found = RUNG_SCENARIOS.map((id) => scenarios.find((s) => s.id === id)).filter((s): s is Scenario => Boolean(s));
  return found.map((scenario, i) => ({ index: i + 1, scenario, troops: scenario.intervener.troops.value }));
}

/** The scenario's own quote: its frame claim, else its first. */
export function frameClaimOf(scenario: Scenario) {
  return scenario.claims.find((c) => c.id === scenario.frameClaim) ?? scenario.claims[0] ?? null;
}

export interface RungQueries {
  summary: SummaryQuery;
  /** The debrief's claims query, asked for the frame quote only (each claim's verdict uses only its own checks). */
  claims: ClaimsQuery | null;
}

/** What a rung asks: the debrief's distribution and claims queries for the scenario as published, with `overrides`. */
export function rungQueries(scenario: Scenario, seed: string, overrides: Overrides = {}): RungQueries {
  const q = debriefQueries({ played: scenario, scenario, overrides, seed });
  const frame = frameClaimOf(scenario);
  return { summary: q.summary, claims: frame ? { ...q.claims, claims: [frame] } : null };
}

// ---------------------------------------------------------------------------------------------
// Predictions

export const PREDICTIONS = ['almost-never', 'sometimes', 'usually', 'almost-always'] as const;
export type PredictionChoice = (typeof PREDICTIONS)[number];

/** Each choice's share of runs, [from, to): under 5%, 5% to under 50%, 50% to under 90%, 90% or more. */
export const PREDICTION_BANDS: Record<PredictionChoice, readonly [number, number]> = {
  'almost-never': [0, 0.05],
  sometimes: [0.05, 0.5],
  usually: [0.5, 0.9],
  'almost-always': [0.9, Number.POSITIVE_INFINITY],
};

export function isPrediction(value: unknown): value is PredictionChoice {
  return typeof value === 'string' && (PREDICTIONS as readonly string[]).includes(value);
}

/** The choice whose band holds `share`. */
export function choiceFor(share: number): PredictionChoice {
  return PREDICTIONS.find((c) => share >= PREDICTION_BANDS[c][0] && share < PREDICTION_BANDS[c][1]) ?? 'almost-never';
}

export interface PredictionScore {
  actual: PredictionChoice;
  /** True when the share lies in the predicted band. */
  hit: boolean;
  /** Bands between the prediction and the result: positive when the result was higher than predicted. */
  off: number;
}

export function scorePrediction(predicted: PredictionChoice, share: number): PredictionScore {
  const actual = choiceFor(share);
  const off = PREDICTIONS.indexOf(actual) - PREDICTIONS.indexOf(predicted);
  return { actual, hit: off === 0, off };
}

// ---------------------------------------------------------------------------------------------
// What changed from one rung to the next

export interface RungFigures {
  troops: number;
  /** The capital's combat-power ratio on day 1 of the automatic plan; null when it is not attacked that day. */
  ratio: number | null;
  /** The plan's target ratio R*. */
  target: number;
  /** Troops per 1,000 inhabitants, and what the hostility alone requires. */
  density: number;
  required: number;
  /** Objective reached, share of runs (null while the runs are computed). */
  success: number | null;
}

/** A rung's closed-form figures (the debrief's why figures for the automatic plan's day 1), before any run. */
export function rungFigures(scenario: Scenario, seed: string, overrides: Overrides = {}, success: number | null = null): RungFigures {
  const { ratio, density } = whyFigures(planDayOne(scenario, overrides, seed), null);
  return { troops: density.troops, ratio: ratio.had, target: ratio.target, density: density.had, required: density.required, success };
}

export interface Change {
  kind: 'first' | 'step';
  from: RungFigures | null;
  to: RungFigures;
  /** to.troops / from.troops (null on the first rung or from 0 troops). */
  troopFactor: number | null;
  /** Whether the ratio reaches the target and the density the requirement at this rung. */
  ratioMet: boolean;
  densityMet: boolean;
  /** Success moved up, down or not at all (null until both rungs have their runs). */
  successMove: 'up' | 'down' | 'same' | null;
}

export function whatChanged(from: RungFigures | null, to: RungFigures): Change {
  const successMove = from?.success == null || to.success == null ? null : to.success > from.success ? 'up' : to.success < from.success ? 'down' : 'same';
  return {
    kind: from ? 'step' : 'first',
    from,
    to,
    troopFactor: from && from.troops > 0 ? to.troops / from.troops : null,
    ratioMet: to.ratio !== null && to.ratio >= to.target,
    densityMet: to.density >= to.required,
    successMove,
  };
}
