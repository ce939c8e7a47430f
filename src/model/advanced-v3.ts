// The advanced inputs of model v3's control-phase constants (docs/model.md §4b), listed in
// src/model/advanced.ts with the others: design choices, three of them calibrated on history
// (docs/model-v3-calibration.md).
import type { AdvancedSpec } from './advanced';
import { advancedSpecOf as a } from './advanced-builder';

export const V3_SPECS: readonly AdvancedSpec[] = [
  a(
    'hostilityResponse',
    'Hostility response to foreign troops',
    'ζ',
    'share',
    [0, 0.5],
    0.01,
    [0, 0.2],
    'Control (v3): hostility moves toward its start plus ζ × the foreign share of the security forces.',
    'calibrated on history to 0, which the table could not tell from 0.2; the range runs to 0.2 (docs/model.md §4b, docs/model-v3-calibration.md).',
  ),
  a(
    'outsideSupportGrowth',
    'Resistance growth from outside support',
    's_o',
    'per month',
    [0, 0.2],
    0.005,
    [0, 0.04],
    'Control (v3): extra monthly growth of resistance at full outside support (o = 1), whatever the density.',
    'calibrated on history to 0, which the table could not tell from 0.04; the range runs to 0.04 (docs/model.md §4b, docs/model-v3-calibration.md).',
  ),
  a(
    'reconciliationRate',
    'Reconciliation per covered month',
    'ρ',
    'share a month',
    [0, 0.5],
    0.01,
    [0.05, 0.2],
    'Control (v3): in a covered month this share of the reconcilable part of the resistance is won over.',
    'a reconcilable part won over within about ten covered months; half to double (docs/model.md §4b).',
  ),
  a(
    'willMonths',
    'Months of growing resistance before the intervener leaves',
    'W',
    'months',
    [1, 99],
    1,
    [18, 99],
    'Control (v3): after W months in a row with resistance above × W times its start, every troop goes home (99: never within 36 months).',
    'calibrated on history to never; the range starts at 18 months, between the early withdrawals of the table (about 15-20 months) (docs/model.md §4b, docs/model-v3-calibration.md).',
  ),
  a(
    'hostilityMonths',
    'Months for hostility to respond',
    'T_g',
    'months',
    [1, 60],
    1,
    [6, 24],
    'Control (v3): hostility closes 1/T_g of the gap to its new level each month.',
    'a year to move most of the way; half to double (docs/model.md §4b).',
  ),
  a(
    'willMultiple',
    'Resistance multiple that wears down political will',
    '× W',
    'times the start',
    [1, 10],
    0.1,
    [1.5, 3],
    'Control (v3): the intervener’s patience runs down while resistance stays above this multiple of its start.',
    'resistance doubled, a growth anyone can see; from half as much again to three times (docs/model.md §4b).',
  ),
];
