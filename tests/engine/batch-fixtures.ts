// In-test scenarios for the batch, sweep, claims and sensitivity tests (helper H2's own fixtures,
// independent of the shipped files so these tests don't move when scenario data is revised).
import type { ClaimSpec, Scenario, Sourced } from '../../src/model/types';

export const src = (value: number, range?: [number, number]): Sourced => ({
  value,
  source: 'Design choice: test fixture',
  asOf: '2025-01',
  ...(range ? { range } : {}),
});

/** A 3-region board (capital + two others) whose outcomes change over 0-150,000 troops. */
export function threeRegions(overrides: Partial<Scenario> = {}): Scenario {
  return {
    schema: 'threshold-scenario/1',
    id: 'fixture-three',
    title: 'Fixture: three regions',
    question: 'Test question?',
    assumes: 'Test assumptions.',
    kind: 'what-if',
    objective: { kind: 'country' },
    population: { total: src(6_000_000, [5_000_000, 7_000_000]), hostility: src(0.25, [0.15, 0.35]) },
    regions: [
      { id: 'capital', name: 'Capital', share: src(0.4), terrain: 'urban', terrainSource: 'test', capital: true },
      { id: 'plains', name: 'Plains', share: src(0.35), terrain: 'open', terrainSource: 'test' },
      { id: 'hills', name: 'Hills', share: src(0.25), terrain: 'rugged', terrainSource: 'test' },
    ],
    intervener: {
      troops: src(40_000),
      quality: src(3),
      qualitySpread: src(0.25),
      targetRatio: src(3),
      sustainableForce: src(60_000, [40_000, 70_000]),
      rotationMonth: src(12),
    },
    defender: {
      regulars: src(20_000, [15_000, 30_000]),
      cohesion: src(1),
      capitalShare: src(0.3),
      militia: src(20_000),
      posture: src(1.3, [1.3, 1.6]),
      mastery: src(0),
    },
    host: { preWarForces: src(40_000), retained: src(0.3, [0, 0.6]) },
    claims: [],
    ...overrides,
  };
}

/** One region (the single-theatre case), a small country. */
export function oneRegion(): Scenario {
  const base = threeRegions();
  return {
    ...base,
    id: 'fixture-one',
    title: 'Fixture: one region',
    population: { total: src(500_000), hostility: src(0.1) },
    regions: [{ id: 'capital', name: 'Country', share: src(1), terrain: 'mixed', terrainSource: 'test', capital: true }],
    intervener: { ...base.intervener, troops: src(8_000) },
    defender: { ...base.defender, regulars: src(3_000, [2_000, 4_000]), militia: src(2_000) },
    host: { preWarForces: src(2_000), retained: src(0.3) },
  };
}

export function claim(id: string, checks: ClaimSpec['checks'], expected: ClaimSpec['expected'] = 'agrees'): ClaimSpec {
  return { id, who: 'Tester', date: '2025-10', quote: 'a quote', source: 'test', claim: `claim ${id}`, checks, expected };
}
