// The input-uncertainty band of the sweep chart: every input with a PUBLISHED range (the one
// definition of ranges, engine inputRanges) and a known direction, that the user has not set, moved
// together to its pessimistic and to its optimistic end. Same seed and runs as the central curve
// (common random numbers), so the gap is the inputs' effect. Used by the analysis screen's curve
// and its inverse answer's input uncertainty.
import { resolveInputs } from '../model/resolve';
import type { Overrides, Scenario } from '../model/types';
import { inputRanges } from '../engine/sensitivity';

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

export interface BandInput {
  path: string;
  label: string;
  symbol: string;
  low: number;
  high: number;
}

export interface BandDefinition {
  /** Inputs moved together; the user's own settings are left as set. */
  moved: BandInput[];
  /** Full override sets of the two band curves. */
  pessimistic: Overrides;
  optimistic: Overrides;
  /** The same as sweep variants on top of the user's overrides: [pessimistic, optimistic]. */
  variants: [Overrides, Overrides];
}

export function bandDefinition(scenario: Scenario, overrides: Overrides): BandDefinition {
  const moved = inputRanges(scenario, resolveInputs(scenario, overrides), overrides)
    .filter((r) => r.rangeKind === 'published' && r.low < r.high && PESSIMISTIC_END[r.spec.path] && !(r.spec.path in overrides))
    .map((r) => ({ path: r.spec.path, label: r.spec.label, symbol: r.spec.symbol, low: r.low, high: r.high }));
  const worse: Overrides = {};
  const better: Overrides = {};
  for (const input of moved) {
    const lowHurts = PESSIMISTIC_END[input.path] === 'low';
    worse[input.path] = lowHurts ? input.low : input.high;
    better[input.path] = lowHurts ? input.high : input.low;
  }
  return { moved, pessimistic: { ...overrides, ...worse }, optimistic: { ...overrides, ...better }, variants: [worse, better] };
}
