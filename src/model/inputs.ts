// The catalogue of adjustable scenario inputs: one entry per numeric path a student, the CLI
// (--set path=value) or a share link can change. It is derived from the scenario declaration
// (src/model/scenario-schema.ts): every Sourced record declared with `input` metadata, its path, and
// the bounds of its value (the physical limits the engine accepts). The published value and its
// source stay in the scenario file. The "advanced" group (src/model/advanced.ts) follows: the model
// constants that are design choices, with their design ranges; they apply to ModelParameters.
import { ADVANCED_GROUP, ADVANCED_PREFIX, ADVANCED_SPECS, advancedSourced } from './advanced';
import { sourcedFields } from './schema';
import { SCENARIO_FORMAT } from './scenario-schema';
import type { Overrides, Scenario, Sourced } from './types';

export interface InputSpec {
  /** Dotted path into the scenario, e.g. "defender.cohesion". */
  path: string;
  label: string;
  symbol: string;
  unit: string;
  min: number;
  max: number;
  /** Slider step. */
  step: number;
  /** Whole numbers only (troops, people). */
  integer: boolean;
  help: string;
  /** Advanced inputs only: a model constant with no published value (status "design"). */
  status?: 'design';
  /** Advanced inputs only: the design range [low, high] and its reason. */
  designRange?: [number, number];
  reason?: string;
}

/** The order the groups are listed in (set-up screen, exports, --help): the intervener's forces first. */
const GROUP_ORDER = ['intervener', 'defender', 'population', 'resistance', 'host', 'objective', ADVANCED_GROUP];

export const INPUTS: readonly InputSpec[] = (() => {
  const specs = sourcedFields(SCENARIO_FORMAT).flatMap(({ path, node }): InputSpec[] => {
    if (!node.input) return [];
    const value = node.shape.value as { bounds: { min: number; max: number; integer: boolean } };
    const { label, symbol, unit, step, help } = node.input;
    return [{ path, label, symbol, unit, min: value.bounds.min, max: value.bounds.max, step, integer: value.bounds.integer, help }];
  });
  const rank = (path: string) => {
    const i = GROUP_ORDER.indexOf(path.split('.')[0]);
    if (i < 0) throw new Error(`inputs catalogue: group of "${path}" has no place in GROUP_ORDER`);
    return i;
  };
  for (const spec of ADVANCED_SPECS) {
    const { key, label, symbol, unit, min, max, step, integer, help, range, reason } = spec;
    specs.push({ path: `${ADVANCED_PREFIX}${key}`, label, symbol, unit, min, max, step, integer, help, status: 'design', designRange: [...range], reason });
  }
  // A stable sort: declaration order within each group.
  return specs
    .map((spec, i) => ({ spec, i }))
    .sort((a, b) => rank(a.spec.path) - rank(b.spec.path) || a.i - b.i)
    .map(({ spec }) => spec);
})();

const BY_PATH = new Map(INPUTS.map((spec) => [spec.path, spec]));

export function findInput(path: string): InputSpec | undefined {
  return BY_PATH.get(path);
}

/** The Sourced record at a path, or undefined when the scenario has none there. */
export function sourcedAt(scenario: Scenario, path: string): Sourced | undefined {
  // A model constant: the same record for every scenario (scenario files never carry one).
  if (path.startsWith(ADVANCED_PREFIX)) return advancedSourced(path);
  const [group, key] = path.split('.');
  const holder = (scenario as unknown as Record<string, Record<string, Sourced | undefined> | undefined>)[group];
  const value = holder?.[key];
  return value && typeof value === 'object' && typeof value.value === 'number' ? value : undefined;
}

/** The published value at a path (before overrides). */
export function publishedValue(scenario: Scenario, path: string): number | undefined {
  return sourcedAt(scenario, path)?.value;
}

export type OverrideError = { path: string; message: string };

/** Check overrides against the catalogue: unknown paths, non-finite or out-of-range values. */
export function checkOverrides(overrides: Overrides): OverrideError[] {
  const errors: OverrideError[] = [];
  for (const [path, value] of Object.entries(overrides)) {
    const spec = BY_PATH.get(path);
    if (!spec) {
      errors.push({ path, message: `unknown input "${path}"; known inputs: ${INPUTS.map((i) => i.path).join(', ')}` });
    } else if (typeof value !== 'number' || !Number.isFinite(value)) {
      errors.push({ path, message: `must be a finite number, got ${String(value)}` });
    } else if (value < spec.min || value > spec.max) {
      errors.push({ path, message: `must be between ${spec.min} and ${spec.max}, got ${value}` });
    }
  }
  return errors;
}
