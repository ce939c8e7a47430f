// Pure helpers behind the analysis charts: which troop levels to sweep, how the input-uncertainty
// band is defined, where a curve crosses a target rate (the inverse question), and which inputs the
// tornado moves. No DOM, so tests and the bench can use them in node.
import { INPUTS, sourcedAt } from '../../model/inputs';
import type { Overrides, Scenario } from '../../model/types';
import { FORCE_MARKERS, claimTroops } from './markers';
import { successRate, wilson, type Tally } from './jobs';

export const MAX_TROOPS = 300_000;

/** Evenly spaced levels 0..MAX_TROOPS (inclusive) in `count` points. */
export function gridLevels(count: number, max = MAX_TROOPS): number[] {
  return Array.from({ length: count }, (_, i) => Math.round((i * max) / (count - 1)));
}

/** The refined grid plus the marker levels, the claims' levels and the current level, sorted, unique. */
export function refinedLevels(scenario: Scenario, current: number, count = 61): number[] {
  const extra = [...FORCE_MARKERS.map((m) => m.troops), ...scenario.claims.map((c) => claimTroops(c, scenario)), current];
  const all = new Set([...gridLevels(count), ...extra.filter((t) => t >= 0 && t <= MAX_TROOPS).map(Math.round)]);
  return [...all].sort((a, b) => a - b);
}

/**
 * Which end of its published range makes the intervener's task harder, for the inputs whose
 * direction is clear in the model. Inputs missing here (capital concentration, the plan's target
 * ratio, quality spread) can help or hurt depending on the level, so the band leaves them alone.
 */
export const PESSIMISTIC_END: Readonly<Record<string, 'low' | 'high'>> = {
  'intervener.quality': 'low',
  'intervener.sustainableForce': 'low',
  'intervener.rotationMonth': 'low',
  'defender.regulars': 'high',
  'defender.cohesion': 'high',
  'defender.militia': 'high',
  'defender.posture': 'high',
  'defender.mastery': 'high',
  'population.total': 'high',
  'population.hostility': 'high',
  'host.preWarForces': 'low',
  'host.retained': 'low',
};

export interface RangedInput {
  path: string;
  label: string;
  value: number;
  range: [number, number];
  source: string;
}

/** Inputs of the scenario that carry a published range (Sourced.range), troops excluded. */
export function rangedInputs(scenario: Scenario): RangedInput[] {
  const found: RangedInput[] = [];
  for (const spec of INPUTS) {
    if (spec.path === 'intervener.troops') continue;
    const sourced = sourcedAt(scenario, spec.path);
    if (!sourced?.range) continue;
    const [a, b] = sourced.range;
    if (!(Number.isFinite(a) && Number.isFinite(b)) || a === b) continue;
    found.push({ path: spec.path, label: spec.label, value: sourced.value, range: [Math.min(a, b), Math.max(a, b)], source: sourced.source });
  }
  return found;
}

export interface BandDefinition {
  /** Inputs moved together; the student's own settings are left as set. */
  moved: RangedInput[];
  pessimistic: Overrides;
  optimistic: Overrides;
}

/**
 * The uncertainty band: every ranged input with a known direction that the student has not set is
 * moved together to its pessimistic end (lower curve) and to its optimistic end (upper curve).
 * Same seed and runs as the central curve (common random numbers), so the gap is the inputs' effect.
 */
export function bandDefinition(scenario: Scenario, overrides: Overrides): BandDefinition {
  const moved = rangedInputs(scenario).filter((input) => PESSIMISTIC_END[input.path] && !(input.path in overrides));
  const pessimistic: Overrides = { ...overrides };
  const optimistic: Overrides = { ...overrides };
  for (const input of moved) {
    const low = PESSIMISTIC_END[input.path] === 'low';
    pessimistic[input.path] = low ? input.range[0] : input.range[1];
    optimistic[input.path] = low ? input.range[1] : input.range[0];
  }
  return { moved, pessimistic, optimistic };
}

/**
 * The smallest troop level at which a curve reaches `target` (0-1), interpolated linearly between
 * the two swept levels around the first crossing; null when it is not reached on the swept range.
 */
export function crossing(levels: number[], rates: number[], target: number): number | null {
  for (let i = 0; i < levels.length; i++) {
    if (rates[i] >= target) {
      if (i === 0) return levels[0];
      const r0 = rates[i - 1];
      const r1 = rates[i];
      const t = r1 === r0 ? 1 : (target - r0) / (r1 - r0);
      return levels[i - 1] + t * (levels[i] - levels[i - 1]);
    }
  }
  return null;
}

export interface InverseAnswer {
  target: number;
  /** Central curve's crossing, or null if not reached below the top level. */
  troops: number | null;
  /** Where the Wilson 95% upper and lower bounds cross: sampling uncertainty of the answer. */
  sampling: [number | null, number | null];
  /** Where the optimistic and pessimistic band curves cross: input uncertainty. */
  inputs: [number | null, number | null] | null;
}

export function inverseAnswer(
  target: number,
  central: Tally[],
  band: { optimistic: Tally[]; pessimistic: Tally[] } | null,
): InverseAnswer {
  const levels = central.map((t) => t.troops);
  const rates = central.map(successRate);
  const upper = central.map((t) => wilson(t.success, t.runs)[1]);
  const lower = central.map((t) => wilson(t.success, t.runs)[0]);
  return {
    target,
    troops: crossing(levels, rates, target),
    sampling: [crossing(levels, upper, target), crossing(levels, lower, target)],
    inputs: band
      ? [crossing(levels, band.optimistic.map(successRate), target), crossing(levels, band.pessimistic.map(successRate), target)]
      : null,
  };
}

/** Rounded to a readable troop figure (nearest 1,000). */
export function roundTroops(troops: number): number {
  return Math.round(troops / 1000) * 1000;
}
