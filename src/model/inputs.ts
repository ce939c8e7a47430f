// The catalogue of adjustable scenario inputs: one entry per numeric path a student, the CLI
// (--set path=value) or a share link can change. Bounds here are the physical limits the engine
// accepts; the published value and its source stay in the scenario file.
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
}

export const INPUTS: readonly InputSpec[] = [
  { path: 'intervener.troops', label: 'Intervention troops', symbol: 'N', unit: 'troops', min: 0, max: 1_000_000, step: 1000, integer: true, help: 'Ground troops committed to the campaign.' },
  { path: 'intervener.quality', label: 'Intervener quality', symbol: 'Q', unit: '×', min: 0.5, max: 6, step: 0.1, integer: false, help: 'Relative combat effectiveness per soldier (median).' },
  { path: 'intervener.qualitySpread', label: 'Quality uncertainty', symbol: 'σQ', unit: 'σ ln', min: 0, max: 1, step: 0.05, integer: false, help: 'How much quality varies from run to run.' },
  { path: 'intervener.targetRatio', label: 'Planned force ratio', symbol: 'R*', unit: ':1', min: 1, max: 6, step: 0.1, integer: false, help: 'Combat-power ratio the automatic plan aims for in each region.' },
  { path: 'intervener.sustainableForce', label: 'Sustainable force after rotation', symbol: 'S_max', unit: 'troops', min: 0, max: 1_000_000, step: 1000, integer: true, help: 'Force that can stay in the country once units rotate.' },
  { path: 'intervener.rotationMonth', label: 'Rotation month', symbol: 'T_rot', unit: 'month', min: 1, max: 36, step: 1, integer: true, help: 'Month from which the rotation cap applies.' },
  { path: 'defender.regulars', label: 'Defending regulars', symbol: 'D', unit: 'troops', min: 0, max: 2_000_000, step: 1000, integer: true, help: 'Regular ground forces of the defender.' },
  { path: 'defender.cohesion', label: 'Cohesion', symbol: 'c', unit: 'share', min: 0, max: 1, step: 0.05, integer: false, help: 'Share of regulars that actually fight.' },
  { path: 'defender.capitalShare', label: 'Concentration in the capital', symbol: 'k_cap', unit: 'share', min: 0, max: 1, step: 0.05, integer: false, help: 'Share of fighting regulars concentrated in the capital region.' },
  { path: 'defender.militia', label: 'Militia (effective)', symbol: 'M', unit: 'people', min: 0, max: 10_000_000, step: 1000, integer: true, help: 'Militia that seeds later resistance (effective strength, not claims).' },
  { path: 'defender.posture', label: 'Defender posture', symbol: 'π', unit: '×', min: 1, max: 2, step: 0.05, integer: false, help: 'Hasty 1.3, prepared 1.5, fortified 1.6 (Dupuy).' },
  { path: 'defender.mastery', label: 'Defender mastery', symbol: 'm', unit: '0-1', min: 0, max: 1, step: 0.05, integer: false, help: 'How far the defender has mastered the modern system (shrinks the quality edge).' },
  { path: 'population.total', label: 'Population', symbol: 'P', unit: 'people', min: 1000, max: 2_000_000_000, step: 100_000, integer: true, help: 'People in the country.' },
  { path: 'population.hostility', label: 'Hostility', symbol: 'g', unit: 'share', min: 0, max: 1, step: 0.01, integer: false, help: 'Share of the population opposed to the intervention and new order.' },
  { path: 'host.preWarForces', label: 'Pre-war army and police', symbol: 'H_pre', unit: 'people', min: 0, max: 10_000_000, step: 1000, integer: true, help: 'Security forces before the war.' },
  { path: 'host.retained', label: 'Host forces retained', symbol: 'κ', unit: 'share', min: 0, max: 1, step: 0.05, integer: false, help: 'Share of them kept on by the new authorities.' },
  { path: 'objective.holdMonths', label: 'Months to hold', symbol: 'T_hold', unit: 'months', min: 1, max: 36, step: 1, integer: true, help: 'Limited objective: months the region must be held.' },
];

const BY_PATH = new Map(INPUTS.map((spec) => [spec.path, spec]));

export function findInput(path: string): InputSpec | undefined {
  return BY_PATH.get(path);
}

/** The Sourced record at a path, or undefined when the scenario has none there. */
export function sourcedAt(scenario: Scenario, path: string): Sourced | undefined {
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
