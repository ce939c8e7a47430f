// Which troop levels the analysis screen sweeps (a UI choice: an even grid plus the published force
// sizes, the claims' levels and the current level). The band's definition, the inverse answer and
// every rate come from the analysis service (src/analysis). No DOM, so tests can use it in node.
import type { Scenario } from '../../model/types';
import { claimTroops, markersFor } from './markers';

export const MAX_TROOPS = 300_000;

/** Evenly spaced levels 0..MAX_TROOPS (inclusive) in `count` points. */
export function gridLevels(count: number, max = MAX_TROOPS): number[] {
  return Array.from({ length: count }, (_, i) => Math.round((i * max) / (count - 1)));
}

/** The refined grid plus the marker levels, the claims' levels and the current level, sorted, unique. */
export function refinedLevels(scenario: Scenario, current: number, count = 31): number[] {
  const extra = [...markersFor(scenario).map((m) => m.troops), ...scenario.claims.map((c) => claimTroops(c, scenario)), current];
  const all = new Set([...gridLevels(count), ...extra.filter((t) => t >= 0 && t <= MAX_TROOPS).map(Math.round)]);
  return [...all].sort((a, b) => a - b);
}

/** Rounded to a readable troop figure (nearest 1,000). */
export function roundTroops(troops: number): number {
  return Math.round(troops / 1000) * 1000;
}
