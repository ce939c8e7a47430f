// The published force sizes marked on the sweep chart, each with its words and source, and the
// link from a marker to the scenario's claim cards that test that troop level. The markers belong to
// a scenario: they come from its file (`referenceForces`, declared in src/model/scenario-schema.ts);
// a scenario without any shows none.
import type { ClaimSpec, ReferenceForce, Scenario } from '../../model/types';

export type ForceMarker = ReferenceForce;

const NONE: readonly ForceMarker[] = Object.freeze([]);

/** The scenario's published force sizes, in file order (the same array each call, so callers can compare by identity). */
export function markersFor(scenario: Scenario): readonly ForceMarker[] {
  return scenario.referenceForces ?? NONE;
}

/** Troop level a claim is tested at: its first check's own level, else the scenario's. */
export function claimTroops(claim: ClaimSpec, scenario: Scenario): number {
  const own = claim.checks.find((c) => typeof c.troops === 'number')?.troops;
  return own ?? scenario.intervener.troops.value;
}

/** The claims of a scenario that a marker's troop level speaks to: tested within 10% of it, and
 * this is the nearest of the scenario's markers (so a claim at 30,000 goes to "about 30,000", not to
 * Panama's 27,684). */
export function claimsForMarker(marker: ForceMarker, scenario: Scenario): ClaimSpec[] {
  const markers = markersFor(scenario);
  if (markers.length === 0) return [];
  return scenario.claims.filter((claim) => {
    const troops = claimTroops(claim, scenario);
    const nearest = markers.reduce((best, m) => (Math.abs(m.troops - troops) < Math.abs(best.troops - troops) ? m : best));
    return nearest.id === marker.id && Math.abs(troops - marker.troops) <= 0.1 * marker.troops;
  });
}
