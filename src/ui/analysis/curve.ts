// Which troop levels the analysis screen sweeps (a UI choice: an even grid from 0 to the scenario's
// troop axis end, plus the published force sizes, the claims' levels and the current level). The
// band's definition, the inverse answer and every rate come from the analysis service (src/analysis).
// No DOM, so tests can use it in node.
import type { Scenario } from '../../model/types';
import { troopAxisMax } from './axis';
import { claimTroops, markersFor } from './markers';

/** The fixed axis end before the axis followed the scenario (kept for callers that name no scenario). */
export const MAX_TROOPS = 300_000;

/** Evenly spaced levels 0..max (inclusive) in `count` points. */
export function gridLevels(count: number, max = MAX_TROOPS): number[] {
  return Array.from({ length: count }, (_, i) => Math.round((i * max) / (count - 1)));
}

/** The refined grid to the scenario's axis end plus the marker levels, the claims' levels and the current level, sorted, unique. */
export function refinedLevels(scenario: Scenario, current: number, count = 31, max = troopAxisMax(scenario, current)): number[] {
  const extra = [...markersFor(scenario).map((m) => m.troops), ...scenario.claims.map((c) => claimTroops(c, scenario)), current];
  const all = new Set([...gridLevels(count, max), ...extra.filter((t) => t >= 0 && t <= max).map(Math.round)]);
  return [...all].sort((a, b) => a - b);
}

/** Rounded to a readable troop figure (nearest 1,000). */
export function roundTroops(troops: number): number {
  return Math.round(troops / 1000) * 1000;
}
