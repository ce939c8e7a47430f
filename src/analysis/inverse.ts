// The inverse question as a query: the engine's search (troopsForSuccessSteps) with progress, and
// the check that counts handed over from a sweep (`known`) are the same quantity.
import { troopsForSuccessSteps } from '../engine/sweep';
import { AnalysisError } from './errors';
import { stableJson } from './fingerprint';
import type { InverseQuery, InverseResult } from './queries';
import { describeQuery, INVERSE_DEFAULTS, overridesOf, recordedOverrides, type Counter, type Progress } from './records';

// ---------------------------------------------------------------------------------------------
// The inverse question (not mergeable: a bisection needs every run at each level it measures)

export function inverseLevelsEstimate(query: InverseQuery): number {
  const min = query.min ?? INVERSE_DEFAULTS.min;
  const max = query.max ?? INVERSE_DEFAULTS.max;
  const resolution = Math.max(1, Math.round(query.resolution ?? INVERSE_DEFAULTS.resolution));
  const steps = Math.max(1, Math.ceil((max - min) / resolution));
  // Three bisections (the answer and its two Wilson bounds) share their levels; about this many.
  return 2 * (Math.ceil(Math.log2(steps)) + 2);
}

export function* executeInverse(query: InverseQuery, counter: Counter): Generator<Progress, InverseResult, void> {
  const steps = troopsForSuccessSteps(query.scenario, query.target, {
    runs: query.runs,
    seed: query.seed,
    firstRun: query.firstRun,
    overrides: overridesOf(query),
    params: query.params,
    objective: query.objective,
    min: query.min ?? INVERSE_DEFAULTS.min,
    max: query.max ?? INVERSE_DEFAULTS.max,
    resolution: query.resolution ?? INVERSE_DEFAULTS.resolution,
    bracket: query.bracket ?? INVERSE_DEFAULTS.bracket,
    known: query.known ? new Map(query.known.levels.map((troops, i) => [troops, query.known!.successes[i]])) : undefined,
  });
  for (;;) {
    const next = steps.next();
    if (next.done) return { kind: 'inverse', query: describeQuery(query), answer: next.value };
    counter.done = next.value.evaluated;
    counter.total = Math.max(counter.total, counter.done + 1);
    yield { done: counter.done, total: counter.total };
  }
}

/**
 * Refuse counts that are not this query's quantity: `from` must be a sweep of the same scenario
 * data, model, parameters, objective, seed and run range, whose variant `variant` has exactly the
 * query's inputs (the troop level aside), and the counts must be whole numbers within the runs.
 */
export function checkKnown(query: InverseQuery): void {
  const known = query.known;
  if (!known) return;
  const own = describeQuery(query);
  const from = known.from;
  const refuse = (field: string) => {
    throw new AnalysisError('bad-known', { field });
  };
  if (!from || from.kind !== 'sweep') refuse('from');
  for (const field of ['scenarioHash', 'modelVersion', 'paramsHash', 'objective', 'seed', 'runs', 'firstRun'] as const) {
    if (from[field] !== own[field]) refuse(field);
  }
  const variant = from.variants[known.variant];
  if (!variant) refuse('variant');
  if (stableJson(recordedOverrides({ ...from.overrides, ...variant })) !== stableJson(own.overrides)) refuse('overrides');
  if (known.levels.length !== known.successes.length) refuse('successes');
  known.levels.forEach((level, i) => {
    const count = known.successes[i];
    if (!from.levels.includes(level)) refuse('levels');
    if (!(Number.isInteger(count) && count >= 0 && count <= own.runs)) refuse('successes');
  });
}
