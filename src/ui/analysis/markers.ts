// The published force sizes marked on the sweep chart, each with its words and source, and the
// link from a marker to the scenario's claim cards that test that troop level.
import type { ClaimSpec, Scenario } from '../../model/types';

export interface ForceMarker {
  id: string;
  troops: number;
  label: string;
  /** Who said it and the words, short. */
  who: string;
  quote: string;
  source: string;
}

export const FORCE_MARKERS: readonly ForceMarker[] = [
  {
    id: 'today', troops: 10_000, label: '≈10,000 (late 2025)', who: 'Financial Times report',
    quote: 'About 10,000 troops … have been deployed to the region since August. … the American forces in the region are not enough for a full-scale invasion, experts said.',
    source: 'Financial Times, Oct 2025 (shared/seeds/003); Task & Purpose, late Oct 2025 ("roughly 10,000 personnel")',
  },
  {
    id: 'panama', troops: 27_684, label: 'Panama 1989: 27,684', who: 'US Army Heritage & Education Center',
    quote: '27,684 US troops in total; about 13,000 of them were already stationed in Panama.',
    source: 'Army Heritage & Education Center; L. Yates (CMH), Army News Service, 4 Dec 2014',
  },
  {
    id: 'thirty', troops: 30_000, label: '"about 30,000"', who: 'Financial Times report',
    quote: 'in 1989, the US deposed dictator Manuel Noriega in Panama, a much smaller nation than Venezuela, with about 30,000 troops, or three times the number in the Caribbean today.',
    source: 'Financial Times, Oct 2025 (shared/seeds/003)',
  },
  {
    id: 'fifty', troops: 50_000, label: '50,000 "absolute minimum"', who: 'Mark Cancian (CSIS), former Pentagon official',
    quote: '50,000 US troops "would be the absolute minimum" needed to invade Venezuela.',
    source: 'Financial Times, Oct 2025 (shared/seeds/003); TASS summary of Politico, 11 Dec 2025',
  },
  {
    id: 'planners', troops: 150_000, label: '150,000 planners', who: 'Mark Cancian (CSIS), former Pentagon official',
    quote: '"the war planners would want something more like 150,000".',
    source: 'Financial Times, Oct 2025 (shared/seeds/003)',
  },
];

/** Troop level a claim is tested at: its first check's own level, else the scenario's. */
export function claimTroops(claim: ClaimSpec, scenario: Scenario): number {
  const own = claim.checks.find((c) => typeof c.troops === 'number')?.troops;
  return own ?? scenario.intervener.troops.value;
}

/** The claims of a scenario that a marker's troop level speaks to: tested within 10% of it, and
 * this is the nearest marker (so a claim at 30,000 goes to "about 30,000", not to Panama's 27,684). */
export function claimsForMarker(marker: ForceMarker, scenario: Scenario): ClaimSpec[] {
  return scenario.claims.filter((claim) => {
    const troops = claimTroops(claim, scenario);
    const nearest = FORCE_MARKERS.reduce((best, m) => (Math.abs(m.troops - troops) < Math.abs(best.troops - troops) ? m : best));
    return nearest.id === marker.id && Math.abs(troops - marker.troops) <= 0.1 * marker.troops;
  });
}
