// In-test scenario fixtures for the engine tests (the shipped scenarios/*.json are another helper's
// work). The 7-region board uses the 2011 census shares and terrain classes of
// shared/reference/regions.md §0; the defaults follow shared/reference/model.md §1.
import { DEFAULT_PARAMETERS } from '../../src/model/parameters';
import type { ModelParameters, ObjectiveSpec, OutcomeClass, RegionSpec, ResolvedInputs, RunRecord, Scenario, Sourced, Terrain } from '../../src/model/types';

export function sourced(value: number, source = 'Test fixture (shared/reference/model.md §1)'): Sourced {
  return { value, source, asOf: '2025-10' };
}

function region(id: string, share: number, terrain: Terrain, capital = false): RegionSpec {
  return {
    id,
    name: id,
    share: sourced(share, 'INE 2011 census shares (shared/reference/regions.md §0)'),
    terrain,
    terrainSource: 'shared/reference/regions.md §4',
    ...(capital ? { capital: true } : {}),
  };
}

/** The seven board regions of regions.md §0 (shares rescaled to sum to 1). */
export const SEVEN_REGIONS: RegionSpec[] = (() => {
  const raw: Array<[string, number, Terrain, boolean]> = [
    ['capital', 4_971_986, 'urban', true],
    ['central', 3_876_052, 'urban', false],
    ['west', 6_982_970, 'mixed', false],
    ['andes', 2_683_867, 'rugged', false],
    ['plains', 3_222_689, 'open', false],
    ['northeast', 3_765_246, 'mixed', false],
    ['guayana', 1_725_120, 'rugged', false],
  ];
  const total = raw.reduce((a, [, p]) => a + p, 0);
  return raw.map(([id, p, t, c]) => region(id, p / total, t, c));
})();

export interface FixtureOptions {
  id?: string;
  troops?: number;
  objective?: ObjectiveSpec;
  regions?: RegionSpec[];
  population?: number;
  hostility?: number;
  regulars?: number;
  cohesion?: number;
  capitalShare?: number;
  militia?: number;
  posture?: number;
  quality?: number;
  qualitySpread?: number;
  mastery?: number;
  targetRatio?: number;
  sustainableForce?: number;
  rotationMonth?: number;
  preWarForces?: number;
  retained?: number;
}

/** A Venezuela-like 7-region country scenario; every option overrides a model.md §1 default. */
export function makeScenario(o: FixtureOptions = {}): Scenario {
  return {
    schema: 'threshold-scenario/1',
    id: o.id ?? 'fixture-venezuela',
    title: 'Fixture',
    question: 'Test fixture',
    assumes: 'Test fixture',
    kind: 'what-if',
    objective: o.objective ?? { kind: 'country' },
    population: { total: sourced(o.population ?? 28_405_543), hostility: sourced(o.hostility ?? 0.3) },
    regions: o.regions ?? SEVEN_REGIONS,
    intervener: {
      troops: sourced(o.troops ?? 10_000),
      quality: sourced(o.quality ?? 3),
      qualitySpread: sourced(o.qualitySpread ?? 0.25),
      targetRatio: sourced(o.targetRatio ?? 3),
      sustainableForce: sourced(o.sustainableForce ?? 100_000),
      rotationMonth: sourced(o.rotationMonth ?? 12),
    },
    defender: {
      regulars: sourced(o.regulars ?? 90_000),
      cohesion: sourced(o.cohesion ?? 1),
      capitalShare: sourced(o.capitalShare ?? 0.3),
      militia: sourced(o.militia ?? 100_000),
      posture: sourced(o.posture ?? 1.3),
      mastery: sourced(o.mastery ?? 0),
    },
    host: { preWarForces: sourced(o.preWarForces ?? 220_000), retained: sourced(o.retained ?? 0.3) },
    claims: [],
  };
}

/** One open-terrain region (the single theatre). */
export function oneRegion(terrain: Terrain = 'open'): RegionSpec[] {
  return [region('country', 1, terrain, true)];
}

/**
 * A one-region entry test bed whose combat-power ratio is exactly `ratio` on day 1: Q = 1, π = 1,
 * open terrain, D = 10,000, c = 1, N = ratio·10,000.
 */
export function ratioScenario(ratio: number): Scenario {
  return makeScenario({
    id: `ratio-${ratio}`,
    regions: oneRegion('open'),
    troops: ratio * 10_000,
    quality: 1,
    qualitySpread: 0,
    posture: 1,
    regulars: 10_000,
    cohesion: 1,
    population: 1_000_000,
  });
}

/** Panama-like single theatre (model.md §8; figures.md §2). */
export function panamaLike(): Scenario {
  return makeScenario({
    id: 'fixture-panama',
    regions: oneRegion('urban'),
    troops: 27_684,
    population: 2_403_820,
    hostility: 0.1,
    regulars: 12_800,
    militia: 0,
    preWarForces: 0,
    retained: 0,
  });
}

/** A Grenada-like small island (model.md §8). */
export function grenadaLike(): Scenario {
  return makeScenario({
    id: 'fixture-grenada',
    regions: oneRegion('rugged'),
    troops: 7_650,
    population: 94_948,
    hostility: 0.1,
    regulars: 2_100,
    militia: 0,
    preWarForces: 0,
    retained: 0,
  });
}

/** Parameters with attrition off and quality fixed, for closed-form checks. */
export function closedFormParameters(entryDays: number): ModelParameters {
  return { ...DEFAULT_PARAMETERS, loserAttrition: 0, winnerAttrition: 0, qualityVaries: false, entryDays, controlMonths: 1 };
}

/**
 * A run's outcome recomputed from its record by the rules of model.md §5, for tests to compare with
 * the engine's RunOutcome: the key region is entered iff the record shows it entered; the national
 * class for a country objective follows the capital's class and the stabilized / failed population
 * shares (75% / 50%); for capital and limited objectives it is the key region's class; success is
 * "stabilized" (country), 3 consecutive months with the capital's q ≥ 1 (capital), or q ≥ 1 in each
 * of the first holdMonths months (limited).
 */
export function outcomeFromRecord(inputs: ResolvedInputs, record: RunRecord, baseParams: ModelParameters = DEFAULT_PARAMETERS) {
  // The run's own parameters: advanced overrides (src/model/advanced.ts) resolved into the inputs.
  const params = inputs.params ?? baseParams;
  const enteredOn = new Map<string, number>();
  record.days.forEach((day, d) => {
    day.forEach((e) => {
      e.result === 'entered' && enteredOn.set(e.region, d + 1);
    });
  });
  const share = (pick: (r: number) => boolean) => inputs.share.reduce((a, p, r) => a + (pick(r) ? p : 0), 0);
  const key = inputs.regionIds[inputs.keyRegion];
  const entered = enteredOn.has(key);
  const stabilized = share((r) => record.regionClasses[r] === 'stabilized');
  let outcome: OutcomeClass;
  if (!entered) outcome = 'entry-failed';
  else if (inputs.objective !== 'country') outcome = record.regionClasses[inputs.keyRegion];
  else if (record.regionClasses[inputs.keyRegion] === 'stabilized' && stabilized >= params.stabilizedPopulationShare) outcome = 'stabilized';
  else if (share((r) => record.regionClasses[r] === 'failed') >= params.failedPopulationShare) outcome = 'failed';
  else outcome = 'contested';
  const q = record.months.map((month) => month.find((e) => e.region === key)?.coverage ?? 0);
  const hold = params.capitalHoldMonths;
  let success: boolean;
  if (inputs.objective === 'country') success = outcome === 'stabilized';
  else if (inputs.objective === 'capital') success = entered && q.some((_, m) => m + 1 >= hold && q.slice(m + 1 - hold, m + 1).every((x) => x >= 1));
  else success = entered && q.length >= inputs.holdMonths && q.slice(0, inputs.holdMonths).every((x) => x >= 1);
  return {
    entered,
    outcome,
    success,
    capitalDay: enteredOn.get(inputs.regionIds[inputs.capitalIndex]) ?? null,
    enteredPopulationShare: share((r) => enteredOn.has(inputs.regionIds[r])),
    stabilizedPopulationShare: stabilized,
  };
}
