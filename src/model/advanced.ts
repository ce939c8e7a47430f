// The advanced inputs: every model constant that has no published value (a design choice in
// src/model/parameters.ts) as an adjustable input, path "advanced.<parameter>", with its bounds, a
// design range [low, high] (for the tornado and the range verdicts) and the reason for the value and
// the range. They are global constants: a scenario file never carries them; a student, the CLI
// (--set advanced.resistanceNoise=0.05) or a share link changes them as overrides, which
// resolveParameters applies onto ModelParameters. docs/model.md §7b explains each.
// Sourced constants (β and the even-odds point, the attrition rates, the terrain factors, the host
// target of 4 per 1,000 and λ = 10 per resister) stay fixed: their sources are in docs/model.md §7b.
import { advancedSpecOf as a } from './advanced-builder';
import { V3_SPECS } from './advanced-v3';
import { DEFAULT_PARAMETERS } from './parameters';
import type { InputSpec } from './inputs';
import type { ModelParameters, Overrides, Sourced } from './types';

/** Numeric ModelParameters keys (the ones an advanced input may set). */
export type NumericKey = { [K in keyof ModelParameters]: ModelParameters[K] extends number ? K : never }[keyof ModelParameters];

/** An input's words and bounds as the catalogue has them (src/model/inputs.ts), keyed by its model constant. */
export interface AdvancedSpec extends Omit<InputSpec, 'path' | 'status'> {
  key: NumericKey;
  /** The design range [low, high] the tornado and the range verdicts move it across. */
  range: [number, number];
  /** Why the value and the range (shown as "Design choice: …"). */
  reason: string;
}

export const ADVANCED_GROUP = 'advanced';
export const ADVANCED_PREFIX = `${ADVANCED_GROUP}.`;

// Bounds: what the engine accepts. entryDays and controlMonths stop at their defaults: a run's draws
// are drawn up front for T_A = 60 days and T_B = 36 months (src/engine/rng.ts). The growth scale
// stops at 0.06, where the growth table is tested.
export const ADVANCED_SPECS: readonly AdvancedSpec[] = [
  a(
    'winsToEnter',
    'Net wins to enter a region',
    'W',
    'engagements',
    [2, 10],
    1,
    [4, 6],
    'Entry: net engagement wins that break organised resistance in a region.',
    'a campaign of about ten engagements; range one engagement either way (docs/model.md §7b).',
  ),
  a(
    'lossesToCulminate',
    'Net losses before an attack culminates',
    'L',
    'engagements',
    [2, 10],
    1,
    [4, 6],
    'Entry: net engagement losses after which the attack has culminated.',
    'the same as W, so that even odds mean an even chance; range one engagement either way (docs/model.md §7b).',
  ),
  a(
    'entryDays',
    'Days of the entry phase',
    'T_A',
    'days',
    [20, 60],
    1,
    [40, 60],
    'Entry: days before an undecided region counts as a stalemate.',
    'two months of major combat; the range shortens it by a third (the draws are made for 60 days at most) (docs/model.md §7b).',
  ),
  a(
    'controlMonths',
    'Months of the control phase',
    'T_B',
    'months',
    [12, 36],
    1,
    [24, 36],
    'Control: months the country must be held (the question asks about three years).',
    'three years, three rotations at the Army’s 1:2 deploy-to-dwell goal; the range shortens it by a year (draws are made for 36 months at most) (docs/model.md §7b).',
  ),
  a(
    'capitalStallDays',
    'Days before the capital’s reserve renews a stalled attack',
    'T_stall',
    'days',
    [5, 55],
    1,
    [10, 30],
    'Country plan: an attack on the capital still undecided after this many days is renewed by the capital’s reserve.',
    'twice the length of a typical entry walk at 3:1; the range halves and adds half (docs/model.md §5).',
  ),
  a(
    'resistanceFromRegulars',
    'Resisters from the regulars who fought',
    'φ',
    'share',
    [0, 0.2],
    0.005,
    [0.01, 0.04],
    'Control: share of the regulars who fought in a region who go on resisting.',
    'no published value; half to double the chosen 2% (docs/model.md §7b).',
  ),
  a('resistanceFromMilitia', 'Resisters from the militia', 'μ', 'share', [0, 0.3], 0.005, [0.025, 0.1], 'Control: share of the militia who go on resisting.', 'no published value; half to double the chosen 5% (docs/model.md §7b).'),
  a(
    'resistanceFloor',
    'Resisters per opposed person (floor)',
    'ψ',
    'per person',
    [0, 0.001],
    0.00001,
    [0.00005, 0.0002],
    'Control: the least resistance a hostile population starts with, per opposed person.',
    'no published value; half to double the chosen 1 in 10,000 (docs/model.md §7b).',
  ),
  a(
    'hostGrowthMonths',
    'Months for host forces to close the gap',
    'T_H',
    'months',
    [1, 240],
    1,
    [12, 150],
    'Control: host forces close 1/T_H of the gap to their target each month.',
    'two years, calibrated on history, which could not tell it from the 150 months of published host-force paths (0.5-0.75% of the gap a month); from one year to 150 months (docs/model.md §4b).',
  ),
  a(
    'hostWeight',
    'Weight of a host soldier',
    'e_H',
    'share',
    [0, 1],
    0.05,
    [0.25, 0.75],
    'Control: a host soldier counts as this share of an intervention soldier.',
    'newer and less trusted forces count half; a quarter to three quarters (docs/model.md §7b).',
  ),
  a(
    'growthScale',
    'Resistance growth scale',
    's',
    'per month',
    [0.005, 0.06],
    0.005,
    [0.015, 0.045],
    'Control: monthly growth of resistance is s·(10·e^(−q·ln 10) − 1).',
    'shaped after Epstein (2002), no published scale; ±50% of the chosen 3% a month (docs/model.md §7b).',
  ),
  a(
    'resistanceNoise',
    'Monthly noise of resistance',
    'σ',
    'log scale',
    [0, 0.3],
    0.01,
    [0, 0.2],
    'Control: spread of the random monthly shock to resistance.',
    'no published value; from no noise to twice the chosen 0.10 (docs/model.md §7b).',
  ),
  a(
    'resistanceCap',
    'Most active resisters',
    'cap',
    'share of the opposed',
    [0.005, 0.2],
    0.005,
    [0.025, 0.1],
    'Control: active resisters never exceed this share of the opposed population.',
    'no published value; half to double the chosen 5% (docs/model.md §7b).',
  ),
  a(
    'stabilizedHoldMonths',
    'Months of held coverage for "stabilized"',
    'K',
    'months',
    [1, 24],
    1,
    [3, 12],
    'End: a region is stabilized if it was covered in each of its last K months.',
    'half a year: longer than a lucky month, short enough to fit after the rotation cap; a quarter to a year (docs/model.md §4).',
  ),
  a(
    'failedResistanceMultiple',
    'Resistance multiple for "failed"',
    '×',
    'times the start',
    [1.5, 10],
    0.5,
    [2, 5],
    'End: a region has failed if its resistance grew past this multiple of its start.',
    'resistance more than tripled; from doubled to five times (docs/model.md §4).',
  ),
  ...V3_SPECS,
  a('capitalHoldMonths', 'Months the capital must be held', 'hold', 'months', [1, 12], 1, [2, 6], 'Capital objective: consecutive months covered that count as success.', 'a season of control; two to six months (docs/model.md §6).'),
  a(
    'stabilizedPopulationShare',
    'Population stabilized for national success',
    '75%',
    'share',
    [0.5, 1],
    0.05,
    [0.6, 0.9],
    'Country objective: the capital and regions with at least this share of the people must be stabilized.',
    'three quarters of the people; from 60% to 90% (docs/model.md §6).',
  ),
  a(
    'failedPopulationShare',
    'Population failed for national failure',
    '50%',
    'share',
    [0.2, 0.8],
    0.05,
    [0.4, 0.6],
    'Country objective: the campaign has failed if regions with at least this share of the people have failed.',
    'half the people; from 40% to 60% (docs/model.md §6).',
  ),
];

const BY_PATH = new Map(ADVANCED_SPECS.map((spec) => [`${ADVANCED_PREFIX}${spec.key}`, spec]));

export function advancedSpec(path: string): AdvancedSpec | undefined {
  return BY_PATH.get(path);
}

/**
 * An advanced input as a Sourced record, so that every screen and export shows it like a scenario
 * value: its default, status "design", the reason as its source and the design range.
 */
export function advancedSourced(path: string): Sourced | undefined {
  const spec = BY_PATH.get(path);
  if (!spec) return undefined;
  return { value: DEFAULT_PARAMETERS[spec.key], source: `Design choice: ${spec.reason}`, status: 'design', asOf: '2025', range: [...spec.range] } as Sourced;
}

/** A value fitted to an advanced input's bounds (whole numbers where it is whole). */
function fitted(spec: AdvancedSpec, value: number): number {
  const clamped = Math.min(spec.max, Math.max(spec.min, value));
  return spec.integer ? Math.round(clamped) : clamped;
}

/**
 * The model parameters with the advanced overrides applied (fitted to their bounds); the same
 * object when the overrides set none, so the common case allocates nothing.
 */
export function resolveParameters(overrides: Overrides, base: ModelParameters = DEFAULT_PARAMETERS): ModelParameters {
  let params: ModelParameters | null = null;
  for (const path of Object.keys(overrides)) {
    const spec = BY_PATH.get(path);
    if (!spec) continue;
    params ??= { ...base };
    (params as unknown as Record<string, number>)[spec.key] = fitted(spec, overrides[path]);
  }
  return params ?? base;
}
