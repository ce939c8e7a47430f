// Fabricated result records for the result-code tests (node) and the Class screen test (browser):
// a seeded generator of varied forecasts, outcomes, seeds and changed inputs, for shipped scenarios.
import seedrandom from 'seedrandom';
import { scenarioHash } from '../../src/analysis/fingerprint';
import { INPUTS, sourcedAt } from '../../src/model/inputs';
import { MODEL_VERSION } from '../../src/model/parameters';
import { OBJECTIVE_KINDS } from '../../src/model/scenario-schema';
import { OUTCOME_CLASSES, type OutcomeClass, type Scenario } from '../../src/model/types';
import type { ResultRecord } from '../../src/app/result-code';

const round = (x: number, places: number) => Math.round(x * 10 ** places) / 10 ** places;

/** Four shares summing to 1 (at 3 decimals, as a 1,000-run batch gives). */
function shares(rng: () => number): Record<OutcomeClass, number> {
  const raw = OUTCOME_CLASSES.map(() => rng());
  const total = raw.reduce((s, x) => s + x, 0);
  const out = raw.map((x) => round(x / total, 3));
  out[3] = round(Math.max(0, 1 - out[0] - out[1] - out[2]), 3);
  return Object.fromEntries(OUTCOME_CLASSES.map((c, i) => [c, out[i]])) as Record<OutcomeClass, number>;
}

export function fakeRecord(rng: () => number, scenario: Scenario, options: { seed?: string } = {}): ResultRecord {
  const overrides: Record<string, number> = {};
  const specs = INPUTS.filter((spec) => sourcedAt(scenario, spec.path) && !spec.path.startsWith('advanced.'));
  const changes = Math.floor(rng() * 4);
  for (let i = 0; i < changes; i++) {
    const spec = specs[Math.floor(rng() * specs.length)];
    const value = spec.min + rng() * (spec.max - spec.min);
    overrides[spec.path] = spec.integer ? Math.round(value) : round(value, 2);
  }
  const outcomeShares = shares(rng);
  const successRate = round(outcomeShares.stabilized + rng() * outcomeShares.contested, 3);
  const played = rng() < 0.85;
  const outcome = OUTCOME_CLASSES[Math.floor(rng() * 4)];
  return {
    modelVersion: MODEL_VERSION,
    scenarioId: scenario.id,
    scenarioHash: scenarioHash(scenario),
    objective: rng() < 0.2 ? OBJECTIVE_KINDS[Math.floor(rng() * OBJECTIVE_KINDS.length)] : null,
    seed: options.seed ?? (rng() < 0.1 ? `año ${Math.floor(rng() * 100)} “class”` : `group-${Math.floor(rng() * 1e6)}`),
    overrides,
    forecast: rng() < 0.8 ? round(rng(), 2) : null,
    game: played ? { outcome, stabilizedShare: round(rng(), 4), entered: outcome !== 'entry-failed', success: outcome === 'stabilized' } : null,
    batch: { runs: 1000, successRate, entryRate: round(1 - outcomeShares['entry-failed'], 3), outcomeShares },
  };
}

export function rngOf(seed: string): () => number {
  return seedrandom(seed);
}
