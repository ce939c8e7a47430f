// Query records (provenance): what each result says it is, the keys that tell two results apart,
// and the small helpers every part of the service reads a query with.
import { DEFAULT_PARAMETERS, MODEL_VERSION } from '../model/parameters';
import { resolveInputs } from '../model/resolve';
import type { ClaimSpec, ModelParameters, Overrides } from '../model/types';
import { defaultDriverRuns } from '../engine/claims';
import { INVERSE_BRACKET } from '../engine/sweep';
import { paramsHash, scenarioHash, stableJson } from './fingerprint';
import type { ClaimsQuery, Provenance, Query, QueryRecord, ResultOf } from './queries';

/** Runs (or levels) done so far out of the total. */
export interface Progress {
  done: number;
  total: number;
}

export interface ExecuteOptions {
  /** Yield progress after every this many runs; default: one chunk (no yield). */
  chunkRuns?: number;
}

export const TROOPS = 'intervener.troops';
/** Default search range and grid of the inverse question. */
export const INVERSE_DEFAULTS = { min: 0, max: 300_000, resolution: 1000, bracket: INVERSE_BRACKET } as const;

// ---------------------------------------------------------------------------------------------
// Provenance

export const paramsOf = (query: Query): ModelParameters => query.params ?? DEFAULT_PARAMETERS;
/** The claims a claims query evaluates: its own list, else the scenario's. */
export const claimsOf = (query: ClaimsQuery): ClaimSpec[] => query.claims ?? query.scenario.claims;
export const overridesOf = (query: Query): Overrides => query.overrides ?? {};

/** Overrides as a record shows them: keys sorted, the troop level left out (the record's `troops` says it). */
export function recordedOverrides(overrides: Overrides): Overrides {
  const out: Overrides = {};
  for (const key of Object.keys(overrides).sort()) if (key !== TROOPS) out[key] = overrides[key];
  return out;
}

/** The troops the figures of a single-level query are at (after the engine's clamping and rounding). */
export function levelOf(query: Query): number {
  if (query.kind === 'tornado' && query.troops !== undefined) return query.troops;
  return resolveInputs(query.scenario, overridesOf(query), paramsOf(query)).troops;
}

/** The record of a query: its provenance plus its own fields, defaults filled in. */
export function describeQuery<Q extends Query>(query: Q): ResultOf<Q>['query'];
export function describeQuery(query: Query): QueryRecord {
  const scenario = query.scenario;
  const base: Omit<Provenance, 'kind'> = {
    scenarioId: scenario.id,
    scenarioHash: scenarioHash(scenario),
    modelVersion: MODEL_VERSION,
    paramsHash: paramsHash(query.params),
    overrides: recordedOverrides(overridesOf(query)),
    objective: query.kind === 'claims' ? scenario.objective.kind : (query.objective ?? scenario.objective.kind),
    troops: null,
    seed: query.seed,
    runs: query.runs,
    firstRun: query.firstRun ?? 0,
  };
  switch (query.kind) {
    case 'summary':
    case 'runset':
      return { ...base, kind: query.kind, troops: levelOf(query) };
    case 'sweep':
      return { ...base, kind: 'sweep', levels: [...query.levels], variants: (query.variants ?? [{}]).map(recordedVariant) };
    case 'claims':
      return {
        ...base,
        kind: 'claims',
        claimIds: claimsOf(query).map((c) => c.id),
        drivers: query.drivers !== false,
        driverRuns: query.drivers === false ? 0 : (query.driverRuns ?? defaultDriverRuns(query.runs)),
      };
    case 'inverse':
      return {
        ...base,
        kind: 'inverse',
        target: query.target,
        min: query.min ?? INVERSE_DEFAULTS.min,
        max: query.max ?? INVERSE_DEFAULTS.max,
        resolution: query.resolution ?? INVERSE_DEFAULTS.resolution,
        bracket: query.bracket ?? INVERSE_DEFAULTS.bracket,
      };
    case 'tornado':
      return { ...base, kind: 'tornado', troops: levelOf(query), metric: query.metric ?? 'successRate', includeTroops: query.includeTroops === true };
  }
}

function recordedVariant(variant: Overrides): Overrides {
  const out: Overrides = {};
  for (const key of Object.keys(variant).sort()) out[key] = variant[key];
  return out;
}

/** A stable text key of a record: equal keys, equal quantity (same data, inputs, seed and runs). */
export function queryKey(record: QueryRecord): string {
  return stableJson(record);
}

/** The key of a record without its run range: equal for two slices of one query. */
export function sliceKey(record: QueryRecord): string {
  const { runs: _runs, firstRun: _firstRun, ...rest } = record;
  return stableJson(rest);
}

export interface Counter {
  done: number;
  total: number;
}
