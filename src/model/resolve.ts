// Scenario + overrides → the flat numbers the engine runs on. Pure; no randomness.
import { resolveParameters } from './advanced';
import { findInput, sourcedAt } from './inputs';
import { DEFAULT_PARAMETERS } from './parameters';
import type { ModelParameters, Overrides, ResolvedInputs, Scenario } from './types';

/** Value at a path with overrides applied. Throws for a path the scenario lacks (a bug, not bad input). */
function valueAt(scenario: Scenario, overrides: Overrides, path: string, fallback?: number): number {
  if (Object.prototype.hasOwnProperty.call(overrides, path)) {
    const spec = findInput(path);
    const raw = overrides[path];
    if (!spec) throw new Error(`unknown input ${path}`);
    const clamped = Math.min(spec.max, Math.max(spec.min, raw));
    return spec.integer ? Math.round(clamped) : clamped;
  }
  const sourced = sourcedAt(scenario, path);
  if (sourced) return sourced.value;
  if (fallback !== undefined) return fallback;
  throw new Error(`scenario ${scenario.id} has no value at ${path}`);
}

export function resolveInputs(scenario: Scenario, overrides: Overrides = {}, params: ModelParameters = DEFAULT_PARAMETERS): ResolvedInputs {
  const v = (path: string, fallback?: number) => valueAt(scenario, overrides, path, fallback);
  const hostility = v('population.hostility');
  const hostilityOverridden = Object.prototype.hasOwnProperty.call(overrides, 'population.hostility');
  const regionIds = scenario.regions.map((r) => r.id);
  const capitalIndex = Math.max(
    0,
    scenario.regions.findIndex((r) => r.capital),
  );
  const objective = scenario.objective.kind;
  const limitedIndex = scenario.objective.region ? regionIds.indexOf(scenario.objective.region) : -1;
  // Advanced overrides (model constants) resolve onto the parameters the run uses; the terrain
  // factors below are sourced constants, never overridden.
  const runParams = resolveParameters(overrides, params);
  return {
    ...(runParams !== params ? { params: runParams } : {}),
    troops: v('intervener.troops'),
    population: v('population.total'),
    hostility,
    regionIds,
    regionNames: scenario.regions.map((r) => r.name),
    // Census shares are accepted within ±SHARE_TOLERANCE of 1 (published rounding, e.g. Venezuela's
    // sum to 1.0002) and rescaled here so that region populations add up to the national total.
    share: normalizedShares(scenario.regions.map((r) => r.share.value)),
    terrainFactor: scenario.regions.map((r) => params.terrain[r.terrain]),
    // A national hostility override applies to every region (regional values are scenario data).
    regionHostility: scenario.regions.map((r) => (hostilityOverridden || !r.hostility ? hostility : r.hostility.value)),
    capitalIndex,
    quality: v('intervener.quality'),
    qualitySpread: v('intervener.qualitySpread'),
    targetRatio: v('intervener.targetRatio'),
    sustainableForce: v('intervener.sustainableForce'),
    rotationMonth: v('intervener.rotationMonth'),
    regulars: v('defender.regulars'),
    cohesion: v('defender.cohesion'),
    capitalShare: v('defender.capitalShare'),
    militia: v('defender.militia'),
    posture: v('defender.posture'),
    mastery: v('defender.mastery'),
    hostPreWar: v('host.preWarForces'),
    hostRetained: v('host.retained'),
    // Model v3 inputs (docs/model.md §4b): absent from a file, their documented defaults.
    hostTargetTotal: v('host.target', runParams.hostTarget * v('population.total')),
    toGround: v('defender.toGround', runParams.resistanceFromRegulars),
    outsideSupport: v('resistance.outsideSupport', 0),
    reconcilable: v('resistance.reconcilable', 0),
    objective,
    keyRegion: objective === 'limited' && limitedIndex >= 0 ? limitedIndex : capitalIndex,
    holdMonths: v('objective.holdMonths', DEFAULT_HOLD_MONTHS),
  };
}

/** Shares divided by their sum, so they add to 1 (a non-positive sum is left to the parser to refuse). */
export function normalizedShares(shares: readonly number[]): number[] {
  const sum = shares.reduce((acc, x) => acc + x, 0);
  return sum > 0 && Number.isFinite(sum) ? shares.map((x) => x / sum) : [...shares];
}

/**
 * The value the model uses at an optional input a scenario file may leave out (model v3's inputs,
 * docs/model.md §4b, and the limited objective's months), at the file's own population; undefined
 * for any other path.
 */
export function modelDefaultAt(scenario: Scenario, path: string, params: ModelParameters = DEFAULT_PARAMETERS): number | undefined {
  switch (path) {
    case 'defender.toGround':
      return params.resistanceFromRegulars;
    case 'host.target':
      return params.hostTarget * scenario.population.total.value;
    case 'resistance.outsideSupport':
    case 'resistance.reconcilable':
      return 0;
    case 'objective.holdMonths':
      return DEFAULT_HOLD_MONTHS;
    default:
      return undefined;
  }
}

/** A limited objective held this many months when the file does not say. */
export const DEFAULT_HOLD_MONTHS = 2;
