// The troop axis of the analysis screen, fitted to the open scenario (a UI choice, no DOM: node tests
// use it). The axis runs from 0 to a round number at least twice the largest troop level the
// scenario itself names (its troops, its reference forces, its claims' levels), and further when a
// larger level is typed, so each of them sits inside the chart with room to see the curve go on. Reasons for the numbers:
// twice, so the published level is not at the edge (Venezuela's 150,000 planners give the former
// fixed 300,000); at least 10,000, so a small back-test (Afghanistan's 2,500) still draws a curve
// over a readable range; at most the schema's troop bound (1,000,000).
import type { Scenario } from '../../model/types';
import { claimTroops, markersFor } from './markers';

/** The smallest axis end (a design choice: a few thousand troops would give an unreadable curve). */
export const MIN_AXIS_TROOPS = 10_000;
/** The largest axis end: the scenario schema's bound on intervention troops. */
export const MAX_AXIS_TROOPS = 1_000_000;
/** How far beyond the largest level the axis reaches (a design choice, see above). */
export const AXIS_HEADROOM = 2;
const STEPS = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10];

/** The smallest "round" number (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a power of ten) at or above `value`. */
export function roundUp(value: number): number {
  if (!(value > 0)) return 0;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of STEPS) {
    const candidate = Math.round(step * power);
    if (candidate >= value - 1e-9) return candidate;
  }
  return 10 * power;
}

/** The troop levels the scenario itself names: its troops, its reference forces and its claims' levels. */
export function scenarioLevels(scenario: Scenario): number[] {
  return [scenario.intervener.troops.value, ...markersFor(scenario).map((m) => m.troops), ...scenario.claims.map((c) => claimTroops(c, scenario))];
}

/**
 * The end of the troop axis for a scenario: a round number at least twice the largest level the
 * scenario names. A level set now (`current`, e.g. a typed number) beyond that end stretches the axis
 * to a round number a quarter above it (so the slider, which stops at the end, keeps the same axis
 * while it moves, and the curves are not computed again on every step).
 */
export function troopAxisMax(scenario: Scenario, current?: number): number {
  const largest = Math.max(0, ...scenarioLevels(scenario));
  const base = Math.min(MAX_AXIS_TROOPS, Math.max(MIN_AXIS_TROOPS, roundUp(largest * AXIS_HEADROOM)));
  if (current === undefined || !Number.isFinite(current) || current <= base) return base;
  return Math.min(MAX_AXIS_TROOPS, roundUp(current * 1.25));
}

/** Tick values for the troop axis: 0 to its end in at most `count` equal round steps (1, 2, 2.5 or 5 times a power of ten). */
export function troopTicks(max: number, count = 6): number[] {
  let step = max;
  for (let power = 10 ** Math.floor(Math.log10(Math.max(1, max / count))); power <= max; power *= 10) {
    const found = [1, 2, 2.5, 5].map((s) => s * power).find((s) => max / s <= count && Math.abs(max / s - Math.round(max / s)) < 1e-9);
    if (found) {
      step = found;
      break;
    }
  }
  return Array.from({ length: Math.round(max / step) + 1 }, (_, i) => Math.round(i * step));
}
